/**
 * /account: the optional account. Signed out, it offers to make one, sign in or use a recovery
 * code; signed in, it shows sync, devices, the person's data and the ways out. Signing in links
 * this device to the account and merges what it keeps (sync/engine.ts); nothing here is needed
 * for anything else in Unknot.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../../core/auth/api.schema.js';
import { usePageTitle } from '../page.js';
import { linkAccount, syncNow, unlinkAccount } from '../sync/engine.js';
import { CodesView } from './codes-view.js';
import { currentSession, linkedAccount, signOut } from './data.js';
import { SignedOut } from './sign-forms.js';
import { SignedIn } from './signed-in.js';
import './account.css';

type View =
  | { kind: 'loading' }
  | { kind: 'signed-out'; notice?: string }
  | { kind: 'offline'; username: string }
  | { kind: 'codes'; account: AccountView; codes: string[] }
  | { kind: 'signed-in'; account: AccountView };

export function AccountPage() {
  usePageTitle('Your account');
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const linked = await linkedAccount();
      // A device not linked to an account is signed out: nothing to ask the server.
      if (linked === undefined) {
        setView({ kind: 'signed-out' });
        return;
      }
      const session = await currentSession();
      if (session.ok) {
        if (linked.id !== session.data.account.id) await linkAccount(session.data.account);
        else void syncNow();
        setView({ kind: 'signed-in', account: session.data.account });
      } else if (session.reason === 'network') {
        setView({ kind: 'offline', username: linked.username });
      } else {
        await unlinkAccount(false);
        setView({
          kind: 'signed-out',
          notice:
            'Your session ended, so this device stopped syncing. Your records are still here. Sign in again to carry on.',
        });
      }
    })();
  }, []);

  async function signedIn(account: AccountView) {
    await linkAccount(account);
    setView({ kind: 'signed-in', account });
  }

  async function ended(notice: string) {
    await unlinkAccount(false);
    setView({ kind: 'signed-out', notice });
  }

  return (
    <article class="account-page">
      <h1 tabIndex={-1}>Your account</h1>
      {view.kind === 'loading' && <p>Loading…</p>}
      {view.kind === 'offline' && (
        <p role="status">
          This device is offline, so your account cannot be reached just now. Your changes are kept
          here and sent to {view.username}'s account when you are back online.
        </p>
      )}
      {view.kind === 'signed-out' && (
        <>
          {view.notice !== undefined && (
            <p class="account-notice" role="status">
              {view.notice}
            </p>
          )}
          <SignedOut
            onSignedUp={(account, codes) => {
              void linkAccount(account);
              setView({ kind: 'codes', account, codes });
            }}
            onSignedIn={(account) => void signedIn(account)}
          />
        </>
      )}
      {view.kind === 'codes' && (
        <CodesView
          username={view.account.username}
          codes={view.codes}
          onDone={() => setView({ kind: 'signed-in', account: view.account })}
        />
      )}
      {view.kind === 'signed-in' && (
        <SignedIn
          account={view.account}
          onSync={() => void syncNow()}
          onSignOut={async (wipe) => {
            await signOut();
            await unlinkAccount(wipe);
            // A wiped device starts afresh: nothing of the person stays in this page's memory.
            if (wipe) window.location.assign('/');
            else
              setView({
                kind: 'signed-out',
                notice: 'You are signed out. Your records stay on this device.',
              });
          }}
          onEnded={(notice) => void ended(notice)}
        />
      )}
    </article>
  );
}
