/**
 * Signed in: how sync stands (with "Sync now"), the way to sharing with a clinician (a person's
 * account only), the devices signed in (sign out one or all), the person's data (download
 * everything, the log of sign-ins and downloads), passkeys, recovery codes, signing this device out
 * (keeping or removing its copy) and deleting the account. Deleting and new codes ask for a passkey
 * or the password again first (confirming.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../../core/auth/api.schema.js';
import { ACCOUNT_EVENT_WORDS } from '../../core/auth/events.js';
import { localDate } from '../../core/time/index.js';
import { browserTimeZone, clockTime, dayLabel } from '../dates.js';
import { downloadFile } from '../download.js';
import { PATHS } from '../routes.js';
import { statusLong, syncStatus } from '../sync/status.js';
import { CodesView } from './codes-view.js';
import { Confirming } from './confirming.js';
import {
  type AccountEventView,
  deleteAccount,
  endAllSessions,
  endSession,
  events,
  exportEverything,
  newRecoveryCodes,
  type SessionView,
  sessions,
} from './data.js';
import {
  addPasskey,
  listPasskeys,
  type PasskeyView,
  passkeysSupported,
  removePasskey,
} from './passkeys.js';

/** "Monday 3 March, 08:15" on the person's own clock. */
function when(iso: string): string {
  const zone = browserTimeZone();
  return `${dayLabel(localDate(Date.parse(iso), zone))}, ${clockTime(iso, zone)}`;
}

function SyncSection(props: { onSync: () => void }) {
  const status = syncStatus.value;
  return (
    <section class="account-section" aria-labelledby="sync-title">
      <h2 id="sync-title">Sync</h2>
      <p class={`sync-state sync-${status.kind}`} role="status">
        {statusLong(status)}
      </p>
      <button
        type="button"
        class="button button-choice"
        disabled={status.kind === 'syncing'}
        onClick={props.onSync}
      >
        Sync now
      </button>
    </section>
  );
}

/** The way to the sharing page, where the person decides what a clinician sees. */
function SharingSection() {
  return (
    <section class="account-section" aria-labelledby="sharing-title">
      <h2 id="sharing-title">Share with your clinician</h2>
      <p>
        Let a physiotherapist or doctor see the parts of your records you choose. You can change
        what they see or stop at any time, and see each time they look.
      </p>
      <a class="more-link" href={PATHS.sharing}>
        Sharing and who looked at your records
      </a>
    </section>
  );
}

