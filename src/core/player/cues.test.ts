import { describe, expect, it } from 'vitest';
import { type Cue, cues } from './cues.js';
import { twoExerciseSession } from './fixtures.js';
import { createPlayer, type PlayerEvent, type PlayerState, reduce } from './machine.js';

const T0 = 1_700_000_000_000;
const at = (seconds: number) => T0 + seconds * 1000;

function started(): PlayerState {
  return reduce(createPlayer(twoExerciseSession()), { type: 'start', now: T0 });
}

function heard(state: PlayerState, event: PlayerEvent): string[] {
  return cues(state, reduce(state, event)).map((c: Cue) =>
    c.kind === 'chime' ? 'chime' : `${c.kind} ${c.text}`,
  );
}

describe('cues when the clock jumps', () => {
  it('announce only the phase landed in, not every phase passed', () => {
    // From the first get-ready to 1.5 s into the third hold: four phases passed, one announced.
    expect(heard(started(), { type: 'tick', now: at(18.5) })).toEqual([
      'chime',
      'speak Rep 2 of 2. First side. Hold for 5 seconds. Breathe slowly.',
    ]);
  });

  it('release the hold that ran out just before the phase landed in', () => {
    // Lands in the rest at 22–24 s, right after the third hold ran out.
    expect(heard(started(), { type: 'tick', now: at(22.5) })).toEqual([
      'chime',
      'speak Release. Lower your foot.',
      'speak Rest for 2 seconds.',
    ]);
  });

  it('say the session is over when the jump passes the end', () => {
    expect(heard(started(), { type: 'tick', now: at(3600) })).toEqual([
      'chime',
      'speak Release.',
      'speak Well done. That is the end of the session.',
    ]);
  });
});

describe('cues for buttons', () => {
  it('skipping a hold gives no release chime: the hold did not run out', () => {
    const holding = reduce(started(), { type: 'tick', now: at(4) });
    expect(heard(holding, { type: 'skip', now: at(4) })).toEqual(['speak Rest for 2 seconds.']);
  });

  it('back to a get-ready repeats the position cue; the usual way in does not', () => {
    const inSecond = reduce(started(), { type: 'tick', now: at(38) });
    expect(heard(inSecond, { type: 'back', now: at(38) })).toEqual(['speak Get ready: Cat-cow.']);
    const inFirst = reduce(started(), { type: 'tick', now: at(12) });
    expect(heard(inFirst, { type: 'back', now: at(12) })).toEqual([
      'speak Get ready: Knee to chest. Lie on your back with your knees bent.',
    ]);
    const changing = reduce(started(), { type: 'tick', now: at(33.5) });
    expect(heard(changing, { type: 'tick', now: at(34) })).toEqual(['speak Get ready: Cat-cow.']);
  });

  it('+10 s says nothing and does not count down', () => {
    const nearEnd = reduce(started(), { type: 'tick', now: at(6.5) });
    expect(heard(nearEnd, { type: 'addTime', now: at(6.5) })).toEqual([]);
  });

  it('the pause to change exercise is not counted down with ticks', () => {
    const changing = reduce(started(), { type: 'tick', now: at(31.5) });
    expect(heard(changing, { type: 'tick', now: at(32.5) })).toEqual([]);
  });

  it('a tick that changes nothing says nothing', () => {
    const holding = reduce(started(), { type: 'tick', now: at(3.2) });
    expect(heard(holding, { type: 'tick', now: at(3.4) })).toEqual([]);
  });
});
