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
 *
 * Speed: a limit is computed for every case, every pause and every warning, so neither operation
 * walks day by day. The cumulative working-day count up to a day is the Monday–Friday count
 * (closed form) plus the sum of the overrides' corrections up to that day (binary search over
 * the sorted overrides). Both operations are O(log k) for k overrides, for any year, with no
 * cache to grow. `naive.ts` keeps the day-by-day definition that tests and the benchmark compare
 * against.
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
  /** Override days whose working status differs from Monday–Friday, ascending. */
  private readonly correctionDays: number[] = [];
  /** correctionSums[i] = sum of the corrections (+1 make-up weekend, −1 weekday holiday) of correctionDays[0..i]. */
  private readonly correctionSums: number[] = [];
  /** cumulativeAtCorrection[i] = cumulative(correctionDays[i]), ascending: what addWorkingDays searches. */
  private readonly cumulativeAtCorrection: number[] = [];
  /** Runs of consecutive official years as day spans: a range's provisional flag is one containment test. */
  private readonly officialSpans: { first: number; last: number }[] = [];

  constructor(readonly data: CalendarData) {
    for (const y of data.years) if (y.official) this.officialYears.add(y.year);
    for (const year of [...this.officialYears].sort((a, b) => a - b)) {
      // No valid IsoDate lies outside these years, so a range can never touch such a year.
      if (!Number.isInteger(year) || year < 100 || year > 9999) continue;
      const yyyy = String(year).padStart(4, '0');
      const first = toDayNumber(`${yyyy}-01-01`);
      const last = toDayNumber(`${yyyy}-12-31`);
      const previous = this.officialSpans.at(-1);
      if (previous && previous.last + 1 === first) previous.last = last;
      else this.officialSpans.push({ first, last });
    }
    for (const d of data.days) this.overrides.set(toDayNumber(d.date), d);
    let sum = 0;
    for (const day of [...this.overrides.keys()].sort((a, b) => a - b)) {
      const correction = Number(this.isWorkingDayNumber(day)) - Number(isMondayToFriday(day));
      if (correction === 0) continue; // a holiday on a weekend, or a make-up day on a weekday
      sum += correction;
      this.correctionDays.push(day);
      this.correctionSums.push(sum);
      this.cumulativeAtCorrection.push(mondayToFridayCumulative(day) + sum);
    }
  }

  isProvisionalYear(year: number): boolean {
    return !this.officialYears.has(year);
  }

  /** The one rule for a working day: the override decides if there is one, else Monday–Friday. */
  isWorkingDayNumber(day: number): boolean {
    const o = this.overrides.get(day);
    if (o) return o.kind === 'makeup_workday';
    return isMondayToFriday(day);
  }

  dayInfo(date: IsoDate): DayInfo {
    const day = toDayNumber(date);
    const o = this.overrides.get(day);
    const provisional = this.isProvisionalYear(yearOf(day));
    if (o) {
      return { date, workingDay: o.kind === 'makeup_workday', kind: o.kind, ...(o.name ? { name: o.name } : {}), provisional };
    }
    const weekday = isMondayToFriday(day);
    return { date, workingDay: weekday, kind: weekday ? 'workday' : 'weekend', provisional };
  }

  /** The date of the N-th working day strictly after `from` (N ≥ 0; N = 0 returns `from`). */
  addWorkingDays(from: IsoDate, n: number): DatedAnswer {
    assertWorkingDays(n);
    const start = toDayNumber(from);
    const day = n === 0 ? start : this.firstDayReaching(this.cumulative(start) + n);
    return { date: fromDayNumber(day), provisional: this.isProvisionalBetween(start, day) };
  }

  /** Working days d with from < d ≤ to. */
  countWorkingDays(from: IsoDate, to: IsoDate): CountAnswer {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b <= a) return { count: 0, provisional: false };
    return { count: this.cumulative(b) - this.cumulative(a), provisional: this.isProvisionalBetween(a + 1, b) };
  }

  /**
   * True when any year from the earlier to the later of the two days has no official data, i.e.
   * when the days do not lie within one run of consecutive official years.
   */
  isProvisionalBetween(fromDay: number, toDay: number): boolean {
    const lo = Math.min(fromDay, toDay);
    const hi = Math.max(fromDay, toDay);
    return !this.officialSpans.some((s) => s.first <= lo && hi <= s.last);
  }

  /**
   * A running count of working days up to and including `day`, from an arbitrary origin: only
   * differences are meaningful. It rises by exactly 1 on each working day and is flat otherwise.
   */
  private cumulative(day: number): number {
    const i = this.lastCorrectionAtOrBefore(day);
    return mondayToFridayCumulative(day) + (i < 0 ? 0 : (this.correctionSums[i] as number));
  }

  /**
   * The earliest day whose cumulative count reaches `target`; since the count rises only on
   * working days, by 1, that day is a working day and the count there equals `target`.
   * Between two correction days the count is the Monday–Friday count plus a constant, so: find
   * the first correction day that reaches the target, then solve in closed form on the stretch
   * before it.
   */
  private firstDayReaching(target: number): number {
    let lo = 0;
    let hi = this.correctionDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulativeAtCorrection[mid] as number) >= target) hi = mid;
      else lo = mid + 1;
    }
    const offsetBefore = lo === 0 ? 0 : (this.correctionSums[lo - 1] as number);
    const candidate = firstMondayToFridayReaching(target - offsetBefore);
    const boundary = this.correctionDays[lo];
    return boundary === undefined ? candidate : Math.min(candidate, boundary);
  }

  /** Index of the last correction day ≤ `day`, or −1. */
  private lastCorrectionAtOrBefore(day: number): number {
    let lo = 0;
    let hi = this.correctionDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.correctionDays[mid] as number) <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** Shared by the fast and naive implementations, so both refuse the same inputs. */
export function assertWorkingDays(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
}

function isMondayToFriday(day: number): boolean {
  const wd = weekdayOf(day);
  return wd !== 0 && wd !== 6;
}

/** 1970-01-05, a Monday: the origin that makes the weekly pattern start on r = 0. */
const MONDAY_ORIGIN = 4;

/** Monday–Friday days in [MONDAY_ORIGIN, day] (negative before the origin; only differences matter). */
function mondayToFridayCumulative(day: number): number {
  const offset = day - MONDAY_ORIGIN;
  const weeks = Math.floor(offset / 7);
  const r = offset - 7 * weeks; // 0 = Monday … 6 = Sunday
  return 5 * weeks + Math.min(r + 1, 5);
}

/** The earliest day whose Monday–Friday cumulative count reaches `target` (always a Monday–Friday day). */
function firstMondayToFridayReaching(target: number): number {
  const weeks = Math.floor((target - 1) / 5);
  return MONDAY_ORIGIN + 7 * weeks + (target - 1 - 5 * weeks);
}
