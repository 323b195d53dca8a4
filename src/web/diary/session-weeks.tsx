/**
 * Exercise sessions done against planned, week by week, with the sentence that sums them up: one
 * list for the diary page and the print summary. A list rather than a table, so it reflows with
 * large text on a narrow screen.
 */
import { sessionsSentence, type WeekSessions } from '../../core/diary/course.js';
import { shortDate } from '../dates.js';

export function SessionWeeks({ weeks }: { weeks: readonly WeekSessions[] }) {
  return (
    <>
      <p>{sessionsSentence(weeks)}</p>
      <ul class="session-weeks">
        {weeks.map((w) => (
          <li key={w.weekStart}>
            Week of {shortDate(w.weekStart)}: {w.done} done
            {w.planned === null ? '' : ` of ${w.planned} planned`}
          </li>
        ))}
      </ul>
    </>
  );
}
