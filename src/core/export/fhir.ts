/**
 * The diary as a FHIR R4 Bundle of type `collection`, for a clinician's system: one Observation per
 * pain score (LOINC 72514-3, the 0–10 numeric rating, as `valueInteger`, category `survey`), its
 * time as `effectiveDateTime`. What the person added rides along as components: where it hurts
 * with a SNOMED CT body structure where one fits, and as text where none does (middle and upper
 * back); what set it off and what helped as text; a disturbed night and an episode's end as
 * booleans; the hard activity's 0–10 as a quantity in UCUM's `{score}`. The note is the
 * Observation's note. No person's name or other identifier is written: the file is the person's
 * to hand over.
 */
import type {
  Bundle,
  CodeableConcept,
  Observation,
  ObservationComponent,
} from '@medplum/fhirtypes';
import type { DiaryEntry, Where } from '../diary/entry.js';
import { byTime } from '../diary/summary.js';
import { helpedWords, SET_OFF_BY_WORDS, WHERE_WORDS } from '../diary/words.js';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const PAIN_SEVERITY_0_10 = '72514-3';

/** SNOMED CT body structures for the places that have one. */
const WHERE_SNOMED: Partial<Record<Where, { code: string; display: string }>> = {
  'lower-back': { code: '37822005', display: 'Lower back structure' },
  neck: { code: '45048000', display: 'Neck structure' },
  buttock: { code: '46862004', display: 'Buttock structure' },
  'left-leg': { code: '32153003', display: 'Structure of left lower limb' },
  'right-leg': { code: '62175007', display: 'Structure of right lower limb' },
};

const text = (t: string): CodeableConcept => ({ text: t });

function whereConcept(where: Where): CodeableConcept {
  const snomed = WHERE_SNOMED[where];
  return snomed === undefined
    ? text(WHERE_WORDS[where])
    : { coding: [{ system: SNOMED, ...snomed }], text: WHERE_WORDS[where] };
}

function components(entry: DiaryEntry): ObservationComponent[] {
  const list: ObservationComponent[] = [];
  for (const w of entry.where ?? []) {
    list.push({ code: text('Where it hurts'), valueCodeableConcept: whereConcept(w) });
  }
  for (const s of entry.setOffBy ?? []) {
    list.push({ code: text('What set it off'), valueString: SET_OFF_BY_WORDS[s] });
  }
  for (const h of helpedWords(entry.helped ?? [], entry.medicine)) {
    list.push({ code: text('What helped'), valueString: h });
  }
  if (entry.sleepDisturbed !== undefined) {
    list.push({ code: text('Sleep disturbed by the pain'), valueBoolean: entry.sleepDisturbed });
  }
  if (entry.activity !== undefined) {
    list.push({
      code: text(
        `How well the person managed “${entry.activity.name}”, 0 (not at all) to 10 (fully)`,
      ),
      valueQuantity: {
        value: entry.activity.managed0to10,
        unit: '{score}',
        system: UCUM,
        code: '{score}',
      },
    });
  }
  if (entry.episodeOver === true) {
    list.push({ code: text('The person said this episode of pain is over'), valueBoolean: true });
  }
  return list;
}

export function painObservation(entry: DiaryEntry): Observation {
  const parts = components(entry);
  return {
    resourceType: 'Observation',
    id: entry.id,
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'survey',
            display: 'Survey',
          },
        ],
      },
    ],
    code: {
      coding: [
        {
          system: LOINC,
          code: PAIN_SEVERITY_0_10,
          display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
        },
      ],
      text: 'Back pain, 0 (none) to 10 (worst imaginable)',
    },
    effectiveDateTime: entry.at,
    valueInteger: entry.pain0to10,
    ...(parts.length === 0 ? {} : { component: parts }),
    ...(entry.note === undefined || entry.note.trim() === ''
      ? {}
      : { note: [{ text: entry.note }] }),
  };
}

/** The bundle: its id and time are passed in, so the same diary gives the same file. */
export function diaryBundle(
  entries: readonly DiaryEntry[],
  options: { id: string; now: number },
): Bundle<Observation> {
  return {
    resourceType: 'Bundle',
    id: options.id,
    type: 'collection',
    timestamp: new Date(options.now).toISOString(),
    entry: byTime(entries).map((e) => ({
      fullUrl: `urn:uuid:${e.id}`,
      resource: painObservation(e),
    })),
  };
}
