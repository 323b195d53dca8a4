import { describe, expect, it } from 'vitest';
import { addsComment, MAX_COMMENT_LENGTH, newFeedback, sameFeedback } from './feedback.js';
import { Feedback, FeedbackInput } from './feedback.schema.js';
import { uuidv7 } from './ids.js';
import { fieldErrors } from './validation.js';

const ID = uuidv7(1_790_000_000_000, (n) => new Uint8Array(n).fill(7));
const MADE = {
  id: uuidv7(1_790_000_000_001, (n) => new Uint8Array(n)),
  createdAt: '2026-09-21T10:00:00.000Z',
};

function badFields(input: unknown): string[] {
  const result = FeedbackInput.safeParse(input);
  return result.success ? [] : fieldErrors(result.error).map((f) => f.path);
}

describe('FeedbackInput', () => {
  it('accepts the smallest valid feedback', () => {
    expect(FeedbackInput.parse({ contentId: 'muscle-strain', helpful: false })).toEqual({
      contentId: 'muscle-strain',
      helpful: false,
    });
  });

  it('trims the comment and lower-cases a client id', () => {
    const parsed = FeedbackInput.parse({
      id: ID.toUpperCase(),
      contentId: 'muscle-strain',
      helpful: true,
      comment: '  clear and calm \n',
    });
    expect(parsed.id).toBe(ID);
    expect(parsed.comment).toBe('clear and calm');
  });

  it('allows a comment of exactly the limit, counted after trimming', () => {
    const comment = ` ${'a'.repeat(MAX_COMMENT_LENGTH)} `;
    expect(badFields({ contentId: 'muscle-strain', helpful: true, comment })).toEqual([]);
    expect(
      badFields({ contentId: 'muscle-strain', helpful: true, comment: 'a'.repeat(1001) }),
    ).toEqual(['comment']);
  });

  it('names each bad field', () => {
    expect(badFields({ contentId: 'muscle-strain' })).toEqual(['helpful']);
    expect(badFields({ contentId: 'muscle-strain', helpful: 'yes' })).toEqual(['helpful']);
    expect(badFields({ helpful: true })).toEqual(['contentId']);
    expect(badFields({ contentId: 'Not A Slug', helpful: true })).toEqual(['contentId']);
    expect(badFields({ contentId: 'muscle-strain', helpful: true, comment: 5 })).toEqual([
      'comment',
    ]);
    expect(badFields({ id: 'not-a-uuid', contentId: 'muscle-strain', helpful: true })).toEqual([
      'id',
    ]);
    expect(badFields({ contentId: 'muscle-strain', helpful: true, rating: 5 })).toEqual(['rating']);
  });

  it('refuses a UUID of another version as the id', () => {
    const v4 = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    expect(badFields({ id: v4, contentId: 'muscle-strain', helpful: true })).toEqual(['id']);
  });
});

describe('newFeedback', () => {
  it('keeps the client id and stores an empty comment as none', () => {
    const input = FeedbackInput.parse({
      id: ID,
      contentId: 'muscle-strain',
      helpful: true,
      comment: '  ',
    });
    const feedback = newFeedback(input, MADE);
    expect(feedback).toEqual({
      id: ID,
      contentId: 'muscle-strain',
      helpful: true,
      comment: null,
      createdAt: MADE.createdAt,
    });
    expect(Feedback.parse(feedback)).toEqual(feedback);
  });

  it('uses the made id when the client sent none', () => {
    const input = FeedbackInput.parse({ contentId: 'muscle-strain', helpful: false });
    expect(newFeedback(input, MADE).id).toBe(MADE.id);
  });
});

describe('sameFeedback', () => {
  const stored = newFeedback(
    FeedbackInput.parse({ id: ID, contentId: 'muscle-strain', helpful: true, comment: 'good' }),
    MADE,
  );

  it('treats a retry with the same words as the same feedback', () => {
    expect(
      sameFeedback(
        stored,
        FeedbackInput.parse({
          id: ID,
          contentId: 'muscle-strain',
          helpful: true,
          comment: ' good ',
        }),
      ),
    ).toBe(true);
  });

  it('treats a changed answer, item or comment as different', () => {
    const base = { id: ID, contentId: 'muscle-strain', helpful: true, comment: 'good' };
    expect(sameFeedback(stored, FeedbackInput.parse({ ...base, helpful: false }))).toBe(false);
    expect(sameFeedback(stored, FeedbackInput.parse({ ...base, contentId: 'sciatica' }))).toBe(
      false,
    );
    expect(sameFeedback(stored, FeedbackInput.parse({ ...base, comment: 'bad' }))).toBe(false);
    expect(sameFeedback(stored, FeedbackInput.parse({ ...base, comment: undefined }))).toBe(false);
  });
});

describe('addsComment', () => {
  const tapped = newFeedback(
    FeedbackInput.parse({ id: ID, contentId: 'muscle-strain', helpful: true }),
    MADE,
  );
  const base = { id: ID, contentId: 'muscle-strain', helpful: true };

  it('lets a comment follow a Yes or No tapped on its own, under the same id', () => {
    expect(addsComment(tapped, FeedbackInput.parse({ ...base, comment: 'clear' }))).toBe(true);
  });

  it('never changes the answer, the item or a comment already given', () => {
    const withComment = { ...base, comment: 'clear' };
    expect(addsComment(tapped, FeedbackInput.parse({ ...withComment, helpful: false }))).toBe(
      false,
    );
    expect(
      addsComment(tapped, FeedbackInput.parse({ ...withComment, contentId: 'sciatica' })),
    ).toBe(false);
    expect(addsComment(tapped, FeedbackInput.parse({ ...base, comment: '   ' }))).toBe(false);
    const commented = { ...tapped, comment: 'first' };
    expect(addsComment(commented, FeedbackInput.parse({ ...withComment }))).toBe(false);
  });
});
