/**
 * Turns answers into a result: the most urgent disposition any rule calls for, the reasons with
 * their sources, what to do now, the safety net, and the next question while the check is not yet
 * complete. Pure: the same answers always give the same result in the browser, server and CLI.
 * It never diagnoses and never computes a dose.
 */
import type { AnswerKey, Answers } from './answers.js';
import { type Disposition, mostUrgent } from './dispositions.js';
import { emergencyNumber, emergencyNumberPhrase, type Region } from './emergency-numbers.js';
import { resolveAnswers, type UnsureKey } from './findings.js';
import { pendingQuestions, type Question, UNSURE_NOTES } from './questions.js';
import { type Action, NO_WARNING_SIGNS, RULES, type Rule, ruleApplies } from './rules.js';

export interface Reason {
  /** The rule that applied ('saddle-numbness'), or 'no-warning-signs'. */
  finding: string;
  /** The level this reason calls for on its own. */
  disposition: Disposition;
  text: string;
  source: string;
}

export interface TriageResult {
  disposition: Disposition;
  /** Most urgent first; never empty. */
  reasons: Reason[];
  /** What to do now, most important first. */
  actions: Action[];
  /** "Check again or get help if …" lines; never empty. */
  safetyNet: string[];
  /** The question to ask next; absent once the check is complete. */
  nextQuestion?: Question;
  /** True when no further answer could change the disposition. */
  complete: boolean;
  /** Answered so far, and at most how many questions are left. */
  progress: { answered: number; remaining: number };
}

export interface EvaluateOptions {
  /** The person's region, so actions can name the emergency number. */
  region?: Region;
}

const SELF_CARE_LINK = 'muscle-strain';

const MEDICINE_FACTS: Action = {
  id: 'pharmacy-pain-relief',
  text: 'Pain relief from a pharmacy can help you keep moving. Follow the label, and ask a pharmacist first if you take other medicines, are pregnant, or have stomach, kidney, liver or heart problems.',
};

const KEEP_MOVING: Action = {
  id: 'keep-moving',
  text: 'Keep as active as the pain allows: short gentle walks and normal daily tasks help more than bed rest.',
  link: SELF_CARE_LINK,
};

const HEAT: Action = {
  id: 'heat',
  text: 'Warmth, such as a heat pack wrapped in a cloth or a warm bath, can ease the spasm.',
  link: SELF_CARE_LINK,
};

const CHECK_AGAIN: Action = {
  id: 'check-again',
  text: 'Use this check again if anything changes.',
};

function actionsFor(disposition: Disposition, region: Region | undefined): Action[] {
  const number = emergencyNumberPhrase(region);
  switch (disposition) {
    case 'emergency':
      return [
        {
          id: 'call-emergency',
          text: `Call ${number} now, or have someone take you to the nearest emergency department.`,
        },
        {
          id: 'do-not-drive',
          text: 'Do not drive yourself. If nobody can take you straight away, call for an ambulance.',
        },
        {
          id: 'tell-them',
          text: 'Tell them about your back pain and the reasons listed here. Take a list of your medicines if you can.',
        },
      ];
    case 'urgent':
      return [
        {
          id: 'see-doctor-today',
          text:
            region === 'UK'
              ? 'Contact a doctor today, within 24 hours: your GP practice, or NHS 111 if it is closed.'
              : "Contact a doctor today, within 24 hours: your own doctor's practice, or an urgent care service if it is closed.",
        },
        { id: 'tell-them', text: 'Tell them about your back pain and the reasons listed here.' },
        MEDICINE_FACTS,
      ];
    case 'soon':
      return [
        {
          id: 'book-appointment',
          text: 'Book an appointment with a doctor or physiotherapist in the next few days.',
        },
        KEEP_MOVING,
        HEAT,
        MEDICINE_FACTS,
      ];
    case 'self_care':
      return [KEEP_MOVING, HEAT, MEDICINE_FACTS, CHECK_AGAIN];
  }
}

const EMERGENCY_SIGNS_NET = (number: string) =>
  `Call ${number} at once if you get numbness between your legs or around your bottom, new trouble peeing or controlling your bladder or bowels, no feeling when you pee or poo, new problems with erection or ejaculation, or weakness or numbness in both legs.`;

