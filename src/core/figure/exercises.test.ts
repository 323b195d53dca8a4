import { describe, expect, it } from 'vitest';
import { cycleMs, frameAt, type Keyframe } from './animate.js';
import {
  allIllustrations,
  ILLUSTRATION_IDS,
  type Illustration,
  type IllustrationId,
  illustrationFor,
} from './exercises.js';
import { BONES, bodyExtent, FLOOR_Y, lowestY, type Pose, skeleton, WIDTHS } from './pose.js';
import { renderKeyPositions, renderSvg } from './render.js';
import { checkXml, pathNumbers } from './xml.js';

const ALL: Illustration[] = allIllustrations();
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

/** Every keyframe, and 60 moments spread over the loop. */
function frames(ill: Illustration): Pose[] {
  const total = cycleMs(ill.keyframes);
  const moments = Array.from({ length: 60 }, (_, i) => frameAt(ill.keyframes, (total * i) / 60));
  return [...ill.keyframes.map((k) => k.pose), ...moments.map((f) => f.pose)];
}

function svgProblems(svg: string): string[] {
  const { problems, elements } = checkXml(svg);
  const root = elements[0];
  if (root?.name !== 'svg' || root.attrs.viewBox === undefined) problems.push('no svg viewBox');
  if (!elements.some((e) => e.name === 'title')) problems.push('no title');
  for (const e of elements) {
    if ('style' in e.attrs) problems.push(`inline style on <${e.name}>`);
    if (e.name === 'path' && pathNumbers(e.attrs.d ?? '').some((v) => !Number.isFinite(v))) {
      problems.push(`bad path ${e.attrs.d}`);
    }
    if (e.name === 'style' || e.name === 'script' || e.name.startsWith('animate')) {
      problems.push(`<${e.name}> is not allowed`);
    }
  }
  return problems;
}

describe('the illustrations', () => {
  it('cover every exercise id, each with a title and at least one keyframe', () => {
    expect(ALL.map((ill) => ill.id)).toEqual([...ILLUSTRATION_IDS]);
    for (const ill of ALL) {
      expect(ill.title.length).toBeGreaterThan(10);
      expect(ill.keyframes.length).toBeGreaterThan(0);
      for (const k of ill.keyframes) expect(k.label?.length ?? 0).toBeGreaterThan(3);
    }
    expect(illustrationFor('cat-cow')?.id).toBe('cat-cow');
    expect(illustrationFor('no-such-exercise')).toBeUndefined();
    // Only an id of its own names an illustration, not one every object inherits.
    expect(illustrationFor('constructor')).toBeUndefined();
    expect(illustrationFor('cat-cow')).toBe(illustrationFor('cat-cow'));
  });

  it.each(ALL.map((i) => [i.id, i] as const))(
    '%s renders valid SVG for every keyframe',
    (_, ill) => {
      for (const k of ill.keyframes) {
        expect(svgProblems(renderSvg(k.pose, ill.title, ill))).toEqual([]);
      }
      expect(svgProblems(renderKeyPositions(ill.keyframes, ill.title, ill))).toEqual([]);
    },
  );

  it.each(ALL.map((i) => [i.id, i] as const))(
    '%s rests on the floor and stays in view',
    (_, ill) => {
      const v = ill.view;
      expect(v.x).toBeGreaterThanOrEqual(0);
      expect(v.x + v.width).toBeLessThanOrEqual(320);
      for (const pose of frames(ill)) {
        // Nothing sinks below the floor, and nothing floats above it.
        expect(Math.abs(lowestY(pose) - FLOOR_Y)).toBeLessThanOrEqual(1);
        for (const { point, radius } of bodyExtent(skeleton(pose))) {
          expect(point.x - radius).toBeGreaterThanOrEqual(v.x);
          expect(point.x + radius).toBeLessThanOrEqual(v.x + v.width);
          expect(point.y - radius).toBeGreaterThanOrEqual(v.y);
          expect(point.y + radius).toBeLessThanOrEqual(FLOOR_Y + 1);
        }
      }
    },
  );

  it.each(ALL.map((i) => [i.id, i] as const))(
    '%s bends knees and elbows only the way they go',
    (_, ill) => {
      for (const pose of frames(ill)) {
        for (const leg of [pose.legs.near, pose.legs.far]) {
          expect(leg.knee).toBeGreaterThanOrEqual(-5);
          expect(leg.knee).toBeLessThanOrEqual(160);
          expect(Math.abs(leg.ankle)).toBeLessThanOrEqual(110);
        }
        for (const arm of [pose.arms.near, pose.arms.far]) {
          expect(arm.elbow).toBeGreaterThanOrEqual(-5);
          expect(arm.elbow).toBeLessThanOrEqual(160);
        }
      }
    },
  );

  it.each(ALL.map((i) => [i.id, i] as const))(
    '%s keeps its bones their length while it moves',
    (_, ill) => {
      for (const pose of frames(ill)) {
        const s = skeleton(pose);
        for (const arm of [s.arms.near, s.arms.far]) {
          expect(dist(arm.shoulder, arm.elbow)).toBeCloseTo(BONES.upperArm, 6);
          expect(dist(arm.elbow, arm.wrist)).toBeCloseTo(BONES.forearm, 6);
        }
        // A leg turned about the trunk's axis is foreshortened on purpose; a flat one is not.
        if (pose.roll === 0 && pose.legs.near.out === 0) {
          expect(dist(s.legs.near.hip, s.legs.near.knee)).toBeCloseTo(BONES.thigh, 6);
          expect(dist(s.legs.near.knee, s.legs.near.ankle)).toBeCloseTo(BONES.shank, 6);
        }
      }
    },
  );
});

