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
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by integer arithmetic (H. Hinnant's
 * days_from_civil): no Date objects, since working-day arithmetic sits on hot paths.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new InvalidDateError(date);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function fromDayNumber(day: number): IsoDate {
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: number): number {
  return civilFromDays(day)[0];
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
