import { describe, expect, it } from 'vitest';
import { cycleMs, easeInOut, frameAt, type Keyframe, keyPositions, poseAt } from './animate.js';
import { ground, type Pose, STANDING, skeleton } from './pose.js';

const bow: Pose = ground({ ...STANDING, lean: 60, spine: 30 });
const LOOP: Keyframe[] = [
  { pose: STANDING, holdMs: 1000, moveMs: 2000, label: 'Stand' },
  { pose: bow, holdMs: 500, moveMs: 1500, label: 'Bow' },
];

function maxJointMove(a: Pose, b: Pose): number {
  const pa = skeleton(a);
  const pb = skeleton(b);
  const pts = (s: typeof pa) => [
    s.head,
    s.shoulder,
    s.pelvis,
    s.arms.near.wrist,
    s.legs.near.ankle,
    s.legs.far.toe,
  ];
  const qa = pts(pa);
  const qb = pts(pb);
  return Math.max(...qa.map((p, i) => Math.hypot(p.x - (qb[i]?.x ?? 0), p.y - (qb[i]?.y ?? 0))));
}

describe('poseAt', () => {
  it('holds each keyframe, then moves', () => {
    expect(cycleMs(LOOP)).toBe(5000);
    expect(poseAt(LOOP, 0)).toEqual(STANDING);
    expect(poseAt(LOOP, 999)).toEqual(STANDING);
    expect(poseAt(LOOP, 3000)).toEqual(bow);
    expect(frameAt(LOOP, 3200).label).toBe('Bow');
    expect(frameAt(LOOP, 1500).moving).toBe(true);
  });

  it('loops: a time and the same time a cycle later give one pose, negative times too', () => {
    for (const t of [0, 700, 1999, 3333, 4999]) {
      expect(poseAt(LOOP, t + 5000)).toEqual(poseAt(LOOP, t));
      expect(poseAt(LOOP, t - 5000)).toEqual(poseAt(LOOP, t));
    }
  });

  it('moves continuously, through the wrap too', () => {
    for (let t = 0; t < 5000; t += 25) {
      expect(maxJointMove(poseAt(LOOP, t), poseAt(LOOP, t + 5))).toBeLessThan(1.5);
    }
    expect(maxJointMove(poseAt(LOOP, 4999.9), poseAt(LOOP, 0))).toBeLessThan(0.1);
  });

  it('keeps one still pose for a single keyframe or a bad time', () => {
    expect(poseAt([{ pose: bow, holdMs: 0, moveMs: 0 }], 1234)).toEqual(bow);
    expect(poseAt(LOOP, Number.NaN)).toEqual(STANDING);
    expect(() => poseAt([], 0)).toThrow(RangeError);
  });
});

describe('easeInOut', () => {
  it('starts and ends still and is symmetric', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5, 10);
    expect(easeInOut(0.01)).toBeLessThan(0.001);
  });
});

describe('keyPositions', () => {
  it('lists each distinct position once, in order, with its cue', () => {
    const list = keyPositions([...LOOP, { pose: STANDING, holdMs: 1, moveMs: 1, label: 'Again' }]);
    expect(list.map((p) => p.label)).toEqual(['Stand', 'Bow']);
  });
});
