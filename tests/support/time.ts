/**
 * Dates for time-skipping tests, always computed from the test server's own clock (it starts at
 * today's real time and only moves forward): never a hard-coded calendar date that must lie ahead.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { type CalendarData, WorkingCalendar } from '../../domain/calendar/calendar.js';
import { type IsoDate, fromDayNumber, shanghaiDateOf, toDayNumber, weekdayOf } from '../../domain/calendar/dates.js';

/** An instant on a Shanghai calendar date, e.g. at(d, '09:00'). */
export const at = (date: IsoDate, time: string): string => `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;

/**
 * The first Monday after the server's today from which `weeks` whole weeks are plain: Monday to
 * Friday working days, Saturday and Sunday rest days, no holiday and no make-up workday. In such
 * a span "N working days after Monday" is simple weekday arithmetic a reader can check by hand.
 */
export async function plainMonday(env: TestWorkflowEnvironment, calendar: CalendarData, weeks = 4): Promise<IsoDate> {
  const cal = new WorkingCalendar(calendar);
  let day = toDayNumber(shanghaiDateOf(await env.currentTimeMs())) + 1;
  while (weekdayOf(day) !== 1) day += 1;
  for (let tries = 0; tries < 200; tries++, day += 7) {
    let plain = true;
    for (let i = 0; i < weeks * 7 && plain; i++) {
      const weekday = (i % 7) + 1; // 1 = Monday … 7 = Sunday
      if (cal.dayInfo(fromDayNumber(day + i)).workingDay !== weekday <= 5) plain = false;
    }
    if (plain) return fromDayNumber(day);
  }
  throw new Error('no plain weeks found within 200 weeks');
}

/** The date `n` weekdays (Mon–Fri) after `date` within a plain span. */
export function weekdaysAfter(date: IsoDate, n: number): IsoDate {
  let d = toDayNumber(date);
  for (let left = n; left > 0; ) {
    d += 1;
    const wd = weekdayOf(d);
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return fromDayNumber(d);
}
