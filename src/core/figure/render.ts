/**
 * Draws a pose as SVG: a friendly figure of thick rounded strokes on a floor and mat, with the
 * props an exercise needs. The app's CSP forbids inline styles and SMIL is not used, so colours are
 * presentation attributes and classes, and motion comes from a page redrawing `framePaths(poseAt(t))`.
 */
import { type Keyframe, keyPositions } from './animate.js';
import { BONES, FLOOR_Y, type Point, type Pose, type Skeleton, skeleton, WIDTHS } from './pose.js';

export const VIEW_WIDTH = 320;
export const VIEW_HEIGHT = 200;

/** Things drawn around the figure. */
/**
 * Things drawn around the figure. `bed` shows a mattress from above instead of a floor line, for a
 * position seen from above (lying on one side).
 */
export type Prop = 'mat' | 'towel' | 'cushion' | 'pillow' | 'bed';

/** The part of the scene a picture shows; its aspect ratio is always VIEW_WIDTH:VIEW_HEIGHT. */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_VIEW: View = { x: 0, y: 0, width: VIEW_WIDTH, height: VIEW_HEIGHT };

export interface SceneOptions {
  readonly props?: readonly Prop[];
  /** Zooms onto the figure; an illustration carries one that fits its whole loop. */
  readonly view?: View;
}

export type ShapeTag = 'path' | 'circle' | 'rect' | 'line' | 'ellipse';

/** One SVG element: its tag and attributes, ready for `h(tag, attrs)` or a string. */
export interface Shape {
  readonly key: string;
  readonly tag: ShapeTag;
  readonly attrs: Readonly<Record<string, string | number>>;
}

/** A layer of shapes drawn together; the far limbs' layer is faded as a whole. */
export interface ShapeGroup {
  readonly key: 'scene' | 'far' | 'body' | 'near' | 'front';
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly shapes: readonly Shape[];
}

/** Default colours; a page may override them through the classes (CSS beats attributes). */
export const PALETTE = {
  figure: '#2f6170',
  floor: '#8d9e9b',
  mat: '#d3e6e1',
  towel: '#c9783f',
  cushion: '#e6c78a',
  label: '#33423f',
  halo: '#ffffff',
} as const;

const HALO = 3;

const FAR_OPACITY = 0.42;
const MAT_DEPTH = 4;

