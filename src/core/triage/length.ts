/**
 * How long the check is, said before it starts: a person in pain decides whether to begin by how
 * long it takes. A check with no warning signs asks the most questions; signs found end it sooner.
 * Zod-free and engine-free, so the home page can say it without loading the check.
 */

/** The questions a check with no warning signs asks (pinned to the engine by length.test.ts). */
export const CHECK_QUESTIONS_WITHOUT_SIGNS = 25;

/** "About 25 questions, most of them yes or no: about five minutes." */
export const CHECK_LENGTH_WORDS = `About ${CHECK_QUESTIONS_WITHOUT_SIGNS} short questions, most of them yes or no: about five minutes, and fewer if a sign needs a doctor.`;
