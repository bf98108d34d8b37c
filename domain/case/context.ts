/**
 * What every case rule is evaluated against: the instant (`now`, passed in — no rule reads a clock)
 * and the case's working-day calendar, built once per CalendarData object.
 */
import { type CalendarData, WorkingCalendar } from '../calendar/calendar.js';
import type { CaseState } from './model.js';

export interface RuleContext {
  now: number;
  calendar: WorkingCalendar;
}

/** Building a calendar indexes its days; a case asks for it on every action, view and tick. */
const calendars = new WeakMap<CalendarData, WorkingCalendar>();

export function contextOf(state: CaseState, now: number): RuleContext {
  let calendar = calendars.get(state.calendar);
  if (!calendar) {
    calendar = new WorkingCalendar(state.calendar);
    calendars.set(state.calendar, calendar);
  }
  return { now, calendar };
}
