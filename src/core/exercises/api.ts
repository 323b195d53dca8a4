/**
 * The exercise as the API, the CLI and the web show it: one flat object per exercise that joins
 * what the content keeps in four places (steps block, dose, details, cautions and sources) with
 * its figure's keyframes, so a client needs no other lookup to explain, time and draw it.
 * `toApiExercise` is the pure mapper; the schema describing `GET /api/v1/exercises` is in
 * api.schema.ts.
 */
import type { ContentItem, Phase, Source } from '../content/schema.js';
import { GUIDELINES, sourceLabel } from '../content/sources.js';
import { illustrationFor } from '../figure/index.js';
import type { ApiExercise, LabelledSource } from './api.schema.js';

export type { ApiExercise, LabelledSource };

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
  return source.type === 'article'
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
