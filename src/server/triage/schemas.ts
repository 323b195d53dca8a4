/**
 * Zod schemas of what the triage routes answer: the check's result and its questions. The engine
 * in core/triage defines these as TypeScript types only; the schemas here describe them in the
 * OpenAPI document, and a test parses real results with them so they cannot drift apart.
 */
import { z } from 'zod';
import {
  Answers,
  DISPOSITIONS,
  EMERGENCY_NUMBERS,
  type Question,
  type QuestionGroup,
  type Region,
  type TriageResult,
} from '../../core/triage/index.js';

export const REGIONS = Object.keys(EMERGENCY_NUMBERS) as [Region, ...Region[]];

const QUESTION_GROUPS = ['emergency', 'urgent', 'soon', 'context'] as const satisfies readonly [
  QuestionGroup,
  ...QuestionGroup[],
];

export const TriageQuery = z.strictObject({
  region: z
    .enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` })
    .optional()
    .describe(
      "The person's region, so the actions name its emergency number (UK 999, US 911, AU 000, ...). Without it they list the common numbers.",
    ),
});

const Disposition = z
  .enum(DISPOSITIONS)
  .describe('self_care, soon (days), urgent (today) or emergency (now)');

const QuestionInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('yes_no_unsure') }).describe("Sent as true, false or 'unsure'"),
  z
    .strictObject({
      kind: z.literal('number'),
      min: z.number().int(),
      max: z.number().int(),
      unit: z.string(),
      minLabel: z.string().optional(),
      maxLabel: z.string().optional(),
    })
    .describe('A whole number from min to max'),
  z
    .strictObject({
      kind: z.literal('choice'),
      options: z.array(z.strictObject({ value: z.string(), label: z.string() })).readonly(),
    })
    .describe('One of the option values'),
]);

export const TriageQuestion = z.strictObject({
  id: Answers.keyof().describe('The answer key it fills'),
  group: z.enum(QUESTION_GROUPS).describe('Emergency questions are asked first'),
  text: z.string(),
  explain: z.string().optional().describe('A plain explanation of a word the question uses'),
  examples: z
    .array(z.string())
    .readonly()
    .optional()
    .describe('What counts, in everyday words; shown as a list under the question'),
  input: QuestionInput,
}) satisfies z.ZodType<Question>;

export const TriageResultSchema = z
  .strictObject({
    disposition: Disposition,
    reasons: z
      .array(
        z.strictObject({
          finding: z.string().describe("The rule that applied, or 'no-warning-signs'"),
          disposition: Disposition.describe('The level this reason calls for on its own'),
          text: z.string(),
          source: z.string(),
        }),
      )
      .min(1)
      .describe('Most urgent first; never empty'),
    actions: z
      .array(
        z.strictObject({
          id: z.string(),
          text: z.string(),
          link: z.string().optional().describe('A content id or an app route'),
        }),
      )
      .describe('What to do now, most important first'),
    safetyNet: z.array(z.string()).min(1).describe('When to check again or get help; never empty'),
    nextQuestion: TriageQuestion.optional().describe('Absent once the check is complete'),
    complete: z.boolean().describe('True when no further answer could change the disposition'),
    progress: z.strictObject({
      answered: z.number().int().min(0),
      remaining: z.number().int().min(0).describe('At most this many questions are left'),
    }),
  })
  .describe('The result of the check') satisfies z.ZodType<TriageResult>;
