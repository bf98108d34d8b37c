/**
 * The working-day operations written as their definition: walk the calendar one day at a time.
 * Too slow for production use (a 30-working-day limit is ~45 map look-ups and weekday checks,
 * a 1000-day one ~1400), but obviously right, so the tests and the benchmark hold
 * `WorkingCalendar`'s fast arithmetic against it. It asks the calendar only for its two rules —
 * is this day a working day, is this year official — and applies them one day and one year at
 * a time.
 */
import { type CountAnswer, type DatedAnswer, type WorkingCalendar, assertWorkingDays } from './calendar.js';
import { type IsoDate, fromDayNumber, toDayNumber, yearOf } from './dates.js';

export function naiveAddWorkingDays(calendar: WorkingCalendar, from: IsoDate, n: number): DatedAnswer {
  assertWorkingDays(n);
  const start = toDayNumber(from);
  let day = start;
  let remaining = n;
  while (remaining > 0) {
    day += 1;
    if (calendar.isWorkingDayNumber(day)) remaining -= 1;
  }
  return { date: fromDayNumber(day), provisional: naiveIsProvisionalBetween(calendar, start, day) };
}

export function naiveCountWorkingDays(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): CountAnswer {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let count = 0;
  for (let d = a + 1; d <= b; d += 1) if (calendar.isWorkingDayNumber(d)) count += 1;
  return { count, provisional: b > a && naiveIsProvisionalBetween(calendar, a + 1, b) };
}

/** Any year from the earlier to the later day without official data, checked year by year. */
export function naiveIsProvisionalBetween(calendar: WorkingCalendar, fromDay: number, toDay: number): boolean {
  for (let y = yearOf(Math.min(fromDay, toDay)); y <= yearOf(Math.max(fromDay, toDay)); y += 1) {
    if (calendar.isProvisionalYear(y)) return true;
  }
  return false;
}
