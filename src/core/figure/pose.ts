/**
 * The figure's skeleton: a side view of an adult facing right, described by joint angles, and the
 * forward kinematics that turn those angles into points in the illustration's coordinates (SVG
 * units, y grows downwards). Pure: no DOM, so the browser, the server and tests share it.
 *
 * Angles are degrees. A world direction is measured from "straight down" (0) towards "forward",
 * the way the figure faces (90 = +x), so 180 is straight up and -90 is backwards.
 */

/** Where the figure rests: the top of the mat or the floor, in SVG units. */
export const FLOOR_Y = 182;

/** Bone lengths, roughly an adult's proportions (Winter's segment table) for a 150-unit figure. */
export const BONES = {
  trunk: 46,
  neck: 5,
  headRadius: 11,
  upperArm: 27,
  forearm: 23,
  hand: 8,
  thigh: 38,
  shank: 37,
  heel: 4,
  toe: 14,
} as const;

/** Stroke widths of each part; half of one is how far the part reaches beyond its bone line. */
export const WIDTHS = {
  trunk: 22,
  neck: 8,
  upperArm: 9,
  forearm: 8,
  hand: 7,
  thigh: 13,
  shank: 10,
  foot: 6,
} as const;

/** Half the distance between the hip joints: only seen when the pelvis rolls. */
const HALF_HIP_WIDTH = 6;
/** How far the sole lies below the ankle joint's line. */
const SOLE_DROP = (WIDTHS.shank - WIDTHS.foot) / 2;

export interface ArmPose {
  /** Flexion: 0 hangs along the trunk, 90 points forward, 180 overhead. */
  readonly shoulder: number;
  /** Flexion: the forearm turns forward from the upper arm; never negative in a plausible pose. */
  readonly elbow: number;
  /** The hand turns from the forearm's line; positive turns it forward. */
  readonly wrist: number;
}

export interface LegPose {
  /** Flexion: 0 continues the trunk downwards, 90 brings the thigh forward at a right angle. */
  readonly hip: number;
  /** Flexion: the shin turns backwards from the thigh; a small negative value is a locked knee. */
  readonly knee: number;
  /** Plantarflexion: 0 sets the foot at a right angle to the shin, positive points the toes. */
  readonly ankle: number;
  /** Turns the leg about the trunk's axis, the knee falling outwards (towards the viewer for the near leg). */
  readonly out: number;
}

