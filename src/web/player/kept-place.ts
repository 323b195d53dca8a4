/**
 * Where a guided session stood, kept for the tab, so a reload (or the phone dropping the page
 * while the person lies on the floor) offers to resume it instead of starting again. Keyed by the
 * session's address: another session never resumes this one's place.
 */
import type { PlayerPlace } from '../../core/player/index.js';

const KEY = 'unknot.player.place';

interface Kept {
  session: string;
  place: PlayerPlace;
}

export function loadPlace(session: string): PlayerPlace | undefined {
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<Kept> | null;
    if (kept?.session !== session || typeof kept.place !== 'object' || kept.place === null) {
      return undefined;
    }
    const { stepIndex, holdsDone, startedAt, pausedTotalMs, keptAt } = kept.place;
    // Shapes only: the core's resumeAt checks the values against the session itself.
    const numbers = [stepIndex, startedAt, pausedTotalMs, keptAt];
    if (!numbers.every((n) => typeof n === 'number') || !Array.isArray(holdsDone)) return undefined;
    return {
      stepIndex,
      holdsDone: holdsDone.filter((i) => typeof i === 'number'),
      startedAt,
      pausedTotalMs,
      keptAt,
    };
  } catch {
    return undefined;
  }
}

export function keepPlace(session: string, place: PlayerPlace): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ session, place } satisfies Kept));
  } catch {
    // Storage refused: a reload starts the session again.
  }
}

export function forgetPlace(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}
