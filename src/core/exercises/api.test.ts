/**
 * The API shape of an exercise carries everything the content says about it, flattened: steps in
 * order, default dose with its ranges, cautions followed by the signs to stop, labelled sources and
 * the figure's keyframes, and it matches its own strict schema for every exercise we have.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT, contentById } from '../content/index.js';
import type { ContentItem } from '../content/schema.js';
import { sourceLabel } from '../content/sources.js';
import { illustrationFor } from '../figure/index.js';
import { apiExercises, stopSign, toApiExercise } from './api.js';
import { ApiExercise, ExercisesQuery } from './api.schema.js';

function item(id: string): ContentItem {
  const found = contentById(id);
  if (found === undefined) throw new Error(`no content item ${id}`);
  return found;
}

const EXERCISE_IDS = CONTENT.filter((i) => i.kind === 'exercise').map((i) => i.id);

describe('toApiExercise', () => {
  it('flattens the knee-to-chest stretch into the API shape', () => {
    const api = toApiExercise(item('knee-to-chest'));
    expect(api).toMatchObject({
      id: 'knee-to-chest',
      name: 'Knee-to-chest stretch (one leg)',
      holdSeconds: 20,
      holdRange: { min: 20, max: 30 },
      reps: 2,
      repsRange: { min: 2, max: 3 },
      sets: 1,
      phases: ['acute', 'recovery', 'prevention'],
      perSide: true,
      continuous: false,
      harder: { text: 'Bring both knees up together.', exerciseId: 'double-knee-to-chest' },
    });
    expect(api.otherNames).toContain('Knee hug');
    expect(api.steps[0]).toMatch(/^Lie on your back/);
    expect(api.steps).toHaveLength(5);
  });

  it('takes the steps from the steps block only, not from paragraphs', () => {
    const source = item('knee-to-chest');
    const steps = source.body.find((b) => b.type === 'steps');
    expect(toApiExercise(source).steps).toEqual(steps?.type === 'steps' ? steps.items : []);
  });

  it('lists the item cautions first, then each sign to stop at once', () => {
    const source = item('superman');
    const api = toApiExercise(source);
    const whenToStop = source.exercise?.whenToStop ?? [];
    expect(api.cautions.slice(0, source.cautions.length)).toEqual(source.cautions);
    expect(api.cautions.slice(source.cautions.length)).toEqual(whenToStop.map(stopSign));
    expect(api.cautions).toContain('Stop at once if your back cramps or tightens as you lift.');
    expect(api.whenToStop).toEqual(whenToStop);
  });

  it('labels every source as sourceLabel does, with the address of a guideline', () => {
    const source = item('knee-to-chest');
    const api = toApiExercise(source);
    expect(api.sources.map((s) => s.label)).toEqual(source.sources.map(sourceLabel));
    const guideline = api.sources.find((s) => s.type === 'guideline');
    expect(guideline).toMatchObject({
      id: 'nice-ng59',
      url: 'https://www.nice.org.uk/guidance/ng59',
    });
  });

  it('carries the figure named by the exercise, keyframe by keyframe', () => {
    const api = toApiExercise(item('cat-cow'));
    const figure = illustrationFor('cat-cow');
    expect(api.illustration.id).toBe('cat-cow');
    expect(api.illustration.keyframes).toEqual(
      figure?.keyframes.map((k) => ({
        pose: k.pose,
        holdMs: k.holdMs,
        moveMs: k.moveMs,
        label: k.label ?? null,
      })),
    );
    expect(api.illustration.title).toBe(figure?.title);
  });

  it('carries the pregnancy note of an exercise lying on the back, with its labelled source (NHS exercise in pregnancy)', () => {
    const source = item('pelvic-tilt');
    const api = toApiExercise(source);
    expect(api.pregnancy?.note).toBe(source.exercise?.pregnancy?.note);
    expect(api.pregnancy?.instead).toEqual(source.exercise?.pregnancy?.instead);
    expect(api.pregnancy?.sources).toContainEqual(
      expect.objectContaining({
        id: 'nhs-exercise-in-pregnancy',
        url: 'https://www.nhs.uk/pregnancy/keeping-well/exercise/',
      }),
    );
    expect(ApiExercise.parse(api)).toEqual(api);
    expect('pregnancy' in toApiExercise(item('cat-cow'))).toBe(false);
  });

  it('leaves out easier and harder where the exercise has none', () => {
    const withoutHarder = CONTENT.find(
      (i) => i.kind === 'exercise' && i.exercise?.harder === undefined,
    );
    if (withoutHarder === undefined) throw new Error('every exercise has a harder variant');
    expect('harder' in toApiExercise(withoutHarder)).toBe(false);
  });

  it.each(EXERCISE_IDS)('answers %s in the strict API schema', (id) => {
    const api = toApiExercise(item(id));
    expect(ApiExercise.parse(api)).toEqual(api);
    expect(api.steps.length).toBeGreaterThan(0);
    expect(api.sources.length).toBeGreaterThan(0);
    expect(api.illustration.keyframes.length).toBeGreaterThan(0);
  });

  it('refuses an item that is not an exercise', () => {
    expect(() => toApiExercise(item('muscle-strain'))).toThrow(/not a complete exercise/);
  });

  it('refuses an exercise whose figure does not exist', () => {
    const source = item('knee-to-chest');
    const details = source.exercise;
    if (details === undefined) throw new Error('knee-to-chest has details');
    const broken = { ...source, exercise: { ...details, illustration: 'no-such-figure' } };
    expect(() => toApiExercise(broken)).toThrow(/no-such-figure/);
  });
});

describe('stopSign', () => {
  it('lower-cases the first word of a sign', () => {
    expect(stopSign('Your neck starts to ache.')).toBe('Stop at once if your neck starts to ache.');
  });

  it('keeps an acronym as it is', () => {
    expect(stopSign('NSAIDs upset your stomach.')).toBe(
      'Stop at once if NSAIDs upset your stomach.',
    );
  });
});

describe('apiExercises', () => {
  it('answers every exercise in content order', () => {
    expect(apiExercises(CONTENT).map((e) => e.id)).toEqual(EXERCISE_IDS);
  });

  it('keeps only the exercises that suit a phase', () => {
    const acute = apiExercises(CONTENT, 'acute');
    expect(acute.length).toBeGreaterThan(0);
    expect(acute.length).toBeLessThan(EXERCISE_IDS.length);
    expect(acute.every((e) => e.phases.includes('acute'))).toBe(true);
    expect(acute.map((e) => e.id)).not.toContain('superman');
  });
});

describe('ExercisesQuery', () => {
  it('accepts no phase or a known phase', () => {
    expect(ExercisesQuery.parse({})).toEqual({});
    expect(ExercisesQuery.parse({ phase: 'recovery' })).toEqual({ phase: 'recovery' });
  });

  it('names the allowed phases when the phase is unknown', () => {
    const result = ExercisesQuery.safeParse({ phase: 'sideways' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['phase']);
    expect(result.error?.issues[0]?.message).toBe('must be one of acute, recovery, prevention');
  });
});
