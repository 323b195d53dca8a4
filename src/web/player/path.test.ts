import { describe, expect, it } from 'vitest';
import { exerciseById } from '../exercises/catalogue.js';
import { buildSession } from './build.js';
import { readSessionQuery, sessionPath } from './path.js';

function read(path: string) {
  return readSessionQuery(Object.fromEntries(new URL(path, 'https://x.test').searchParams));
}

describe('the player address', () => {
  it('reads back the exercises and origin it was built with', () => {
    const path = sessionPath(['pelvic-tilt', 'cat-cow'], 'relief');
    expect(path).toBe('/session?exercises=pelvic-tilt,cat-cow&from=relief');
    expect(read(path)).toEqual({
      exerciseIds: ['pelvic-tilt', 'cat-cow'],
      doses: [undefined, undefined],
      from: 'relief',
      programmeId: undefined,
    });
  });

  it('carries a plan’s doses, so the player runs what the plan says', () => {
    const path = sessionPath(['knee-to-chest', 'cat-cow'], 'plan', [
      { holdSeconds: 25, reps: 3, sets: 1 },
      { holdSeconds: 3, reps: 8, sets: 2 },
    ]);
    const query = read(path);
    expect(query.from).toBe('plan');
    expect(query.doses).toEqual([
      { holdSeconds: 25, reps: 3, sets: 1 },
      { holdSeconds: 3, reps: 8, sets: 2 },
    ]);
    const items = query.exerciseIds.map((id) => exerciseById(id)).filter((e) => e !== undefined);
    const session = buildSession(items, query.doses);
    expect(session.exercises.map((e) => [e.holdSeconds, e.reps, e.sets])).toEqual([
      [25, 3, 1],
      [3, 8, 2],
    ]);
  });

  it('ignores a dose out of the player’s range or malformed, keeping the starting dose', () => {
    expect(read('/session?exercises=a,b,c&dose=0-3-1,20-x-1,20-2-99').doses).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('drops empty and repeated ids, with their doses, and unknown origins', () => {
    expect(
      readSessionQuery({ exercises: 'a,,a, b ', dose: '5-5-1,,6-6-1,7-7-1', from: 'x' }),
    ).toEqual({
      exerciseIds: ['a', 'b'],
      doses: [
        { holdSeconds: 5, reps: 5, sets: 1 },
        { holdSeconds: 7, reps: 7, sets: 1 },
      ],
      from: undefined,
      programmeId: undefined,
    });
    expect(readSessionQuery({})).toEqual({
      exerciseIds: [],
      doses: [],
      from: undefined,
      programmeId: undefined,
    });
  });

  it('names a clinician’s programme by its record id, and keeps the exercises and doses', () => {
    const id = '0195f7a0-8c3e-7a11-8b22-0123456789ab';
    const path = sessionPath(['bird-dog'], 'plan', [{ holdSeconds: 5, reps: 6, sets: 2 }], id);
    expect(path).toBe(`/session?exercises=bird-dog&dose=5-6-2&from=plan&programme=${id}`);
    expect(read(path)).toEqual({
      exerciseIds: ['bird-dog'],
      doses: [{ holdSeconds: 5, reps: 6, sets: 2 }],
      from: 'plan',
      programmeId: id,
    });
  });

  it('ignores a programme that is not a record id', () => {
    expect(read('/session?exercises=cat-cow&programme=../../x').programmeId).toBeUndefined();
    expect(read('/session?exercises=cat-cow&programme=').programmeId).toBeUndefined();
  });
});
