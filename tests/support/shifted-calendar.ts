/**
 * The test server's clock can only move forward from today, and the next official long holidays
 * (2027) have no notice yet. So time-skipping tests that must cross a long holiday use the 2026
 * official arrangement moved exactly 52 weeks later: every date keeps its weekday, so the
 * 2026 notice's pattern (holidays, make-up Saturdays and Sundays) reappears intact. Expected
 * dates in such tests are written as `later('2026-10-08')` — the 2026 date they correspond to.
 */
import type { CalendarData } from '../../domain/calendar/calendar.js';
import { addCalendarDays } from '../../domain/calendar/dates.js';
import { OFFICIAL_CALENDAR } from '../../domain/calendar/official-days.js';

export const SHIFT_DAYS = 364;

export const later = (date2026: string) => addCalendarDays(date2026, SHIFT_DAYS);

export function shiftedOfficialCalendar(): CalendarData {
  const days = OFFICIAL_CALENDAR.days.filter((d) => d.date.startsWith('2026')).map((d) => ({ ...d, date: later(d.date) }));
  return {
    // The shifted 2026 arrangement covers 2026-12-31 … 2027-12-30; count 2027 as official.
    years: [...OFFICIAL_CALENDAR.years, { year: 2027, official: true, notice: 'test fixture: the 2026 notice moved 52 weeks later' }],
    days: [...OFFICIAL_CALENDAR.days, ...days],
  };
}
