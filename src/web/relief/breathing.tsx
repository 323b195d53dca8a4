/**
 * Paced breathing: a circle that grows on the breath in and shrinks on the breath out, placed on
 * every animation frame from the clock through `breathAt`. With reduced motion it shows a count
 * ("Breathe in… 2… 3… 4") instead. Only the change of breath is announced, never each second.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type BreathMoment, type BreathPart, breathAt } from '../../core/relief/breathing.js';
import type { BreathingPace, ReliefStep } from '../../core/relief/schema.js';
import { formatClock } from './timer-state.js';

export type BreathingStep = Extract<ReliefStep, { kind: 'breathing' }>;

const PART_WORDS: Record<BreathPart, string> = {
  in: 'Breathe in',
  'hold-in': 'Hold',
  out: 'Breathe out',
  'hold-out': 'Rest',
};

const SMALLEST = 0.45;

function secondsOf(pace: BreathingPace, part: BreathPart): number {
  if (part === 'in') return pace.inSeconds;
  if (part === 'out') return pace.outSeconds;
  return part === 'hold-in' ? pace.holdInSeconds : pace.holdOutSeconds;
}

/** "Breathe in… 2… 3": the words, then one number per second that has begun. */
export function countText(pace: BreathingPace, moment: BreathMoment): string {
  const seconds = secondsOf(pace, moment.part);
  const second = Math.min(seconds, Math.floor(moment.progress * seconds) + 1);
  const numbers = [];
  for (let n = 2; n <= second; n++) numbers.push(n);
  const tail = numbers.map((n) => (n === seconds ? ` ${n}` : ` ${n}…`)).join('');
  return `${PART_WORDS[moment.part]}…${tail}`;
}

/** The circle's size at a moment: eased, so it swells and settles as a breath does. */
export function circleScale(moment: BreathMoment): number {
  const eased = (1 - Math.cos(Math.PI * moment.progress)) / 2;
  if (moment.part === 'in') return SMALLEST + (1 - SMALLEST) * eased;
  if (moment.part === 'out') return 1 - (1 - SMALLEST) * eased;
  return moment.part === 'hold-in' ? 1 : SMALLEST;
}

function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduce, setReduce] = useState(() => globalThis.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = globalThis.matchMedia?.(query);
    if (list === undefined) return;
    const onChange = () => setReduce(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return reduce;
}

export function BreathingPacer({ step }: { step: BreathingStep }) {
  const reduce = usePrefersReducedMotion();
  const [startedAt, setStartedAt] = useState<number | undefined>(undefined);
  const [part, setPart] = useState<BreathPart | undefined>(undefined);
  const [count, setCount] = useState('');
  const [leftMs, setLeftMs] = useState(step.durationSeconds * 1000);
  const [finished, setFinished] = useState(false);
  const circle = useRef<HTMLDivElement>(null);
  const totalMs = step.durationSeconds * 1000;

  useEffect(() => {
    if (startedAt === undefined) return;
    let frame = 0;
    const draw = () => {
      const elapsed = Date.now() - startedAt;
      if (elapsed >= totalMs) {
        setStartedAt(undefined);
        setPart(undefined);
        setFinished(true);
        setLeftMs(0);
        return;
      }
      const moment = breathAt(step.pace, elapsed);
      if (circle.current !== null) {
        circle.current.style.transform = `scale(${reduce ? 1 : circleScale(moment)})`;
      }
      // State changes only when the words do, so Preact renders about once a second, not per frame.
      setPart(moment.part);
      setCount(countText(step.pace, moment));
      setLeftMs(totalMs - elapsed);
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [startedAt, reduce, step.pace, totalMs]);

  const running = startedAt !== undefined;
  const onStart = () => {
    setFinished(false);
    setLeftMs(totalMs);
    setStartedAt(Date.now());
  };
  const onStop = () => {
    setStartedAt(undefined);
    setPart(undefined);
    if (circle.current !== null) circle.current.style.transform = '';
  };

  const words = part === undefined ? 'Ready' : PART_WORDS[part];
  return (
    <section class="relief-breathing" aria-labelledby="breathing-heading">
      <h2 id="breathing-heading" class="relief-timer-title">
        Breathe with the {reduce ? 'count' : 'circle'}
      </h2>
      <p class="quiet">
        In for {step.pace.inSeconds} seconds, out for {step.pace.outSeconds}, for{' '}
        {Math.round(step.durationSeconds / 60)} minutes.
      </p>
      <div class={`breath-stage${reduce ? ' is-still' : ''}`} aria-hidden="true">
        <div
          ref={circle}
          class={`breath-circle${running ? ' is-running' : ''}${reduce ? ' is-still' : ''}`}
        />
        <p class="breath-words">{running ? (reduce ? count : words) : words}</p>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {running ? words : ''}
      </p>
      <p class="relief-timer-status">
        {running
          ? `${formatClock(leftMs)} left`
          : finished
            ? ''
            : 'Press Start when you are ready.'}
      </p>
      <div class="relief-controls">
        {running ? (
          <button type="button" class="button relief-big" onClick={onStop}>
            Stop
          </button>
        ) : (
          <button type="button" class="button relief-big" onClick={onStart}>
            {finished ? 'Again' : 'Start'}
          </button>
        )}
      </div>
      <p role="status" class="relief-done">
        {finished ? step.doneMessage : ''}
      </p>
    </section>
  );
}
