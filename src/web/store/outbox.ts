/**
 * The one outbox: whatever the device has to send the server and could not yet ("was this
 * helpful?" feedback today, record changes for sync with an account). An entry stays until the
 * server has it; each keeps the id the server stores it under, so sending twice stores it once.
 */
import { objectStore, request, STORES } from './database.js';
import { OUTBOX_TOPICS, type OutboxEntry, type OutboxTopic } from './outbox-entry.js';

export type { OutboxEntry, OutboxTopic };

const isEntry = (v: unknown): v is OutboxEntry =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as OutboxEntry).id === 'string' &&
  (OUTBOX_TOPICS as readonly unknown[]).includes((v as OutboxEntry).topic) &&
  typeof (v as OutboxEntry).queuedAt === 'string';

export async function enqueue(
  topic: OutboxTopic,
  id: string,
  body: unknown,
  now = new Date(),
): Promise<void> {
  const entry: OutboxEntry = { id, topic, body, queuedAt: now.toISOString() };
  await request((await objectStore(STORES.outbox, 'readwrite')).put(entry));
}

/** What waits under a topic, oldest first. */
export async function pending(topic: OutboxTopic): Promise<OutboxEntry[]> {
  const store = await objectStore(STORES.outbox, 'readonly');
  const entries = await request(store.index('topic').getAll(topic));
  return entries.filter(isEntry).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** The server has it: forget the entry. */
export async function sent(id: string): Promise<void> {
  await request((await objectStore(STORES.outbox, 'readwrite')).delete(id));
}
