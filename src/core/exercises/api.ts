/**
 * The exercise as the API, the CLI and the web show it: one flat object per exercise that joins
 * what the content keeps in four places (steps block, dose, details, cautions and sources) with
 * its figure's keyframes, so a client needs no other lookup to explain, time and draw it. The zod
 * schema describes `GET /api/v1/exercises`; `toApiExercise` is the pure mapper.
 */
import { z } from 'zod';
import { PHASES } from '../content/constants.js';
import {
  type ContentItem,
  ExerciseCategory,
  ExerciseVariant,
  Phase,
  Slug,
  Source,
} from '../content/schema.js';
import { GUIDELINES, sourceLabel } from '../content/sources.js';
import { illustrationFor, type Prop } from '../figure/index.js';

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
const [SeedSource, GuidelineSource] = Source.options;

/** A source with the label shown under the advice, and the guideline's address where it has one. */
export const LabelledSource = z.discriminatedUnion('type', [
  SeedSource.extend({ label: SourceLabel }),
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

/** "The pain turns sharp" → "Stop at once if the pain turns sharp"; acronyms keep their case. */
export function stopSign(sign: string): string {
  const second = sign.charAt(1);
  const first =
    second !== '' && second === second.toLowerCase()
      ? sign.charAt(0).toLowerCase()
      : sign.charAt(0);
  return `Stop at once if ${first}${sign.slice(1)}`;
}

function labelled(source: Source): LabelledSource {
  const label = sourceLabel(source);
  return source.type === 'seed'
    ? { ...source, label }
    : { ...source, label, url: GUIDELINES[source.id].url };
}

/**
 * The API shape of an exercise item. Throws for an item that is not a complete exercise or names a
 * figure that does not exist: content tests rule both out, so either is a programming error.
 */
export function toApiExercise(item: ContentItem): ApiExercise {
  const { dose, exercise: details } = item;
  if (item.kind !== 'exercise' || dose === undefined || details === undefined) {
    throw new Error(`content item "${item.id}" is not a complete exercise`);
  }
  const figure = illustrationFor(details.illustration);
  if (figure === undefined) {
    throw new Error(`exercise "${item.id}" names no known figure ("${details.illustration}")`);
  }
  const cautions = [...item.cautions, ...details.whenToStop.map(stopSign)];
  return {
    id: item.id,
    name: item.title,
    summary: item.summary,
    otherNames: [...details.otherNames],
    purpose: details.purpose,
    category: details.category,
    phases: [...dose.phases],
    startingPosition: details.startingPosition,
    steps: item.body.flatMap((block) => (block.type === 'steps' ? block.items : [])),
    holdSeconds: dose.holdSeconds.default,
    holdRange: { min: dose.holdSeconds.min, max: dose.holdSeconds.max },
    reps: dose.reps.default,
    repsRange: { min: dose.reps.min, max: dose.reps.max },
    sets: dose.sets,
    frequency: dose.frequency,
    perSide: details.perSide,
    continuous: details.continuous,
    breathing: details.breathing,
    cautions: [...new Set(cautions)],
    whenToStop: [...details.whenToStop],
    ...(details.easier === undefined ? {} : { easier: { ...details.easier } }),
    ...(details.harder === undefined ? {} : { harder: { ...details.harder } }),
    ...(details.pregnancy === undefined
      ? {}
      : {
          pregnancy: {
            note: details.pregnancy.note,
            ...(details.pregnancy.instead === undefined
              ? {}
              : { instead: { ...details.pregnancy.instead } }),
            sources: details.pregnancy.sources.map(labelled),
          },
        }),
    basis: details.basis,
    sources: item.sources.map(labelled),
    illustration: {
      id: figure.id,
      title: figure.title,
      props: [...figure.props],
      view: { ...figure.view },
      keyframes: figure.keyframes.map((k) => ({
        pose: k.pose,
        holdMs: k.holdMs,
        moveMs: k.moveMs,
        label: k.label ?? null,
      })),
    },
  };
}

/** Every exercise in `content`, in content order, optionally only those suiting `phase`. */
export function apiExercises(content: readonly ContentItem[], phase?: Phase): ApiExercise[] {
  return content
    .filter((item) => item.kind === 'exercise')
    .filter((item) => phase === undefined || item.dose?.phases.includes(phase) === true)
    .map(toApiExercise);
}
