import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateWords,
  daysBetween,
  localDate,
  localMinutes,
  minutesOf,
  offsetMinutes,
  weekStartAt,
  weekStartOf,
} from './index.js';

describe('time in a person’s zone', () => {
  it('keys a day by the date in the person’s zone, not in UTC', () => {
    const lateEvening = Date.parse('2025-03-03T23:30:00Z');
    expect(localDate(lateEvening, 'UTC')).toBe('2025-03-03');
    expect(localDate(lateEvening, 'Europe/Berlin')).toBe('2025-03-04');
    expect(localDate(lateEvening, 'America/New_York')).toBe('2025-03-03');
  });

  it('falls back to UTC for a zone the engine does not know', () => {
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

  it('finds the week of an instant in the person’s zone: Sunday night in New York is Monday in Berlin', () => {
    const at = Date.parse('2025-03-10T02:00:00Z');
    expect(weekStartAt(at, 'America/New_York')).toBe('2025-03-03');
    expect(weekStartAt(at, 'Europe/Berlin')).toBe('2025-03-10');
  });

  it('counts days and offsets', () => {
    expect(daysBetween('2025-03-01', '2025-03-08')).toBe(7);
    expect(daysBetween('2025-03-08', '2025-03-01')).toBe(-7);
    expect(offsetMinutes(Date.parse('2025-07-01T12:00:00Z'), 'Europe/London')).toBe(60);
    expect(offsetMinutes(Date.parse('2025-01-01T12:00:00Z'), 'Europe/London')).toBe(0);
  });
});

describe('weekStartAt: the Monday of the week an instant is in', () => {
  it.each([
    ['a Monday morning in UTC', '2025-03-03T08:00:00Z', 'UTC', '2025-03-03'],
    ['late on a Sunday in UTC', '2025-03-09T23:30:00Z', 'UTC', '2025-03-03'],
    [
      'the same instant, already Monday in Auckland',
      '2025-03-09T23:30:00Z',
      'Pacific/Auckland',
      '2025-03-10',
    ],
    [
      'a Monday in UTC, still Sunday in Los Angeles',
      '2025-03-03T05:00:00Z',
      'America/Los_Angeles',
      '2025-02-24',
    ],
    ['a week across a new year', '2025-01-01T12:00:00Z', 'Europe/London', '2024-12-30'],
  ])('gives the Monday for %s', (_name, instant, zone, monday) => {
    expect(weekStartAt(Date.parse(instant), zone)).toBe(monday);
  });
});

describe('dates in a sentence', () => {
  it('writes a date with its weekday, day and month, the same in every time zone', () => {
    expect(dateWords('2026-03-16')).toBe('Mon 16 Mar');
    expect(dateWords('2026-12-31')).toBe('Thu 31 Dec');
  });
});
