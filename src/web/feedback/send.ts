/**
 * Sends feedback to the server, or keeps it on the device when the server cannot be reached and
 * sends it later. The server is idempotent by id, so sending one record twice is harmless.
 */
import { uuidv7 } from '../../core/ids.js';
import { isTransient, postJson } from '../api.js';
import { forget, keep, kept } from './outbox.js';
import type { FeedbackInput } from './types.js';

/** Sent; kept on the device to send later; or refused, with words for the person saying why. */
export type SendOutcome =
  | { status: 'sent' }
  | { status: 'kept' }
  | { status: 'refused'; words: string };

type Attempt = SendOutcome | { status: 'retry' };

export function newFeedbackId(): string {
  return uuidv7(Date.now(), (n) => crypto.getRandomValues(new Uint8Array(n)));
}

async function post(feedback: FeedbackInput): Promise<Attempt> {
  const outcome = await postJson('/api/v1/feedback', feedback);
  if (outcome.ok) return { status: 'sent' };
  // A request the server will never accept is dropped; busy or failing servers are retried.
  return isTransient(outcome) ? { status: 'retry' } : { status: 'refused', words: outcome.words };
}

export async function sendFeedback(feedback: FeedbackInput): Promise<SendOutcome> {
  const attempt: Attempt = navigator.onLine ? await post(feedback) : { status: 'retry' };
  if (attempt.status !== 'retry') return attempt;
  await keep(feedback);
  return { status: 'kept' };
}

let flushing = false;

/**
 * Sends what was kept, oldest id first (UUIDv7 sorts by time), and stops at the first failure.
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
  const waiting = (await kept()).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const feedback of waiting) {
    const attempt = await post(feedback);
    if (attempt.status === 'retry') return;
    await forget(feedback.id);
  }
}
