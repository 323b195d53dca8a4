/**
 * How much a person needs their clinician, as a badge in words ("Needs you", "Keep an eye",
 * "Steady") with a mark beside it, so the level never rests on colour alone.
 */
import type { NeedLevel } from '../../core/clinician/need.js';
import { NEED_WORDS } from './words.js';

const MARKS: Record<NeedLevel, string> = { act: '!', watch: '•', steady: '✓' };

export function NeedBadge({ level }: { level: NeedLevel }) {
  return (
    <span class={`badge need-badge need-${level}`}>
      <span aria-hidden="true" class="need-mark">
        {MARKS[level]}
      </span>{' '}
      {NEED_WORDS[level]}
    </span>
  );
}
