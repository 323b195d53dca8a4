/**
 * The schema of the exercise as the API shows it (the mapper is api.ts): it describes
 * `GET /api/v1/exercises` in the OpenAPI document, and a test parses every real exercise with it.
 */
import { z } from 'zod';
import { PHASES } from '../content/constants.js';
import { ExerciseCategory, ExerciseVariant, Phase, Slug, Source } from '../content/schema.js';
import type { Prop } from '../figure/index.js';

// Record<Prop, true> fails to compile when the renderer gains or loses a prop, so the enum
// below can never drift from the figure module's type.
const PROPS: Record<Prop, true> = {
  mat: true,
  towel: true,
  cushion: true,
  pillow: true,
  bed: true,
};
const FigureProp = z.enum(Object.keys(PROPS) as [Prop, ...Prop[]]);

const Angle = z.number().describe('Degrees');

const ArmPose = z.strictObject({ shoulder: Angle, elbow: Angle, wrist: Angle });
const LegPose = z.strictObject({ hip: Angle, knee: Angle, ankle: Angle, out: Angle });

/** A figure's pose as joint angles; see `Pose` in src/core/figure/pose.ts for what each means. */
export const FigurePose = z.strictObject({
  x: z.number().describe('The pelvis, in SVG units'),
  y: z.number().describe('The pelvis, in SVG units'),
  lean: Angle,
  spine: Angle,
  neck: Angle,
  roll: Angle,
  arms: z.strictObject({ near: ArmPose, far: ArmPose }),
  legs: z.strictObject({ near: LegPose, far: LegPose }),
});

export const FigureKeyframe = z.strictObject({
  pose: FigurePose,
  holdMs: z.number().min(0).describe('How long the figure stays in this pose'),
  moveMs: z.number().min(0).describe('How long it then takes to move into the next keyframe'),
  label: z.string().nullable().describe('A short cue for this position, or null'),
});

export const ExerciseIllustration = z
  .strictObject({
    id: Slug,
    title: z.string().min(1).describe('What the figure shows, for screen readers'),
    props: z.array(FigureProp),
    view: z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
    keyframes: z.array(FigureKeyframe).min(1),
  })
  .describe('The animated figure: a loop of keyframed poses, drawn by src/core/figure');

const SourceLabel = z.string().min(1).describe('The source as a person reads it');
const [ArticleSource, GuidelineSource] = Source.options;

/** A source with the label shown under the advice, and the guideline's address where it has one. */
export const LabelledSource = z.discriminatedUnion('type', [
  ArticleSource.extend({ label: SourceLabel }),
  GuidelineSource.extend({ label: SourceLabel, url: z.url() }),
]);
export type LabelledSource = z.infer<typeof LabelledSource>;

const Range = z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) });

/** For an exercise lying on the back: what a pregnant person should do, and its sources. */
export const ApiExercisePregnancy = z
  .strictObject({
    note: z.string().min(1),
    instead: ExerciseVariant.optional(),
    sources: z.array(LabelledSource).min(1),
  })
  .describe('If you are pregnant: the note, the other position to use, and its sources');

export const ApiExercise = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  summary: z.string().min(1),
  otherNames: z.array(z.string()),
  purpose: z.string().min(1),
  category: ExerciseCategory,
  phases: z.array(Phase).min(1),
  startingPosition: z.string().min(1),
  steps: z.array(z.string().min(1)).min(1).describe('Numbered steps, in order'),
  holdSeconds: z
    .number()
    .int()
    .min(0)
    .describe('Default hold; for a continuous exercise, how long the whole of it lasts'),
  holdRange: Range,
  reps: z.number().int().min(0).describe('Default repetitions (on each side when perSide)'),
  repsRange: Range,
  sets: z.number().int().min(1),
  frequency: z.string().min(1),
  perSide: z.boolean(),
  continuous: z.boolean(),
  breathing: z.string().min(1),
  cautions: z.array(z.string().min(1)).describe('General cautions, then each sign to stop at once'),
  whenToStop: z.array(z.string().min(1)).min(1),
  easier: ExerciseVariant.optional(),
  harder: ExerciseVariant.optional(),
  pregnancy: ApiExercisePregnancy.optional(),
  basis: z.string().min(1).describe('What the steps and numbers rest on'),
  sources: z.array(LabelledSource).min(1),
  illustration: ExerciseIllustration,
});
export type ApiExercise = z.infer<typeof ApiExercise>;

/** `GET /api/v1/exercises?phase=…`: an optional phase to keep only the exercises that suit it. */
export const ExercisesQuery = z.object({
  phase: z.enum(PHASES, { error: `must be one of ${PHASES.join(', ')}` }).optional(),
});
export type ExercisesQuery = z.infer<typeof ExercisesQuery>;
