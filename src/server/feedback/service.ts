/**
 * The feedback use case: checks the item exists, makes the id and time, and keeps a retried
 * submission idempotent (same id and same words: the stored record; different words: a conflict).
 */
import type { ContentItem } from '../../core/content/schema.js';
import { AppError } from '../../core/errors.js';
import {
  addsComment,
  type Feedback,
  type FeedbackInput,
  newFeedback,
  sameFeedback,
} from '../../core/feedback.js';
import { uuidv7 } from '../../core/ids.js';
import type { FeedbackRepository } from './repository.js';

export interface FeedbackServiceDeps {
  repository: FeedbackRepository;
  contentById: (id: string) => ContentItem | undefined;
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

export interface SubmitResult {
  created: boolean;
  feedback: Feedback;
}

export interface FeedbackService {
  submit(input: FeedbackInput): Promise<SubmitResult>;
}

export function createFeedbackService(deps: FeedbackServiceDeps): FeedbackService {
  return {
    async submit(input) {
      if (deps.contentById(input.contentId) === undefined) {
        throw new AppError('validation_failed', 'contentId: no content item has this id', [
          { path: 'contentId', message: 'no content item has this id' },
        ]);
      }
      const now = deps.now();
      const candidate = newFeedback(input, {
        id: uuidv7(now, deps.randomBytes),
        createdAt: new Date(now).toISOString(),
      });
      const { inserted, stored } = await deps.repository.insertIfAbsent(candidate);
      if (inserted) return { created: true, feedback: stored };
      if (sameFeedback(stored, input)) return { created: false, feedback: stored };
      if (addsComment(stored, input) && candidate.comment !== null) {
        const amended = await deps.repository.addComment(stored.id, candidate.comment);
        if (amended !== undefined && sameFeedback(amended, input)) {
          return { created: false, feedback: amended };
        }
      }
      throw new AppError(
        'conflict',
        `Feedback ${stored.id} is already stored with different content; send new feedback with a new id`,
        [{ path: 'id', message: 'is already used by different feedback' }],
      );
    },
  };
}
