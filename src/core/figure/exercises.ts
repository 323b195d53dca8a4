/**
 * The poses of every exercise the app illustrates, as keyframe loops. Poses are authored in world
 * directions (where a bone points) and solved into joint angles, with hands and feet placed by
 * two-bone reaching, so feet stay flat, hands stay on the floor and the body rests on the floor.
 */
import { cycleMs, frameAt, type Keyframe } from './animate.js';
import {
  type ArmPose,
  angleOf,
  BONES,
  bodyExtent,
  dir,
  FLOOR_Y,
  frames,
  ground,
  type LegPose,
  type Point,
  type Pose,
  skeleton,
  trunkChord,
  WIDTHS,
  wrapAngle,
} from './pose.js';
import { type Prop, VIEW_HEIGHT, VIEW_WIDTH, type View } from './render.js';

export interface Illustration {
  readonly id: IllustrationId;
  /** What the figure shows, for the SVG's title and screen readers. */
  readonly title: string;
  readonly props: readonly Prop[];
  readonly keyframes: readonly Keyframe[];
  /** The part of the scene to show: the whole loop, as large as it fits. */
  readonly view: View;
}

export const ILLUSTRATION_IDS = [
  'knee-to-chest-single',
  'knee-to-chest-double',
  'prone-press-up',
  'superman',
  'cat-cow',
  'childs-pose',
  'pelvic-tilt',
  'hamstring-stretch',
  'glute-bridge',
  'bird-dog',
  'abdominal-bracing',
  'partial-curl-up',
  'lower-trunk-rotation',
  'piriformis-stretch',
  'walking',
  'position-of-ease',
  'side-lying',
] as const;

export type IllustrationId = (typeof ILLUSTRATION_IDS)[number];

// ---------------------------------------------------------------------------------------------
// Authoring in world directions

interface ArmWorld {
  readonly upper: number;
  readonly fore: number;
  readonly hand?: number;
}

interface LegWorld {
  readonly thigh: number;
  readonly shin: number;
  readonly foot: number;
  readonly out?: number;
}

interface Spec {
  readonly x: number;
  readonly y: number;
  readonly lean: number;
  readonly spine?: number;
  /** World direction of the head's crown; defaults to the line of the upper trunk. */
  readonly head?: number;
  readonly roll?: number;
  readonly arms: { readonly near: ArmWorld; readonly far: ArmWorld };
  readonly legs: { readonly near: LegWorld; readonly far: LegWorld };
}

function armJoints(a: ArmWorld, turn: number): ArmPose {
  return {
    shoulder: a.upper - turn,
    elbow: wrapAngle(a.fore - a.upper),
    wrist: wrapAngle((a.hand ?? a.fore) - a.fore),
  };
}

function legJoints(l: LegWorld, turn: number): LegPose {
  return {
    hip: l.thigh - turn,
    knee: wrapAngle(l.thigh - l.shin),
    ankle: wrapAngle(l.shin + 90 - l.foot),
    out: l.out ?? 0,
  };
}

