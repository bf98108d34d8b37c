/**
 * The calendar a case carries in its workflow input: only what the case can ever ask about.
 *
 * The rule: the overrides and year flags of the intake's year and every later year the platform
 * holds, without day names or notice citations.
 * - Nothing before the intake's year: every date a case computes with lies on or after its intake
 *   day (acceptance, suspensions, stages, corrections and tolerance dates all start there or
 *   later, and a count of working days "after D" never looks at D or before). The one walk
 *   backwards — the warning date, from the due date towards the intake — only tells whether the
 *   warning date is on or before the intake day, and is the same under either calendar.
 * - Every later year the platform holds, with no upper cut: a case's life is not bounded by its
 *   limits (a received application waits for pre-review without limit, a return and a resubmission
 *   can repeat, special procedures can follow one another, each capped at its own limit only), so a
 *   cut at "what its limits could reach" would quietly make a long case's later answers
 *   provisional. The platform holds official years only up to next year (the State Council
 *   publishes each notice in November), so this is one or two years.
 * - Only the days that change the Monday–Friday rule (a holiday on a weekday, a make-up day on a
 *   weekend): a holiday Saturday inside a holiday week changes no count.
 * - No names: a case never reads them (the calendar's day view does, in the API).
 * For a case opened in 2026 this is 33 entries (1.3 KB) instead of every year the platform holds,
 * every day of every holiday and every name (4.7 KB of JSON for 2025–2026 alone).
 *
 * Later changes still reach the case whole, by the `calendarChanged` signal. Workflows started
 * with the full calendar keep it: the rules take any CalendarData.
 */
import type { CalendarData } from '../calendar/calendar.js';
import { type IsoDate, toDayNumber, weekdayOf } from '../calendar/dates.js';

/** Cut once per (calendar, year): the same cut object comes back, so calendars built from it are reused. */
const cuts = new WeakMap<CalendarData, Map<number, CalendarData>>();

export function caseCalendar(data: CalendarData, intakeDate: IsoDate): CalendarData {
  const year = Number(intakeDate.slice(0, 4));
  let byYear = cuts.get(data);
  if (!byYear) {
    byYear = new Map();
    cuts.set(data, byYear);
  }
  let cut = byYear.get(year);
  if (!cut) {
    const first = `${intakeDate.slice(0, 4)}-01-01`;
    cut = {
      years: data.years.filter((y) => y.year >= year).map((y) => ({ year: y.year, official: y.official })),
      days: data.days.filter((d) => d.date >= first && changesWorkingDay(d)).map((d) => ({ date: d.date, kind: d.kind })),
    };
    byYear.set(year, cut);
  }
  return cut;
}

function changesWorkingDay(d: CalendarData['days'][number]): boolean {
  const weekday = weekdayOf(toDayNumber(d.date));
  const mondayToFriday = weekday !== 0 && weekday !== 6;
  return d.kind === 'holiday' ? mondayToFriday : !mondayToFriday;
}
