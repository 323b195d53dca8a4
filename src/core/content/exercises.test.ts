/**
 * The exercise library is complete and safe: enough exercises, the required ones present, every
 * field filled, loaded strengthening kept out of the acute phase, variants and figures that
 * resolve, doses that make sense, and the new prose in our own words.
 */
import { describe, expect, it } from 'vitest';
import { readSeeds, SEEDS_DIR } from '../../../test/seeds.js';
import { ILLUSTRATION_IDS } from '../figure/exercises.js';
import { buildContentIndex, searchContent } from '../search/index.js';
import { LOADED_STRENGTHENING_EXERCISES } from './constants.js';
import { CONTENT, contentById } from './index.js';
import { exercises } from './items/exercises.js';
import { ContentItem, type ContentItemInput, type ExerciseDetails } from './schema.js';

const EXERCISES = CONTENT.filter((i) => i.kind === 'exercise');

const REQUIRED_IDS = [
  'knee-to-chest',
  'double-knee-to-chest',
  'prone-press-up',
  'superman',
  'cat-cow',
  'hamstring-stretch',
  'childs-pose',
  'pelvic-tilt',
  'glute-bridge',
  'bird-dog',
  'abdominal-bracing',
  'partial-curl-up',
  'lower-trunk-rotation',
  'piriformis-stretch',
  'walking',
];

function details(id: string): ExerciseDetails {
  const found = contentById(id)?.exercise;
  if (found === undefined) throw new Error(`no exercise details for ${id}`);
  return found;
}

function stepsOf(item: ContentItemInput): string[] {
  return item.body.flatMap((b) => (b.type === 'steps' ? b.items : []));
}

