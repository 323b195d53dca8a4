/**
 * `unknot triage`: the check "Should I see a doctor?" on the command line. With answers piped in
 * (one object, or an array of them, as JSON) it writes the engine's result (or an array of results
 * in the same order) as JSON and exits 0; input that is not valid exits 2 naming each bad field
 * on stderr, with nothing on stdout. In a terminal with nothing piped in it asks the questions one
 * at a time, in the order the engine chooses, and stops at once on an emergency sign.
 */
import { createInterface } from 'node:readline';
import type { FieldError } from '../../core/errors.js';
import { parseAnswers } from '../../core/triage/answers.schema.js';
import {
  type Answers,
  DISPOSITION_INFO,
  EMERGENCY_NUMBERS,
  evaluate,
  isRegion,
  type Question,
  REGION_NAMES,
  type Region,
  type TriageResult,
  UNSURE,
} from '../../core/triage/index.js';
import { givenOf, parseTextCheck } from '../../core/triage/text/api.schema.js';
import { readDescription, textCheckOf } from '../../core/triage/text/index.js';
import {
  EXIT_FAILED,
  EXIT_OK,
  invalidInput,
  readJsonInput,
  reportError,
  usageError,
} from '../input.js';
import { type CliIo, line } from '../io.js';

const NAME = 'unknot triage';
const REGIONS = Object.keys(EMERGENCY_NUMBERS).join(', ');
const DISCLAIMER = 'This is general information, not a substitute for professional care.';

type Options = {
  region: Region | undefined;
  /** `--text`, `--age`, `--sex`: a description in the person's own words, read as the API does. */
  words: Record<string, unknown> | undefined;
};

const OPTIONS = `--region ${REGIONS.replaceAll(', ', '|')}, --text "…" [--age N] [--sex female|male|other]`;

/** Reads `--region XX`, `--text "…"`, `--age N`, `--sex S` (or `--name=value`); else an error. */
function parseArgs(args: readonly string[]): Options | string {
  let region: Region | undefined;
  const words: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const match = /^--(region|text|age|sex)(?:=(.*))?$/s.exec(arg);
    if (match === null) return `unexpected argument "${arg}" (the options are ${OPTIONS})`;
    const name = match[1];
    let value = match[2];
    if (value === undefined) {
      value = args[i + 1];
      i += 1;
    }
    if (value === undefined) return `--${name} needs a value`;
    if (name === 'region') {
      const upper = value.toUpperCase();
      if (!isRegion(upper)) return `--region must be one of ${REGIONS}, not "${value}"`;
      region = upper;
    } else if (name === 'age') {
      // A number when it reads as one, so the schema can name what is wrong with it.
      words.ageYears = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    } else if (name !== undefined) {
      words[name] = value;
    }
  }
  if (Object.keys(words).length > 0 && words.text === undefined)
    return '--age and --sex go with --text "…", a description in your own words';
  return { region, words: Object.keys(words).length > 0 ? words : undefined };
}

function isTerminal(stream: NodeJS.ReadableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') return reportError(io, NAME, usageError(options));
  if (options.words !== undefined) return fromWords(io, options.words);
  return isTerminal(io.stdin) ? interactive(io, options.region) : piped(io, options.region);
}

/**
 * `--text "…"`: what the check understands from a description, as `POST /api/v1/triage/text`
 * gives it; a bad option exits 2 naming the field. Today's date is the machine's, in UTC.
 */
