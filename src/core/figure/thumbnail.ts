/**
 * A figure as a library thumbnail: the drawing's view cropped close around the body (with room for
 * the floor it lies on), at one fixed shape, so every exercise fills a tile of the same size instead
 * of sitting small in the middle of a wide scene drawn for the full-size player.
 */
import { bodyExtent, type Pose, skeleton } from './pose.js';
import type { View } from './render.js';

/** Width over height of every thumbnail. */
export const THUMBNAIL_ASPECT = 4 / 3;
/** Room left around the body, as a share of its larger side. */
const MARGIN = 0.12;

export function thumbnailView(pose: Pose, full: View): View {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const { point, radius } of bodyExtent(skeleton(pose))) {
    left = Math.min(left, point.x - radius);
    right = Math.max(right, point.x + radius);
    top = Math.min(top, point.y - radius);
    bottom = Math.max(bottom, point.y + radius);
  }
  const margin = MARGIN * Math.max(right - left, bottom - top);
  let width = right - left + 2 * margin;
  let height = bottom - top + 2 * margin;
  // Grow the shorter side to the thumbnail's shape, around the body's centre.
  if (width / height < THUMBNAIL_ASPECT) width = height * THUMBNAIL_ASPECT;
  else height = width / THUMBNAIL_ASPECT;
  // Never larger than the drawing itself: a wide pose keeps the full view's shape.
  if (width > full.width) {
    width = full.width;
    height = width / THUMBNAIL_ASPECT;
  }
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const x = Math.min(Math.max(cx - width / 2, full.x), full.x + full.width - width);
  const y = Math.min(Math.max(cy - height / 2, full.y), full.y + full.height - height);
  return { x, y, width, height };
}
