/**
 * The countdown ring: a circle that empties as the phase runs (stroke-dashoffset from the view's
 * progress) around the seconds left. The number is for reading, not announcing: the phase's words
 * are announced once when it begins, never every second.
 */

const R = 52;
const CIRCUMFERENCE = 2 * Math.PI * R;

export function clockText(seconds: number): string {
  if (seconds < 60) return String(seconds);
  const s = seconds % 60;
  return `${Math.floor(seconds / 60)}:${String(s).padStart(2, '0')}`;
}

export function CountdownRing({
  progress,
  seconds,
  label,
  phaseKey,
}: {
  /** 0 at the start of the phase, 1 at its end. */
  progress: number;
  seconds: number;
  label: string;
  /** Changes with each new phase, so the ring refills at once instead of sweeping back. */
  phaseKey: number;
}) {
  const offset = CIRCUMFERENCE * Math.min(1, Math.max(0, progress));
  return (
    <div class="ring">
      <svg class="ring-svg" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="ring-track" cx="60" cy="60" r={R} fill="none" stroke-width="9" />
        <circle
          key={phaseKey}
          class="ring-progress"
          cx="60"
          cy="60"
          r={R}
          fill="none"
          stroke-width="9"
          stroke-linecap="round"
          stroke-dasharray={CIRCUMFERENCE.toFixed(2)}
          stroke-dashoffset={offset.toFixed(2)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <p class="ring-text">
        <span class="ring-label">{label}</span>
        <span class="ring-time">{clockText(seconds)}</span>
        <span class="visually-hidden">
          {seconds >= 60 ? ' minutes left' : seconds === 1 ? ' second left' : ' seconds left'}
        </span>
      </p>
    </div>
  );
}
