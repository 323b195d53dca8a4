import { describe, expect, it } from 'vitest';
import type { AuditEntryView, ConsentView } from './data.js';
import { auditWords, confirmWords, inOrder, whenShort, widens } from './words.js';

const CONSENT: ConsentView = {
  id: 'consent-1',
  clinician: { id: 'c1', name: 'Sam Patel', profession: 'physiotherapist' },
  scopes: ['diary'],
  createdAt: '2025-03-03T10:00:00Z',
  updatedAt: '2025-03-03T10:00:00Z',
  revokedAt: null,
};

function entry(over: Partial<AuditEntryView>): AuditEntryView {
  return {
    id: 'e1',
    at: '2025-12-03T10:04:00Z',
    action: 'read',
    actor: { role: 'clinician', name: 'Sam Patel' },
    scope: 'diary',
    scopes: [],
    recordId: null,
    consentId: 'consent-1',
    outcome: 'allowed',
    ...over,
  };
}

describe('the audit trail in plain words', () => {
  it('says who looked at what', () => {
    expect(auditWords(entry({}), [CONSENT])).toBe('Sam Patel looked at your pain diary');
    expect(auditWords(entry({ scope: 'sessions' }), [])).toBe(
      'Sam Patel looked at your exercise sessions',
    );
    expect(auditWords(entry({ scope: null }), [])).toBe('Sam Patel looked at your records');
  });

  it('says plainly when a look was refused and nothing was shown', () => {
    expect(auditWords(entry({ outcome: 'denied', scope: 'checks' }), [])).toBe(
      'Sam Patel tried to look at your check results, and was refused: nothing was shown',
    );
  });

  it('names a programme written into the plan', () => {
    expect(auditWords(entry({ action: 'write', scope: 'plan' }), [])).toBe(
      'Sam Patel set, changed or ended a home programme for you',
    );
  });

  it('names the clinician of a consent the person changed, from the consent', () => {
    const you = { role: 'person', name: 'You' } as const;
    expect(auditWords(entry({ action: 'consent-revoked', actor: you }), [CONSENT])).toBe(
      'You stopped sharing with Sam Patel',
    );
    expect(auditWords(entry({ action: 'consent-changed', actor: you }), [CONSENT])).toBe(
      'You changed what Sam Patel can see',
    );
    expect(auditWords(entry({ action: 'consent-made', actor: you, consentId: 'gone' }), [])).toBe(
      'You started sharing with your clinician',
    );
    expect(auditWords(entry({ action: 'code-made', actor: you, consentId: null }), [])).toBe(
      'You made a share code',
    );
    expect(auditWords(entry({ action: 'consent-made', scope: null }), [CONSENT])).toBe(
      'Sam Patel used your share code and can now see what you chose',
    );
    const scopes = ['plan', 'diary', 'sessions'] as const;
    expect(
      auditWords(entry({ action: 'code-made', actor: you, scope: null, scopes: [...scopes] }), []),
    ).toBe('You made a share code (your pain diary, your exercise sessions and your plan)');
    expect(
      auditWords(
        entry({ action: 'consent-changed', actor: you, scope: null, scopes: ['checks'] }),
        [CONSENT],
      ),
    ).toBe('You changed what Sam Patel can see (your check results)');
  });
});

describe('scopes', () => {
  it('keeps the usual order and each scope once', () => {
    expect(inOrder(['plan', 'diary', 'plan'])).toEqual(['diary', 'plan']);
  });

  it('tells adding a scope (which needs the password again) from narrowing', () => {
    expect(widens(['diary'], ['diary', 'checks'])).toBe(true);
    expect(widens(['diary', 'checks'], ['checks'])).toBe(false);
  });
});

describe('times', () => {
  it('writes a time on the person’s clock, with the year only when it is another', () => {
    const now = Date.parse('2025-12-10T00:00:00Z');
    expect(whenShort('2025-12-03T10:04:00Z', 'Europe/London', now)).toBe('3 Dec, 10:04');
    expect(whenShort('2024-06-03T10:04:00Z', 'Europe/London', now)).toBe('3 Jun 2024, 11:04');
  });
});

describe('confirming it is the person', () => {
  it('offers only the ways the account has and the browser can use', () => {
    const both = { hasPassword: true, passkeys: 1 };
    expect(confirmWords(both, true)).toBe('give your password again, or use your passkey');
    expect(confirmWords(both, false)).toBe('give your password again');
    expect(confirmWords({ hasPassword: false, passkeys: 2 }, true)).toBe('use your passkey');
    expect(confirmWords({ hasPassword: true, passkeys: 0 }, true)).toBe('give your password again');
  });
});
