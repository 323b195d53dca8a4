import type { Bundle, Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '../diary/entry.js';
import { painScore } from '../units.js';
import { diaryBundle, PAIN_SEVERITY_0_10, painObservation } from './fhir.js';
import { fhirErrors } from './fhir-validators.test-support.js';

const full: DiaryEntry = {
  id: '0190a000-0000-7000-8000-000000000001',
  at: '2026-03-02T08:15:00.000Z',
  pain0to10: painScore(6),
  where: ['lower-back', 'middle-back', 'left-leg'],
  setOffBy: ['lifting'],
  helped: ['heat', 'medicine'],
  medicine: 'Ibuprofen',
  sleepDisturbed: true,
  activity: { name: 'Putting on socks', managed0to10: painScore(4) },
  note: 'Stiff "first thing", better by lunch',
  episodeOver: false,
};
const bare: DiaryEntry = {
  id: '0190a000-0000-7000-8000-000000000002',
  at: '2026-03-03T20:00:00.000Z',
  pain0to10: painScore(0),
};

const bundle = diaryBundle([bare, full], {
  id: '0190a000-0000-7000-8000-0000000000ff',
  now: Date.parse('2026-03-04T09:00:00Z'),
});

describe('the diary as a FHIR R4 bundle', () => {
  it('is a valid collection to two independent validators', () => {
    expect(fhirErrors(bundle)).toEqual([]);
    for (const e of bundle.entry ?? []) expect(fhirErrors(e.resource as Observation)).toEqual([]);
  });

  it('has one pain Observation per entry, oldest first, with LOINC 72514-3 and a whole score', () => {
    expect(bundle.type).toBe('collection');
    const obs = (bundle.entry ?? []).map((e) => e.resource as Observation);
    expect(obs.map((o) => o.id)).toEqual([full.id, bare.id]);
    for (const o of obs) {
      expect(o.code.coding?.[0]).toMatchObject({
        system: 'http://loinc.org',
        code: PAIN_SEVERITY_0_10,
      });
      expect(o.category?.[0]?.coding?.[0]?.code).toBe('survey');
      expect(Number.isInteger(o.valueInteger)).toBe(true);
    }
    expect(obs[1]?.valueInteger).toBe(0);
    expect(obs[0]?.effectiveDateTime).toBe(full.at);
    expect(bundle.entry?.[0]?.fullUrl).toBe(`urn:uuid:${full.id}`);
  });

  it('carries what the person added: coded places where a code exists, text where none does', () => {
    const o = painObservation(full);
    const where = o.component?.filter((c) => c.code.text === 'Where it hurts') ?? [];
    expect(where.map((c) => c.valueCodeableConcept?.coding?.[0]?.code)).toEqual([
      '37822005',
      undefined,
      '32153003',
    ]);
    expect(where[1]?.valueCodeableConcept?.text).toBe('Middle back');
    const activity = o.component?.find((c) => c.valueQuantity !== undefined);
    expect(activity?.valueQuantity).toEqual({
      value: 4,
      unit: '{score}',
      system: 'http://unitsofmeasure.org',
      code: '{score}',
    });
    expect(o.component?.map((c) => c.valueString).filter(Boolean)).toEqual([
      'Lifting',
      'Heat',
      'Ibuprofen',
    ]);
    expect(o.note).toEqual([{ text: full.note }]);
    expect(painObservation(bare).component).toBeUndefined();
  });

  it('the validators refuse a broken resource, so the check above can fail', () => {
    const good = painObservation(full);
    expect(fhirErrors({ ...good, status: 'done' as Observation['status'] })).not.toEqual([]);
    expect(fhirErrors({ ...good, effectiveDateTime: '4 March' })).not.toEqual([]);
    const broken = { ...bundle, type: 'pile' } as unknown as Bundle;
    expect(fhirErrors(broken)).not.toEqual([]);
  });
});