export interface Pose {
  /** The pelvis (hip joints) in SVG units. */
  readonly x: number;
  readonly y: number;
  /** The trunk's lean from upright, pelvis to shoulders: + forwards (90 face down), − back (−90 face up). */
  readonly lean: number;
  /** Total bend of the spine: + rounds the back (flexion), − arches it (extension). */
  readonly spine: number;
  /** + brings the chin to the chest, − looks up. */
  readonly neck: number;
  /** Turns the pelvis and both legs about the trunk's axis: + the knees fall towards the viewer. */
  readonly roll: number;
  readonly arms: { readonly near: ArmPose; readonly far: ArmPose };
  readonly legs: { readonly near: LegPose; readonly far: LegPose };
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ArmPoints {
  readonly shoulder: Point;
  readonly elbow: Point;
  readonly wrist: Point;
  readonly fingers: Point;
}

export interface LegPoints {
  readonly hip: Point;
  readonly knee: Point;
  readonly ankle: Point;
  readonly heel: Point;
  readonly toe: Point;
}

/** The joint positions of a pose; `spine` runs from the pelvis to the shoulders. */
export interface Skeleton {
  readonly pelvis: Point;
  readonly shoulder: Point;
  /** Control point of the quadratic curve through the trunk (where its end tangents meet). */
  readonly spineControl: Point;
  readonly spine: readonly Point[];
  readonly neck: Point;
  readonly head: Point;
  /** Unit vector from the head's centre towards the face. */
  readonly face: Point;
  readonly arms: { readonly near: ArmPoints; readonly far: ArmPoints };
  readonly legs: { readonly near: LegPoints; readonly far: LegPoints };
}

const RAD = Math.PI / 180;

/** A joint's bend as the nearest equivalent angle in (-180, 180]. */
export function wrapAngle(deg: number): number {
  const r = ((((deg + 180) % 360) + 360) % 360) - 180;
  return r === -180 ? 180 : r;
}

/** Unit vector of a world direction (0 down, 90 forward). */
export function dir(deg: number): Point {
  return { x: Math.sin(deg * RAD), y: Math.cos(deg * RAD) };
}

/** The world direction of a vector, the inverse of `dir`. */
export function angleOf(v: Point): number {
  return Math.atan2(v.x, v.y) / RAD;
}

function step(from: Point, deg: number, length: number): Point {
  const d = dir(deg);
  return { x: from.x + d.x * length, y: from.y + d.y * length };
}

const SPINE_SAMPLES = 12;

/**
 * World directions of the body's frames: the trunk is a circular arc whose chord keeps `lean`, so
 * bending the spine tilts the pelvis and the shoulders in opposite ways, as a real spine does.
 */
export function frames(pose: Pose): {
  chord: number;
  pelvisUp: number;
  shoulderUp: number;
  pelvisTurn: number;
  shoulderTurn: number;
} {
  const chord = 180 - pose.lean;
  const pelvisUp = chord + pose.spine / 2;
  const shoulderUp = chord - pose.spine / 2;
  return {
    chord,
    pelvisUp,
    shoulderUp,
    // Adding these to a joint's flexion gives its world direction.
    pelvisTurn: pelvisUp - 180,
    shoulderTurn: shoulderUp - 180,
  };
}

/** Chord length of the trunk arc for a given bend. */
export function trunkChord(spine: number): number {
  const half = (Math.abs(spine) * RAD) / 2;
  return half < 1e-6 ? BONES.trunk : (BONES.trunk * Math.sin(half)) / half;
}

function armPoints(shoulder: Point, turn: number, arm: ArmPose): ArmPoints {
  const upper = arm.shoulder + turn;
  const fore = upper + arm.elbow;
  const elbow = step(shoulder, upper, BONES.upperArm);
  const wrist = step(elbow, fore, BONES.forearm);
  return { shoulder, elbow, wrist, fingers: step(wrist, fore + arm.wrist, BONES.hand) };
}

interface LegAngles {
  thigh: number;
  shin: number;
  foot: number;
}

function legAngles(turn: number, leg: LegPose): LegAngles {
  const thigh = leg.hip + turn;
  const shin = thigh - leg.knee;
  return { thigh, shin, foot: shin + 90 - leg.ankle };
}

/**
 * Lays a leg out in the sagittal plane, then turns it about the trunk's axis (`out` for this leg,
 * `roll` for the pelvis) and projects it back: a knee falling sideways looks shorter and lower.
 */
function legPoints(
  pelvis: Point,
  pelvisUp: number,
  leg: LegPose,
  turn: number,
  roll: number,
  side: 1 | -1,
): LegPoints {
  const a = legAngles(turn, leg);
  const knee = step(pelvis, a.thigh, BONES.thigh);
  const ankle = step(knee, a.shin, BONES.shank);
  // The sole runs a little below the ankle joint, as the heel pad does.
  const sole = step(ankle, a.foot - 90, SOLE_DROP);
  const heel = step(sole, a.foot, -BONES.heel);
  const toe = step(sole, a.foot, BONES.toe);
  const axis = dir(pelvisUp);
  const front = dir(pelvisUp - 90);
  const out = leg.out * RAD;
  const r = roll * RAD;
  const project = (p: Point): Point => {
    const dx = p.x - pelvis.x;
    const dy = p.y - pelvis.y;
    const along = dx * axis.x + dy * axis.y;
    const ahead = dx * front.x + dy * front.y;
    const p1 = ahead * Math.cos(out);
    const z1 = side * (HALF_HIP_WIDTH + ahead * Math.sin(out));
    const p2 = p1 * Math.cos(r) - z1 * Math.sin(r);
    return {
      x: pelvis.x + along * axis.x + p2 * front.x,
      y: pelvis.y + along * axis.y + p2 * front.y,
    };
  };
  return {
    hip: project(pelvis),
    knee: project(knee),
    ankle: project(ankle),
    heel: project(heel),
    toe: project(toe),
  };
}

/** Forward kinematics: the pose's joint positions. */
export function skeleton(pose: Pose): Skeleton {
  const f = frames(pose);
  const pelvis = { x: pose.x, y: pose.y };
  const spine: Point[] = [pelvis];
  let at: Point = pelvis;
  const ds = BONES.trunk / SPINE_SAMPLES;
  for (let i = 0; i < SPINE_SAMPLES; i++) {
    // Midpoint rule along the arc: the tangent turns evenly from pelvisUp to shoulderUp.
    const tangent = f.pelvisUp - (pose.spine * (i + 0.5)) / SPINE_SAMPLES;
    at = step(at, tangent, ds);
    spine.push(at);
  }
  const shoulder = at;
  const chord = Math.hypot(shoulder.x - pelvis.x, shoulder.y - pelvis.y);
  const half = Math.cos((pose.spine * RAD) / 2);
  const spineControl = step(pelvis, f.pelvisUp, chord / 2 / Math.max(half, 0.2));
  const headDir = f.shoulderUp - pose.neck;
  const neck = step(shoulder, headDir, BONES.neck);
  const head = step(neck, headDir, BONES.headRadius);
  return {
    pelvis,
    shoulder,
    spineControl,
    spine,
    neck,
    head,
    face: dir(headDir - 90),
    arms: {
      near: armPoints(shoulder, f.shoulderTurn, pose.arms.near),
      far: armPoints(shoulder, f.shoulderTurn, pose.arms.far),
    },
    legs: {
      near: legPoints(pelvis, f.pelvisUp, pose.legs.near, f.pelvisTurn, pose.roll, 1),
      far: legPoints(pelvis, f.pelvisUp, pose.legs.far, f.pelvisTurn, pose.roll, -1),
    },
  };
}

/** Every point of the body with how far the drawn body reaches beyond it. */
export function bodyExtent(s: Skeleton): { point: Point; radius: number }[] {
  const out: { point: Point; radius: number }[] = [];
  const add = (point: Point, width: number) => {
    out.push({ point, radius: width / 2 });
  };
  for (const p of s.spine) add(p, WIDTHS.trunk);
  out.push({ point: s.head, radius: BONES.headRadius });
  for (const arm of [s.arms.near, s.arms.far]) {
    add(arm.elbow, WIDTHS.upperArm);
    add(arm.wrist, WIDTHS.forearm);
    add(arm.fingers, WIDTHS.hand);
  }
  for (const leg of [s.legs.near, s.legs.far]) {
    add(leg.hip, WIDTHS.thigh);
    add(leg.knee, WIDTHS.thigh);
    add(leg.ankle, WIDTHS.shank);
    add(leg.heel, WIDTHS.foot);
    add(leg.toe, WIDTHS.foot);
  }
  return out;
}

/** The lowest edge of the drawn body (largest y). */
export function lowestY(pose: Pose): number {
  let low = Number.NEGATIVE_INFINITY;
  for (const { point, radius } of bodyExtent(skeleton(pose))) low = Math.max(low, point.y + radius);
  return low;
}

/** Moves the pose up or down so its lowest edge rests on the floor: nothing floats or sinks. */
export function ground(pose: Pose, floorY: number = FLOOR_Y): Pose {
  return { ...pose, y: pose.y + floorY - lowestY(pose) };
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

function lerpArm(a: ArmPose, b: ArmPose, t: number): ArmPose {
  return {
    shoulder: lerp(a.shoulder, b.shoulder, t),
    elbow: lerp(a.elbow, b.elbow, t),
    wrist: lerp(a.wrist, b.wrist, t),
  };
}

function lerpLeg(a: LegPose, b: LegPose, t: number): LegPose {
  return {
    hip: lerp(a.hip, b.hip, t),
    knee: lerp(a.knee, b.knee, t),
    ankle: lerp(a.ankle, b.ankle, t),
    out: lerp(a.out, b.out, t),
  };
}

/** Joint-space blend of two poses; t = 0 gives `a`, 1 gives `b`. */
export function lerpPose(a: Pose, b: Pose, t: number): Pose {
  return {
    x: lerp(a.x, b.x, t),
    y: lerp(a.y, b.y, t),
    lean: lerp(a.lean, b.lean, t),
    spine: lerp(a.spine, b.spine, t),
    neck: lerp(a.neck, b.neck, t),
    roll: lerp(a.roll, b.roll, t),
    arms: { near: lerpArm(a.arms.near, b.arms.near, t), far: lerpArm(a.arms.far, b.arms.far, t) },
    legs: { near: lerpLeg(a.legs.near, b.legs.near, t), far: lerpLeg(a.legs.far, b.legs.far, t) },
  };
}

/** Standing upright, arms relaxed by the sides, on the floor. */
export const STANDING: Pose = ground({
  x: 160,
  y: 100,
  lean: 0,
  spine: 0,
  neck: 0,
  roll: 0,
  arms: {
    near: { shoulder: 6, elbow: 12, wrist: 0 },
    far: { shoulder: -4, elbow: 12, wrist: 0 },
  },
  legs: {
    near: { hip: 0, knee: 0, ankle: 0, out: 0 },
    far: { hip: 0, knee: 0, ankle: 0, out: 0 },
  },
});
