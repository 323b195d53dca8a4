/**
 * Recovery codes, shown once: after sign-up and after making new ones. The person keeps them as a
 * file or on paper and says so before going on, since without an e-mail address they are the only
 * way back in when a password is forgotten.
 */
import { useState } from 'preact/hooks';
import { downloadFile } from '../download.js';
import { codesFile } from './data.js';

export function CodesView(props: {
  username: string;
  codes: readonly string[];
  onDone: () => void;
}) {
  const [kept, setKept] = useState(false);
  return (
    <section class="account-section codes" aria-labelledby="codes-title">
      <h2 id="codes-title">Your recovery codes</h2>
      <p>
        If you forget your password, each of these codes lets you back in once. Keep them somewhere
        safe, such as a password manager or on paper. They will not be shown again.
      </p>
      <ol class="codes-list">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          class="button button-choice"
          onClick={() =>
            downloadFile(
              'unknot-recovery-codes.txt',
              codesFile(props.username, props.codes),
              'text/plain',
            )
          }
        >
          Download the codes
        </button>
      </p>
      <label class="check-row">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.currentTarget.checked)} />I
        have kept my codes somewhere safe
      </label>
      <p>
        <button type="button" class="button" disabled={!kept} onClick={props.onDone}>
          Continue
        </button>
      </p>
    </section>
  );
}
