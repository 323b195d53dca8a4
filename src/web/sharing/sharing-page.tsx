/**
 * /account/sharing, "Share with your clinician": the person makes a share code for what they
 * choose, sees who can see what and changes it or stops it, cancels codes not used yet, and reads
 * who looked at their records and when. Sharing needs an account (the records reach the clinician
 * through it) and the password or passkey again before anything more is shared; the server decides
 * every look, so this page only asks and shows.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../../core/auth/api.schema.js';
import { currentSession, linkedAccount } from '../account/data.js';
import { usePageTitle } from '../page.js';
import { PATHS } from '../routes.js';
import { AuditTrail } from './audit.js';
import { Consents, PendingCodes } from './consents.js';
import { loadSharing, type SharingView } from './data.js';
import { MakeCode } from './make-code.js';
import './sharing.css';

type View =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'ended' }
  | { kind: 'offline' }
  | { kind: 'clinician' }
  | { kind: 'person'; account: AccountView };

const TITLE = 'Share with your clinician';

export function SharingPage() {
  usePageTitle(TITLE);
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const linked = await linkedAccount().catch(() => undefined);
      if (linked === undefined) {
        if (live) setView({ kind: 'signed-out' });
        return;
      }
      const session = await currentSession();
      if (!live) return;
      if (session.ok) {
        const { account } = session.data;
        setView(account.role === 'clinician' ? { kind: 'clinician' } : { kind: 'person', account });
      } else {
        setView({ kind: session.reason === 'network' ? 'offline' : 'ended' });
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  return (
    <article class="sharing-page" data-state={view.kind}>
      <h1>{TITLE}</h1>
      {view.kind === 'loading' && <p>Loading…</p>}
      {view.kind === 'signed-out' && (
        <NeedsAccount>
          Sharing needs an account: your records reach your clinician through it, and only you
          decide what they see. Everything else in Unknot works without one.
        </NeedsAccount>
      )}
      {view.kind === 'ended' && (
        <NeedsAccount>
          Your session on this device has ended. Sign in again to see and change your sharing.
        </NeedsAccount>
      )}
      {view.kind === 'offline' && (
        <p role="status">
          This device is offline, so your sharing cannot be shown just now. Nothing changes while
          you are away: try again when you are back online.
        </p>
      )}
      {view.kind === 'clinician' && (
        <p>
          This is a clinician account. People share their records with you by giving you a share
          code: enter it in <a href={PATHS.clinician}>your clinician area</a>.
        </p>
      )}
      {view.kind === 'person' && <Sharing account={view.account} />}
    </article>
  );
}

function NeedsAccount(props: { children: string }) {
  return (
    <>
      <p class="lead">{props.children}</p>
      <p>
        <a class="button sharing-link" href={PATHS.account}>
          Make an account or sign in
        </a>
      </p>
    </>
  );
}

function Sharing({ account }: { account: AccountView }) {
  const [sharing, setSharing] = useState<SharingView | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  // Bumped after every change, so the lists and the trail are read again from the server.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);

  useEffect(() => {
    let live = true;
    void loadSharing().then((res) => {
      if (!live) return;
      if (res.ok) {
        setSharing(res.data);
        setFailed(undefined);
      } else setFailed(res.words);
    });
    return () => {
      live = false;
    };
  }, [version]);

  return (
    <>
      <p class="lead">
        You decide what your physiotherapist or doctor sees. You can change it or stop at any time,
        and see every time they look.
      </p>
      <MakeCode account={account} onMade={changed} />
      {failed !== undefined && <p role="alert">{failed}</p>}
      {sharing === undefined && failed === undefined && <p>Loading…</p>}
      {sharing !== undefined && (
        <>
          <PendingCodes codes={sharing.codes} onChanged={changed} />
          <Consents account={account} consents={sharing.consents} onChanged={changed} />
          <AuditTrail consents={sharing.consents} version={version} />
        </>
      )}
      <p>
        <a class="more-link" href={PATHS.account}>
          Back to your account
        </a>
      </p>
    </>
  );
}
