/**
 * A soft two-note chime through Web Audio. Browsers only let a page make sound after the person
 * has tapped, so `unlockChime` is called from a tap (Start) and `chime` is silent until then.
 */

let context: AudioContext | undefined;

/** Call from a tap or click handler: creates or resumes the audio context while it is allowed. */
export function unlockChime(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
  } catch {
    // No Web Audio: the message on screen still says the time is up.
  }
}

export function chime(): void {
  const ctx = context;
  if (ctx === undefined || ctx.state !== 'running') return;
  const start = ctx.currentTime + 0.05;
  // Two gentle bell-like notes, a fifth apart, quiet and fading: a cue, not an alarm.
  for (const [i, frequency] of [660, 990].entries()) {
    const at = start + i * 0.45;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.18, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.6);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 1.7);
  }
}