function build(spec: Spec): Pose {
  const spine = spec.spine ?? 0;
  const f = frames({ lean: spec.lean, spine } as Pose);
  return {
    x: spec.x,
    y: spec.y,
    lean: spec.lean,
    spine,
    neck: spec.head === undefined ? 0 : f.shoulderUp - spec.head,
    roll: spec.roll ?? 0,
    arms: {
      near: armJoints(spec.arms.near, f.shoulderTurn),
      far: armJoints(spec.arms.far, f.shoulderTurn),
    },
    legs: {
      near: legJoints(spec.legs.near, f.pelvisTurn),
      far: legJoints(spec.legs.far, f.pelvisTurn),
    },
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/**
 * Two-bone reach from `root` towards `target`. `bend` picks the side the middle joint goes to:
 * +1 for a knee (it points forwards), -1 for an elbow.
 */
function reach(
  root: Point,
  target: Point,
  first: number,
  second: number,
  bend: 1 | -1,
): { first: number; second: number } {
  const dx = target.x - root.x;
  const dy = target.y - root.y;
  const d = clamp(Math.hypot(dx, dy), Math.abs(first - second) + 0.5, first + second - 0.01);
  const phi = angleOf({ x: dx, y: dy });
  const cosA = clamp((first * first + d * d - second * second) / (2 * first * d), -1, 1);
  const a = (Math.acos(cosA) * 180) / Math.PI;
  const upper = phi + bend * a;
  const mid = { x: root.x + dir(upper).x * first, y: root.y + dir(upper).y * first };
  return { first: upper, second: angleOf({ x: target.x - mid.x, y: target.y - mid.y }) };
}

function legTo(hip: Point, ankle: Point, foot: number, out = 0): LegWorld {
  const r = reach(hip, ankle, BONES.thigh, BONES.shank, 1);
  return { thigh: r.first, shin: r.second, foot, out };
}

function armTo(shoulder: Point, wrist: Point, hand?: number): ArmWorld {
  const r = reach(shoulder, wrist, BONES.upperArm, BONES.forearm, -1);
  return { upper: r.first, fore: r.second, hand: hand ?? r.second };
}

/** Finds x in [lo, hi] where f crosses zero, f being monotone there. */
function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  const fa = f(a);
  for (let i = 0; i < 40; i++) {
    const m = (a + b) / 2;
    if (Math.sign(f(m)) === Math.sign(fa)) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

function add(p: Point, deg: number, length: number): Point {
  const d = dir(deg);
  return { x: p.x + d.x * length, y: p.y + d.y * length };
}

function k(pose: Pose, holdMs: number, moveMs: number, label: string): Keyframe {
  return { pose: ground(pose), holdMs, moveMs, label };
}

// ---------------------------------------------------------------------------------------------
// Base positions

const X = 160;
/** The pelvis's height when lying flat on the floor. */
const LYING_Y = FLOOR_Y - WIDTHS.trunk / 2;
/** An ankle's height with the foot flat on the floor. */
const ANKLE_Y = FLOOR_Y - WIDTHS.shank / 2;
const ARMS_BY_SIDES: Spec['arms'] = {
  near: { upper: 93, fore: 97, hand: 97 },
  far: { upper: 91, fore: 95, hand: 95 },
};

/** The upper-body points a lying spec puts in place before arms and legs are solved. */
function shoulderOf(spec: Spec): Point {
  return skeleton(build(spec)).shoulder;
}

interface HookOptions {
  readonly spine?: number;
  readonly head?: number;
  readonly roll?: number;
  /** How far forward of the hips the feet stand. */
  readonly feet?: number;
}

/** Lying on the back, knees bent and feet flat: the start of most floor exercises. */
function hookLegs(feet = 54): { near: LegWorld; far: LegWorld } {
  const hip = { x: X, y: LYING_Y };
  return {
    near: legTo(hip, { x: X + feet, y: ANKLE_Y }, 90),
    far: legTo(hip, { x: X + feet - 2, y: ANKLE_Y }, 90),
  };
}

function hookLying(o: HookOptions = {}): Spec {
  return {
    x: X,
    y: LYING_Y,
    lean: -90,
    spine: o.spine ?? 0,
    head: o.head ?? 270,
    roll: o.roll ?? 0,
    arms: ARMS_BY_SIDES,
    legs: hookLegs(o.feet),
  };
}

const PRONE_LEGS: Spec['legs'] = {
  near: { thigh: -90, shin: -90, foot: -95 },
  far: { thigh: -91, shin: -91, foot: -96 },
};

/** On hands and knees: knees under the hips, hands under the shoulders, the trunk between. */
function allFours(spine: number, head: number, x = X - 20): Spec {
  const kneeY = FLOOR_Y - WIDTHS.thigh / 2;
  const wristY = FLOOR_Y - WIDTHS.hand / 2;
  const hipY = kneeY - BONES.thigh;
  const shoulderY = wristY - (BONES.upperArm + BONES.forearm) * 0.995;
  const chord = trunkChord(spine);
  const lean = (Math.acos(clamp((hipY - shoulderY) / chord, -1, 1)) * 180) / Math.PI;
  const base: Spec = {
    x,
    y: hipY,
    lean,
    spine,
    head,
    arms: { near: { upper: 0, fore: 0, hand: 90 }, far: { upper: 0, fore: 0, hand: 90 } },
    legs: {
      near: { thigh: 0, shin: -90, foot: -92 },
      far: { thigh: 1, shin: -89, foot: -91 },
    },
  };
  const s = shoulderOf(base);
  const wrist = { x: s.x, y: wristY };
  return {
    ...base,
    arms: { near: armTo(s, wrist, 90), far: armTo(s, { x: s.x - 1, y: wristY }, 90) },
  };
}

// ---------------------------------------------------------------------------------------------
// Exercises

function kneeToChest(both: boolean): Keyframe[] {
  const start = hookLying();
  const hip = { x: X, y: LYING_Y };
  const hug = (thigh: number): LegWorld => ({ thigh, shin: 96, foot: 170 });
  const nearLeg = hug(216);
  const farLeg = both ? hug(211) : start.legs.far;
  const pulled: Spec = { ...start, legs: { near: nearLeg, far: farLeg } };
  const s = shoulderOf(pulled);
  const knee = add(hip, nearLeg.thigh, BONES.thigh);
  const grip = add(knee, nearLeg.shin, 9);
  const hands: Spec['arms'] = {
    near: armTo(s, grip),
    far: armTo(s, { x: grip.x - 2, y: grip.y + 2 }),
  };
  const hold = { ...pulled, arms: hands };
  const label = both ? 'Hug both knees to your chest' : 'Hug one knee to your chest';
  return [
    k(build(start), 1400, 1800, 'Lie on your back, knees bent'),
    k(build(hold), 2600, 1800, label),
  ];
}

function pronePressUp(): Keyframe[] {
  const flat: Spec = {
    x: X - 30,
    y: LYING_Y,
    lean: 90,
    spine: 0,
    head: 96,
    arms: { near: { upper: 0, fore: 0 }, far: { upper: 0, fore: 0 } },
    legs: PRONE_LEGS,
  };
  const s0 = shoulderOf(flat);
  const hand = { x: s0.x - 10, y: FLOOR_Y - WIDTHS.hand / 2 };
  const down: Spec = {
    ...flat,
    arms: { near: armTo(s0, hand, 90), far: armTo(s0, { x: hand.x - 1, y: hand.y }, 90) },
  };
  // Raise the chest until the arms are almost straight, the pelvis staying on the floor.
  const spine = -50;
  const chord = trunkChord(spine);
  const pelvis = { x: flat.x, y: flat.y };
  const reachLen = (BONES.upperArm + BONES.forearm) * 0.8;
  const rise = bisect(
    (b) => {
      const sh = add(pelvis, 180 - (90 - b), chord);
      return Math.hypot(sh.x - hand.x, sh.y - hand.y) - reachLen;
    },
    5,
    80,
  );
  const upSpec: Spec = { ...flat, lean: 90 - rise, spine, head: 140 };
  const s1 = shoulderOf(upSpec);
  const up: Spec = {
    ...upSpec,
    arms: { near: armTo(s1, hand, 90), far: armTo(s1, { x: hand.x - 1, y: hand.y }, 90) },
  };
  return [
    k(build(down), 1400, 2000, 'Lie face down, hands under your shoulders'),
    k(build(up), 2000, 2000, 'Press up slowly, hips stay down'),
  ];
}

function superman(): Keyframe[] {
  const rest: Spec = {
    x: X - 10,
    y: LYING_Y,
    lean: 90,
    spine: 0,
    head: 95,
    arms: { near: { upper: 178, fore: 178, hand: 178 }, far: { upper: 176, fore: 176, hand: 176 } },
    legs: PRONE_LEGS,
  };
  // Shoulder flexion is measured from the trunk, so arms overhead point forwards along the floor.
  const restPose = build({
    ...rest,
    arms: {
      near: { upper: 92, fore: 92, hand: 92 },
      far: { upper: 91, fore: 91, hand: 91 },
    },
  });
  const lift = build({
    ...rest,
    lean: 82,
    spine: -22,
    head: 115,
    arms: {
      near: { upper: 108, fore: 110, hand: 110 },
      far: { upper: 105, fore: 107, hand: 107 },
    },
    legs: {
      near: { thigh: -103, shin: -106, foot: -112 },
      far: { thigh: -100, shin: -103, foot: -109 },
    },
  });
  return [
    k(restPose, 1400, 1800, 'Lie face down, arms reaching forward'),
    k(lift, 2200, 1800, 'Lift arms, chest and legs a little'),
  ];
}

function catCow(): Keyframe[] {
  return [
    k(build(allFours(-52, 160)), 1800, 2000, 'Breathe in, let your back dip, look forward'),
    k(build(allFours(58, 40)), 1800, 2000, 'Breathe out, round your back up'),
  ];
}

function childsPose(): Keyframe[] {
  const start = allFours(0, 110);
  const kneeY = FLOOR_Y - WIDTHS.thigh / 2;
  const knee = { x: start.x, y: kneeY };
  const thigh = 62;
  const hip = add(knee, thigh + 180, BONES.thigh);
  const legs: Spec['legs'] = {
    near: { thigh, shin: -90, foot: -92 },
    far: { thigh: thigh + 1, shin: -89, foot: -91 },
  };
  const spine = 30;
  const at = (lean: number): Spec => ({
    x: hip.x,
    y: hip.y,
    lean,
    spine,
    head: 300,
    arms: { near: { upper: 90, fore: 90 }, far: { upper: 90, fore: 90 } },
    legs,
  });
  // Fold forward until the forehead rests on the floor.
  const lean = bisect(
    (l) => {
      const s = skeleton(build(at(l)));
      return s.head.y + BONES.headRadius - FLOOR_Y;
    },
    80,
    160,
  );
  const folded = at(lean);
  const s = shoulderOf(folded);
  const wristY = FLOOR_Y - WIDTHS.hand / 2;
  const far = { x: s.x + 44, y: wristY };
  const rest: Spec = {
    ...folded,
    arms: { near: armTo(s, far, 90), far: armTo(s, { x: far.x - 2, y: wristY }, 90) },
  };
  return [
    k(build(start), 1400, 2400, 'Start on hands and knees'),
    k(build(rest), 2800, 2400, 'Sit back towards your heels, arms long, rest your head'),
  ];
}

function pelvicTilt(): Keyframe[] {
  return [
    k(
      build(hookLying({ spine: -30 })),
      1600,
      1600,
      'Lie with knees bent, a small gap under your back',
    ),
    k(build(hookLying({ spine: 8 })), 2000, 1600, 'Tighten your tummy, press your low back down'),
  ];
}

function hamstringStretch(): Keyframe[] {
  const legs = hookLegs();
  const hip = { x: X, y: LYING_Y };
  const pose = (thigh: number, kneeBend: number, label: string, hold: number): Keyframe => {
    const shin = thigh - kneeBend;
    const near: LegWorld = { thigh, shin, foot: shin + 100 };
    const spec: Spec = { ...hookLying(), legs: { near, far: legs.far } };
    const s = shoulderOf(spec);
    const knee = add(hip, thigh, BONES.thigh);
    const ankle = add(knee, shin, BONES.shank);
    // The hands hold the towel part way along its line to the foot, elbows soft.
    const towardFoot = angleOf({ x: ankle.x - s.x, y: ankle.y - s.y });
    const grip = add(s, towardFoot, (BONES.upperArm + BONES.forearm) * 0.78);
    return k(
      build({
        ...spec,
        arms: { near: armTo(s, grip), far: armTo(s, { x: grip.x - 2, y: grip.y + 2 }) },
      }),
      hold,
      1800,
      label,
    );
  };
  return [
    pose(215, 95, 'Loop a towel round one foot, knee bent', 1400),
    pose(188, 4, 'Straighten the leg up until you feel a stretch', 2600),
  ];
}

function gluteBridge(): Keyframe[] {
  const start = hookLying({ feet: 40 });
  const s0 = shoulderOf(start);
  const hip0 = { x: X, y: LYING_Y };
  const ankle = add(
    add(hip0, start.legs.near.thigh, BONES.thigh),
    start.legs.near.shin,
    BONES.shank,
  );
  // The pelvis swings up on an arc round the shoulders, which stay on the floor.
  const lift = 30;
  const pelvis = add(s0, 90 + lift, BONES.trunk);
  const lifted: Spec = {
    ...start,
    x: pelvis.x,
    y: pelvis.y,
    lean: -90 - lift,
    head: 272,
    legs: {
      near: legTo(pelvis, ankle, 90),
      far: legTo(pelvis, { x: ankle.x - 2, y: ankle.y }, 90),
    },
  };
  return [
    k(build(start), 1400, 1800, 'Lie with knees bent, feet flat'),
    k(build(lifted), 2200, 1800, 'Squeeze your buttocks and lift your hips'),
  ];
}

function birdDog(): Keyframe[] {
  const base = allFours(0, 115);
  const reachArm: ArmWorld = { upper: 92, fore: 92, hand: 92 };
  const reachLeg: LegWorld = { thigh: -90, shin: -90, foot: -20 };
  const one: Spec = {
    ...base,
    arms: { near: reachArm, far: base.arms.far },
    legs: { near: base.legs.near, far: reachLeg },
  };
  const other: Spec = {
    ...base,
    arms: { near: base.arms.near, far: reachArm },
    legs: { near: reachLeg, far: base.legs.far },
  };
  return [
    k(build(base), 1000, 1600, 'Start on hands and knees, back flat'),
    k(build(one), 2000, 1600, 'Reach one arm forward and the other leg back'),
    k(build(base), 1000, 1600, 'Back to the start'),
    k(build(other), 2000, 1600, 'Now the other arm and leg'),
  ];
}

function handsOnBelly(spec: Spec): Spec {
  const s = shoulderOf(spec);
  const belly = { x: s.x + 38, y: LYING_Y - WIDTHS.trunk / 2 - 2 };
  return {
    ...spec,
    arms: { near: armTo(s, belly, 90), far: armTo(s, { x: belly.x - 4, y: belly.y }, 90) },
  };
}

function abdominalBracing(): Keyframe[] {
  return [
    k(build(handsOnBelly(hookLying({ spine: -14 }))), 1600, 1800, 'Breathe in, belly soft'),
    k(
      build(handsOnBelly(hookLying({ spine: -4 }))),
      2400,
      1800,
      'Breathe out, gently tighten your tummy',
    ),
  ];
}

function partialCurlUp(): Keyframe[] {
  const start = hookLying();
  const lifted: Spec = { ...start, lean: -66, spine: 24, head: 262 };
  const s = shoulderOf(lifted);
  const knee = add({ x: X, y: LYING_Y }, start.legs.near.thigh, BONES.thigh);
  const toward = angleOf({ x: knee.x - s.x, y: knee.y - s.y });
  const reachTo = add(s, toward, (BONES.upperArm + BONES.forearm) * 0.97);
  const s0 = shoulderOf(start);
  const lying = add(s0, angleOf({ x: knee.x - s0.x, y: knee.y - s0.y }), 44);
  return [
    k(
      build({ ...start, arms: { near: armTo(s0, lying), far: armTo(s0, lying) } }),
      1400,
      1600,
      'Lie with knees bent, hands on your thighs',
    ),
    k(
      build({ ...lifted, arms: { near: armTo(s, reachTo), far: armTo(s, reachTo) } }),
      2000,
      1600,
      'Breathe out, lift your head and shoulders a little',
    ),
  ];
}

function lowerTrunkRotation(): Keyframe[] {
  return [
    k(build(hookLying()), 1000, 1800, 'Lie with knees bent together'),
    k(build(hookLying({ roll: 66 })), 1600, 1800, 'Let both knees fall slowly to one side'),
    k(build(hookLying()), 1000, 1800, 'Back to the middle'),
    k(build(hookLying({ roll: -66 })), 1600, 1800, 'Then to the other side'),
  ];
}

/** Finds the near leg's hip and knee bend that rests its ankle on `target`, the knee turned out. */
function crossLeg(spec: Spec, target: Point, out: number): LegWorld {
  let best: LegWorld = spec.legs.near;
  let bestD = Number.POSITIVE_INFINITY;
  for (let thigh = 150; thigh <= 250; thigh += 2) {
    for (let bend = 40; bend <= 150; bend += 2) {
      const leg: LegWorld = { thigh, shin: thigh - bend, foot: thigh - bend + 90, out };
      const pose = build({ ...spec, legs: { near: leg, far: spec.legs.far } });
      const a = skeleton(pose).legs.near.ankle;
      const d = Math.hypot(a.x - target.x, a.y - target.y);
      if (d < bestD) {
        bestD = d;
        best = leg;
      }
    }
  }
  return best;
}

function piriformisStretch(): Keyframe[] {
  const start = hookLying();
  const ankleOnKnee = (spec: Spec): Spec => {
    const farKnee = skeleton(build(spec)).legs.far.knee;
    const target = { x: farKnee.x - 2, y: farKnee.y - 8 };
    return { ...spec, legs: { near: crossLeg(spec, target, 55), far: spec.legs.far } };
  };
  const crossed = ankleOnKnee(start);
  const hip = { x: X, y: LYING_Y };
  const farThigh = 205;
  const farLeg: LegWorld = { thigh: farThigh, shin: farThigh - 100, foot: farThigh - 100 + 90 };
  const pulledBase = ankleOnKnee({ ...start, legs: { near: start.legs.near, far: farLeg } });
  const s = shoulderOf(pulledBase);
  const farKnee = add(hip, farThigh, BONES.thigh);
  const behindThigh = add(hip, farThigh, BONES.thigh * 0.75);
  const pulled: Spec = {
    ...pulledBase,
    arms: { near: armTo(s, behindThigh), far: armTo(s, { x: farKnee.x - 3, y: farKnee.y + 3 }) },
  };
  return [
    k(build(crossed), 1600, 2000, 'Cross one ankle over the other knee'),
    k(build(pulled), 2400, 2000, 'Draw the lower leg towards you, hands behind the thigh'),
  ];
}

function walking(): Keyframe[] {
  const stand = (
    near: LegPose,
    far: LegPose,
    nearArm: ArmPose,
    farArm: ArmPose,
    label: string,
  ): Keyframe =>
    k(
      {
        x: X,
        y: 100,
        lean: 4,
        spine: 0,
        neck: -4,
        roll: 0,
        arms: { near: nearArm, far: farArm },
        legs: { near, far },
      },
      0,
      520,
      label,
    );
  const front: LegPose = { hip: 26, knee: 6, ankle: -12, out: 0 };
  const back: LegPose = { hip: -12, knee: 14, ankle: 24, out: 0 };
  const stance: LegPose = { hip: 2, knee: 6, ankle: 2, out: 0 };
  const swing: LegPose = { hip: 24, knee: 58, ankle: 2, out: 0 };
  const armFront: ArmPose = { shoulder: 24, elbow: 30, wrist: 0 };
  const armBack: ArmPose = { shoulder: -22, elbow: 18, wrist: 0 };
  const armMid: ArmPose = { shoulder: 2, elbow: 22, wrist: 0 };
  const label = 'Walk at an easy, comfortable pace';
  return [
    stand(front, back, armBack, armFront, label),
    stand(stance, swing, armMid, armMid, label),
    stand(back, front, armFront, armBack, label),
    stand(swing, stance, armMid, armMid, label),
  ];
}

function positionOfEase(): Keyframe[] {
  const hip = { x: X, y: LYING_Y };
  const legs = {
    near: legTo(hip, { x: X + 68, y: ANKLE_Y }, 100),
    far: legTo(hip, { x: X + 66, y: ANKLE_Y }, 100),
  };
  const lie = (spine: number): Spec => handsOnBelly({ ...hookLying({ spine }), legs });
  return [
    k(build(lie(-6)), 1800, 2400, 'Lie on your back, a cushion under your knees'),
    k(build(lie(-1)), 1800, 2400, 'Breathe slowly and let your back sink'),
  ];
}

function sideLying(): Keyframe[] {
  // Seen from above, as on a bed: curled on one side, hips and knees bent, hands in front.
  const curl = (spine: number, label: string): Keyframe =>
    k(
      build({
        x: X,
        y: LYING_Y,
        lean: -90,
        spine,
        head: 290,
        arms: {
          near: { upper: 100, fore: 150, hand: 150 },
          far: { upper: 96, fore: 144, hand: 144 },
        },
        legs: {
          near: { thigh: 160, shin: 38, foot: 118 },
          far: { thigh: 152, shin: 32, foot: 112 },
        },
      }),
      2000,
      2400,
      label,
    );
  return [
    curl(24, 'Lie on your side, knees bent, a pillow under your head'),
    curl(30, 'Breathe slowly and let your body go heavy'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Fitting each loop into the picture

/** The smallest box around every frame of the loop, with how far each body part reaches. */
function loopBounds(keyframes: readonly Keyframe[]): {
  left: number;
  right: number;
  top: number;
} {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  const total = cycleMs(keyframes);
  const steps = 64;
  for (let i = 0; i < steps; i++) {
    const pose = frameAt(keyframes, (total * i) / steps).pose;
    for (const { point, radius } of bodyExtent(skeleton(pose))) {
      left = Math.min(left, point.x - radius);
      right = Math.max(right, point.x + radius);
      top = Math.min(top, point.y - radius);
    }
  }
  return { left, right, top };
}

const MARGIN = 10;
/** Zooming further than this makes a lying figure look too big beside a standing one. */
const MAX_ZOOM = 1.45;

/**
 * Centres the loop sideways and picks one view for all of it, zoomed in as far as the whole loop
 * allows with the floor near the bottom: one view, so the figure never jumps while it moves.
 */
function fitted(keyframes: readonly Keyframe[]): { keyframes: Keyframe[]; view: View } {
  const b = loopBounds(keyframes);
  const dx = VIEW_WIDTH / 2 - (b.left + b.right) / 2;
  const moved = keyframes.map((kf) => ({ ...kf, pose: { ...kf.pose, x: kf.pose.x + dx } }));
  const bottom = FLOOR_Y + 12;
  const aspect = VIEW_WIDTH / VIEW_HEIGHT;
  const width = Math.min(
    VIEW_WIDTH,
    Math.max(
      b.right - b.left + 2 * MARGIN,
      (bottom - (b.top - MARGIN)) * aspect,
      VIEW_WIDTH / MAX_ZOOM,
    ),
  );
  const height = width / aspect;
  return {
    keyframes: moved,
    view: { x: VIEW_WIDTH / 2 - width / 2, y: bottom - height, width, height },
  };
}

function illustration(
  id: IllustrationId,
  title: string,
  props: readonly Prop[],
  keyframes: readonly Keyframe[],
): Illustration {
  return { id, title, props, ...fitted(keyframes) };
}

const MAT: readonly Prop[] = ['mat'];

/**
 * How each illustration is drawn. Fitting a loop's keyframes takes a few milliseconds each, so an
 * illustration is drawn the first time it is asked for and kept: a page draws only its own, and the
 * server answers its first request before all fifteen are ready.
 */
const DRAW: Readonly<Record<IllustrationId, () => Illustration>> = {
  'knee-to-chest-single': () =>
    illustration(
      'knee-to-chest-single',
      'A person lying on their back hugs one knee to their chest, then lowers it.',
      MAT,
      kneeToChest(false),
    ),
  'knee-to-chest-double': () =>
    illustration(
      'knee-to-chest-double',
      'A person lying on their back hugs both knees to their chest, then lowers them.',
      MAT,
      kneeToChest(true),
    ),
  'prone-press-up': () =>
    illustration(
      'prone-press-up',
      'A person lying face down presses their chest up on straight arms, hips on the floor.',
      MAT,
      pronePressUp(),
    ),
  superman: () =>
    illustration(
      'superman',
      'A person lying face down lifts arms, chest and legs a little off the floor.',
      MAT,
      superman(),
    ),
  'cat-cow': () =>
    illustration(
      'cat-cow',
      'A person on hands and knees lets the back dip, then rounds it up.',
      MAT,
      catCow(),
    ),
  'childs-pose': () =>
    illustration(
      'childs-pose',
      'A person on hands and knees sits back towards the heels, arms long and forehead down.',
      MAT,
      childsPose(),
    ),
  'pelvic-tilt': () =>
    illustration(
      'pelvic-tilt',
      'A person lying on their back with knees bent flattens the lower back against the floor.',
      MAT,
      pelvicTilt(),
    ),
  'hamstring-stretch': () =>
    illustration(
      'hamstring-stretch',
      'A person lying on their back straightens one leg up, a towel looped round the foot.',
      ['mat', 'towel'],
      hamstringStretch(),
    ),
  'glute-bridge': () =>
    illustration(
      'glute-bridge',
      'A person lying on their back with knees bent lifts the hips into a bridge.',
      MAT,
      gluteBridge(),
    ),
  'bird-dog': () =>
    illustration(
      'bird-dog',
      'A person on hands and knees reaches one arm forward and the opposite leg back.',
      MAT,
      birdDog(),
    ),
  'abdominal-bracing': () =>
    illustration(
      'abdominal-bracing',
      'A person lying on their back, hands on the belly, gently tightens the tummy.',
      MAT,
      abdominalBracing(),
    ),
  'partial-curl-up': () =>
    illustration(
      'partial-curl-up',
      'A person lying on their back lifts head and shoulders a little, hands sliding towards the knees.',
      MAT,
      partialCurlUp(),
    ),
  'lower-trunk-rotation': () =>
    illustration(
      'lower-trunk-rotation',
      'A person lying on their back lets both bent knees fall to one side, then the other.',
      MAT,
      lowerTrunkRotation(),
    ),
  'piriformis-stretch': () =>
    illustration(
      'piriformis-stretch',
      'A person lying on their back crosses one ankle over the other knee and draws the legs in.',
      MAT,
      piriformisStretch(),
    ),
  walking: () => illustration('walking', 'A person walking at an easy pace.', [], walking()),
  'position-of-ease': () =>
    illustration(
      'position-of-ease',
      'A person resting on their back with a cushion under the knees.',
      ['mat', 'cushion'],
      positionOfEase(),
    ),
  'side-lying': () =>
    illustration(
      'side-lying',
      'A person resting on their side, knees bent, head on a pillow.',
      ['bed', 'pillow'],
      sideLying(),
    ),
};

const drawnSoFar = new Map<IllustrationId, Illustration>();

/** The illustration for an id, or undefined for an id without one. */
export function illustrationFor(id: string): Illustration | undefined {
  if (!Object.hasOwn(DRAW, id)) return undefined;
  const known = id as IllustrationId;
  let drawn = drawnSoFar.get(known);
  if (drawn === undefined) {
    drawn = DRAW[known]();
    drawnSoFar.set(known, drawn);
  }
  return drawn;
}

/** Every illustration, in the order of ILLUSTRATION_IDS (each drawn now if not drawn before). */
export function allIllustrations(): Illustration[] {
  return ILLUSTRATION_IDS.map((id) => illustrationFor(id) as Illustration);
}
