/**
 * The shape of everything Unknot knows: one zod schema per kind of content item, shared by the
 * browser, the server and the CLI. Content is data, validated at test time and at start-up, so a
 * malformed or unsourced item can never reach a person.
 */
import { z } from 'zod';
import { SlugSchema } from '../units.schema.js';
import {
  ARTICLE_IDS,
  CONTENT_KINDS,
  EVIDENCE_LEVELS,
  EXERCISE_CATEGORIES,
  GUIDELINE_IDS,
  LOADED_STRENGTHENING_EXERCISES,
  PHASES,
  URGENCIES,
} from './constants.js';

export {
  ARTICLE_IDS,
  CONTENT_KINDS,
  EVIDENCE_LEVELS,
  EXERCISE_CATEGORIES,
  GUIDELINE_IDS,
  LOADED_STRENGTHENING_EXERCISES,
  PHASES,
  URGENCIES,
};

/** Stable, URL-safe ids: lower-case words joined by hyphens ("knee-to-chest"). */
/** Content ids: the one slug schema (units.schema.ts), under the name content has always used. */
export const Slug = SlugSchema;
export type Slug = z.infer<typeof Slug>;

export const ContentKind = z.enum(CONTENT_KINDS);
export type ContentKind = z.infer<typeof ContentKind>;

export const ArticleId = z.enum(ARTICLE_IDS);
export type ArticleId = z.infer<typeof ArticleId>;

export const GuidelineId = z.enum(GUIDELINE_IDS);
export type GuidelineId = z.infer<typeof GuidelineId>;

export const Source = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('article'),
    id: ArticleId,
    /** The heading or part of the article the fact comes from. */
    section: z.string().min(1).max(120),
  }),
  z.object({
    type: z.literal('guideline'),
    id: GuidelineId,
    section: z.string().min(1).max(120).optional(),
  }),
]);
export type Source = z.infer<typeof Source>;

const Text = z.string().min(1).max(1200);

export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: Text }),
  z.object({ type: z.literal('list'), items: z.array(Text).min(1) }),
  z.object({ type: z.literal('steps'), items: z.array(Text).min(1) }),
]);
export type Block = z.infer<typeof Block>;

/**
 * Where an article is out of date against a current guideline, the page says so and follows the
 * guideline; this note names the articles it departs from, says what differs, and cites the
 * guidance it follows instead.
 */
export const GuidelineNote = z.object({
  differsFrom: z.array(ArticleId).min(1),
  text: Text,
  sources: z.array(Source).min(1),
});
export type GuidelineNote = z.infer<typeof GuidelineNote>;

export const Evidence = z.object({
  level: z.enum(EVIDENCE_LEVELS),
  summary: Text,
  sources: z.array(Source).min(1),
});
export type Evidence = z.infer<typeof Evidence>;

export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

const IntRange = z
  .object({
    min: z.number().int().min(0),
    max: z.number().int().min(0),
    default: z.number().int().min(0),
  })
  .refine((r) => r.min <= r.default && r.default <= r.max, 'needs min ≤ default ≤ max');

/**
 * How an exercise is dosed in the library: the range its hold and reps may move in and where they
 * start, its sets and how often. A dose given to a person is core/exercises/dose.ts.
 */
export const DoseGuide = z.object({
  phases: z.array(Phase).min(1),
  holdSeconds: IntRange,
  reps: IntRange,
  sets: z.number().int().min(1).max(10),
  /** Plain words: "2–3 times a day", "daily". */
  frequency: z.string().min(1).max(120),
});
export type DoseGuide = z.infer<typeof DoseGuide>;

export const ExerciseCategory = z.enum(EXERCISE_CATEGORIES);
export type ExerciseCategory = z.infer<typeof ExerciseCategory>;

/**
 * An easier or harder way to do an exercise: always a short description, and the id of the other
 * exercise when it is one of ours (so the page can link to it and the player can swap it in).
 */
export const ExerciseVariant = z.object({
  text: z.string().min(2).max(300),
  exerciseId: z.optional(Slug),
});
export type ExerciseVariant = z.infer<typeof ExerciseVariant>;

/**
 * What a pregnant person should know about an exercise: after about 16 weeks, lying flat on the
 * back for long can make you feel faint (NHS, Exercise in pregnancy). Always the note and where it
 * comes from; the other position to use when there is one, linked when it is one of ours.
 */
export const ExercisePregnancy = z.object({
  note: z.string().min(10).max(400),
  instead: ExerciseVariant.optional(),
  sources: z.array(Source).min(1),
});
export type ExercisePregnancy = z.infer<typeof ExercisePregnancy>;

