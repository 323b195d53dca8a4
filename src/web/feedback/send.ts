/**
 * Sends feedback to the server, or keeps it on the device when the server cannot be reached and
 * sends it later. The server is idempotent by id, so sending one record twice is harmless.
 */
import type { FeedbackInput } from '../../core/feedback.js';
import { isTransient, postJson } from '../api.js';
import { enqueue, pending, sent } from '../store/outbox.js';

/** Sent; kept on the device to send later; or refused, with words for the person saying why. */
export type SendOutcome =
  | { status: 'sent' }
  | { status: 'kept' }
  | { status: 'refused'; words: string };

type Attempt = SendOutcome | { status: 'retry' };

/** Feedback as it is sent: with the id the browser made, so a retry is stored once. */
export type OutgoingFeedback = FeedbackInput & { id: string };

async function post(feedback: unknown): Promise<Attempt> {
  const outcome = await postJson('/api/v1/feedback', feedback);
  if (outcome.ok) return { status: 'sent' };
  // A request the server will never accept is dropped; busy or failing servers are retried.
  return isTransient(outcome) ? { status: 'retry' } : { status: 'refused', words: outcome.words };
}

export async function sendFeedback(feedback: OutgoingFeedback): Promise<SendOutcome> {
  const attempt: Attempt = navigator.onLine ? await post(feedback) : { status: 'retry' };
  if (attempt.status !== 'retry') return attempt;
  await enqueue('feedback', feedback.id, feedback);
  return { status: 'kept' };
}

let flushing = false;

/**
 * Sends what was kept, oldest first, and stops at the first failure.
 * A Web Lock keeps two open tabs from sending the same answers at once.
 */
export async function flushOutbox(): Promise<void> {
  if (flushing || !navigator.onLine) return;
  flushing = true;
  try {
    if ('locks' in navigator) {
      await navigator.locks.request('unknot-feedback-outbox', { ifAvailable: true }, (lock) =>
        lock === null ? undefined : sendKept(),
      );
    } else {
      await sendKept();
    }
  } finally {
    flushing = false;
  }
}

async function sendKept(): Promise<void> {
  for (const entry of await pending('feedback')) {
    const attempt = await post(entry.body);
    if (attempt.status === 'retry') return;
    await sent(entry.id);
  }
}
