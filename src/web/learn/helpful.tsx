/**
 * "Was this helpful?": Yes or No, an optional comment, then a thank-you. Offline, the answer is
 * kept on the device and sent when the connection returns; the person is told so.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { MAX_COMMENT_LENGTH } from '../../core/feedback.js';
import { newId } from '../ids.js';

type Phase = 'asking' | 'sending' | 'sent' | 'kept' | 'refused';

const THANKS: Record<Phase, string> = {
  asking: '',
  sending: 'Sending…',
  sent: 'Thank you. Your answer helps us make this page better.',
  kept: 'Thank you. You are offline, so your answer is saved on this device and will be sent when you are back online.',
  refused: 'Sorry, your answer could not be sent. Please try again later.',
};

export function Feedback({ contentId }: { contentId: string }) {
  const helpful = useSignal<boolean | undefined>(undefined);
  const comment = useSignal('');
  const phase = useSignal<Phase>('asking');
  /** Why the server refused the answer, in the person's words; THANKS.refused when unknown. */
  const refusal = useSignal<string | undefined>(undefined);
  const status = useRef<HTMLParagraphElement>(null);

  const done = phase.value === 'sent' || phase.value === 'kept';
  useEffect(() => {
    // The form disappears on success; focus moves to the thank-you so it is not lost.
    if (done) status.current?.focus();
  }, [done]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (helpful.value === undefined || phase.value === 'sending') return;
    phase.value = 'sending';
    refusal.value = undefined;
    try {
      const { sendFeedback } = await import('../feedback/send.js');
      const text = comment.value.trim().slice(0, MAX_COMMENT_LENGTH);
      const outcome = await sendFeedback({
        id: newId(),
        contentId,
        helpful: helpful.value,
        ...(text === '' ? {} : { comment: text }),
      });
      if (outcome.status === 'refused') refusal.value = outcome.words;
      phase.value = outcome.status;
    } catch {
      phase.value = 'refused';
    }
  };

  return (
    <section aria-labelledby="feedback-heading" class="feedback">
      <h2 id="feedback-heading">Was this helpful?</h2>
      {!done && (
        <form onSubmit={submit}>
          <fieldset class="choice">
            <legend class="visually-hidden">Was this page helpful?</legend>
            <button
              type="button"
              class="button button-choice"
              aria-pressed={helpful.value === true}
              onClick={() => {
                helpful.value = true;
              }}
            >
              Yes
            </button>
            <button
              type="button"
              class="button button-choice"
              aria-pressed={helpful.value === false}
              onClick={() => {
                helpful.value = false;
              }}
            >
              No
            </button>
          </fieldset>
          {helpful.value !== undefined && (
            <>
              <label for="feedback-comment" class="field-label">
                Anything to add? (optional)
              </label>
              <textarea
                id="feedback-comment"
                name="comment"
                rows={3}
                maxLength={MAX_COMMENT_LENGTH}
                value={comment.value}
                onInput={(e) => {
                  comment.value = (e.currentTarget as HTMLTextAreaElement).value;
                }}
                aria-describedby="feedback-count"
              />
              <p id="feedback-count" class="quiet">
                {comment.value.length} of {MAX_COMMENT_LENGTH} characters. Please do not include
                your name or contact details.
              </p>
              <button type="submit" class="button" disabled={phase.value === 'sending'}>
                Send answer
              </button>
            </>
          )}
        </form>
      )}
      <p ref={status} class="feedback-status" role="status" tabIndex={-1}>
        {phase.value === 'refused' ? (refusal.value ?? THANKS.refused) : THANKS[phase.value]}
      </p>
    </section>
  );
}
