import { describe, expect, it } from 'vitest';
import {
  BONES,
  FLOOR_Y,
  ground,
  lerpPose,
  lowestY,
  type Pose,
  STANDING,
  skeleton,
} from './pose.js';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

function withLegs(pose: Pose, hip: number, knee: number): Pose {
  return {
    ...pose,
    legs: { near: { ...pose.legs.near, hip, knee }, far: { ...pose.legs.far, hip, knee } },
  };
}

describe('skeleton', () => {
  it('stands about 150 units tall with the feet on the floor', () => {
    const s = skeleton(STANDING);
    const top = s.head.y - BONES.headRadius;
    expect(FLOOR_Y - top).toBeGreaterThan(140);
    expect(FLOOR_Y - top).toBeLessThan(165);
    expect(lowestY(STANDING)).toBeCloseTo(FLOOR_Y, 6);
  });

  it('gives every bone its length', () => {
    const s = skeleton(withLegs({ ...STANDING, lean: 30, spine: 40 }, 70, 80));
    expect(dist(s.legs.near.hip, s.legs.near.knee)).toBeCloseTo(BONES.thigh, 6);
    expect(dist(s.legs.near.knee, s.legs.near.ankle)).toBeCloseTo(BONES.shank, 6);
    expect(dist(s.arms.far.shoulder, s.arms.far.elbow)).toBeCloseTo(BONES.upperArm, 6);
    expect(dist(s.arms.far.elbow, s.arms.far.wrist)).toBeCloseTo(BONES.forearm, 6);
  });

  it('bends the knee backwards and the hip forwards', () => {
    const s = skeleton(withLegs(STANDING, 60, 90));
    expect(s.legs.near.knee.x).toBeGreaterThan(s.pelvis.x + 20);
    expect(s.legs.near.ankle.x).toBeLessThan(s.legs.near.knee.x);
  });

  it('curves the trunk: rounding pushes the middle of the back out behind', () => {
    const mid = (spine: number) => skeleton({ ...STANDING, spine }).spine[6]?.x ?? Number.NaN;
    expect(mid(40)).toBeLessThan(mid(0) - 3);
    expect(mid(-40)).toBeGreaterThan(mid(0) + 3);
  });

  it('lies face up at lean -90 with the head behind the pelvis', () => {
    const s = skeleton({ ...STANDING, lean: -90 });
    expect(s.head.x).toBeLessThan(s.pelvis.x - 40);
    expect(Math.abs(s.head.y - s.pelvis.y)).toBeLessThan(1);
    expect(s.face.y).toBeLessThan(-0.9);
  });

  it('drops a knee that falls outwards nearer the floor without moving the hip', () => {
    const bent = withLegs({ ...STANDING, lean: -90 }, 60, 100);
    const out = { ...bent, legs: { ...bent.legs, near: { ...bent.legs.near, out: 60 } } };
    const a = skeleton(bent).legs.near;
    const b = skeleton(out).legs.near;
    expect(b.knee.y).toBeGreaterThan(a.knee.y + 10);
    expect(b.hip).toEqual(a.hip);
  });
});

describe('ground', () => {
  it('rests the lowest edge on the floor from above or below', () => {
    for (const y of [0, 300]) {
      expect(lowestY(ground({ ...STANDING, y }))).toBeCloseTo(FLOOR_Y, 6);
    }
  });
});

describe('lerpPose', () => {
  it('returns the ends at 0 and 1 and keeps bone lengths between', () => {
    const a = withLegs(STANDING, 0, 0);
    const b = withLegs({ ...STANDING, lean: 80, spine: -30 }, 100, 120);
    expect(lerpPose(a, b, 0)).toEqual(a);
    expect(lerpPose(a, b, 1)).toEqual(b);
    const s = skeleton(lerpPose(a, b, 0.37));
    expect(dist(s.legs.far.hip, s.legs.far.knee)).toBeCloseTo(BONES.thigh, 6);
    expect(dist(s.legs.far.knee, s.legs.far.ankle)).toBeCloseTo(BONES.shank, 6);
  });
});
