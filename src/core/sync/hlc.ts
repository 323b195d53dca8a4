/**
 * A hybrid logical clock (Kulkarni et al., 2014; the way Actual Budget stamps its changes): each
 * change a device makes gets a stamp of wall-clock milliseconds, a counter and the device's id. A
 * stamp is never below any stamp the device has made or seen, so a phone whose clock runs slow
 * still stamps an edit it makes after seeing another device's change as the later one; and drift
 * is bounded, so a clock set far ahead cannot bury every edit that follows. Stamps written as text
 * sort in time order. Pure: the wall clock is passed in.
 *
 * Written here rather than taken from @actual-app/crdt (which DESIGN weighed): its Timestamp keeps
 * one clock in module state (setClock/getClock), which a server stamping for many people at once,
 * and core's rule that the clock is passed in, cannot use; and it brings protobuf and murmurhash
 * for a merkle trie that a server-sequenced pull does not need.
 */

export interface Hlc {
  /** Wall-clock milliseconds since the epoch, the largest seen. */
  millis: number;
  /** Orders stamps within one millisecond. */
  counter: number;
  /** The device that made the stamp: 16 hex digits, fixed for a device. */
  node: string;
}

/** A remote stamp this far ahead of our clock is refused: its clock is wrong, not early. */
export const MAX_DRIFT_MS = 5 * 60_000;
export const MAX_COUNTER = 0xffff;
const NODE = /^[0-9a-f]{16}$/;
const TEXT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
/** The last millisecond an ISO 8601 time with a four-digit year can write. */
const LAST_MS = Date.parse('9999-12-31T23:59:59.999Z');

export class ClockError extends Error {
  constructor(
    readonly reason: 'drift' | 'overflow' | 'node',
    message: string,
  ) {
    super(message);
  }
}

export function isNode(node: string): boolean {
  return NODE.test(node);
}

export function hlcStart(node: string): Hlc {
  if (!isNode(node)) throw new ClockError('node', 'a node id is 16 lower-case hex digits');
  return { millis: 0, counter: 0, node };
}

function next(millis: number, counter: number, node: string): Hlc {
  if (counter > MAX_COUNTER) {
    throw new ClockError('overflow', 'more changes in one millisecond than the clock can order');
  }
  if (millis > LAST_MS) throw new ClockError('drift', 'the clock is past the year 9999');
  return { millis, counter, node };
}

/** The stamp of a change made here, now. */
export function tick(local: Hlc, nowMs: number): Hlc {
  const millis = Math.max(local.millis, Math.floor(nowMs));
  return next(millis, millis === local.millis ? local.counter + 1 : 0, local.node);
}

/**
 * The clock after seeing `remote`: above both it and everything made here. The server refuses a
 * stamp more than `maxDriftMs` ahead of its own clock (a device whose clock is set wrong), so the
 * stamps it hands on are bounded; a device follows the server's stamps even when its own clock is
 * slow (pass Infinity), or it could never catch up.
 */
export function receive(
  local: Hlc,
  remote: Hlc,
  nowMs: number,
  maxDriftMs: number = MAX_DRIFT_MS,
): Hlc {
  const now = Math.floor(nowMs);
  if (remote.millis - now > maxDriftMs) {
    throw new ClockError('drift', `a stamp ${remote.millis - now} ms ahead of this clock`);
  }
  const millis = Math.max(local.millis, remote.millis, now);
  const counter =
    millis === local.millis && millis === remote.millis
      ? Math.max(local.counter, remote.counter) + 1
      : millis === local.millis
        ? local.counter + 1
        : millis === remote.millis
          ? remote.counter + 1
          : 0;
  return next(millis, counter, local.node);
}

/** "2026-03-02T09:00:00.000Z-0000-0123456789abcdef": sorts as the stamps order. */
export function hlcText(h: Hlc): string {
  return `${new Date(h.millis).toISOString()}-${h.counter.toString(16).padStart(4, '0')}-${h.node}`;
}

export function parseHlc(text: string): Hlc | undefined {
  const m = TEXT.exec(text);
  if (m === null) return undefined;
  const millis = Date.parse(m[1] ?? '');
  if (Number.isNaN(millis) || new Date(millis).toISOString() !== m[1]) return undefined;
  return { millis, counter: Number.parseInt(m[2] ?? '', 16), node: m[3] ?? '' };
}

/** Negative when `a` is earlier, positive when later, 0 for the same stamp. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return (
    a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)
  );
}
