/**
 * The check and Learn's warning signs must never disagree on how soon: a person who reads "see a
 * doctor today" on one and "in the next few days" on the other does not know which to trust. Each
 * warning sign is paired with the rule of the check it describes.
 */
import { describe, expect, it } from 'vitest';
import { contentById } from '../content/index.js';
import { RULES } from './rules.js';

/** Warning sign id → the check's rule for the same finding. */
const PAIRS: readonly [contentId: string, ruleId: string][] = [
  ['saddle-numbness', 'saddle-numbness'],
  ['bladder-bowel-changes', 'bladder-or-bowel'],
  ['both-legs-numb-or-weak', 'both-legs'],
  ['progressive-leg-weakness', 'leg-weakness-getting-worse'],
  ['chest-pain', 'chest-pain'],
  ['major-trauma', 'serious-accident'],
  ['tummy-pain', 'tummy-pain'],
  ['fever-with-back-pain', 'fever'],
  ['unexplained-weight-loss', 'weight-loss'],
  ['history-of-cancer', 'history-of-cancer'],
  ['night-pain', 'night-pain'],
  ['pain-worse-on-coughing-or-straining', 'pain-worse-on-cough-or-strain'],
  ['pain-between-shoulder-blades', 'pain-between-shoulder-blades'],
  ['lump-or-change-in-back-shape', 'lump-or-shape-change'],
  ['leg-weakness', 'leg-weakness'],
  ['leg-numbness-or-tingling', 'leg-tingling'],
  ['cannot-walk', 'cannot-walk'],
];

describe('the warning signs on Learn and the check', () => {
  it.each(PAIRS)('%s says the same level as the rule %s', (contentId, ruleId) => {
    const item = contentById(contentId);
    const rule = RULES.find((r) => r.id === ruleId);
    expect(item?.kind, contentId).toBe('warning_sign');
    expect(rule, ruleId).toBeDefined();
    const level = rule?.disposition === 'self_care' ? undefined : rule?.disposition;
    expect(item?.urgency).toBe(level);
  });

  it('one-leg numbness or tingling is a few days, as the check says; weakness stays today (NICE CKS Sciatica; NG59)', () => {
    expect(contentById('leg-numbness-or-tingling')?.urgency).toBe('soon');
    expect(contentById('leg-weakness')?.urgency).toBe('urgent');
    const words = (id: string) => JSON.stringify(contentById(id));
    expect(words('numbness-tingling')).not.toMatch(/In one leg: speak to a doctor today/);
    expect(words('when-to-see-a-doctor')).toMatch(
      /tingling in one leg: see a doctor or physiotherapist in the next few days/,
    );
    expect(words('is-it-serious')).toMatch(
      /Soon, in the next few days: numbness or tingling in one leg/,
    );
  });

  it('after cancer, not being able to walk calls for an ambulance on Learn too (NICE CG75, NG234)', () => {
    const text = JSON.stringify(contentById('history-of-cancer'));
    expect(text).toMatch(/cannot walk/);
    expect(text).toMatch(/Call an ambulance/);
    expect(text).toMatch(/nice-cg75/);
  });

  it('names the cauda equina signs in lay words (NHS trusts’ warning cards; GIRFT)', () => {
    const text = JSON.stringify(contentById('bladder-bowel-changes'));
    expect(text).toMatch(/feel when your bladder is full, or whether it has emptied/);
    expect(text).toMatch(/no feeling when you pee or poo/);
    expect(text).toMatch(/erection, or ejaculating/);
  });

  it('every emergency and urgent rule of the check has its warning sign on Learn', () => {
    const described = new Set(PAIRS.map(([, ruleId]) => ruleId));
    // Combinations of findings the single signs above already describe.
    const combined = new Set([
      'chest-or-tummy-pain',
      'tummy-pain-over-60',
      'tummy-pain-and-faint',
      'throbbing-tummy',
      'fever-with-infection-risk',
      'cancer-with-leg-weakness',
      'cancer-with-leg-numbness',
      'cancer-with-leg-pain',
      'cancer-cannot-walk',
      'fever-with-leg-weakness',
      'infection-risk',
      'fragile-bones',
      'fall-at-70-or-over',
    ]);
    for (const rule of RULES) {
      if (rule.disposition !== 'emergency' && rule.disposition !== 'urgent') continue;
      expect(described.has(rule.id) || combined.has(rule.id), rule.id).toBe(true);
    }
  });
});
