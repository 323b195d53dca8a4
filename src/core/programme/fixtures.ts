/**
 * Test support: a home programme as a physiotherapist writes one, shared by the clinician route
 * tests and the fuzz suite's valid examples so both send the same programme.
 */
import type { ProgrammeInput } from './programme.schema.js';

export const EXAMPLE_PROGRAMME: ProgrammeInput = {
  title: 'Settling the low back',
  exercises: [
    { exerciseId: 'knee-to-chest', holdSeconds: 20, reps: 3, sets: 1, side: 'both' },
    { exerciseId: 'pelvic-tilt', holdSeconds: 5, reps: 10, sets: 2, side: 'both', notes: 'Slowly' },
  ],
  sessionsPerDay: 2,
  daysPerWeek: 5,
  startDate: '2026-03-02',
  reviewDate: '2026-03-30',
  allowProgression: false,
};
