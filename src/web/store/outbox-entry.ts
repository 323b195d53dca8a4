/**
 * One thing waiting to be sent to the server, whatever it is: "was this helpful?" feedback today,
 * record changes for sync once there are accounts. Kept on the device until the server has it.
 */
/**
 * `sync` entries name a record by its id (the entry's id) and carry nothing: what is pushed is the
 * record's latest version, read when the push goes.
 */
export const OUTBOX_TOPICS = ['feedback', 'sync'] as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[number];

export interface OutboxEntry {
  /** The id the server stores it under, so sending it twice stores it once. */
  id: string;
  topic: OutboxTopic;
  /** What is sent, as it will be sent. */
  body: unknown;
  /** ISO 8601 UTC: when it was queued, for oldest-first sending. */
  queuedAt: string;
}