/** A starting position lying face up: such an exercise needs its pregnancy note. */
export const LYING_ON_THE_BACK = /^lying on your back\b/i;

/**
 * Everything about an exercise beyond its dose. An exercise's fields live in four places, so
 * nothing is said twice: the numbered `steps` block of `body`; `dose` (phases, holdSeconds, reps,
 * sets, frequency); this `exercise` object; and the item's own `cautions` and `sources`.
 */
export const ExerciseDetails = z.object({
  /** Names people know it by ("knee hug"); search also gets them, through `aliases`. */
  otherNames: z.array(z.string().min(2).max(60)),
  /** What it is for, in a sentence. */
  purpose: z.string().min(10).max(300),
  category: ExerciseCategory,
  startingPosition: z.string().min(10).max(300),
  /** How to breathe while doing it. */
  breathing: z.string().min(10).max(300),
  /** Signs to stop at once, beyond the general cautions. */
  whenToStop: z.array(Text).min(1),
  easier: ExerciseVariant.optional(),
  harder: ExerciseVariant.optional(),
  /** For pregnancy: required when the starting position is lying on the back. */
  pregnancy: ExercisePregnancy.optional(),
  /** The id of its animated figure in `src/core/figure` ("knee-to-chest-single"). */
  illustration: Slug,
  /** True when reps are done on each side in turn (one leg, then the other). */
  perSide: z.boolean(),
  /** True when `dose.holdSeconds` is how long the whole exercise lasts (walking), not one hold. */
  continuous: z.boolean(),
  /**
   * What the specifics rest on: the seed that names it, or the guideline that recommends exercise
   * in general, with the note that the steps and numbers are standard physiotherapy practice.
   */
  basis: Text,
});
export type ExerciseDetails = z.infer<typeof ExerciseDetails>;

export const ContentItem = z
  .object({
    id: Slug,
    kind: ContentKind,
    title: z.string().min(2).max(120),
    /** One or two sentences shown in lists and search results. */
    summary: z.string().min(10).max(300),
    body: z.array(Block).min(1),
    cautions: z.array(Text).default([]),
    sources: z.array(Source).min(1),
    guidelineNotes: z.array(GuidelineNote).default([]),
    /** Other words people use for this ("lumbago", "crick"), to help search. */
    aliases: z.array(z.string().min(2).max(60)).default([]),
    /** Ids of other items worth reading next. */
    related: z.array(Slug).default([]),
    /** Treatments: what it helps with (the comparison table's "benefits"). */
    benefits: z.array(Text).optional(),
    /** Treatments: how good the evidence is, per current guidelines. */
    evidence: Evidence.optional(),
    /** Exercises: hold, repetitions, sets, phases. */
    dose: DoseGuide.optional(),
    /** Exercises: names, purpose, position, breathing, when to stop, variants, figure. */
    exercise: ExerciseDetails.optional(),
    /** Items that weigh an approach up: pros and cons. */
    pros: z.array(Text).optional(),
    cons: z.array(Text).optional(),
    /** Warning signs: how soon care is needed. */
    urgency: z.enum(URGENCIES).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'treatment' && (item.benefits === undefined || item.evidence === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a treatment needs benefits and evidence' });
    }
    if (item.kind === 'exercise' && item.dose === undefined) {
      ctx.addIssue({ code: 'custom', path: ['dose'], message: 'an exercise needs a dose' });
    }
    if (item.kind === 'exercise' && item.exercise === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['exercise'],
        message: 'an exercise needs its details',
      });
    }
    if (
      item.dose?.phases.includes('acute') === true &&
      (item.exercise?.category === 'strengthening' ||
        (LOADED_STRENGTHENING_EXERCISES as readonly string[]).includes(item.id))
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['dose', 'phases'],
        message: 'loaded strengthening is not for the acute phase',
      });
    }
    if (item.kind === 'warning_sign' && item.urgency === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['urgency'],
        message: 'a warning sign needs an urgency',
      });
    }
    if (
      item.exercise !== undefined &&
      LYING_ON_THE_BACK.test(item.exercise.startingPosition) &&
      item.exercise.pregnancy === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['exercise', 'pregnancy'],
        message: 'an exercise lying on the back needs its pregnancy note',
      });
    }
    if (item.kind === 'exercise' && !item.body.some((b) => b.type === 'steps')) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'an exercise needs numbered steps' });
    }
  });
export type ContentItem = z.infer<typeof ContentItem>;
/** What authors write: defaults may be left out. */
export type ContentItemInput = z.input<typeof ContentItem>;
