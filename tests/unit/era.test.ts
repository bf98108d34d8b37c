/**
 * The test era keeps time-skipping tests independent of the day they run: reference dates land
 * after "now", weekdays are kept, and the calendar moves with the dates.
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../domain/calendar/calendar.js';
import { toDayNumber, weekdayOf } from '../../domain/calendar/dates.js';
import { REFERENCE_START, eraAt } from '../support/era.js';

const at = (iso: string) => Date.parse(iso);

describe('test era', () => {
  it.each(['2026-11-29T12:00:00+08:00', '2027-11-29T12:00:00+08:00', '2028-11-28T12:00:00+08:00', '2031-02-17T09:00:00+08:00', '2045-12-31T23:59:00+08:00'])(
    'when the test server starts at %s, then the first reference date lies after that day and keeps its weekday',
    (now) => {
      const era = eraAt(at(now));
      const first = era.date(REFERENCE_START);
      expect(Date.parse(`${first}T00:00:00+08:00`)).toBeGreaterThan(at(now) + 86_400_000);
      expect(weekdayOf(toDayNumber(first))).toBe(weekdayOf(toDayNumber(REFERENCE_START)));
    },
  );

  it('when the clock is a year ahead, then reference dates move by 52 weeks and the Spring Festival holiday moves with them', () => {
    const today = eraAt(at('2026-11-29T12:00:00+08:00'));
    const nextYear = eraAt(at('2027-06-01T12:00:00+08:00'));
    expect(nextYear.periods).toBe(today.periods + 1);
    expect(nextYear.date('2026-12-03')).toBe('2027-12-02');
    const calendar = new WorkingCalendar(nextYear.calendar);
    // The 2026 Spring Festival (15–23 February) as it recurs in the reference year after it, 52 weeks later again.
    expect(calendar.dayInfo(nextYear.of2026('2026-02-17')).kind).toBe('holiday');
    expect(calendar.dayInfo(nextYear.of2026('2026-02-14')).kind).toBe('makeup_workday');
    expect(calendar.dayInfo(nextYear.of2026('2026-02-17')).provisional).toBe(false);
  });

  it('when a test asks for a date before reference time starts, then it is told so', () => {
    expect(() => eraAt(at('2026-11-29T12:00:00+08:00')).date('2026-06-01')).toThrow(/before 2026-12-01/);
  });
});
