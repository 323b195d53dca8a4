import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../sync/kinds.js';
import { type Actor, type Consent, canRead } from './access.js';
import { CONSENT_SCOPES, SCOPE_KINDS, scopeOf } from './scopes.js';

const NOW = Date.parse('2026-12-04T09:00:00.000Z');
const ANA = 'person-ana';
const BOB = 'person-bob';
const PHYSIO: Actor = { role: 'clinician', accountId: 'clinician-1', disabled: false };

const consent = (scopes: Consent['scopes'], extra: Partial<Consent> = {}): Consent => ({
  id: 'consent-1',
  personId: ANA,
  clinicianId: PHYSIO.accountId,
  scopes,
  createdAt: '2026-12-01T09:00:00.000Z',
  ...extra,
});

describe('who may read a person’s records', () => {
  it('lets a person read every kind of their own records, and none of another person’s', () => {
    const ana: Actor = { role: 'person', accountId: ANA };
    for (const kind of RECORD_KINDS) {
      expect(canRead(ana, ANA, kind, [])).toEqual({ allowed: true, reason: 'own' });
      expect(canRead(ana, BOB, kind, [consent([...CONSENT_SCOPES])]).allowed).toBe(false);
    }
  });

  it('lets a clinician read exactly the kinds the consent’s scopes open', () => {
    for (const scope of CONSENT_SCOPES) {
      const allowed = RECORD_KINDS.filter(
        (kind) => canRead(PHYSIO, ANA, kind, [consent([scope])]).allowed,
      );
      expect(allowed.sort()).toEqual([...SCOPE_KINDS[scope]].sort());
    }
  });

  it('never shares the settings that follow the person, whatever the scopes', () => {
    expect(scopeOf('preference')).toBeUndefined();
    expect(canRead(PHYSIO, ANA, 'preference', [consent([...CONSENT_SCOPES])])).toEqual({
      allowed: false,
      reason: 'never-shared',
    });
  });

  it('refuses a clinician with no consent, with one from another person, or for another clinician', () => {
    expect(canRead(PHYSIO, ANA, 'diary-entry', [])).toMatchObject({ reason: 'no-consent' });
    expect(canRead(PHYSIO, BOB, 'diary-entry', [consent(['diary'])]).allowed).toBe(false);
    const other: Actor = { role: 'clinician', accountId: 'clinician-2', disabled: false };
    expect(canRead(other, ANA, 'diary-entry', [consent(['diary'])]).allowed).toBe(false);
  });

  it('refuses once revoked, whatever the clocks of the server processes say, and a disabled clinician always', () => {
    const later = consent(['diary'], { revokedAt: new Date(NOW + 86_400_000).toISOString() });
    expect(canRead(PHYSIO, ANA, 'diary-entry', [later]).allowed).toBe(false);
    const disabled: Actor = { ...PHYSIO, disabled: true };
    expect(canRead(disabled, ANA, 'diary-entry', [consent(['diary'])])).toEqual({
      allowed: false,
      reason: 'clinician-disabled',
    });
  });

  it('never lets a clinician read more than some consent in force opens (any consents, any kind)', () => {
    const consents = fc.array(
      fc.record({
        id: fc.uuid(),
        personId: fc.constantFrom(ANA, BOB),
        clinicianId: fc.constantFrom(PHYSIO.accountId, 'clinician-2'),
        scopes: fc.subarray([...CONSENT_SCOPES]),
        createdAt: fc.constant('2026-12-01T09:00:00.000Z'),
        revokedAt: fc.option(
          fc
            .integer({ min: NOW - 86_400_000, max: NOW + 86_400_000 })
            .map((ms) => new Date(ms).toISOString()),
          { nil: undefined },
        ),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(consents, fc.constantFrom(...RECORD_KINDS), (all, kind) => {
        const decision = canRead(PHYSIO, ANA, kind, all);
        const opening = all.some(
          (c) =>
            c.personId === ANA &&
            c.clinicianId === PHYSIO.accountId &&
            c.revokedAt === undefined &&
            c.scopes.some((s) => SCOPE_KINDS[s].includes(kind)),
        );
        expect(decision.allowed).toBe(opening);
      }),
      { numRuns: 500 },
    );
  });
});
