/**
 * The animated exercise figure: poses as joint angles, keyframe loops, and SVG drawing. Pure, so
 * the web app draws it, the API serves `illustration.keyframes`, and tests check every frame.
 *
 * Use from a page:
 * - `illustrationFor(id)` → `{ title, props, view, keyframes }` (undefined for an id without one).
 * - Motion: on each animation frame, `framePaths(poseAt(keyframes, elapsedMs), { props, view })`
 *   gives layered groups of `{ tag, attrs }` to render inside
 *   `<svg viewBox="{view.x} {view.y} {view.width} {view.height}">`; `frameAt` adds the current cue.
 *   Time comes from the page's clock; the loop wraps on its own.
 * - Reduced motion: `renderKeyPositions(keyframes, title, { props, view })`, or one
 *   `renderSvg(pose, title, { props, view })` per entry of `keyPositions(keyframes)` with HTML captions.
 * No inline styles and no SMIL: colours are presentation attributes (`color` on the root, so
 * `currentColor` follows the page's CSS) and classes `fig-*` a stylesheet may override.
 */
export { cycleMs, type Frame, frameAt, type Keyframe, keyPositions, poseAt } from './animate.js';
export {
  allIllustrations,
  ILLUSTRATION_IDS,
  type Illustration,
  type IllustrationId,
  illustrationFor,
} from './exercises.js';
export { type ArmPose, FLOOR_Y, type LegPose, type Pose, skeleton } from './pose.js';
export {
  DEFAULT_VIEW,
  framePaths,
  type Prop,
  renderKeyPositions,
  renderSvg,
  type SceneOptions,
  type Shape,
  type ShapeGroup,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  type View,
} from './render.js';
