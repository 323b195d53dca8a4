/**
 * Sends feedback to the server, or keeps it on the device when the server cannot be reached and
 * sends it later. The server is idempotent by id, so sending one record twice is harmless.
 */
import { uuidv7 } from '../../core/ids.js';
import { forget, keep, kept } from './outbox.js';
import type { FeedbackInput } from './types.js';

export type SendOutcome = 'sent' | 'kept' | 'refused';

type Attempt = 'sent' | 'refused' | 'retry';

export function newFeedbackId(): string {
  return uuidv7(Date.now(), (n) => crypto.getRandomValues(new Uint8Array(n)));
}

async function post(feedback: FeedbackInput): Promise<Attempt> {
  let res: Response;
  try {
    res = await fetch('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(feedback),
    });
  } catch {
    return 'retry';
  }
  if (res.ok) return 'sent';
  // A request the server will never accept is dropped; busy or failing servers are retried.
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
    return 'refused';
  }
  return 'retry';
}

export async function sendFeedback(feedback: FeedbackInput): Promise<SendOutcome> {
  const attempt = navigator.onLine ? await post(feedback) : 'retry';
  if (attempt !== 'retry') return attempt;
  await keep(feedback);
  return 'kept';
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
    if (attempt === 'retry') return;
    await forget(feedback.id);
  }
}