function DevicesSection(props: { onSignedOutEverywhere: () => void }) {
  const [list, setList] = useState<SessionView[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const load = async () => {
    const res = await sessions();
    if (res.ok) setList(res.data.sessions);
    else setMessage(res.words);
  };
  useEffect(() => {
    void load();
  }, []);
  return (
    <section class="account-section" aria-labelledby="devices-title">
      <h2 id="devices-title">Signed-in devices</h2>
      {message !== undefined && <p role="alert">{message}</p>}
      {list === undefined ? (
        <p>Loading…</p>
      ) : (
        <ul class="device-list">
          {list.map((s) => (
            <li key={s.id}>
              <span class="device-name">
                {s.device}
                {s.current && <span class="tag">This device</span>}
              </span>
              <span class="device-seen">Last used {when(s.lastSeenAt)}</span>
              {!s.current && (
                <button
                  type="button"
                  class="button button-choice"
                  onClick={async () => {
                    const res = await endSession(s.id);
                    if (!res.ok) setMessage(res.words);
                    await load();
                  }}
                >
                  Sign out <span class="visually-hidden">{s.device}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="button button-choice"
        onClick={async () => {
          const res = await endAllSessions();
          if (res.ok) props.onSignedOutEverywhere();
          else setMessage(res.words);
        }}
      >
        Sign out everywhere
      </button>
    </section>
  );
}

function DataSection() {
  const [log, setLog] = useState<AccountEventView[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const loadLog = async () => {
    const res = await events();
    if (res.ok) setLog(res.data.events);
  };
  useEffect(() => {
    void loadLog();
  }, []);
  return (
    <section class="account-section" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>
        Download everything your account keeps, as a backup file you can restore on any device from
        the pain diary.
      </p>
      <button
        type="button"
        class="button button-choice"
        onClick={async () => {
          const res = await exportEverything();
          if (!res.ok) {
            setMessage(res.words);
            return;
          }
          downloadFile('unknot-backup.json', JSON.stringify(res.data, null, 2), 'application/json');
          setMessage('Downloaded.');
          await loadLog();
        }}
      >
        Download everything
      </button>
      {message !== undefined && <p role="status">{message}</p>}
      <h3>Account activity</h3>
      <p class="field-hint">
        If you see a sign-in you did not make, sign out everywhere and make new recovery codes.
      </p>
      {log === undefined ? (
        <p>Loading…</p>
      ) : (
        <ul class="event-list">
          {log.map((e) => (
            <li key={e.id}>
              <span>{ACCOUNT_EVENT_WORDS[e.kind]}</span>
              <span class="device-seen">
                {when(e.at)} · {e.device}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PasskeysSection() {
  const [list, setList] = useState<PasskeyView[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const load = async () => {
    const res = await listPasskeys();
    if (res.ok) setList(res.data.passkeys);
    else setMessage(res.words);
  };
  useEffect(() => {
    void load();
  }, []);
  if (!passkeysSupported()) return null;
  return (
    <section class="account-section" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">Passkeys</h2>
      {list !== undefined && list.length === 0 && (
        <p>
          No passkeys yet. A passkey signs you in with this device's screen lock: nothing to type.
        </p>
      )}
      {list !== undefined && list.length > 0 && (
        <ul class="device-list">
          {list.map((k) => (
            <li key={k.id}>
              <span class="device-name">Made on {k.device}</span>
              <span class="device-seen">
                {k.lastUsedAt === undefined
                  ? `Made ${when(k.createdAt)}`
                  : `Last used ${when(k.lastUsedAt)}`}
              </span>
              <button
                type="button"
                class="button button-choice"
                onClick={async () => {
                  const res = await removePasskey(k.id);
                  setMessage(
                    res.ok
                      ? 'Passkey removed.'
                      : res.reason === 'problem' && res.status === 409
                        ? 'This passkey is your only way to sign in. Add another, or set a password with a recovery code, first.'
                        : res.words,
                  );
                  await load();
                }}
              >
                Remove <span class="visually-hidden">the passkey made on {k.device}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="button button-choice"
        onClick={async () => {
          const res = await addPasskey();
          setMessage(res.ok ? 'Passkey added. Next time, sign in with it.' : res.words);
          await load();
        }}
      >
        Add a passkey on this device
      </button>
      {message !== undefined && <p role="status">{message}</p>}
    </section>
  );
}

function CodesSection(props: { account: AccountView }) {
  const [asking, setAsking] = useState(false);
  const [codes, setCodes] = useState<string[] | undefined>();
  if (codes !== undefined) {
    return (
      <CodesView
        username={props.account.username}
        codes={codes}
        onDone={() => {
          setCodes(undefined);
          setAsking(false);
        }}
      />
    );
  }
  return (
    <section class="account-section" aria-labelledby="codes-left-title">
      <h2 id="codes-left-title">Recovery codes</h2>
      <p>
        {props.account.recoveryCodesLeft} of 10 codes left. Making new ones stops the old ones
        working.
      </p>
      {asking ? (
        <Confirming
          id="codes-password"
          account={props.account}
          action="Make new codes"
          then={async () => {
            const res = await newRecoveryCodes();
            if (!res.ok) return res.words;
            setCodes(res.data.recoveryCodes);
            return undefined;
          }}
        />
      ) : (
        <button type="button" class="button button-choice" onClick={() => setAsking(true)}>
          Make new codes
        </button>
      )}
    </section>
  );
}

export interface SignedInProps {
  account: AccountView;
  onSync: () => void;
  /** Signs this device out; `wipe` removes what it keeps too. */
  onSignOut: (wipe: boolean) => void;
  /** The server has ended this device's session (signed out everywhere, account deleted). */
  onEnded: (message: string) => void;
}

export function SignedIn(props: SignedInProps) {
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <p class="account-who">
        Signed in as <strong>{props.account.username}</strong>.
      </p>
      {props.account.role === 'clinician' && (
        <p>
          <a class="more-link" href={PATHS.clinician}>
            Your people: the clinician area
          </a>
        </p>
      )}
      <SyncSection onSync={props.onSync} />
      {props.account.role !== 'clinician' && <SharingSection />}
      <DevicesSection
        onSignedOutEverywhere={() => props.onEnded('You are signed out on every device.')}
      />
      <DataSection />
      <PasskeysSection />
      <CodesSection account={props.account} />
      <section class="account-section" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">Sign out of this device</h2>
        <p>
          Your account keeps everything either way. On a computer others use, remove your records
          from this device.
        </p>
        <div class="account-actions">
          <button type="button" class="button button-choice" onClick={() => props.onSignOut(false)}>
            Sign out, keep my records here
          </button>
          <button type="button" class="button button-choice" onClick={() => props.onSignOut(true)}>
            Sign out and remove my records from this device
          </button>
        </div>
      </section>
      <section class="account-section" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete your account</h2>
        <p>
          This deletes your account and everything it keeps on our server, at once and for good.
          This device keeps its own copy of your records.
        </p>
        {deleting ? (
          <Confirming
            id="delete-password"
            account={props.account}
            action="Delete my account and its data"
            danger
            then={async () => {
              const res = await deleteAccount();
              if (!res.ok) return res.words;
              props.onEnded('Your account and everything it kept on our server are deleted.');
              return undefined;
            }}
          />
        ) : (
          <button type="button" class="button button-choice" onClick={() => setDeleting(true)}>
            Delete my account…
          </button>
        )}
      </section>
    </>
  );
}
