/**
 * Signed out: make an account, sign in, or get back in with a recovery code. Each form checks what
 * it can before sending (the name's shape, the password's length), shows the server's refusal
 * beside the field it names, and on success hands the account up to be linked to this device.
 */
import { useState } from 'preact/hooks';
import type { AccountView } from '../../core/auth/api.schema.js';
import { PASSWORD_MAX, PASSWORD_MIN, passwordLength } from '../../core/auth/password.js';
import { usernameProblem } from '../../core/auth/username.js';
import { recover, signIn, signUp } from './data.js';
import { PasswordField, TextField } from './fields.js';
import {
  type PasskeyOutcome,
  passkeySignIn,
  passkeySignUp,
  passkeysSupported,
} from './passkeys.js';

type Errors = Partial<Record<'username' | 'password' | 'code' | 'form', string>>;

function lengthProblem(password: string): string | undefined {
  const n = passwordLength(password);
  if (n < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (n > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  return undefined;
}

/** The server's refusal as words beside each field, or for the form as a whole. */
function errorsOf(outcome: Exclude<PasskeyOutcome<unknown>, { ok: true }>, whole: string): Errors {
  if (outcome.reason === 'network' || outcome.reason === 'cancelled')
    return { form: outcome.words };
  if (outcome.status === 401) return { form: whole };
  if (outcome.status === 429) return { form: outcome.words };
  const errors: Errors = {};
  for (const f of outcome.fields) {
    if (f.path === 'username' || f.path === 'password' || f.path === 'code') {
      errors[f.path] = f.message;
    }
  }
  return Object.keys(errors).length > 0 ? errors : { form: outcome.words };
}

type Mode = 'sign-up' | 'sign-in' | 'recover';

export interface SignedOutProps {
  /** Signed up: the account and its recovery codes, shown next. */
  onSignedUp: (account: AccountView, codes: string[]) => void;
  onSignedIn: (account: AccountView) => void;
}

export function SignedOut({ onSignedUp, onSignedIn }: SignedOutProps) {
  const [mode, setMode] = useState<Mode>('sign-up');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  function choose(next: Mode) {
    setMode(next);
    setErrors({});
    setPassword('');
  }

  async function submit(event: Event) {
    event.preventDefault();
    const checked: Errors = {};
    const nameProblem = mode === 'sign-up' ? usernameProblem(username) : undefined;
    if (username.trim() === '') checked.username = 'Enter your name for Unknot.';
    else if (nameProblem !== undefined) checked.username = nameProblem;
    if (mode === 'sign-in' ? password === '' : lengthProblem(password) !== undefined) {
      checked.password = mode === 'sign-in' ? 'Enter your password.' : lengthProblem(password);
    }
    if (mode === 'recover' && code.trim() === '')
      checked.code = 'Enter one of your recovery codes.';
    setErrors(checked);
    if (Object.keys(checked).length > 0) return;
    setBusy(true);
    try {
      if (mode === 'sign-up') {
        const made = await signUp(username, password);
        if (made.ok) onSignedUp(made.data.account, made.data.recoveryCodes);
        else setErrors(errorsOf(made, 'That did not work. Try again.'));
      } else if (mode === 'sign-in') {
        const res = await signIn(username, password);
        if (res.ok) onSignedIn(res.data.account);
        else setErrors(errorsOf(res, 'The name or the password is not right.'));
      } else {
        const res = await recover(username, code, password);
        if (res.ok) onSignedIn(res.data.account);
        else
          setErrors(
            errorsOf(
              res,
              'The name or the recovery code is not right, or the code was used before.',
            ),
          );
      }
    } finally {
      setBusy(false);
    }
  }

  /** Makes the account, or signs in, with a passkey: no password to choose or remember. */
  async function withPasskey() {
    if (mode === 'sign-up') {
      const problem =
        username.trim() === '' ? 'Enter your name for Unknot.' : usernameProblem(username);
      setErrors(problem === undefined ? {} : { username: problem });
      if (problem !== undefined) return;
    }
    setBusy(true);
    try {
      if (mode === 'sign-up') {
        const made = await passkeySignUp(username);
        if (made.ok) onSignedUp(made.data.account, made.data.recoveryCodes);
        else setErrors(errorsOf(made, 'The passkey could not be made. Try again.'));
      } else {
        const res = await passkeySignIn();
        if (res.ok) onSignedIn(res.data.account);
        else setErrors(errorsOf(res, 'That passkey is not one of an Unknot account here.'));
      }
    } finally {
      setBusy(false);
    }
  }

  const passkeys = passkeysSupported() && mode !== 'recover';

  const titles: Record<Mode, string> = {
    'sign-up': 'Make an account',
    'sign-in': 'Sign in',
    recover: 'Use a recovery code',
  };

  return (
    <>
      <div class="account-intro">
        <p>
          An account is optional: everything in Unknot works without one, on this device. With an
          account, your diary, plan and exercise history are kept safe on our server and are the
          same on each device you sign in on. No e-mail address is needed.
        </p>
      </div>
      <fieldset class="account-modes">
        <legend class="visually-hidden">What would you like to do?</legend>
        {(['sign-up', 'sign-in'] as const).map((m) => (
          <button
            key={m}
            type="button"
            class="button button-choice"
            aria-pressed={mode === m}
            onClick={() => choose(m)}
          >
            {titles[m]}
          </button>
        ))}
      </fieldset>
      <form class="account-form" onSubmit={submit} noValidate aria-labelledby="account-form-title">
        <h2 id="account-form-title">{titles[mode]}</h2>
        {errors.form !== undefined && (
          <p class="field-error" role="alert">
            {errors.form}
          </p>
        )}
        {passkeys && mode === 'sign-in' && (
          <>
            <button type="button" class="button" disabled={busy} onClick={() => void withPasskey()}>
              Sign in with a passkey
            </button>
            <h3 class="account-or">Or with your name and password</h3>
          </>
        )}
        <TextField
          id="account-username"
          label="Your name for Unknot"
          hint={
            mode === 'sign-up'
              ? '3 to 40 letters or digits; dots, hyphens and underscores too. Others never see it.'
              : undefined
          }
          value={username}
          onInput={setUsername}
          error={errors.username}
          autocomplete="username"
        />
        {passkeys && mode === 'sign-up' && (
          <>
            <button type="button" class="button" disabled={busy} onClick={() => void withPasskey()}>
              Make my account with a passkey
            </button>
            <p class="field-hint">
              A passkey unlocks with this device's own screen lock (fingerprint, face or PIN):
              nothing to remember, nothing to steal.
            </p>
            <h3 class="account-or">Or use a password</h3>
          </>
        )}
        {mode === 'recover' && (
          <TextField
            id="account-code"
            label="One of your recovery codes"
            value={code}
            onInput={setCode}
            error={errors.code}
            autocomplete="one-time-code"
          />
        )}
        <PasswordField
          id="account-password"
          label={
            mode === 'sign-in'
              ? 'Password'
              : mode === 'recover'
                ? 'A new password'
                : 'Choose a password'
          }
          hint={
            mode === 'sign-in'
              ? undefined
              : 'At least 8 characters. A few words you will remember make a strong one.'
          }
          value={password}
          onInput={setPassword}
          error={errors.password}
          autocomplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
        />
        <button type="submit" class={passkeys ? 'button button-choice' : 'button'} disabled={busy}>
          {busy
            ? 'One moment…'
            : mode === 'sign-up'
              ? 'Make my account with a password'
              : mode === 'sign-in'
                ? 'Sign in'
                : 'Set the new password and sign in'}
        </button>
        {mode === 'sign-in' && (
          <p>
            <button type="button" class="link-button" onClick={() => choose('recover')}>
              Forgot your password? Use a recovery code
            </button>
          </p>
        )}
      </form>
    </>
  );
}
