/**
 * A still figure from the shared renderer: the first key position of an illustration, drawn as
 * Preact elements (no innerHTML) with a caption a person reads instead of a picture description.
 * Once drawn, the picture is cropped to what it shows, so a lying figure is not a band of space.
 */
import { h } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { framePaths, illustrationFor } from '../../core/figure/index.js';

const MARGIN = 6;

export function StillFigure({ id }: { id: string }) {
  const illustration = illustrationFor(id);
  const first = illustration?.keyframes[0];
  const content = useRef<SVGGElement>(null);
  const [cropped, setCropped] = useState<string | undefined>(undefined);

  useLayoutEffect(() => {
    const box = content.current?.getBBox?.();
    if (box === undefined || box.width === 0 || box.height === 0) return;
    setCropped(
      `${box.x - MARGIN} ${box.y - MARGIN} ${box.width + 2 * MARGIN} ${box.height + 2 * MARGIN}`,
    );
  }, [id]);

  if (illustration === undefined || first === undefined) return null;
  const { view } = illustration;
  const groups = framePaths(first.pose, { props: illustration.props, view });
  return (
    <figure class="relief-figure">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={cropped ?? `${view.x} ${view.y} ${view.width} ${view.height}`}
        class="fig"
        aria-hidden="true"
        focusable="false"
      >
        <g ref={content}>
          {groups
            .filter((g) => g.shapes.length > 0)
            .map((g) =>
              h(
                'g',
                { key: g.key, ...g.attrs },
                g.shapes.map((s) => h(s.tag, { key: s.key, ...s.attrs })),
              ),
            )}
        </g>
      </svg>
      <figcaption>{first.label ?? illustration.title}</figcaption>
    </figure>
  );
}
