import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type AnswerKey,
  type Answers,
  DISPOSITION_INFO,
  DISPOSITIONS,
  evaluate,
  QUESTIONS,
  type Question,
  type TriageResult,
} from '../../core/triage/index.js';
import { startTestServer } from '../../server/test-server.js';
import { main } from '../main.js';
import { fakeIo, run } from '../test-harness.js';

// /work/main and /work/shared are siblings, and CI puts shared/ beside the clone too.
const DEV_URL = new URL('../../../../shared/vignettes/dev.json', import.meta.url);
const devCases = existsSync(DEV_URL)
  ? z
      .array(z.object({ findings: z.record(z.string(), z.unknown()), gold: z.enum(DISPOSITIONS) }))
      .parse(JSON.parse(readFileSync(DEV_URL, 'utf8')))
  : [];

/** Runs `unknot triage` with `input` piped in, as a shell would. */
const piped = (input: string, args: string[] = []) => run(['triage', ...args], input);

const direct = (answers: Answers, region?: 'UK') =>
  JSON.parse(JSON.stringify(evaluate(answers, region === undefined ? {} : { region })));

describe('unknot triage with answers piped in', () => {
  it('writes the result for one answers object as JSON and exits 0', async () => {
    const answers = { ageYears: 30, durationDays: 2, fever: true };
    const { code, stdout, stderr } = await piped(JSON.stringify(answers));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(direct(answers));
    expect(stderr).toBe('');
  });

  it('writes an array of results in the order of the answers, as evaluate gives them', async () => {
    const all = devCases.map((c) => c.findings as Answers);
    expect(all).toHaveLength(30);
    const { code, stdout } = await piped(JSON.stringify(all));
    expect(code).toBe(0);
    const results: TriageResult[] = JSON.parse(stdout);
    expect(results).toEqual(all.map((a) => direct(a)));
    expect(results.map((r) => r.disposition)).toEqual(devCases.map((c) => c.gold));
  });

  it('writes an empty array for an empty array', async () => {
    const { code, stdout } = await piped('[]');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it.each([[['--region', 'UK']], [['--region=uk']]])(
    'names the region\u2019s emergency number with %j',
    async (args) => {
      const { code, stdout } = await piped('{"saddleNumbness": true}', args);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(direct({ saddleNumbness: true }, 'UK'));
      expect(stdout).toContain('Call 999 now');
    },
  );

  it('is listed in the help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n {2}triage +"Should I see a doctor\?"/);
  });
});

describe('unknot triage with input that is not valid', () => {
  it.each([
    ['malformed JSON', '{"fever": tru', 'stdin is not valid JSON'],
    ['empty input', '  \n', 'nothing on stdin'],
    ['an answer out of range', '{"painNow0to10": 11}', 'painNow0to10: must be at most 10'],
    ['an unknown key', '{"temperature": 39}', 'temperature: is not a known field'],
    ["'unsure' where it is not allowed", '{"trend": "unsure"}', 'trend: must be one of'],
    ['a wrong type', '{"fever": "yes"}', "fever: must be true, false or 'unsure'"],
    ['input that is not an object', '"fever"', '(stdin): '],
    [
      'a bad item in an array, by its index',
      '[{}, {}, {}, {"painNow0to10": 11}]',
      '[3].painNow0to10: must be at most 10',
    ],
    ['an array item that is not an object', '[{}, 7]', '[1]: '],
  ])('exits 2 with nothing on stdout for %s, naming it on stderr', async (_name, input, error) => {
    const { code, stdout, stderr } = await piped(input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(error);
  });

  it('names every bad field of every item', async () => {
    const { code, stdout, stderr } = await piped(
      '[{"fever": 1}, {}, {"ageYears": -1, "trend": "up"}]',
    );
    expect(code).toBe(2);
    for (const field of ['[0].fever', '[2].ageYears', '[2].trend']) {
      expect(stderr).toContain(`${field}: `);
    }
    expect(stdout).toBe('');
  });

  it.each([[['--region', 'XX']], [['--region']], [['--verbose']]])(
    'exits 2 for the arguments %j',
    async (args) => {
      const { code, stdout, stderr } = await piped('{}', args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('--region');
    },
  );
});

describe('unknot triage and the API', () => {
  it('give the same results as evaluate, one by one and as an array', async () => {
    const server = await startTestServer();
    try {
      const all = devCases.map((c) => c.findings as Answers);
      const fromApi = [];
      for (const answers of all) {
        const res = await fetch(`${server.url}/api/v1/triage`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(answers),
        });
        fromApi.push(await res.json());
      }
      const array = await piped(JSON.stringify(all));
      expect(array.code).toBe(0);
      const fromCliArray = JSON.parse(array.stdout);
      const fromCliOne = [];
      for (const answers of all) {
        const one = await piped(JSON.stringify(answers));
        expect(one.code).toBe(0);
        fromCliOne.push(JSON.parse(one.stdout));
      }
      const expected = all.map((a) => direct(a));
      expect(fromApi).toEqual(expected);
      expect(fromCliArray).toEqual(expected);
      expect(fromCliOne).toEqual(expected);
    } finally {
      await server.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Interactive mode, through a fake terminal.

const PROMPT = '] > ';

/** The question whose words were printed last. */
function lastQuestionShown(text: string): Question {
  let best: Question | undefined;
  let at = -1;
  for (const question of QUESTIONS) {
    const i = text.lastIndexOf(question.text);
    if (i > at) [best, at] = [question, i];
  }
  if (best === undefined) throw new Error(`no question in: ${text}`);
  return best;
}

/**
 * Runs `unknot triage` on a fake terminal and types `reply(question, attempt)` at each prompt;
 * a reply of undefined closes stdin (Ctrl-D). Returns the exit code, what was written and the
 * questions asked.
 */
async function converse(
  reply: (question: Question, attempt: number) => string | undefined,
  args: string[] = [],
): Promise<{ code: number; asked: AnswerKey[]; stdout: string; stderr: string }> {
  const io = fakeIo({ terminal: true });
  const { stdin, stdout } = io;
  const asked: AnswerKey[] = [];
  let prompts = 0;
  let attempt = 0;
  stdout.on('wrote', () => {
    const count = stdout.text.split(PROMPT).length - 1;
    if (count === prompts || !stdout.text.endsWith(PROMPT)) return;
    prompts = count;
    const question = lastQuestionShown(stdout.text);
    attempt = asked.at(-1) === question.id ? attempt + 1 : 0;
    if (attempt === 0) asked.push(question.id);
    if (attempt > 5) throw new Error(`re-asked ${question.id} too often:\n${stdout.text}`);
    const typed = reply(question, attempt);
    if (typed === undefined) stdin.end();
    else stdin.write(`${typed}\n`);
  });
  const code = await main(['triage', ...args], io);
  return { code, asked, stdout: stdout.text, stderr: io.stderr.text };
}

/** A calm person: no warning signs, 30 years old, two days in, getting better. */
function calmReply(question: Question): string {
  switch (question.input.kind) {
    case 'yes_no_unsure':
      return question.id === 'canWalk' ? 'y' : 'n';
    case 'number':
      return question.id === 'ageYears' ? '30' : question.id === 'painNow0to10' ? '3' : '2';
    case 'choice':
      return '1';
  }
}

describe('unknot triage in a terminal', () => {
  it('ends at once with the emergency screen on "yes" to the first emergency question', async () => {
    const { code, asked, stdout, stderr } = await converse(() => 'y');
    expect(code).toBe(0);
    expect(asked).toEqual([QUESTIONS[0]?.id]);
    const result = evaluate({ [QUESTIONS[0]?.id ?? 'saddleNumbness']: true });
    expect(result.disposition).toBe('emergency');
    const text = stdout;
    expect(text).toContain(DISPOSITION_INFO.emergency.title.toUpperCase());
    expect(text).toContain(DISPOSITION_INFO.emergency.meaning);
    expect(text).toMatch(/Emergency numbers: .*999 \(United Kingdom\).*911 \(United States/);
    for (const reason of result.reasons) {
      expect(text).toContain(reason.text);
      expect(text).toContain(`Source: ${reason.source}`);
    }
    for (const action of result.actions) expect(text).toContain(action.text);
    for (const line of result.safetyNet) expect(text).toContain(line);
    expect(text).toContain('not a substitute for professional care');
    expect(stderr).toBe('');
  });

  it('names the region\u2019s number on the emergency screen with --region', async () => {
    const { code, stdout } = await converse(() => 'yes', ['--region', 'AU']);
    expect(code).toBe(0);
    expect(stdout).toContain('Emergency number: 000 (Australia).');
    expect(stdout).toContain('Call 000 now');
  });

  it('reads "not sure" as the cautious answer and says so', async () => {
    const { code, asked, stdout } = await converse(() => 'u');
    expect(code).toBe(0);
    expect(asked).toHaveLength(1);
    expect(stdout).toContain('not sure');
    expect(stdout).toContain(DISPOSITION_INFO.emergency.title.toUpperCase());
  });

  it('walks a calm path, following the engine\u2019s next question, to a self-care result', async () => {
    const { code, asked, stdout } = await converse(calmReply);
    expect(code).toBe(0);
    // The same walk done with the engine directly asks the same questions in the same order.
    const answers: Record<string, unknown> = {};
    const expected: AnswerKey[] = [];
    for (let r = evaluate({}); r.nextQuestion !== undefined; r = evaluate(answers as Answers)) {
      const question = r.nextQuestion;
      expected.push(question.id);
      const typed = calmReply(question);
      answers[question.id] =
        question.input.kind === 'yes_no_unsure'
          ? typed === 'y'
          : question.input.kind === 'number'
            ? Number(typed)
            : question.input.options[0]?.value;
    }
    expect(asked).toEqual(expected);
    // A question's everyday examples are printed under it (the bladder, bowels and sex question).
    for (const question of QUESTIONS) {
      for (const example of question.examples ?? []) expect(stdout).toContain(`- ${example}`);
    }
    expect(stdout).toContain(DISPOSITION_INFO.self_care.title);
    expect(stdout).not.toContain('EMERGENCY');
    for (const line of evaluate(answers as Answers).safetyNet) expect(stdout).toContain(line);
  });

  it('asks again after an answer it cannot read, and after a number out of range', async () => {
    const { code, stdout } = await converse((question, attempt) => {
      if (attempt === 0 && question.input.kind !== 'number') return 'maybe';
      if (attempt === 0 && question.id === 'ageYears') return '130';
      if (attempt === 0) return 'two';
      if (attempt === 1 && question.input.kind === 'choice') return '9';
      return calmReply(question);
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Please answer y (yes), n (no) or u (not sure).');
    expect(stdout).toContain('Please type a whole number from 0 to 120. (must be at most 120)');
    expect(stdout).toContain('Please type a number from 1 to 4.');
    expect(stdout).toContain(DISPOSITION_INFO.self_care.title);
  });

  it('takes a choice by its number, its value or "n" for none', async () => {
    const { code, asked, stdout } = await converse((question) => {
      if (question.id === 'legWeakness') return 'stable';
      if (question.id === 'onsetAfterTrauma') return 'n';
      return calmReply(question);
    });
    expect(code).toBe(0);
    expect(asked).toContain('onsetAfterTrauma');
    expect(stdout).toContain(DISPOSITION_INFO.urgent.title);
  });

  it('exits 1 with no result when the input ends before the check is finished', async () => {
    const { code, asked, stdout, stderr } = await converse((question) =>
      question.id === 'fever' ? undefined : calmReply(question),
    );
    expect(code).toBe(1);
    expect(asked.at(-1)).toBe('fever');
    expect(stderr).toContain('stopped before the check was finished');
    for (const d of DISPOSITIONS) expect(stdout).not.toContain(DISPOSITION_INFO[d].title);
  });
});

describe('unknot triage --text', () => {
  const text =
    "My back went into spasm lifting a box two days ago, it's an 8, no numbness, the toilet's fine, but my left leg tingles.";

  it('prints what the API gives for the same description', async () => {
    const server = await startTestServer();
    try {
      const { code, stdout, stderr } = await run(['triage', '--text', text, '--age', '41']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const res = await fetch(`${server.url}/api/v1/triage/text`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, ageYears: 41 }),
      });
      expect(JSON.parse(stdout)).toEqual(await res.json());
      expect(JSON.parse(stdout)).toMatchObject({
        disposition: 'soon',
        findings: { legNumbnessOrTingling: true, ageYears: 41 },
        toConfirm: ['saddleNumbness', 'newBladderOrBowelProblem', 'onsetAfterTrauma'],
      });
    } finally {
      await server.close();
    }
  });

  it('reads an emergency from the words alone', async () => {
    const { code, stdout } = await run([
      'triage',
      "--text=I can't feel the toilet paper when I wipe",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).disposition).toBe('emergency');
  });

  it.each([
    [['--text', '   '], '--text'],
    [['--text', 'sore back', '--age', '200'], '--age'],
    [['--text', 'sore back', '--age', 'old'], '--age'],
    [['--text', 'sore back', '--sex', 'x'], '--sex'],
  ])('exits 2 naming the option for %j', async (args, option) => {
    const { code, stdout, stderr } = await run(['triage', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(option);
  });

  it('exits 2 when --age comes without --text', async () => {
    const { code, stderr } = await run(['triage', '--age', '40']);
    expect(code).toBe(2);
    expect(stderr).toContain('--text');
  });
});
