/**
 * Making a share code: the person ticks what the clinician may see (nothing is ticked for them),
 * confirms it is them (password or passkey, when the server asks), and gets the code once, large,
 * with when it stops working, a copy button, and what to tell the clinician.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountView } from '../../core/auth/api.schema.js';
import type { ConsentScope } from '../../core/consent/scopes.js';
import { Confirming } from '../account/confirming.js';
import { browserTimeZone } from '../dates.js';
import { type MadeShareCode, makeCode, needsConfirming } from './data.js';
import { ScopeChoices, ScopeList } from './scope-choices.js';
import { confirmWords, whenLong } from './words.js';

type Stage = { kind: 'choose' } | { kind: 'confirm' } | { kind: 'made'; code: MadeShareCode };

export function MakeCode(props: { account: AccountView; onMade: () => void }) {
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  /** Asks for the code; answers words for a failure, or nothing. */
  const make = async (): Promise<string | undefined> => {
    const res = await makeCode(scopes);
    if (res.ok) {
      setStage({ kind: 'made', code: res.data });
      props.onMade();
      return undefined;
    }
    if (needsConfirming(res)) {
      setStage({ kind: 'confirm' });
      return undefined;
    }
    return res.words;
  };

  const submit = async () => {
    setMessage(undefined);
    if (scopes.length === 0) {
      setError('Choose at least one thing to share.');
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      setMessage(await make());
    } finally {
      setBusy(false);
    }
  };

  if (stage.kind === 'made') {
    return (
      <MadeCode
        code={stage.code}
        onDone={() => {
          setScopes([]);
          setStage({ kind: 'choose' });
        }}
      />
    );
  }

  return (
    <section class="sharing-section" aria-labelledby="make-title">
      <h2 id="make-title">Make a share code</h2>
      <p>
        A share code lets one clinician see the parts of your records you choose, and nothing else.
        You can change what they see or stop sharing at any time.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ScopeChoices
          id="new-scope"
          legend="What may they see?"
          value={scopes}
          onChange={(next) => {
            setScopes(next);
            if (next.length > 0) setError(undefined);
            if (stage.kind === 'confirm') setStage({ kind: 'choose' });
          }}
          error={error}
          disabled={busy}
        />
        {stage.kind === 'choose' && (
          <button type="submit" class="button sharing-wide" disabled={busy}>
            Make a share code
          </button>
        )}
      </form>
      {stage.kind === 'confirm' && (
        <div class="sharing-confirm">
          <h3 id="make-confirm-title">Confirm it is you</h3>
          <p>Before anything is shared, {confirmWords(props.account)}.</p>
          <Confirming
            id="share-password"
            account={props.account}
            action="Make the code"
            then={make}
          />
          <button
            type="button"
            class="button button-choice"
            onClick={() => setStage({ kind: 'choose' })}
          >
            Not now
          </button>
        </div>
      )}
      {message !== undefined && (
        <p class="field-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

function MadeCode(props: { code: MadeShareCode; onDone: () => void }) {
  const { code } = props;
  const [copied, setCopied] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // A new screen in place of the form: say so to a screen reader by moving focus to it.
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code.code);
      setCopied('Copied. Paste it in a message to your clinician, or read it out to them.');
    } catch {
      setCopied('This browser could not copy it. Write the code down, or read it out.');
    }
  };

  return (
    <section class="sharing-section share-made" aria-labelledby="made-title">
      <h2 id="made-title" tabIndex={-1} ref={heading}>
        Your share code
      </h2>
      <p class="share-code">
        <code>{code.code}</code>
      </p>
      <p class="share-expiry">
        <strong>Works once, for 7 days:</strong> until {whenLong(code.expiresAt, browserTimeZone())}
        .
      </p>
      <button type="button" class="button sharing-wide" onClick={() => void copy()}>
        Copy the code
      </button>
      <p class="quiet" role="status">
        {copied}
      </p>
      <h3>What to tell your clinician</h3>
      <p>
        Give them this code. They enter it in the clinician area of their Unknot account. Once they
        have, they appear below under “Who can see your records”, where you can change what they see
        or stop sharing.
      </p>
      <p>It lets them see:</p>
      <ScopeList scopes={code.scopes} />
      <p class="quiet">
        The code is shown only now. If it is lost, cancel it below and make a new one.
      </p>
      <button type="button" class="button button-choice sharing-wide" onClick={props.onDone}>
        Done
      </button>
    </section>
  );
}
