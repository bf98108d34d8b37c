/**
 * 工作日 Working-day arithmetic on China's official calendar.
 *
 * Semantics (the platform's one definition, used by every limit):
 * - A day is a working day when it is Monday–Friday and not a statutory holiday, or when it is an
 *   official make-up workday (调休) announced by the State Council.
 * - `addWorkingDays(D, N)`: a limit of N working days starting on D ends at the end of the N-th
 *   working day strictly after D (the start day is not counted, whatever it is).
 * - `countWorkingDays(from, to)`: the working days d with from < d ≤ to (0 when to ≤ from).
 * - A year without official data counts weekends only; every answer that depends on such a year
 *   is flagged `provisional`.
 *
 * Pure: the data comes in through the constructor (in a workflow: from an activity result).
 */
import { type IsoDate, fromDayNumber, toDayNumber, weekdayOf, yearOf } from './dates.js';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** A day that departs from the Monday–Friday rule. */
export interface CalendarOverride {
  date: IsoDate;
  kind: 'holiday' | 'makeup_workday';
  /** e.g. 春节, 国庆节 */
  name?: string;
}

export interface CalendarYearInfo {
  year: number;
  /** True when the State Council notice for the year is loaded. */
  official: boolean;
  notice?: string;
}

/** Everything a calendar needs; serialisable, so it can travel through workflow history. */
export interface CalendarData {
  years: CalendarYearInfo[];
  days: CalendarOverride[];
}

export interface DayInfo {
  date: IsoDate;
  workingDay: boolean;
  kind: DayKind;
  name?: string;
  provisional: boolean;
}

export interface DatedAnswer {
  date: IsoDate;
  provisional: boolean;
}

export interface CountAnswer {
  count: number;
  provisional: boolean;
}

export const MAX_WORKING_DAYS = 1000;

export class WorkingCalendar {
  private readonly overrides = new Map<number, CalendarOverride>();
  private readonly officialYears = new Set<number>();

  constructor(readonly data: CalendarData) {
    for (const y of data.years) if (y.official) this.officialYears.add(y.year);
    for (const d of data.days) this.overrides.set(toDayNumber(d.date), d);
  }

  isProvisionalYear(year: number): boolean {
    return !this.officialYears.has(year);
  }

  isWorkingDayNumber(day: number): boolean {
    const o = this.overrides.get(day);
    if (o) return o.kind === 'makeup_workday';
    const wd = weekdayOf(day);
    return wd !== 0 && wd !== 6;
  }

  dayInfo(date: IsoDate): DayInfo {
    const day = toDayNumber(date);
    const o = this.overrides.get(day);
    const provisional = this.isProvisionalYear(yearOf(day));
    if (o) {
      return { date, workingDay: o.kind === 'makeup_workday', kind: o.kind, ...(o.name ? { name: o.name } : {}), provisional };
    }
    const wd = weekdayOf(day);
    const weekend = wd === 0 || wd === 6;
    return { date, workingDay: !weekend, kind: weekend ? 'weekend' : 'workday', provisional };
  }

  /** The date of the N-th working day strictly after `from` (N ≥ 0; N = 0 returns `from`). */
  addWorkingDays(from: IsoDate, n: number): DatedAnswer {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
    let day = toDayNumber(from);
    let remaining = n;
    while (remaining > 0) {
      day += 1;
      if (this.isWorkingDayNumber(day)) remaining -= 1;
    }
    return { date: fromDayNumber(day), provisional: this.anyProvisional(toDayNumber(from), day) };
  }

  /** Working days d with from < d ≤ to. */
  countWorkingDays(from: IsoDate, to: IsoDate): CountAnswer {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    let count = 0;
    for (let d = a + 1; d <= b; d += 1) if (this.isWorkingDayNumber(d)) count += 1;
    return { count, provisional: b > a && this.anyProvisional(a + 1, b) };
  }

  private anyProvisional(fromDay: number, toDay: number): boolean {
    for (let y = yearOf(Math.min(fromDay, toDay)); y <= yearOf(Math.max(fromDay, toDay)); y += 1) {
      if (this.isProvisionalYear(y)) return true;
    }
    return false;
  }
}
