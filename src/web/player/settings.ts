/**
 * The player's switches (spoken cues, the chime), kept on the device in the `settings` store so a
 * person who turned speech off does not hear it again next time.
 */
import { get, put, STORES } from '../store/device.js';

export interface PlayerSettings {
  readonly speech: boolean;
  readonly chime: boolean;
}

const ID = 'player';

export const DEFAULT_SETTINGS: PlayerSettings = { speech: true, chime: true };

export async function loadSettings(): Promise<PlayerSettings> {
  try {
    const stored = await get<PlayerSettings & { id: string }>(STORES.settings, ID);
    if (stored === undefined) return DEFAULT_SETTINGS;
    return {
      speech: typeof stored.speech === 'boolean' ? stored.speech : DEFAULT_SETTINGS.speech,
      chime: typeof stored.chime === 'boolean' ? stored.chime : DEFAULT_SETTINGS.chime,
    };
  } catch {
    // Private browsing can refuse IndexedDB; the defaults still work.
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(settings: PlayerSettings): Promise<void> {
  try {
    await put(STORES.settings, { id: ID, ...settings });
  } catch {
    // Not kept, but the switch still applies to this session.
  }
}
