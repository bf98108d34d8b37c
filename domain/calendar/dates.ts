/**
 * Calendar dates as the hall uses them: `YYYY-MM-DD` in Asia/Shanghai (UTC+8, no daylight saving).
 * Internally a date is a day number (days since 1970-01-01), which makes arithmetic exact.
 * Pure: no clock, no I/O — safe inside workflows.
 */

/** A `YYYY-MM-DD` calendar date. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai is UTC+8 all year round. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
  constructor(readonly value: string) {
    super(`"${value}" is not a valid date (expected YYYY-MM-DD)`);
  }
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new InvalidDateError(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The Shanghai calendar date of an instant (epoch milliseconds). */
export function shanghaiDateOf(epochMs: number): IsoDate {
  return fromDayNumber(Math.floor((epochMs + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The instant a Shanghai date begins (00:00 +08:00). */
export function startOfShanghaiDay(date: IsoDate): number {
  return toDayNumber(date) * MS_PER_DAY - SHANGHAI_OFFSET_MS;
}

/** The instant a Shanghai date ends: the start of the next day. A limit due on `date` is overdue from then. */
export function endOfShanghaiDay(date: IsoDate): number {
  return startOfShanghaiDay(date) + MS_PER_DAY;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}
