/**
 * Whether the person asked for reminders inside Unknot while it is open (the setting
 * 'plan-reminders'). Tiny, because the app shell reads it on every start; changing it tells the
 * shell at once through a window event.
 */
import { readSetting, type Setting, writeSetting } from '../store/settings.js';

export const REMINDERS_CHANGED = 'unknot:plan-reminders';

const REMINDERS: Setting<boolean> = {
  name: 'plan-reminders',
  read: (value) => (typeof value === 'boolean' ? value : undefined),
};

export async function remindersOn(): Promise<boolean> {
  try {
    return (await readSetting(REMINDERS)) === true;
  } catch {
    return false;
  }
}

export async function setRemindersOn(value: boolean): Promise<void> {
  await writeSetting(REMINDERS, value);
  window.dispatchEvent(new Event(REMINDERS_CHANGED));
}
