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
 * walks day by day. Each year the calendar is asked about gets a table, built once on first use
 * (one pass over its ≤ 366 days): the running count of working days at each day of the year, and
 * the day of the year of its k-th working day. With the count up to the year's eve — the
 * Monday–Friday count in closed form plus the overrides' corrections before the year (binary
 * search) — `countWorkingDays` is two look-ups and `addWorkingDays` one look-up per year it
 * reaches into (one, for everyday limits): constant time, for any year and any data. A table
 * holds about 1.2 KB; a case touches one or two years. `naive.ts` keeps the day-by-day definition
 * that tests and the benchmark compare against.
 */
import { DAYS_BEFORE_MONTH, type DateParts, InvalidDateError, type IsoDate, firstDayOfYear, fromDayNumber, readIsoDate, toDayNumber, weekdayOf, yearOf } from './dates.js';

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

/** Where `locate` reads a date into (one object, reused: no allocation per call). */
const PARTS: DateParts = { year: 0, month: 0, day: 0 };

/** How many consecutive years a calendar keeps in its array of year tables. */
const NEAR_YEARS = 16;

/** One year's working days, indexed by day of the year. */
interface YearTable {
  year: number;
  /** Day number of 1 January. */
  first: number;
  /** Working days of the calendar up to 31 December of the year before (the running count's origin). */
  before: number;
  /** cum[i] = working days from 1 January to day i of the year, inclusive. */
  cum: Uint16Array;
  /** work[k] = day of the year (0-based) of the year's (k+1)-th working day. */
  work: Uint16Array;
  official: boolean;
  /** The dates answered so far, by day of the year: a case asks for the same due dates again and again. */
  iso: (IsoDate | undefined)[];
}

export class WorkingCalendar {
  private readonly overrides = new Map<number, CalendarOverride>();
  private readonly officialYears = new Set<number>();
  /** Override days whose working status differs from Monday–Friday, ascending. */
  private readonly correctionDays: number[] = [];
  /** correctionSums[i] = sum of the corrections (+1 make-up weekend, −1 weekday holiday) of correctionDays[0..i]. */
  private readonly correctionSums: number[] = [];
  /** Runs of consecutive official years as day spans: a range's provisional flag is one containment test. */
  private readonly officialSpans: { first: number; last: number }[] = [];
  /**
   * The years asked about so far, built on first use: by year − `base` (`base`: two years before
   * the first year asked about; a look-up on every operation, so an array, not a Map), with a Map
   * for years outside the array's reach.
   */
  private readonly near: (YearTable | undefined)[] = [];
  private base = Number.NaN;
  private readonly far = new Map<number, YearTable>();

  constructor(readonly data: CalendarData) {
    for (const y of data.years) if (y.official) this.officialYears.add(y.year);
    for (const year of [...this.officialYears].sort((a, b) => a - b)) {
      if (!Number.isInteger(year)) continue;
      const first = firstDayOfYear(year);
      const last = firstDayOfYear(year + 1) - 1;
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
    const startTable = this.locate(from);
    const startOffset = this.located;
    if (n === 0) return { date: from, provisional: !startTable.official };
    let table = startTable;
    // The count of working days since the table's 1 January that the answer must reach.
    let k = (table.cum[startOffset] as number) + n;
    while (k > table.work.length) {
      k -= table.work.length;
      table = this.tableOf(table.year + 1);
    }
    const offset = table.work[k - 1] as number;
    const date = table.iso[offset] ?? (table.iso[offset] = fromDayNumber(table.first + offset));
    return {
      date,
      provisional: table === startTable ? !table.official : this.isProvisionalBetween(startTable.first + startOffset, table.first + offset),
    };
  }

  /** Working days d with from < d ≤ to. */
  countWorkingDays(from: IsoDate, to: IsoDate): CountAnswer {
    const ta = this.locate(from);
    const oa = this.located;
    const tb = this.locate(to);
    const ob = this.located;
    const a = ta.first + oa;
    const b = tb.first + ob;
    if (b <= a) return { count: 0, provisional: false };
    const count = tb.before + (tb.cum[ob] as number) - ta.before - (ta.cum[oa] as number);
    // Only the days after `from` count: from 31 December, the range starts in the next year.
    const provisional = ta === tb || (tb.year === ta.year + 1 && oa === ta.cum.length - 1) ? !tb.official : this.isProvisionalBetween(a + 1, b);
    return { count, provisional };
  }

  /** The day of the year of the date `locate` read last. */
  private located = 0;

  /** The year table of a date, and (in `located`) its day of the year; refuses a malformed date. */
  private locate(date: IsoDate): YearTable {
    if (!readIsoDate(date, PARTS)) throw new InvalidDateError(date);
    const table = this.tableOf(PARTS.year);
    this.located = (DAYS_BEFORE_MONTH[PARTS.month] as number) + (PARTS.month > 2 && table.cum.length === 366 ? 1 : 0) + PARTS.day - 1;
    return table;
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

  private tableOf(year: number): YearTable {
    const i = year - this.base;
    const near = i >= 0 && i < NEAR_YEARS ? this.near[i] : undefined;
    if (near) return near;
    return this.farTable(year);
  }

  private farTable(year: number): YearTable {
    if (Number.isNaN(this.base)) this.base = year - 2;
    const i = year - this.base;
    if (i >= 0 && i < NEAR_YEARS) return (this.near[i] ??= this.buildTable(year));
    let table = this.far.get(year);
    if (!table) {
      table = this.buildTable(year);
      this.far.set(year, table);
    }
    return table;
  }

  /** One pass over the year's days; the origin from the closed form, so every table agrees with every other. */
  private buildTable(year: number): YearTable {
    const first = firstDayOfYear(year);
    const length = firstDayOfYear(year + 1) - first;
    const cum = new Uint16Array(length);
    const work = new Uint16Array(length);
    let count = 0;
    for (let i = 0; i < length; i += 1) {
      if (this.isWorkingDayNumber(first + i)) work[count++] = i;
      cum[i] = count;
    }
    const i = this.lastCorrectionAtOrBefore(first - 1);
    const before = mondayToFridayCumulative(first - 1) + (i < 0 ? 0 : (this.correctionSums[i] as number));
    return { year, first, before, cum, work: work.slice(0, count), official: this.officialYears.has(year), iso: [] };
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