function first(id: IllustrationId, index = 0): Pose {
  const k = illustrationFor(id)?.keyframes[index] as Keyframe;
  return k.pose;
}

describe('positions a physiotherapist would accept', () => {
  it('on hands and knees, both hands and both knees touch the floor', () => {
    for (const [id, index] of [
      ['cat-cow', 0],
      ['cat-cow', 1],
      ['bird-dog', 0],
      ['childs-pose', 0],
    ] as const) {
      const s = skeleton(first(id, index));
      for (const side of ['near', 'far'] as const) {
        expect(s.arms[side].wrist.y + WIDTHS.forearm / 2).toBeGreaterThan(FLOOR_Y - 2);
        expect(s.legs[side].knee.y + WIDTHS.thigh / 2).toBeGreaterThan(FLOOR_Y - 2);
      }
    }
  });

  it('lying with knees bent, the feet are flat on the floor', () => {
    for (const id of ['knee-to-chest-single', 'glute-bridge', 'pelvic-tilt'] as const) {
      const leg = skeleton(first(id)).legs.near;
      expect(Math.abs(leg.heel.y - leg.toe.y)).toBeLessThan(1);
      expect(leg.toe.y + WIDTHS.foot / 2).toBeGreaterThan(FLOOR_Y - 1);
    }
  });

  it('lying poses are horizontal: head and pelvis at one height', () => {
    for (const id of [
      'knee-to-chest-single',
      'prone-press-up',
      'superman',
      'pelvic-tilt',
    ] as const) {
      const s = skeleton(first(id));
      expect(Math.abs(s.head.y - s.pelvis.y)).toBeLessThan(4);
    }
  });

  it('in the bridge the hips rise while shoulders and feet stay down', () => {
    const [down, up] = [skeleton(first('glute-bridge', 0)), skeleton(first('glute-bridge', 1))];
    expect(up.pelvis.y).toBeLessThan(down.pelvis.y - 15);
    expect(Math.abs(up.shoulder.y - down.shoulder.y)).toBeLessThan(2);
    expect(dist(up.legs.near.ankle, down.legs.near.ankle)).toBeLessThan(2);
  });

  it('cat-cow rounds the back up on the out-breath and lets it dip on the in-breath', () => {
    const middle = (p: Pose) => skeleton(p).spine[6]?.y ?? Number.NaN;
    expect(middle(first('cat-cow', 1))).toBeLessThan(middle(first('cat-cow', 0)) - 8);
  });

  it('the press-up lifts the chest while the pelvis stays on the floor', () => {
    const [down, up] = [skeleton(first('prone-press-up', 0)), skeleton(first('prone-press-up', 1))];
    expect(up.shoulder.y).toBeLessThan(down.shoulder.y - 20);
    expect(Math.abs(up.pelvis.y - down.pelvis.y)).toBeLessThan(3);
  });
});
