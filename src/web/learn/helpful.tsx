/**
 * "Was this helpful?": a Yes or No tap is recorded by itself, at once; then an optional comment
 * may follow, sent under the same id so the server adds it to that answer. Offline, both are kept
 * on the device and sent when the connection returns; the person is told so.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { MAX_COMMENT_LENGTH } from '../../core/feedback.js';
import type { SendOutcome } from '../feedback/send.js';
import { newId } from '../ids.js';

/** Where the answer is: not given, on its way, recorded (sent or kept), or refused. */
type Phase = 'asking' | 'sending' | 'sent' | 'kept' | 'refused';

const THANKS: Record<Phase, string> = {
  asking: '',
  sending: 'Sending…',
  sent: 'Thank you. Your answer helps us make this page better.',
  kept: 'Thank you. You are offline, so your answer is saved on this device and will be sent when you are back online.',
  refused: 'Sorry, your answer could not be sent. Please try again later.',
};

const COMMENT_THANKS: Record<Phase, string> = {
  ...THANKS,
  sent: 'Thank you for your comment.',
  kept: 'Thank you. You are offline, so your comment is saved on this device and will be sent when you are back online.',
  refused: 'Sorry, your comment could not be sent. Please try again later.',
};

async function send(body: {
  id: string;
  contentId: string;
  helpful: boolean;
  comment?: string;
}): Promise<SendOutcome> {
  try {
    const { sendFeedback } = await import('../feedback/send.js');
    return await sendFeedback(body);
  } catch {
    return { status: 'refused', words: THANKS.refused };
  }
}

export function Feedback({ contentId }: { contentId: string }) {
  // One id for the answer and the comment that may follow it.
  const id = useRef(newId());
  const helpful = useSignal<boolean | undefined>(undefined);
  const answer = useSignal<Phase>('asking');
  const comment = useSignal('');
  const commentPhase = useSignal<Phase>('asking');
  /** Why the server refused, in the person's words, when it said. */
  const refusal = useSignal<string | undefined>(undefined);
  const status = useRef<HTMLParagraphElement>(null);

  const recorded = answer.value === 'sent' || answer.value === 'kept';
  const commented = commentPhase.value === 'sent' || commentPhase.value === 'kept';
  useEffect(() => {
    // The buttons or the comment box disappear; focus moves to the thank-you so it is not lost.
    if (recorded) status.current?.focus();
  }, [recorded, commented]);

  const tap = async (value: boolean) => {
    if (answer.value === 'sending' || recorded) return;
    helpful.value = value;
    answer.value = 'sending';
    refusal.value = undefined;
    const outcome = await send({ id: id.current, contentId, helpful: value });
    if (outcome.status === 'refused') refusal.value = outcome.words;
    answer.value = outcome.status;
  };

  const submitComment = async (event: Event) => {
    event.preventDefault();
    const text = comment.value.trim().slice(0, MAX_COMMENT_LENGTH);
    if (helpful.value === undefined || text === '' || commentPhase.value === 'sending') return;
    commentPhase.value = 'sending';
    refusal.value = undefined;
    const outcome = await send({
      id: id.current,
      contentId,
      helpful: helpful.value,
      comment: text,
    });
    if (outcome.status === 'refused') refusal.value = outcome.words;
    commentPhase.value = outcome.status;
  };

  const message =
    commentPhase.value !== 'asking'
      ? commentPhase.value === 'refused'
        ? (refusal.value ?? COMMENT_THANKS.refused)
        : COMMENT_THANKS[commentPhase.value]
      : answer.value === 'refused'
        ? (refusal.value ?? THANKS.refused)
        : THANKS[answer.value];

  return (
    <section aria-labelledby="feedback-heading" class="feedback">
      <h2 id="feedback-heading">Was this helpful?</h2>
      {!recorded && (
        <fieldset class="choice">
          <legend class="visually-hidden">Was this page helpful?</legend>
          {[true, false].map((value) => (
            <button
              key={String(value)}
              type="button"
              class="button button-choice"
              aria-pressed={helpful.value === value}
              disabled={answer.value === 'sending'}
              onClick={() => void tap(value)}
            >
              {value ? 'Yes' : 'No'}
            </button>
          ))}
        </fieldset>
      )}
      <p ref={status} class="feedback-status" role="status" tabIndex={-1}>
        {message}
      </p>
      {recorded && !commented && (
        <form onSubmit={submitComment}>
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
            {comment.value.length} of {MAX_COMMENT_LENGTH} characters. Please do not include your
            name or contact details.
          </p>
          <button
            type="submit"
            class="button"
            disabled={commentPhase.value === 'sending' || comment.value.trim() === ''}
          >
            Send comment
          </button>
        </form>
      )}
    </section>
  );
}
