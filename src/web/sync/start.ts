/**
 * Starts sync when this device is linked to an account: the engine loads only then, after the
 * first page has painted, so a device without an account carries none of it.
 */
import { objectStore, request, STORES } from '../store/database.js';
import { SYNC_SETTINGS } from '../store/sync-state.js';

export function startSyncIfLinked(): void {
  if (!('indexedDB' in window)) return;
  window.addEventListener(
    'load',
    () => {
      void (async () => {
        const store = await objectStore(STORES.settings, 'readonly');
        if ((await request(store.get(SYNC_SETTINGS.account))) === undefined) return;
        const { startSync } = await import('./engine.js');
        startSync();
      })().catch(() => {
        // Without IndexedDB (a private window that refuses it) there is nothing to sync.
      });
    },
    { once: true },
  );
}
