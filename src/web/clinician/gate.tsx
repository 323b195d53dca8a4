/**
 * Who is asking for the clinician area: the session's account, asked of the server each time a
 * page opens (the area keeps nothing on the device; a device linked to no account is signed out
 * without asking), and what to say to anyone who is not a
 * signed-in clinician. The server refuses them anyway; this only saves them a blank page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../../core/auth/api.schema.js';
import { linkedAccount } from '../account/data.js';
import { getJson } from '../api.js';
import { PATHS } from '../routes.js';

export type Gate =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'offline'; words: string }
  | { kind: 'person'; account: AccountView }
  | { kind: 'clinician'; account: AccountView };

export function useGate(): Gate {
  const [gate, setGate] = useState<Gate>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      // A device not linked to an account is signed out: nothing to ask the server (as /account).
      if ((await linkedAccount().catch(() => undefined)) === undefined) {
        setGate({ kind: 'signed-out' });
        return;
      }
      const res = await getJson<{ account: AccountView }>('/api/v1/auth/session');
      if (res.ok) {
        const { account } = res.data;
        setGate({ kind: account.role === 'clinician' ? 'clinician' : 'person', account });
      } else if (res.reason === 'network' || res.status >= 500) {
        setGate({ kind: 'offline', words: res.words });
      } else {
        setGate({ kind: 'signed-out' });
      }
    })();
  }, []);
  return gate;
}

/** What anyone but a signed-in clinician reads instead of the area. */
export function GateMessage({ gate }: { gate: Exclude<Gate, { kind: 'clinician' }> }) {
  switch (gate.kind) {
    case 'loading':
      return <p aria-busy="true">Loading…</p>;
    case 'offline':
      return <p role="alert">{gate.words}</p>;
    case 'signed-out':
      return (
        <div class="callout callout-guidance">
          <p>
            This is where physiotherapists and doctors follow the people who share their Unknot
            records with them. Sign in with your clinician account first.
          </p>
          <p>
            <a class="button clinician-link-button" href={PATHS.account}>
              Sign in on your account page
            </a>
          </p>
        </div>
      );
    case 'person':
      return (
        <div class="callout callout-guidance">
          <p>
            This part of Unknot is for clinicians. You are signed in as{' '}
            <strong>{gate.account.username}</strong>, an account for keeping your own records.
          </p>
          <p>
            To let your physiotherapist or doctor see your records, make a share code on{' '}
            <a href={PATHS.sharing}>your sharing page</a> and give it to them.
          </p>
        </div>
      );
  }
}
