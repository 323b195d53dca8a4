/**
 * An exercise's animated figure: an inline SVG redrawn on each animation frame from the clock
 * (`frameAt(keyframes, elapsed)`), so a late frame lands on the right pose rather than a counted
 * one. The loop stops while the figure is off-screen, the tab is hidden or the caller pauses it.
 * With prefers-reduced-motion it shows the key positions still, each captioned in HTML.
 */
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type Frame,
  frameAt,
  framePaths,
  type Illustration,
  illustrationFor,
  keyPositions,
  type Pose,
  type View,
} from '../../core/figure/index.js';
import { thumbnailView } from '../../core/figure/thumbnail.js';
import { useReducedMotion } from './motion.js';
import './exercises.css';

function FigureSvg({
  illustration,
  pose,
  label,
  crop,
}: {
  illustration: Illustration;
  pose: Pose;
  /** The accessible name; without one the drawing is decoration beside its caption. */
  label?: string;
  /** A closer view than the illustration's own (a thumbnail's). */
  crop?: View;
}) {
  const { props } = illustration;
  const view = crop ?? illustration.view;
  // The figure's colour is `currentColor`, set per colour scheme by the stylesheet (.fig).
  const groups = framePaths(pose, { props, view });
  const body = groups
    .filter((g) => g.shapes.length > 0)
    .map((g) =>
      h(
        'g',
        { key: g.key, ...g.attrs },
        g.shapes.map((s) => h(s.tag, { key: s.key, ...s.attrs })),
      ),
    );
  const viewBox = `${view.x} ${view.y} ${view.width} ${view.height}`;
  if (label === undefined) {
    return (
      <svg class="fig" viewBox={viewBox} aria-hidden="true" focusable="false">
        {body}
      </svg>
    );
  }
  return (
    <svg class="fig" viewBox={viewBox} role="img" aria-label={label} focusable="false">
      {body}
    </svg>
  );
}

/** The position a still card shows: the one the exercise moves into, which says the most. */
export function ExerciseStill({ figureId }: { figureId: string }) {
  const illustration = illustrationFor(figureId);
  if (illustration === undefined) return null;
  const positions = keyPositions(illustration.keyframes);
  const shown = positions[1] ?? positions[0];
  if (shown === undefined) return null;
  // Cropped close around the body, so it reads at thumbnail size as it does full size.
  return (
    <div class="fig-still">
      <FigureSvg
        illustration={illustration}
        pose={shown.pose}
        crop={thumbnailView(shown.pose, illustration.view)}
      />
    </div>
  );
}

function KeyPositions({ illustration, compact }: { illustration: Illustration; compact: boolean }) {
  const positions = keyPositions(illustration.keyframes);
  return (
    <ol
      class={compact ? 'fig-keys fig-keys-compact' : 'fig-keys'}
      aria-label={`${illustration.title} Key positions, shown still.`}
    >
      {positions.map((p, i) => (
        <li key={i} class="fig-key">
          <FigureSvg
            illustration={illustration}
            pose={p.pose}
            {...(compact ? { label: `${i + 1}. ${p.label ?? illustration.title}` } : {})}
          />
          {!compact && p.label !== undefined && <p class="fig-caption">{p.label}</p>}
        </li>
      ))}
    </ol>
  );
}

/** Whether the element is on screen and the tab visible: the only time the loop should run. */
function useOnScreen(ref: { current: Element | null }): boolean {
  const [inView, setInView] = useState(true);
  const [visible, setVisible] = useState(
    () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
  );
  useEffect(() => {
    const onVisibility = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', onVisibility);
    let observer: IntersectionObserver | undefined;
    if (ref.current !== null && typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1];
        if (last !== undefined) setInView(last.isIntersecting);
      });
      observer.observe(ref.current);
    }
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      observer?.disconnect();
    };
  }, [ref]);
  return inView && visible;
}

function AnimatedFigure({
  illustration,
  paused,
  showCue,
}: {
  illustration: Illustration;
  paused: boolean;
  showCue: boolean;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(wrapper);
  const running = onScreen && !paused;
  const [frame, setFrame] = useState<Frame>(() => frameAt(illustration.keyframes, 0));
  // Time into the loop when it last stopped, so it carries on from the same pose.
  const elapsed = useRef(0);

  useEffect(() => {
    if (!running) return;
    const keyframes = illustration.keyframes;
    const origin = Date.now() - elapsed.current;
    let last = frameAt(keyframes, elapsed.current);
    let id = requestAnimationFrame(function draw() {
      elapsed.current = Date.now() - origin;
      const next = frameAt(keyframes, elapsed.current);
      // While a pose is held nothing moves: skip the redraw.
      if (next.moving || last.moving || next.index !== last.index) setFrame(next);
      last = next;
      id = requestAnimationFrame(draw);
    });
    return () => cancelAnimationFrame(id);
  }, [running, illustration]);

  return (
    <div class="fig-motion" ref={wrapper}>
      <FigureSvg illustration={illustration} pose={frame.pose} label={illustration.title} />
      {showCue && (
        <p class="fig-caption fig-cue" aria-hidden="true">
          {frame.label ?? '\u00a0'}
        </p>
      )}
    </div>
  );
}

export interface ExerciseFigureProps {
  figureId: string;
  /** Holds the figure still where it is (the player's pause). */
  paused?: boolean;
  /** Smaller still positions, without captions, for the player's busy screen. */
  compact?: boolean;
}

/** The figure for `figureId`, moving, or still for those who prefer reduced motion. */
export function ExerciseFigure({ figureId, paused = false, compact = false }: ExerciseFigureProps) {
  const reduced = useReducedMotion();
  const illustration = illustrationFor(figureId);
  if (illustration === undefined) return null;
  return (
    <div class={compact ? 'exercise-figure exercise-figure-compact' : 'exercise-figure'}>
      {reduced ? (
        <KeyPositions illustration={illustration} compact={compact} />
      ) : (
        <AnimatedFigure
          key={illustration.id}
          illustration={illustration}
          paused={paused}
          showCue={true}
        />
      )}
    </div>
  );
}
