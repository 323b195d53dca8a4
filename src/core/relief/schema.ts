/**
 * The shape of the "I have a spasm now" protocol: one zod schema per kind of step. The server uses
 * it to describe `GET /api/v1/relief`; the tests check the protocol against it. The protocol data
 * itself imports only the types, so the browser loads no validator to show it.
 */
import { z } from 'zod';
import { GuidelineNote, Slug, Source } from '../content/schema.js';
import type { ExerciseDose } from '../exercises/dose.js';

export const RELIEF_STEP_KINDS = [
  'info',
  'questions',
  'timer',
  'breathing',
  'session',
  'medicine',
] as const;

const Line = z.string().min(1).max(400);
const Seconds = z.number().int().min(1);

/** How far a person may shorten or lengthen a timer, and by how much each tap adds. */
export const TimerLimits = z
  .object({
    minSeconds: Seconds,
    maxSeconds: Seconds,
    extendBySeconds: Seconds,
  })
  .refine((t) => t.minSeconds <= t.maxSeconds, 'needs minSeconds ≤ maxSeconds');
export type TimerLimits = z.infer<typeof TimerLimits>;

/** Something the step offers to open: the full check. */
export const ReliefAction = z.object({
  kind: z.literal('full-check'),
  label: z.string().min(2).max(60),
});
export type ReliefAction = z.infer<typeof ReliefAction>;

const StepBase = z.object({
  id: Slug,
  title: z.string().min(2).max(80),
  summary: z.string().min(10).max(240),
  /** Short lines, shown one under another. */
  body: z.array(Line).min(1),
  cautions: z.array(Line),
  sources: z.array(Source).min(1),
  /** Where a seed is out of date against a guideline: what we follow, and why. */
  guidelineNotes: z.array(GuidelineNote),
  /** Where the specifics (minutes, positions, pace) come from when no source gives them. */
  basis: Line.optional(),
  /** Ids of content items worth opening from this step. */
  links: z.array(Slug),
  /** Ids of figures in `src/core/figure` to show with this step. */
  illustrations: z.array(Slug),
  actions: z.array(ReliefAction),
  /** Every step can be skipped: a person in pain decides what they can do. */
  skippable: z.literal(true),
});

const Timed = {
  /** How long the timer runs unless the person changes it. */
  durationSeconds: Seconds,
  timer: TimerLimits,
  /** What the app says (and shows) when the time is up, also when the page was left. */
  doneMessage: Line,
};

/** A breathing pace the UI animates: seconds in, held, out, held; zeros mean no pause. */
export const BreathingPace = z.object({
  inSeconds: Seconds,
  holdInSeconds: z.number().int().min(0),
  outSeconds: Seconds,
  holdOutSeconds: z.number().int().min(0),
});
export type BreathingPace = z.infer<typeof BreathingPace>;

/** One exercise of the gentle session, as the player runs it. */
export const SessionExercise = z.object({
  exerciseId: Slug,
  holdSeconds: Seconds,
  reps: z.number().int().min(1),
  sets: z.number().int().min(1),
  /** Reps done on each side in turn, as the exercise's own `perSide` says. */
  perSide: z.boolean(),
});
export type SessionExercise = z.infer<typeof SessionExercise>;
// Compile-time check: a gentle-session exercise is the one dose.
type Assignable<A extends B, B> = A;
export type _DoseFits = Assignable<SessionExercise, ExerciseDose>;

/** A class of over-the-counter pain relief: names only, never an amount. */
export const MedicineClass = z.object({
  id: Slug,
  name: z.string().min(2).max(80),
  examples: z.array(z.string().min(2).max(40)).min(1),
  facts: z.array(Line).min(1),
  /**
   * Who must not take this class at all (for NSAIDs, anyone who has reacted to aspirin or another
   * anti-inflammatory): shown apart from, and before, the step's "ask first" list.
   */
  doNotTake: z.array(Line).min(1).optional(),
  /** The content item with more about it. */
  link: Slug,
});
export type MedicineClass = z.infer<typeof MedicineClass>;

export const ReliefStep = z.discriminatedUnion('kind', [
  StepBase.extend({ kind: z.literal('info') }),
  StepBase.extend({
    kind: z.literal('questions'),
    /** Ids of the triage engine's questions, asked in this order. */
    questionIds: z.array(z.string().min(2)).min(1),
  }),
  StepBase.extend({ kind: z.literal('timer'), ...Timed }),
  StepBase.extend({ kind: z.literal('breathing'), ...Timed, pace: BreathingPace }),
  StepBase.extend({
    kind: z.literal('session'),
    exercises: z.array(SessionExercise).min(1),
    /** How long the player takes to run them, rests included (core/exercises/dose.ts). */
    durationSeconds: Seconds,
  }),
  StepBase.extend({
    kind: z.literal('medicine'),
    classes: z.array(MedicineClass).min(1),
    /** People who should ask a pharmacist or doctor before taking them (NHS medicine pages). */
    askFirst: z.array(Line).min(1),
  }),
]);
export type ReliefStep = z.infer<typeof ReliefStep>;
export type ReliefStepKind = ReliefStep['kind'];

export const ReliefProtocol = z.array(ReliefStep).min(1);