function n(v: number): string {
  // Two decimals are finer than a pixel and keep the markup short; -0 prints as 0.
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function line(key: string, a: Point, b: Point, width: number, cls: string): Shape {
  return {
    key,
    tag: 'path',
    attrs: {
      class: cls,
      d: `M${n(a.x)} ${n(a.y)}L${n(b.x)} ${n(b.y)}`,
      stroke: 'currentColor',
      'stroke-width': width,
      'stroke-linecap': 'round',
      fill: 'none',
    },
  };
}

/** A background-coloured rim drawn just before a near limb, so it stands apart where it crosses the body. */
function halo(shape: Shape): Shape {
  return {
    key: `${shape.key}-halo`,
    tag: shape.tag,
    attrs: {
      ...shape.attrs,
      class: 'fig-halo',
      stroke: PALETTE.halo,
      'stroke-width': Number(shape.attrs['stroke-width']) + HALO,
    },
  };
}

function limbShapes(s: Skeleton, side: 'near' | 'far', part: 'arm' | 'leg'): Shape[] {
  const cls = `fig-limb fig-${side}`;
  let shapes: Shape[];
  if (part === 'arm') {
    const a = s.arms[side];
    shapes = [
      line(`${side}-upper-arm`, a.shoulder, a.elbow, WIDTHS.upperArm, cls),
      line(`${side}-forearm`, a.elbow, a.wrist, WIDTHS.forearm, cls),
      line(`${side}-hand`, a.wrist, a.fingers, WIDTHS.hand, cls),
    ];
  } else {
    const l = s.legs[side];
    shapes = [
      line(`${side}-thigh`, l.hip, l.knee, WIDTHS.thigh, cls),
      line(`${side}-shin`, l.knee, l.ankle, WIDTHS.shank, cls),
      line(`${side}-foot`, l.heel, l.toe, WIDTHS.foot, cls),
    ];
  }
  // Halos of a whole limb first, so they separate it from others without cutting its own joints.
  return side === 'near' ? [...shapes.map(halo), ...shapes] : shapes;
}

function sceneShapes(s: Skeleton, props: readonly Prop[], view: View): Shape[] {
  const shapes: Shape[] = [];
  if (props.includes('bed')) return bedShapes(s, view);
  const mat = props.includes('mat');
  const floorY = mat ? FLOOR_Y + MAT_DEPTH : FLOOR_Y;
  const inset = view.width * 0.02;
  shapes.push({
    key: 'floor',
    tag: 'line',
    attrs: {
      class: 'fig-floor',
      x1: n(view.x + inset),
      y1: floorY,
      x2: n(view.x + view.width - inset),
      y2: floorY,
      stroke: PALETTE.floor,
      'stroke-width': 2,
      'stroke-linecap': 'round',
    },
  });
  if (mat) {
    shapes.push({
      key: 'mat',
      tag: 'rect',
      attrs: {
        class: 'fig-mat',
        x: n(view.x + inset * 3),
        y: FLOOR_Y,
        width: n(view.width - inset * 6),
        height: MAT_DEPTH,
        rx: 2,
        fill: PALETTE.mat,
      },
    });
  }
  if (props.includes('cushion')) {
    // A bolster under the knees, reaching up to the back of the thighs.
    const knee = s.legs.near.knee;
    const top = Math.min(FLOOR_Y - 8, knee.y + WIDTHS.thigh / 2 - 3);
    shapes.push({
      key: 'cushion',
      tag: 'rect',
      attrs: {
        class: 'fig-cushion',
        x: n(knee.x - 26),
        y: n(top),
        width: 40,
        height: n(FLOOR_Y - top),
        rx: 10,
        fill: PALETTE.cushion,
      },
    });
  }
  if (props.includes('pillow')) {
    shapes.push({
      key: 'pillow',
      tag: 'ellipse',
      attrs: {
        class: 'fig-cushion',
        cx: n(s.head.x),
        cy: FLOOR_Y - 3,
        rx: 20,
        ry: 5,
        fill: PALETTE.cushion,
      },
    });
  }
  return shapes;
}

function bedShapes(s: Skeleton, view: View): Shape[] {
  const inset = view.width * 0.04;
  const top = Math.min(...s.spine.map((p) => p.y), s.head.y, s.legs.near.knee.y) - 24;
  return [
    {
      key: 'bed',
      tag: 'rect',
      attrs: {
        class: 'fig-mat',
        x: n(view.x + inset),
        y: n(top),
        width: n(view.width - 2 * inset),
        height: n(FLOOR_Y + 8 - top),
        rx: 8,
        fill: PALETTE.mat,
      },
    },
    {
      key: 'pillow',
      tag: 'rect',
      attrs: {
        class: 'fig-cushion',
        x: n(s.head.x - 22),
        y: n(s.head.y - 20),
        width: 30,
        height: 40,
        rx: 9,
        fill: PALETTE.cushion,
      },
    },
  ];
}

function towelShape(s: Skeleton): Shape {
  // Round the sole of the near foot and back to both hands.
  const leg = s.legs.near;
  const shin = { x: leg.ankle.x - leg.knee.x, y: leg.ankle.y - leg.knee.y };
  const len = Math.hypot(shin.x, shin.y) || 1;
  const mid = { x: (leg.ankle.x + leg.toe.x) / 2, y: (leg.ankle.y + leg.toe.y) / 2 };
  const sole = { x: mid.x + (shin.x / len) * 5, y: mid.y + (shin.y / len) * 5 };
  const near = s.arms.near.wrist;
  const far = s.arms.far.wrist;
  return {
    key: 'towel',
    tag: 'path',
    attrs: {
      class: 'fig-towel',
      d: `M${n(near.x)} ${n(near.y)}L${n(sole.x)} ${n(sole.y)}L${n(far.x)} ${n(far.y)}`,
      stroke: PALETTE.towel,
      'stroke-width': 4,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      fill: 'none',
    },
  };
}

/** The shapes of one frame, in drawing order. A page animating the figure redraws these. */
export function framePaths(pose: Pose, options: SceneOptions = {}): ShapeGroup[] {
  const props = options.props ?? [];
  const view = options.view ?? DEFAULT_VIEW;
  const s = skeleton(pose);
  const [p0, c, p1] = [s.pelvis, s.spineControl, s.shoulder];
  const body: Shape[] = [
    {
      key: 'trunk',
      tag: 'path',
      attrs: {
        class: 'fig-trunk',
        d: `M${n(p0.x)} ${n(p0.y)}Q${n(c.x)} ${n(c.y)} ${n(p1.x)} ${n(p1.y)}`,
        stroke: 'currentColor',
        'stroke-width': WIDTHS.trunk,
        'stroke-linecap': 'round',
        fill: 'none',
      },
    },
    line('neck', s.shoulder, s.neck, WIDTHS.neck, 'fig-neck'),
    {
      key: 'head',
      tag: 'circle',
      attrs: {
        class: 'fig-head',
        cx: n(s.head.x),
        cy: n(s.head.y),
        r: BONES.headRadius,
        fill: 'currentColor',
      },
    },
    {
      // A small nose says which way the figure faces: face up and face down differ at a glance.
      key: 'nose',
      tag: 'circle',
      attrs: {
        class: 'fig-head',
        cx: n(s.head.x + s.face.x * (BONES.headRadius - 0.5)),
        cy: n(s.head.y + s.face.y * (BONES.headRadius - 0.5)),
        r: 3,
        fill: 'currentColor',
      },
    },
  ];
  return [
    { key: 'scene', attrs: { class: 'fig-scene' }, shapes: sceneShapes(s, props, view) },
    {
      key: 'far',
      attrs: { class: 'fig-far-side', opacity: FAR_OPACITY },
      shapes: [...limbShapes(s, 'far', 'leg'), ...limbShapes(s, 'far', 'arm')],
    },
    { key: 'body', attrs: { class: 'fig-body' }, shapes: body },
    {
      key: 'near',
      attrs: { class: 'fig-near-side' },
      shapes: [...limbShapes(s, 'near', 'leg'), ...limbShapes(s, 'near', 'arm')],
    },
    {
      key: 'front',
      attrs: { class: 'fig-props' },
      shapes: props.includes('towel') ? [towelShape(s)] : [],
    },
  ];
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function attrsToString(attrs: Readonly<Record<string, string | number>>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function groupsToString(groups: readonly ShapeGroup[]): string {
  return groups
    .filter((g) => g.shapes.length > 0)
    .map(
      (g) =>
        `<g${attrsToString(g.attrs)}>${g.shapes.map((s) => `<${s.tag}${attrsToString(s.attrs)}/>`).join('')}</g>`,
    )
    .join('');
}

const SVG_OPEN = `xmlns="http://www.w3.org/2000/svg" role="img" class="fig" color="${PALETTE.figure}"`;

function viewBox(v: View): string {
  return `${n(v.x)} ${n(v.y)} ${n(v.width)} ${n(v.height)}`;
}

/** One pose as a standalone SVG element with an accessible title. */
export function renderSvg(pose: Pose, title: string, options: SceneOptions = {}): string {
  const view = options.view ?? DEFAULT_VIEW;
  return (
    `<svg ${SVG_OPEN} viewBox="${viewBox(view)}">` +
    `<title>${escapeXml(title)}</title>${groupsToString(framePaths(pose, options))}</svg>`
  );
}

export interface KeyPositionsOptions extends SceneOptions {
  /** Panels per row; the default puts up to two side by side. */
  readonly columns?: number;
}

const CAPTION_SIZE = 17;
const CAPTION_LINE = 21;
const CAPTION_CHARS = 32;

/** Breaks a cue into lines that fit under a panel. */
export function wrapCaption(text: string, maxChars: number = CAPTION_CHARS): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (current.length > 0 && current.length + 1 + word.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current.length > 0 ? `${current} ${word}` : word;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/**
 * The key positions still, in a grid of numbered panels with their cues: what a person who prefers
 * reduced motion sees instead of the loop.
 */
export function renderKeyPositions(
  keyframes: readonly Keyframe[],
  title: string,
  options: KeyPositionsOptions = {},
): string {
  const view = options.view ?? DEFAULT_VIEW;
  const positions = keyPositions(keyframes);
  const columns = Math.max(1, Math.min(options.columns ?? 2, positions.length));
  const rows = Math.ceil(positions.length / columns);
  const captions = positions.map((p, i) => wrapCaption(`${i + 1}. ${p.label ?? ''}`.trim()));
  const captionLines = Math.max(1, ...captions.map((c) => c.length));
  const cellHeight = VIEW_HEIGHT + 8 + captionLines * CAPTION_LINE;
  const width = columns * VIEW_WIDTH;
  const height = rows * cellHeight;
  const panels = positions.map((p, i) => {
    const x = (i % columns) * VIEW_WIDTH;
    const y = Math.floor(i / columns) * cellHeight;
    const text = (captions[i] ?? [])
      .map(
        (lineText, j) =>
          `<text class="fig-label" x="${x + VIEW_WIDTH / 2}" y="${y + VIEW_HEIGHT + CAPTION_SIZE + j * CAPTION_LINE}" ` +
          `text-anchor="middle" font-size="${CAPTION_SIZE}" font-family="system-ui, sans-serif" ` +
          `fill="${PALETTE.label}">${escapeXml(lineText)}</text>`,
      )
      .join('');
    return (
      `<svg class="fig-panel" x="${x}" y="${y}" width="${VIEW_WIDTH}" height="${VIEW_HEIGHT}" ` +
      `viewBox="${viewBox(view)}">${groupsToString(framePaths(p.pose, options))}</svg>${text}`
    );
  });
  return (
    `<svg ${SVG_OPEN} viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(title)}</title>${panels.join('')}</svg>`
  );
}
