/**
 * "Add a person": the clinician types the share code the person made and gave them. The server
 * checks it (one use, seven days, a few tries a minute) and answers the person now shared, who
 * joins the list. A refusal says what to do in words, beside the field.
 */
import { useState } from 'preact/hooks';
import type { PersonView } from '../../core/consent/api.schema.js';
import { redeem } from './data.js';

const BAD_CODE =
  'That code does not work: it may be mistyped, used already or more than seven days old. Check it with the person, or ask them for a new one.';

export function RedeemForm({ onAdded }: { onAdded: (person: PersonView) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (code.trim() === '') {
      setError('Enter the share code the person gave you.');
      return;
    }
    setBusy(true);
    try {
      const res = await redeem(code.trim());
      if (res.ok) {
        setCode('');
        setError(undefined);
        onAdded(res.data);
        return;
      }
      if (res.reason === 'network' || res.status === 429) setError(res.words);
      else if (res.status === 404 || res.fields.some((f) => f.path === 'code')) setError(BAD_CODE);
      else setError(res.words);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="redeem-form" onSubmit={submit} noValidate aria-labelledby="redeem-title">
      <h2 id="redeem-title">Add a person</h2>
      <label class="field-label" for="redeem-code">
        Share code
      </label>
      <p id="redeem-hint" class="field-hint">
        The code the person made on their sharing page, such as K7QM-2XPD. It works once.
      </p>
      {error !== undefined && (
        <p id="redeem-error" class="field-error">
          {error}
        </p>
      )}
      <div class="redeem-row">
        <input
          id="redeem-code"
          type="text"
          value={code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? 'redeem-hint' : 'redeem-hint redeem-error'}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'One moment…' : 'Add'}
        </button>
      </div>
    </form>
  );
}
