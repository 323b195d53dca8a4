/**
 * The header's word on sync, on every page of a device that syncs with an account: "Synced",
 * "3 changes waiting", "Offline", "Sync problem". It links to the account page, which says what to
 * do. Nothing shows on a device without an account.
 */
import { PATHS } from '../routes.js';
import { statusShort, syncStatus } from './status.js';

export function SyncBadge() {
  const status = syncStatus.value;
  if (status.kind === 'off') return null;
  const alarming = status.kind === 'problem' || status.kind === 'signed-out';
  return (
    <a
      class={alarming ? 'sync-badge is-alarming' : 'sync-badge'}
      href={PATHS.account}
      aria-label={`Sync: ${statusShort(status)}. Open your account.`}
    >
      {statusShort(status)}
    </a>
  );
}
