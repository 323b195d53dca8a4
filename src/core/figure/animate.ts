/**
 * Time for the figure: a loop of keyframes, each held and then eased into the next, so a page can
 * ask for the pose at any moment of the clock (no counted ticks) and redraw it.
 */
import { ground, lerpPose, type Pose } from './pose.js';

export interface Keyframe {
  readonly pose: Pose;
  /** How long the figure stays in this pose. */
  readonly holdMs: number;
  /** How long it then takes to move into the next keyframe (the first, after the last). */
  readonly moveMs: number;
  /** A short cue for this position, e.g. "Breathe out, round your back". */
  readonly label?: string;
}

/** Where the loop is at a moment: the pose and the keyframe it is in or leaving. */
export interface Frame {
  readonly pose: Pose;
  readonly index: number;
  readonly label: string | undefined;
  readonly moving: boolean;
}

/** Length of one loop. */
export function cycleMs(keyframes: readonly Keyframe[]): number {
  let total = 0;
  for (const k of keyframes) total += Math.max(0, k.holdMs) + Math.max(0, k.moveMs);
  return total;
}

/** Slow out, slow in: a joint starts and stops gently, as a careful person moves. */
export function easeInOut(u: number): number {
  const c = Math.min(1, Math.max(0, u));
  return (1 - Math.cos(Math.PI * c)) / 2;
}

/** The frame at `tMs` from the loop's start; any time, negative or past the end, wraps around. */
export function frameAt(keyframes: readonly Keyframe[], tMs: number): Frame {
  const first = keyframes[0];
  if (first === undefined) throw new RangeError('an animation needs at least one keyframe');
  const total = cycleMs(keyframes);
  if (keyframes.length === 1 || total <= 0 || !Number.isFinite(tMs)) {
    return { pose: first.pose, index: 0, label: first.label, moving: false };
  }
  let t = tMs % total;
  if (t < 0) t += total;
  for (let i = 0; i < keyframes.length; i++) {
    const k = keyframes[i] as Keyframe;
    const hold = Math.max(0, k.holdMs);
    const move = Math.max(0, k.moveMs);
    if (t < hold) return { pose: k.pose, index: i, label: k.label, moving: false };
    t -= hold;
    if (t < move) {
      const next = keyframes[(i + 1) % keyframes.length] as Keyframe;
      // Grounding the blend keeps the body on the floor while joints swing between two grounded poses.
      const pose = ground(lerpPose(k.pose, next.pose, easeInOut(t / move)));
      return { pose, index: i, label: k.label, moving: true };
    }
    t -= move;
  }
  // Rounding can leave t a hair past the last move: that is the loop's start again.
  return { pose: first.pose, index: 0, label: first.label, moving: false };
}

/** The pose at `tMs` from the loop's start. */
export function poseAt(keyframes: readonly Keyframe[], tMs: number): Pose {
  return frameAt(keyframes, tMs).pose;
}

/** The still positions to show instead of motion (prefers-reduced-motion), without repeats. */
export function keyPositions(
  keyframes: readonly Keyframe[],
): { pose: Pose; label: string | undefined }[] {
  const out: { pose: Pose; label: string | undefined }[] = [];
  const seen = new Set<string>();
  for (const k of keyframes) {
    const key = JSON.stringify(k.pose);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pose: k.pose, label: k.label });
  }
  return out;
}