function fromWords(io: CliIo, input: Record<string, unknown>): number {
  const parsed = parseTextCheck(input);
  if (!parsed.ok) {
    const errors = parsed.errors.map((e) => ({
      ...e,
      path: e.path === 'ageYears' ? '--age' : `--${e.path}`,
    }));
    return reportError(io, NAME, invalidInput('the options are not valid', errors));
  }
  const today = new Date().toISOString().slice(0, 10);
  const reading = readDescription(parsed.request.text, givenOf(parsed.request, today));
  line(io.stdout, JSON.stringify(textCheckOf(reading), null, 2));
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// Piped: JSON in, JSON out.

const EXPECTS =
  'an answers object, or an array of them, as JSON (or run it in a terminal to answer the questions)';

async function piped(io: CliIo, region: Region | undefined): Promise<number> {
  const read = await readJsonInput(io.stdin, { expects: EXPECTS });
  if (!read.ok) return reportError(io, NAME, read.error);
  const input = read.value;

  const many = Array.isArray(input);
  const items: unknown[] = Array.isArray(input) ? input : [input];
  const errors: FieldError[] = [];
  const answers: Answers[] = [];
  items.forEach((item, index) => {
    const parsed = parseAnswers(item, many ? `[${index}]` : '');
    if (parsed.ok) answers.push(parsed.answers);
    else errors.push(...parsed.errors);
  });
  if (errors.length > 0)
    return reportError(io, NAME, invalidInput('the answers are not valid', errors));
  const options = region === undefined ? {} : { region };
  const results = answers.map((a) => evaluate(a, options));
  line(io.stdout, JSON.stringify(many ? results : results[0], null, 2));
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// Interactive: one question at a time in a terminal.

/** Hands out stdin's lines one at a time; `undefined` once stdin has ended. */
function lineReader(stream: NodeJS.ReadableStream) {
  const rl = createInterface({
    input: stream,
    terminal: false,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const queued: string[] = [];
  const waiting: ((text: string | undefined) => void)[] = [];
  let ended = false;
  rl.on('line', (text) => {
    const next = waiting.shift();
    if (next === undefined) queued.push(text);
    else next(text);
  });
  rl.on('close', () => {
    ended = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  return {
    next(): Promise<string | undefined> {
      const text = queued.shift();
      if (text !== undefined || ended) return Promise.resolve(text);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close(): void {
      rl.close();
      // A terminal's stdin keeps the process alive while it flows.
      stream.pause();
    },
  };
}

const YES = new Set(['y', 'yes']);
const NO = new Set(['n', 'no']);
const NOT_SURE = new Set(['u', 'unsure', 'not sure', "don't know", 'dont know', '?']);

function promptFor(question: Question): string {
  const input = question.input;
  switch (input.kind) {
    case 'yes_no_unsure':
      return '[y = yes, n = no, u = not sure] > ';
    case 'number':
      return `[${input.min} to ${input.max} ${input.unit}] > `;
    case 'choice':
      return `[1 to ${input.options.length}] > `;
  }
}

function hintFor(question: Question): string {
  const input = question.input;
  switch (input.kind) {
    case 'yes_no_unsure':
      return 'Please answer y (yes), n (no) or u (not sure).';
    case 'number':
      return `Please type a whole number from ${input.min} to ${input.max}.`;
    case 'choice':
      return `Please type a number from 1 to ${input.options.length}.`;
  }
}

/**
 * The answer a typed line gives to `question`, or undefined when it is not one; the engine's schema
 * checks it afterwards.
 */
function readAnswer(question: Question, typed: string): unknown {
  const text = typed.trim().toLowerCase();
  const input = question.input;
  switch (input.kind) {
    case 'yes_no_unsure':
      if (YES.has(text)) return true;
      if (NO.has(text)) return false;
      if (NOT_SURE.has(text)) return UNSURE;
      return undefined;
    case 'number':
      return /^\d{1,6}$/.test(text) ? Number(text) : undefined;
    case 'choice': {
      const values = input.options.map((o) => o.value);
      if (/^\d{1,3}$/.test(text)) return input.options[Number(text) - 1]?.value;
      if (values.includes(text)) return text;
      if (NO.has(text) && values.includes('none')) return 'none';
      if (NOT_SURE.has(text) && values.includes(UNSURE)) return UNSURE;
      return undefined;
    }
  }
}

function showQuestion(io: CliIo, question: Question, result: TriageResult): void {
  const { answered, remaining } = result.progress;
  line(io.stdout, '');
  line(
    io.stdout,
    `Question ${answered + 1} (at most ${remaining} to go, and fewer if the answers settle it)`,
  );
  line(io.stdout, question.text);
  for (const example of question.examples ?? []) line(io.stdout, `  - ${example}`);
  if (question.explain !== undefined) line(io.stdout, `  (${question.explain})`);
  if (question.input.kind === 'choice') {
    question.input.options.forEach((option, i) => {
      line(io.stdout, `  ${i + 1}) ${option.label}`);
    });
  }
}

/** The numbers to call when the person has not said where they are. */
function commonNumbers(): string {
  const byNumber = new Map<string, string[]>();
  for (const [region, number] of Object.entries(EMERGENCY_NUMBERS)) {
    byNumber.set(number, [...(byNumber.get(number) ?? []), REGION_NAMES[region as Region]]);
  }
  return [...byNumber].map(([number, names]) => `${number} (${names.join(', ')})`).join('; ');
}

/** The result in plain words, the way the browser's result page says it. */
export function describeResult(result: TriageResult, region: Region | undefined): string[] {
  const info = DISPOSITION_INFO[result.disposition];
  const emergency = result.disposition === 'emergency';
  const title = emergency ? info.title.toUpperCase() : info.title;
  const rule = '='.repeat(Math.min(72, title.length));
  const out = ['', rule, title, rule, info.meaning];
  if (emergency) {
    out.push(
      region === undefined
        ? `Emergency numbers: ${commonNumbers()}.`
        : `Emergency number: ${EMERGENCY_NUMBERS[region]} (${REGION_NAMES[region]}).`,
    );
  }
  out.push('', 'Why:');
  for (const reason of result.reasons) {
    out.push(`  - ${reason.text}`, `    Source: ${reason.source}`);
  }
  out.push('', 'What to do now:');
  result.actions.forEach((action, i) => {
    out.push(`  ${i + 1}. ${action.text}`);
  });
  out.push('', 'Check again or get help if:');
  for (const text of result.safetyNet) out.push(`  - ${text}`);
  out.push('', DISCLAIMER);
  return out;
}

async function interactive(io: CliIo, region: Region | undefined): Promise<number> {
  const options = region === undefined ? {} : { region };
  const lines = lineReader(io.stdin);
  try {
    line(io.stdout, 'Should I see a doctor?');
    line(
      io.stdout,
      'Answer each question with y (yes), n (no) or u (not sure), a number, or the number of a choice.',
    );
    line(io.stdout, `${DISCLAIMER} If you feel very unwell, call the emergency number now.`);

    const answers: Record<string, unknown> = {};
    for (;;) {
      const parsed = parseAnswers(answers);
      if (!parsed.ok) throw new Error(`unreadable answers: ${JSON.stringify(parsed.errors)}`);
      const result = evaluate(parsed.answers, options);
      const question = result.nextQuestion;
      if (question === undefined) {
        for (const text of describeResult(result, region)) line(io.stdout, text);
        return EXIT_OK;
      }
      showQuestion(io, question, result);
      for (;;) {
        io.stdout.write(promptFor(question));
        const typed = await lines.next();
        if (typed === undefined) {
          line(io.stdout, '');
          line(
            io.stderr,
            `${NAME}: stopped before the check was finished, so there is no result. If you feel very unwell, call the emergency number now.`,
          );
          return EXIT_FAILED;
        }
        const value = readAnswer(question, typed);
        // The engine's schema has the last word, so the terminal accepts exactly what the API does.
        const check = value === undefined ? undefined : parseAnswers({ [question.id]: value });
        if (check?.ok === true) {
          answers[question.id] = value;
          break;
        }
        const why = check?.ok === false ? ` (${check.errors[0]?.message})` : '';
        line(io.stdout, `${hintFor(question)}${why}`);
      }
    }
  } finally {
    lines.close();
  }
}