describe('the exercise library', () => {
  it('has at least 14 exercises, all in the exercises file', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(14);
    expect(EXERCISES.map((e) => e.id)).toEqual(exercises.map((e) => e.id));
  });

  it('has every required exercise', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(REQUIRED_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('knee-to-chest is the one-leg version and links to the two-leg one', () => {
    expect(details('knee-to-chest').perSide).toBe(true);
    expect(details('knee-to-chest').illustration).toBe('knee-to-chest-single');
    expect(details('knee-to-chest').harder?.exerciseId).toBe('double-knee-to-chest');
    expect(details('double-knee-to-chest').illustration).toBe('knee-to-chest-double');
    expect(details('double-knee-to-chest').easier?.exerciseId).toBe('knee-to-chest');
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s has every field filled', (_id, item) => {
    expect(ContentItem.safeParse(item).success).toBe(true);
    const dose = item.dose;
    const ex = item.exercise;
    if (dose === undefined || ex === undefined) throw new Error('missing dose or details');
    expect(item.title.length).toBeGreaterThan(2);
    expect(ex.otherNames.length).toBeGreaterThan(0);
    expect(ex.purpose.length).toBeGreaterThan(10);
    expect(dose.phases.length).toBeGreaterThan(0);
    expect(ex.startingPosition.length).toBeGreaterThan(10);
    expect(stepsOf(item).length).toBeGreaterThanOrEqual(3);
    expect(dose.reps.default).toBeGreaterThanOrEqual(1);
    expect(dose.sets).toBeGreaterThanOrEqual(1);
    expect(dose.frequency.length).toBeGreaterThan(3);
    expect(ex.breathing.length).toBeGreaterThan(10);
    expect(item.cautions.length).toBeGreaterThan(0);
    expect(ex.whenToStop.length).toBeGreaterThan(0);
    expect(ex.easier !== undefined || ex.harder !== undefined).toBe(true);
    expect(item.sources.length).toBeGreaterThan(0);
    expect(ex.basis.length).toBeGreaterThan(10);
  });

  it('every hold is a real time, with its default inside its range', () => {
    for (const item of EXERCISES) {
      const hold = item.dose?.holdSeconds;
      expect(hold, item.id).toBeDefined();
      if (hold === undefined) continue;
      expect(hold.min, item.id).toBeGreaterThan(0);
      expect(hold.min, item.id).toBeLessThanOrEqual(hold.default);
      expect(hold.default, item.id).toBeLessThanOrEqual(hold.max);
      const reps = item.dose?.reps;
      expect(reps !== undefined && reps.min <= reps.default && reps.default <= reps.max).toBe(true);
    }
  });

  it('a continuous exercise is done once, for its whole time', () => {
    for (const item of EXERCISES.filter((e) => e.exercise?.continuous === true)) {
      expect(item.dose?.reps.max, item.id).toBe(1);
      expect(item.dose?.holdSeconds.min, item.id).toBeGreaterThanOrEqual(60);
    }
    expect(details('walking').continuous).toBe(true);
  });
});

describe('phases', () => {
  it('no acute exercise is loaded strengthening, by list or by category', () => {
    const acute = EXERCISES.filter((e) => e.dose?.phases.includes('acute'));
    const loaded = new Set<string>(LOADED_STRENGTHENING_EXERCISES);
    expect(acute.filter((e) => loaded.has(e.id)).map((e) => e.id)).toEqual([]);
    expect(acute.filter((e) => e.exercise?.category === 'strengthening').map((e) => e.id)).toEqual(
      [],
    );
  });

  it('the loaded-strengthening list names exactly the strengthening exercises', () => {
    const strengthening = EXERCISES.filter((e) => e.exercise?.category === 'strengthening')
      .map((e) => e.id)
      .sort();
    expect(strengthening).toEqual([...LOADED_STRENGTHENING_EXERCISES].sort());
    expect(LOADED_STRENGTHENING_EXERCISES).toContain('superman');
  });

  it('the schema refuses a loaded exercise marked for the acute phase', () => {
    const superman = exercises.find((e) => e.id === 'superman');
    if (superman?.dose === undefined) throw new Error('superman has no dose');
    const acute = { ...superman, dose: { ...superman.dose, phases: ['acute' as const] } };
    expect(ContentItem.safeParse(acute).success).toBe(false);
  });

  it('the schema refuses an exercise without its details', () => {
    const { exercise: _dropped, ...bare } = exercises[0] as ContentItemInput;
    expect(ContentItem.safeParse(bare).success).toBe(false);
  });

  it('there are gentle acute exercises to offer during a spasm, and some for each phase', () => {
    for (const phase of ['acute', 'recovery', 'prevention'] as const) {
      expect(
        EXERCISES.filter((e) => e.dose?.phases.includes(phase)).length,
        phase,
      ).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('links', () => {
  it('every easier or harder variant that names an exercise resolves to another exercise', () => {
    const broken = EXERCISES.flatMap((item) =>
      [item.exercise?.easier, item.exercise?.harder]
        .map((v) => v?.exerciseId)
        .filter((id): id is string => id !== undefined)
        .filter((id) => contentById(id)?.kind !== 'exercise' || id === item.id)
        .map((id) => `${item.id} -> ${id}`),
    );
    expect(broken).toEqual([]);
  });

  it('an easier variant is never a loaded exercise when the exercise itself is not', () => {
    const loaded = new Set<string>(LOADED_STRENGTHENING_EXERCISES);
    const wrong = EXERCISES.filter(
      (e) => !loaded.has(e.id) && loaded.has(e.exercise?.easier?.exerciseId ?? ''),
    );
    expect(wrong.map((e) => e.id)).toEqual([]);
  });

  it('every exercise has its own figure, one the figure module draws', () => {
    const figures = EXERCISES.map((e) => e.exercise?.illustration);
    for (const id of figures) expect(ILLUSTRATION_IDS).toContain(id);
    expect(new Set(figures).size).toBe(figures.length);
  });

  it('every exercise is found by search under each of its other names', () => {
    const index = buildContentIndex(CONTENT);
    const missed = EXERCISES.flatMap((item) =>
      (item.exercise?.otherNames ?? [])
        .filter((name) => !searchContent(index, name, 5).some((hit) => hit.id === item.id))
        .map((name) => `${item.id}: ${name}`),
    );
    expect(missed).toEqual([]);
  });
});

describe('sources', () => {
  it('an exercise no seed names rests on NG59 or ACP 2017 and says the specifics are standard practice', () => {
    for (const item of EXERCISES) {
      const fromSeed = item.sources.some((s) => s.type === 'article');
      if (fromSeed) continue;
      expect(
        item.sources.some(
          (s) => s.type === 'guideline' && ['nice-ng59', 'acp-2017'].includes(s.id),
        ),
        item.id,
      ).toBe(true);
      expect(item.exercise?.basis, item.id).toMatch(/standard physiotherapy practice/i);
    }
  });

  it('the exercises the seeds name cite a seed', () => {
    for (const id of ['knee-to-chest', 'prone-press-up', 'superman', 'cat-cow', 'childs-pose']) {
      expect(
        contentById(id)?.sources.some((s) => s.type === 'article'),
        id,
      ).toBe(true);
    }
  });
});

/** The seed copy check of content.test.ts, for the prose in exercise details it does not read. */
const RUN = 8;
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}
function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}
function detailProse(ex: ExerciseDetails): string[] {
  return [
    ...ex.otherNames,
    ex.purpose,
    ex.startingPosition,
    ex.breathing,
    ...ex.whenToStop,
    ex.easier?.text ?? '',
    ex.harder?.text ?? '',
    ex.basis,
  ];
}

describe('our words', () => {
  it.skipIf(SEEDS_DIR === undefined)(
    'no exercise detail repeats eight words in a row from a seed sentence',
    () => {
      const seedRuns = new Set(
        readSeeds().flatMap((text) => text.split(/[.!?\n|]+/).flatMap(runs)),
      );
      expect(seedRuns.size).toBeGreaterThan(1000);
      const copied = EXERCISES.flatMap((item) =>
        item.exercise === undefined
          ? []
          : detailProse(item.exercise)
              .flatMap(runs)
              .filter((r) => seedRuns.has(r))
              .map((r) => `${item.id}: ${r}`),
      );
      expect(copied).toEqual([]);
    },
  );
});
