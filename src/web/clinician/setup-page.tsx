/**
 * /clinician/setup#token=…: the clinician's first visit, from the one-time link the server's
 * operator gave them. The token is read from the address's fragment, which the browser never sends
 * in a request line, so it stays out of every log on the way; it goes to the server only in the
 * body of the set-up call. The clinician chooses a sign-in name and password under the same rules
 * as anyone's account, and lands on their people.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { AccountView } from '../../core/auth/api.schema.js';
import { PASSWORD_MAX, PASSWORD_MIN, passwordLength } from '../../core/auth/password.js';
import { usernameProblem } from '../../core/auth/username.js';
import { PasswordField, TextField } from '../account/fields.js';
import { usePageTitle } from '../page.js';
import { PATHS } from '../routes.js';
import { linkAccount } from '../sync/engine.js';
import { setUp } from './data.js';
import '../account/account.css';
import './clinician.css';

type Errors = Partial<Record<'username' | 'password' | 'token' | 'form', string>>;

/** The token in `#token=…`, if the address has one. */
export function tokenOf(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token === undefined || token === '' ? undefined : token;
}

const USED =
  'This set-up link has expired or was used already. Ask whoever runs Unknot for you for a new one.';

function lengthProblem(password: string): string | undefined {
  const n = passwordLength(password);
  if (n < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (n > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  return undefined;
}

export function ClinicianSetupPage() {
  usePageTitle('Set up your clinician account');
  const { route } = useLocation();
  const [token] = useState(() => tokenOf(window.location.hash));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function done(account: AccountView) {
    // As signing in on the account page does: this device now knows whose session it holds.
    await linkAccount(account).catch(() => undefined);
    route(PATHS.clinician, true);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (token === undefined) return;
    const checked: Errors = {};
    if (username.trim() === '') checked.username = 'Enter a name to sign in with.';
    else {
      const problem = usernameProblem(username);
      if (problem !== undefined) checked.username = problem;
    }
    const problem = lengthProblem(password);
    if (problem !== undefined) checked.password = problem;
    setErrors(checked);
    if (Object.keys(checked).length > 0) return;
    setBusy(true);
    try {
      const res = await setUp(token, username, password);
      if (res.ok) {
        await done(res.data.account);
        return;
      }
      if (res.reason === 'network' || res.status === 429) {
        setErrors({ form: res.words });
        return;
      }
      const next: Errors = {};
      for (const f of res.fields) {
        if (f.path === 'username' || f.path === 'password') next[f.path] = f.message;
        if (f.path === 'token') next.token = USED;
      }
      if (Object.keys(next).length === 0) next.form = res.status === 404 ? USED : res.words;
      setErrors(next);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="clinician-area clinician-setup">
      <h1>Set up your clinician account</h1>
      {token === undefined ? (
        <div class="callout callout-guidance">
          <p>
            This page needs the set-up link whoever runs Unknot for you sent, in full: it ends with{' '}
            <code>#token=</code> and a code. Open that link again, or ask them for a new one.
          </p>
          <p>
            Set up already? <a href={PATHS.account}>Sign in on your account page</a>.
          </p>
        </div>
      ) : (
        <>
          <p class="lead">
            Choose the name and password you will sign in with. The people who share their records
            with you know you by the name and profession you were set up with.
          </p>
          <form class="account-form" onSubmit={submit} noValidate aria-labelledby="setup-title">
            <h2 id="setup-title">Your sign-in</h2>
            {(errors.form !== undefined || errors.token !== undefined) && (
              <p class="field-error" role="alert">
                {errors.token ?? errors.form}
              </p>
            )}
            <TextField
              id="setup-username"
              label="Your name for Unknot"
              hint="3 to 40 letters or digits; dots, hyphens and underscores too."
              value={username}
              onInput={setUsername}
              error={errors.username}
              autocomplete="username"
            />
            <PasswordField
              id="setup-password"
              label="Choose a password"
              hint="At least 8 characters. A few words you will remember make a strong one."
              value={password}
              onInput={setPassword}
              error={errors.password}
              autocomplete="new-password"
            />
            <button type="submit" class="button" disabled={busy}>
              {busy ? 'One moment…' : 'Set up my account'}
            </button>
          </form>
        </>
      )}
    </article>
  );
}
