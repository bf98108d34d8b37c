/**
 * The case clock: promised limits, suspensions (pauses and special procedures), warnings and
 * overdue, all in working days. One pure module; the case rules and the workflow only call it.
 *
 * Definitions (also in docs/time-rules.md):
 * - Promised limit 承诺时限: N working days from the acceptance date (the acceptance day is not
 *   counted); the case is due at the end of the N-th working day.
 * - Suspended working days of a suspension: the working days d with start date ≤ d < end date
 *   (a suspension started and ended on the same day counts 0). While a suspension is open it is
 *   counted up to, but not including, today.
 * - Excluded working days: the suspended ones, but a capped special procedure excludes at most its limit.
 * - Current due date = acceptance date + (N + all excluded working days) working days.
 *   So the due date moves out by exactly the working days the clock stood still.
 * - Remaining working days on date T = working days d with T < d ≤ due date (0 on the due date).
 * - Warning 预警 from the first day on which remaining ≤ the warning threshold (default 2).
 * - Overdue 超期 from the end of the due date, while no decision has been made.
 * - The clock stands still while a suspension is open: no warning or overdue transitions then.
 */
import type { WorkingCalendar } from '../calendar/calendar.js';
import { type IsoDate, addCalendarDays, endOfShanghaiDay, shanghaiDateOf, startOfShanghaiDay, toDayNumber } from '../calendar/dates.js';

export type SuspensionKind = 'PAUSE' | 'SPECIAL_PROCEDURE';

export interface Suspension {
  kind: SuspensionKind;
  startAt: number;
  startDate: IsoDate;
  endAt?: number;
  endDate?: IsoDate;
  /** A special procedure whose excluded time is capped at `limitDays`. */
  capped?: boolean;
  limitDays?: number;
}

/** Working days d with start ≤ d < end. */
export function suspendedWorkingDays(calendar: WorkingCalendar, startDate: IsoDate, endDate: IsoDate): number {
  if (toDayNumber(endDate) <= toDayNumber(startDate)) return 0;
  return calendar.countWorkingDays(addCalendarDays(startDate, -1), addCalendarDays(endDate, -1)).count;
}

/** Suspended working days of one suspension as of `today` (open ones count up to today, exclusive). */
export function suspensionDays(calendar: WorkingCalendar, s: Suspension, today: IsoDate): number {
  return suspendedWorkingDays(calendar, s.startDate, s.endDate ?? today);
}

export interface DueDate {
  dueDate: IsoDate;
  /** The instant the case becomes overdue: the end of the due date, Asia/Shanghai. */
  dueAt: number;
  suspendedDays: number;
  provisional: boolean;
}

/**
 * The working days of a suspension that do not count against the promised limit: all of them,
 * except that a capped special procedure excludes at most its own limit (the days beyond it count
 * against the case, whose clock runs again once the procedure is overdue).
 */
export function excludedDays(calendar: WorkingCalendar, s: Suspension, today: IsoDate): number {
  const days = suspensionDays(calendar, s, today);
  return s.kind === 'SPECIAL_PROCEDURE' && s.capped && s.limitDays !== undefined ? Math.min(days, s.limitDays) : days;
}

export function dueDateOf(
  calendar: WorkingCalendar,
  acceptedDate: IsoDate,
  limitDays: number,
  suspensions: readonly Suspension[],
  today: IsoDate,
): DueDate {
  const suspendedDays = suspensions.reduce((sum, s) => sum + excludedDays(calendar, s, today), 0);
  const { date, provisional } = calendar.addWorkingDays(acceptedDate, limitDays + suspendedDays);
  return { dueDate: date, dueAt: endOfShanghaiDay(date), suspendedDays, provisional };
}

/** Working days left after `today` up to and including the due date (0 on or after it). */
export function remainingWorkingDays(calendar: WorkingCalendar, today: IsoDate, dueDate: IsoDate): number {
  return calendar.countWorkingDays(today, dueDate).count;
}

/**
 * The first date on which remaining ≤ threshold, i.e. the date from which the case warns.
 * Walks back from the due date; the threshold is small, so this is a handful of steps.
 */
export function warningDateOf(calendar: WorkingCalendar, dueDate: IsoDate, threshold: number): IsoDate {
  let date = dueDate;
  for (;;) {
    const previous = addCalendarDays(date, -1);
    if (remainingWorkingDays(calendar, previous, dueDate) > threshold) return date;
    date = previous;
  }
}

export function warningAt(calendar: WorkingCalendar, dueDate: IsoDate, threshold: number): number {
  return startOfShanghaiDay(warningDateOf(calendar, dueDate, threshold));
}

/**
 * When a pause must end by itself so that the case's pauses never exceed `remaining` working
 * days: the start of the day after the `remaining`-th working day on or after the start date.
 * With remaining = 0 the pause ends at once.
 */
export function pauseAutoResumeAt(calendar: WorkingCalendar, startDate: IsoDate, remaining: number): { date: IsoDate; at: number } {
  if (remaining <= 0) return { date: startDate, at: startOfShanghaiDay(startDate) };
  const lastPausedDay = calendar.addWorkingDays(addCalendarDays(startDate, -1), remaining).date;
  const date = addCalendarDays(lastPausedDay, 1);
  return { date, at: startOfShanghaiDay(date) };
}

/** A special procedure's own limit: N working days after its start date, overdue from the end of that day. */
export function procedureDueOf(calendar: WorkingCalendar, startDate: IsoDate, limitDays: number): { dueDate: IsoDate; dueAt: number } {
  const { date } = calendar.addWorkingDays(startDate, limitDays);
  return { dueDate: date, dueAt: endOfShanghaiDay(date) };
}

export { shanghaiDateOf };
