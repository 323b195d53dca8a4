/**
 * Proving it is the person again before a step that needs it (deleting the account, new recovery
 * codes, sharing records with a clinician): their passkey or their password, sent to the server,
 * which then allows the step for five minutes. Shared by the account page and the sharing page.
 */
import { useState } from 'preact/hooks';
import type { AccountView } from '../../core/auth/api.schema.js';
import { confirmPassword } from './data.js';
import { PasswordField } from './fields.js';
import { passkeyConfirm, passkeysSupported } from './passkeys.js';
import './account.css';

/**
 * Asks the person to prove it is them again (their passkey, or their password), then runs `then`,
 * which answers words for a failure or nothing.
 */
export function Confirming(props: {
  id: string;
  action: string;
  account: AccountView;
  danger?: boolean;
  then: () => Promise<string | undefined>;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const run = async (confirm: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const failed = await confirm();
      setError(failed ?? (await props.then()));
    } finally {
      setBusy(false);
    }
  };
  const byPasskey = async () => {
    const confirmed = await passkeyConfirm();
    return confirmed.ok ? undefined : confirmed.words;
  };
  const byPassword = async () => {
    if (password === '') return 'Enter your password.';
    const confirmed = await confirmPassword(password);
    if (confirmed.ok) return undefined;
    return confirmed.reason === 'problem' && confirmed.status === 401
      ? 'That password is not right.'
      : confirmed.words;
  };
  const mainClass = props.danger ? 'button button-danger' : 'button';
  return (
    <div class="account-form">
      {props.account.passkeys > 0 && passkeysSupported() && (
        <button type="button" class={mainClass} disabled={busy} onClick={() => void run(byPasskey)}>
          {props.action} with my passkey
        </button>
      )}
      {props.account.hasPassword && (
        <form
          class="account-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void run(byPassword);
          }}
        >
          <PasswordField
            id={props.id}
            label="Your password"
            value={password}
            onInput={setPassword}
            error={error}
            autocomplete="current-password"
          />
          <button type="submit" class={mainClass} disabled={busy}>
            {props.action}
          </button>
        </form>
      )}
      {!props.account.hasPassword && error !== undefined && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
