import { describe, expect, it } from 'vitest';
import { addDays, dayLabel, localDate, localMinutes, minutesOf, weekStartOf } from './dates.js';

describe('local dates for the plan', () => {
  it('keys a day by the date in the person’s zone, not in UTC', () => {
    const lateEvening = Date.parse('2025-03-03T23:30:00Z');
    expect(localDate(lateEvening, 'UTC')).toBe('2025-03-03');
    expect(localDate(lateEvening, 'Europe/Berlin')).toBe('2025-03-04');
    expect(localDate(lateEvening, 'America/New_York')).toBe('2025-03-03');
  });

  it('falls back to UTC for a zone the browser does not know', () => {
    expect(localDate(Date.parse('2025-03-03T23:30:00Z'), 'Not/AZone')).toBe('2025-03-03');
  });

  it('reads minutes past local midnight', () => {
    expect(localMinutes(Date.parse('2025-03-03T08:15:00Z'), 'UTC')).toBe(495);
    expect(localMinutes(Date.parse('2025-03-03T08:15:00Z'), 'Europe/Berlin')).toBe(555);
  });

  it('starts the week on the Monday on or before a date, across month ends', () => {
    expect(weekStartOf('2025-03-03')).toBe('2025-03-03');
    expect(weekStartOf('2025-03-09')).toBe('2025-03-03');
    expect(weekStartOf('2025-03-01')).toBe('2025-02-24');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('reads a time of day and refuses anything else', () => {
    expect(minutesOf('08:30')).toBe(510);
    expect(minutesOf('23:59')).toBe(1439);
    expect(minutesOf('24:00')).toBeUndefined();
    expect(minutesOf('8:30')).toBeUndefined();
  });

  it('names a day for a heading', () => {
    expect(dayLabel('2025-03-03')).toBe('Monday 3 March');
  });
});
