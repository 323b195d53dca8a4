/**
 * Whether the person asked for reminders inside Unknot while it is open (settings store, id
 * 'plan-reminders'). Tiny, because the app shell reads it on every start; changing it tells the
 * shell at once through a window event.
 */
import { get, put, STORES } from '../store/device.js';

const SETTING_ID = 'plan-reminders';
export const REMINDERS_CHANGED = 'unknot:plan-reminders';

interface ReminderSetting {
  id: typeof SETTING_ID;
  value: boolean;
}

export async function remindersOn(): Promise<boolean> {
  try {
    return (await get<ReminderSetting>(STORES.settings, SETTING_ID))?.value === true;
  } catch {
    return false;
  }
}

export async function setRemindersOn(value: boolean): Promise<void> {
  await put<ReminderSetting>(STORES.settings, { id: SETTING_ID, value });
  window.dispatchEvent(new Event(REMINDERS_CHANGED));
}
