/**
 * Time-skipping tests are written in reference dates: the official 2026 arrangement, and for the
 * year after it that same arrangement moved 52 weeks later (every date keeps its weekday, so the
 * 2026 notice's pattern — holidays, make-up Saturdays and Sundays — reappears intact). Reference
 * dates start on REFERENCE_START.
 *
 * The test server's clock starts at the real "now" and only moves forward, and State Council
 * notices exist only for years already announced. So each test file maps its reference dates onto
 * a stretch of time after the test server's "now": every date moves by a whole number of 52-week
 * periods, which again keeps weekdays, and the calendar the cases receive moves with them. The
 * suite therefore passes on any day of any year, whatever notices have been published; the
 * calendar data for the years it crosses is the test's own, stated here.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { CalendarData, CalendarOverride } from '../../domain/calendar/calendar.js';
import { addCalendarDays, shanghaiDateOf } from '../../domain/calendar/dates.js';
import { OFFICIAL_CALENDAR } from '../../domain/calendar/official-days.js';

/** The earliest reference date a time-skipping test may use. */
export const REFERENCE_START = '2026-12-01';
const PERIOD_DAYS = 364;

export interface Era {
  /** Whole 52-week periods between reference time and the test's time. */
  periods: number;
  /** A reference date (`YYYY-MM-DD`) in the test's time. */
  date(reference: string): string;
  /** A date of the 2026 notice (e.g. Spring Festival 2026-02-17) as it recurs in the reference year after it, in the test's time. */
  of2026(date: string): string;
  /** A reference instant (`YYYY-MM-DDTHH:mm:ss+08:00`) in the test's time. */
  instant(reference: string): string;
  /** The reference calendar moved into the test's time. */
  calendar: CalendarData;
}

const REFERENCE_DAYS: CalendarOverride[] = (() => {
  const y2026 = OFFICIAL_CALENDAR.days.filter((d) => d.date.startsWith('2026'));
  return [...y2026, ...y2026.map((d) => ({ ...d, date: addCalendarDays(d.date, PERIOD_DAYS) }))];
})();

export function eraAt(nowMs: number): Era {
  const today = shanghaiDateOf(nowMs);
  // The first reference date must lie at least two days after "now", so a test's first skip is forward.
  let periods = 0;
  while (addCalendarDays(REFERENCE_START, periods * PERIOD_DAYS) <= addCalendarDays(today, 1)) periods += 1;
  const shift = periods * PERIOD_DAYS;
  const date = (reference: string) => {
    if (reference < REFERENCE_START) throw new Error(`reference date ${reference} is before ${REFERENCE_START}, where reference time starts`);
    return addCalendarDays(reference, shift);
  };
  const days = REFERENCE_DAYS.map((d) => ({ ...d, date: addCalendarDays(d.date, shift) }));
  const first = Number(days[0]!.date.slice(0, 4));
  const last = Number(days[days.length - 1]!.date.slice(0, 4));
  const years = [];
  for (let y = first; y <= last; y++) years.push({ year: y, official: true, notice: `test calendar: the 2026 notice moved ${shift} days later` });
  return {
    periods,
    date,
    of2026: (date2026) => date(addCalendarDays(date2026, PERIOD_DAYS)),
    instant: (reference) => `${date(reference.slice(0, 10))}${reference.slice(10)}`,
    calendar: { years, days },
  };
}

export async function testEra(env: TestWorkflowEnvironment): Promise<Era> {
  return eraAt(await env.currentTimeMs());
}
