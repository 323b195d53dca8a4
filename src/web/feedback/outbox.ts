/**
 * Feedback kept on the device while it cannot be sent, in the device store keyed by the
 * feedback's own id, so keeping the same answer twice stores it once.
 */
import { all, put, remove, STORES } from '../store/device.js';
import type { FeedbackInput } from './types.js';

export async function keep(feedback: FeedbackInput): Promise<void> {
  await put(STORES.feedbackOutbox, feedback);
}

export async function kept(): Promise<FeedbackInput[]> {
  return all<FeedbackInput>(STORES.feedbackOutbox);
}

export async function forget(id: string): Promise<void> {
  await remove(STORES.feedbackOutbox, id);
}