function safetyNetFor(disposition: Disposition, region: Region | undefined): string[] {
  const number = region === undefined ? 'your local emergency number' : emergencyNumber(region);
  switch (disposition) {
    case 'emergency':
      return [
        `While you wait for help, stay where someone can see or hear you, and call ${number} again if you feel worse or faint.`,
      ];
    case 'urgent':
      return [
        EMERGENCY_SIGNS_NET(number),
        'If you cannot see a doctor today, or you feel worse while you wait, go to an urgent care service or emergency department.',
      ];
    case 'soon':
      return [
        EMERGENCY_SIGNS_NET(number),
        'Get help today instead if you get a fever, a weak leg, tummy pain, pain at night that does not ease in any position, or the pain gets much worse.',
        'Check again if anything changes.',
      ];
    case 'self_care':
      return [
        EMERGENCY_SIGNS_NET(number),
        'See a doctor or physiotherapist if it is not getting better after a week, keeps getting worse, or keeps coming back.',
        'Check again if anything changes.',
      ];
  }
}

/**
 * A rule's reason as the person can take it. Where it applied only because they were not sure, it
 * says so first and then gives the rule as a reading of that answer, never as a finding they
 * stated: "You were not sure about having had cancer, so we treat it as a yes to be safe. Read
 * that way: new leg symptoms … need a doctor straight away."
 */
function reasonText(rule: Rule, unsure: ReadonlySet<AnswerKey>): string {
  const notes = unsureKeysOf(rule, unsure).map((key) => UNSURE_NOTES[key as UnsureKey]);
  if (notes.length === 0) return rule.reason;
  return `${notes.join(' ')} Read that way: ${lowerFirst(rule.reason)}`;
}

/** The keys of a rule the person answered "Not sure". */
function unsureKeysOf(rule: Rule, unsure: ReadonlySet<AnswerKey>): AnswerKey[] {
  return [...new Set(rule.when.map((c) => c.key))].filter((key) => unsure.has(key));
}

/** "New leg symptoms…" → "new leg symptoms…"; a leading acronym ("NHS…") keeps its case. */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toLowerCase()
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** Evaluates (possibly incomplete) answers. Validate untrusted input with `parseAnswers` first. */
export function evaluate(answers: Answers, options: EvaluateOptions = {}): TriageResult {
  const { values, unsure } = resolveAnswers(answers);
  const applied = RULES.filter((rule) => ruleApplies(rule, values));
  const disposition = mostUrgent(...applied.map((rule) => rule.disposition));
  const pending = disposition === 'emergency' ? [] : pendingQuestions(answers);
  const complete = pending.length === 0;

  const reasons: Reason[] = [];
  const seen = new Set<string>();
  // RULES runs from most to least urgent, so reasons come out in that order too.
  for (const rule of applied) {
    const text = reasonText(rule, unsure);
    if (seen.has(text)) continue;
    seen.add(text);
    reasons.push({ finding: rule.id, disposition: rule.disposition, text, source: rule.source });
  }
  if (reasons.length === 0) {
    reasons.push({
      finding: NO_WARNING_SIGNS.id,
      disposition: 'self_care',
      text: complete ? NO_WARNING_SIGNS.complete : NO_WARNING_SIGNS.partial,
      source: NO_WARNING_SIGNS.source,
    });
  }

  const actions = actionsFor(disposition, options.region);
  for (const rule of applied) {
    // An action that assumes the finding ("your cancer team") is offered only when the person
    // stated it, not when it rests on "Not sure".
    if (unsureKeysOf(rule, unsure).length > 0) continue;
    if (rule.action !== undefined && !actions.some((a) => a.id === rule.action?.id)) {
      actions.splice(1, 0, rule.action);
    }
  }

  const answered = Object.values(answers).filter((v) => v !== undefined).length;
  const result: TriageResult = {
    disposition,
    reasons,
    actions,
    safetyNet: safetyNetFor(disposition, options.region),
    complete,
    progress: { answered, remaining: pending.length },
  };
  const next = pending[0];
  if (next !== undefined) result.nextQuestion = next;
  return result;
}
