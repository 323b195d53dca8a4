/**
 * "Add to calendar": the week's plan as an iCalendar file made in the browser by core's
 * `planToIcs` and handed to the person as a download, so reminders work with Unknot closed.
 */

import type { Plan, Profile } from '../../core/plan/index.js';
import { planToIcs } from '../../core/plan/index.js';
import { downloadFile } from '../download.js';

export const CALENDAR_FILE = 'unknot-plan.ics';

/**
 * Ids that stay the same from one download to the next, so a calendar that honours UIDs replaces
 * the plan's events on a second import rather than doubling them.
 */
function uid(i: number): string {
  return `unknot-plan-${i}@unknot.app`;
}

export function downloadCalendar(plan: Plan, profile: Profile): void {
  const text = planToIcs(plan, profile, { now: Date.now(), uid });
  downloadFile(CALENDAR_FILE, text, 'text/calendar;charset=utf-8');
}
