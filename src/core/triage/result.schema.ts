/**
 * The schemas of what the check gives back: its questions, the reasons and actions of a result,
 * and the result itself. The engine defines these as TypeScript types only; these schemas describe
 * them in the OpenAPI document, and the device checks a kept result with them when it reads it
 * back. A test parses real results with them, so they cannot drift from the engine's types.
 * Written with zod/mini, like every schema the device reads with.
 */
import * as z from 'zod/mini';
import { Answers } from './answers.schema.js';
import { DISPOSITIONS } from './dispositions.js';
import type { Reason, TriageResult } from './engine.js';
import { QUESTION_GROUPS, type Question } from './questions.js';
import type { Action } from './rules.js';

const described = <S extends z.ZodMiniType>(schema: S, text: string): S =>
  schema.check(z.describe(text));

const Count = z.int().check(z.gte(0));

export const Disposition = described(
  z.enum(DISPOSITIONS),
  'self_care, soon (days), urgent (today) or emergency (now)',
);

const QuestionInput = z.discriminatedUnion('kind', [
  described(
    z.strictObject({ kind: z.literal('yes_no_unsure') }),
    "Sent as true, false or 'unsure'",
  ),
  described(
    z.strictObject({
      kind: z.literal('number'),
      min: z.int(),
      max: z.int(),
      unit: z.string(),
      minLabel: z.optional(z.string()),
      maxLabel: z.optional(z.string()),
    }),
    'A whole number from min to max',
  ),
  described(
    z.strictObject({
      kind: z.literal('choice'),
      options: z.readonly(z.array(z.strictObject({ value: z.string(), label: z.string() }))),
    }),
    'One of the option values',
  ),
]);

export const TriageQuestion = z.strictObject({
  id: described(z.keyof(Answers), 'The answer key it fills'),
  group: described(z.enum(QUESTION_GROUPS), 'Emergency questions are asked first'),
  text: z.string(),
  explain: described(z.optional(z.string()), 'A plain explanation of a word the question uses'),
  examples: described(
    z.optional(z.readonly(z.array(z.string()))),
    'What counts, in everyday words; shown as a list under the question',
  ),
  input: QuestionInput,
}) satisfies z.ZodMiniType<Question>;

export const TriageReason = z.strictObject({
  finding: described(z.string(), "The rule that applied, or 'no-warning-signs'"),
  disposition: described(z.enum(DISPOSITIONS), 'The level this reason calls for on its own'),
  text: z.string(),
  source: z.string(),
}) satisfies z.ZodMiniType<Reason>;

export const TriageAction = z.strictObject({
  id: z.string(),
  text: z.string(),
  link: described(z.optional(z.string()), 'A content id or an app route'),
}) satisfies z.ZodMiniType<Action>;

export const Reasons = described(
  z.array(TriageReason).check(z.minLength(1)),
  'Most urgent first; never empty',
);
export const Actions = described(z.array(TriageAction), 'What to do now, most important first');
export const SafetyNet = described(
  z.array(z.string()).check(z.minLength(1)),
  'When to check again or get help; never empty',
);

export const TriageResultSchema = described(
  z.strictObject({
    disposition: Disposition,
    reasons: Reasons,
    actions: Actions,
    safetyNet: SafetyNet,
    nextQuestion: described(z.optional(TriageQuestion), 'Absent once the check is complete'),
    complete: described(z.boolean(), 'True when no further answer could change the disposition'),
    progress: z.strictObject({
      answered: Count,
      remaining: described(Count, 'At most this many questions are left'),
    }),
  }),
  'The result of the check',
) satisfies z.ZodMiniType<TriageResult>;
