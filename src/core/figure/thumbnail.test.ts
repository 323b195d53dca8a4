import { describe, expect, it } from 'vitest';
import { keyPositions } from './animate.js';
import { allIllustrations } from './exercises.js';
import { bodyExtent, skeleton } from './pose.js';
import { THUMBNAIL_ASPECT, thumbnailView } from './thumbnail.js';

describe('a figure as a library thumbnail', () => {
  const cases = allIllustrations().flatMap((illustration) =>
    keyPositions(illustration.keyframes).map((k, i) => ({
      id: `${illustration.id} #${i + 1}`,
      illustration,
      pose: k.pose,
    })),
  );

  it.each(cases)(
    '$id: shows the whole body, at one shape, closer than the full scene',
    ({ illustration, pose }) => {
      const view = thumbnailView(pose, illustration.view);
      expect(view.width / view.height).toBeCloseTo(THUMBNAIL_ASPECT, 1);
      for (const { point, radius } of bodyExtent(skeleton(pose))) {
        expect(point.x - radius).toBeGreaterThanOrEqual(view.x - 0.1);
        expect(point.x + radius).toBeLessThanOrEqual(view.x + view.width + 0.1);
        expect(point.y - radius).toBeGreaterThanOrEqual(view.y - 0.1);
        expect(point.y + radius).toBeLessThanOrEqual(view.y + view.height + 0.1);
      }
      expect(view.width).toBeLessThanOrEqual(illustration.view.width);
      expect(view.x).toBeGreaterThanOrEqual(illustration.view.x);
    },
  );
});
