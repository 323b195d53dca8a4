/**
 * The player's voice and chime. Browsers let a page speak or make sound only after a tap, so
 * `unlock()` is called from the Start button's handler: it creates the AudioContext and speaks an
 * empty utterance. Later cues (from the core's `cues`) are then played from timers. Either can be
 * switched off; a browser without speech or Web Audio simply stays quiet.
 */
import type { Cue } from '../../core/player/index.js';

export interface SoundSwitches {
  speech: boolean;
  chime: boolean;
}

let audio: AudioContext | undefined;

function speechAvailable(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function';
}

/** Call from a tap: lets later cues speak and sound. */
export function unlock(switches: SoundSwitches): void {
  if (switches.chime && audio === undefined && typeof AudioContext === 'function') {
    try {
      audio = new AudioContext();
    } catch {
      audio = undefined;
    }
  }
  if (audio?.state === 'suspended') void audio.resume().catch(() => {});
  if (switches.speech && speechAvailable()) {
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(''));
  }
}

/** A soft bell: a sine tone with a quick rise and a long fade, never a hard click. */
function tone(frequency: number, seconds: number, peak: number): void {
  if (audio === undefined) return;
  const now = audio.currentTime;
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.type = 'sine';
  osc.frequency.setValueAtTime(frequency, now);
  gain.gain.setValueAtTime(0.0001, now);
  gain.gain.exponentialRampToValueAtTime(peak, now + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, now + seconds);
  osc.connect(gain).connect(audio.destination);
  osc.start(now);
  osc.stop(now + seconds + 0.05);
}

function speak(text: string): void {
  if (!speechAvailable()) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.95;
  speechSynthesis.speak(utterance);
}

/** Plays what the player decided to say and sound; new words replace any still queued. */
export function play(list: readonly Cue[], switches: SoundSwitches): void {
  if (switches.speech && speechAvailable() && list.some((c) => c.kind === 'speak')) {
    speechSynthesis.cancel();
  }
  for (const cue of list) {
    if (cue.kind === 'speak' && switches.speech) speak(cue.text);
    if (cue.kind === 'chime' && switches.chime) tone(660, 1.2, 0.25);
    if (cue.kind === 'tick' && switches.chime) tone(880, 0.15, 0.08);
  }
}

/** Silences speech at once (pause, stop). */
export function hush(): void {
  if (speechAvailable()) speechSynthesis.cancel();
}
