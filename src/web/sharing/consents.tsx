/**
 * Who can see the person's records: each clinician with their profession, since when, and what
 * they see as checkboxes the person can change (adding needs the password again; taking away
 * never does), and "Stop sharing" behind one clear question. Those no longer sharing are listed
 * after, and the codes not used yet can be cancelled.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../../core/auth/api.schema.js';
import type { ConsentScope } from '../../core/consent/scopes.js';
import { PROFESSION_WORDS } from '../../core/programme/programme.js';
import { localDate } from '../../core/time/index.js';
import { Confirming } from '../account/confirming.js';
import { browserTimeZone, dayLabel } from '../dates.js';
import {
  type ConsentView,
  cancelCode,
  changeScopes,
  needsConfirming,
  revoke,
  type ShareCodeView,
} from './data.js';
import { ScopeChoices, ScopeList } from './scope-choices.js';
import { clinicianWords, confirmWords, inOrder, whenLong, whenShort } from './words.js';

const sameScopes = (a: readonly ConsentScope[], b: readonly ConsentScope[]) =>
  inOrder(a).join() === inOrder(b).join();

function Consent(props: { account: AccountView; consent: ConsentView; onChanged: () => void }) {
  const { consent } = props;
  const name = consent.clinician.name;
  const [scopes, setScopes] = useState<ConsentScope[]>(inOrder(consent.scopes));
  const [confirming, setConfirming] = useState<'save' | 'revoke' | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const changed = !sameScopes(scopes, consent.scopes);
  const zone = browserTimeZone();
  // A new version from the server (a change saved here or elsewhere) starts the boxes afresh from
  // it; the words saying what happened stay.
  useEffect(() => {
    setScopes(inOrder(consent.scopes));
  }, [consent.updatedAt]);

  /** Sends the new scopes; answers words for a failure, or nothing. */
  const send = async (): Promise<string | undefined> => {
    const res = await changeScopes(consent.id, scopes);
    if (res.ok) {
      setConfirming(undefined);
      setStatus(`Saved. ${name} now sees only what is ticked.`);
      props.onChanged();
      return undefined;
    }
    if (needsConfirming(res)) {
      setConfirming('save');
      return undefined;
    }
    return res.words;
  };

  const save = async () => {
    setStatus('');
    if (scopes.length === 0) {
      setError('Tick at least one, or stop sharing with them below.');
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const failed = await send();
      if (failed !== undefined) setStatus(failed);
    } finally {
      setBusy(false);
    }
  };

  const stop = async () => {
    setBusy(true);
    try {
      const res = await revoke(consent.id);
      if (res.ok) props.onChanged();
      else setStatus(res.words);
    } finally {
      setBusy(false);
    }
  };

  const titleId = `consent-${consent.id}`;
  return (
    <li class="consent">
      <h3 id={titleId} class="consent-name">
        {name}
      </h3>
      <p class="consent-since">
        {PROFESSION_WORDS[consent.clinician.profession].replace(/^./, (c) => c.toUpperCase())} ·
        sharing since {dayLabel(localDate(Date.parse(consent.createdAt), zone))}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ScopeChoices
          id={`scope-${consent.id}`}
          legend={`What ${name} can see`}
          value={scopes}
          onChange={(next) => {
            setScopes(next);
            setStatus('');
            if (next.length > 0) setError(undefined);
            if (confirming === 'save') setConfirming(undefined);
          }}
          error={error}
          disabled={busy}
        />
        {confirming !== 'save' && (
          <button type="submit" class="button" disabled={busy || !changed}>
            Save<span class="visually-hidden"> what {name} can see</span>
          </button>
        )}
      </form>
      {confirming === 'save' && (
        <div class="sharing-confirm">
          <p>
            To let {name} see more, {confirmWords(props.account)}.
          </p>
          <Confirming
            id={`save-password-${consent.id}`}
            account={props.account}
            action="Save"
            then={send}
          />
        </div>
      )}
      <p class="consent-status" role="status">
        {status}
      </p>
      {confirming === 'revoke' ? (
        <div class="sharing-confirm sharing-confirm-stop">
          <p>
            <strong>Stop sharing with {name}?</strong> From now on they cannot see any of your
            records, and any programme from them leaves your plan (print its handout first if you
            want to keep it). What they have already seen stays with them. To share again later,
            make a new code.
          </p>
          <div class="sharing-actions">
            <button
              type="button"
              class="button button-danger"
              disabled={busy}
              onClick={() => void stop()}
            >
              Yes, stop sharing
            </button>
            <button
              type="button"
              class="button button-choice"
              onClick={() => setConfirming(undefined)}
            >
              Keep sharing
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="button button-choice sharing-stop"
          onClick={() => {
            setStatus('');
            setConfirming('revoke');
          }}
        >
          Stop sharing with {name}…
        </button>
      )}
    </li>
  );
}

export function Consents(props: {
  account: AccountView;
  consents: readonly ConsentView[];
  onChanged: () => void;
}) {
  const active = props.consents.filter((c) => c.revokedAt === null);
  const revoked = props.consents.filter((c) => c.revokedAt !== null);
  const zone = browserTimeZone();
  return (
    <section class="sharing-section" aria-labelledby="who-title">
      <h2 id="who-title">Who can see your records</h2>
      {active.length === 0 ? (
        <p>Nobody. Your records are yours alone until you share a code.</p>
      ) : (
        <ul class="consent-list">
          {active.map((c) => (
            <Consent key={c.id} account={props.account} consent={c} onChanged={props.onChanged} />
          ))}
        </ul>
      )}
      {revoked.length > 0 && (
        <>
          <h3>No longer sharing</h3>
          <ul class="revoked-list">
            {revoked.map((c) => (
              <li key={c.id} class="revoked-item">
                <span class="revoked-name">{clinicianWords(c.clinician)}</span>
                <span class="quiet">
                  Stopped {whenShort(c.revokedAt ?? c.updatedAt, zone)} · sees nothing
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function PendingCodes(props: { codes: readonly ShareCodeView[]; onChanged: () => void }) {
  const [status, setStatus] = useState('');
  const zone = browserTimeZone();
  if (props.codes.length === 0 && status === '') return null;
  const cancel = async (code: ShareCodeView) => {
    const res = await cancelCode(code.id);
    setStatus(res.ok ? 'Code cancelled: it no longer works.' : res.words);
    props.onChanged();
  };
  return (
    <section class="sharing-section" aria-labelledby="codes-title">
      <h2 id="codes-title">Codes not used yet</h2>
      {props.codes.length > 0 && (
        <ul class="pending-list">
          {props.codes.map((code) => (
            <li key={code.id} class="pending-code">
              <p class="pending-when">
                Made {whenShort(code.createdAt, zone)}. Works until {whenLong(code.expiresAt, zone)}
                .
              </p>
              <p class="quiet">It would let a clinician see:</p>
              <ScopeList scopes={code.scopes} />
              <button type="button" class="button button-choice" onClick={() => void cancel(code)}>
                Cancel this code
                <span class="visually-hidden">, made {whenShort(code.createdAt, zone)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="pending-status" role="status">
        {status}
      </p>
    </section>
  );
}
