/**
 * Working-day deadlines of supervision work (rectifications, urges), from the same pure clock
 * rules as a case: N working days after the start date (the start day not counted), due at the
 * end of that day (Asia/Shanghai); a warning from the day on which `warningDays` or fewer working
 * days remain; an escalation at the end of the `escalateAfterDays`-th working day after the due
 * date. A warning that would fall on or before the start is not given (the first notice already
 * names the deadline).
 */
import { WorkingCalendar, type CalendarData } from '../calendar/calendar.js';
import { type IsoDate, shanghaiDateOf } from '../calendar/dates.js';
import { procedureDueOf, warningAt } from '../clock/clock.js';

export interface DeadlinePlan {
  startDate: IsoDate;
  dueDate: IsoDate;
  dueAt: number;
  /** Absent when it would fall at or before the start. */
  warnAt?: number;
  escalateAt?: number;
}

export function deadlinePlan(
  calendar: CalendarData,
  startAt: number,
  days: number,
  opts: { warningDays?: number; escalateAfterDays?: number } = {},
): DeadlinePlan {
  const cal = new WorkingCalendar(calendar);
  const startDate = shanghaiDateOf(startAt);
  const { dueDate, dueAt } = procedureDueOf(cal, startDate, days);
  const plan: DeadlinePlan = { startDate, dueDate, dueAt };
  if (opts.warningDays !== undefined) {
    const w = warningAt(cal, dueDate, opts.warningDays);
    if (w > startAt) plan.warnAt = w;
  }
  if (opts.escalateAfterDays !== undefined) plan.escalateAt = procedureDueOf(cal, dueDate, opts.escalateAfterDays).dueAt;
  return plan;
}
