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

export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
  constructor(readonly value: string) {
    super(`"${value}" is not a valid date (expected YYYY-MM-DD)`);
  }
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/**
 * The day number of a `YYYY-MM-DD` date, or undefined when it is not one (exactly the dates the
 * pattern /^\d{4}-\d{2}-\d{2}$/ matches with a real month and day).
 */
function parseIsoDate(value: string): number | undefined {
  return readIsoDate(value, SCRATCH) ? daysFromCivil(SCRATCH.year, SCRATCH.month, SCRATCH.day) : undefined;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const SCRATCH: DateParts = { year: 0, month: 0, day: 0 };

/**
 * Reads a `YYYY-MM-DD` date character by character into `into`; false when it is not a real
 * date. Every working-day operation reads its dates, so this sits on the clock's hottest path:
 * no regular expression, no allocation.
 */
export function readIsoDate(value: string, into: DateParts): boolean {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const mo = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  // A non-digit reads as NaN, which fails every comparison below.
  if (!(y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo))) return false;
  into.year = y;
  into.month = mo;
  into.day = d;
  return true;
}

function digit(value: string, i: number): number {
  const c = value.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/** Days in a year before the 1st of each month (index 1–12), in a common year. */
export const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

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

/** The day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  return daysFromCivil(year, 1, 1);
}

/**
 * H. Hinnant's civil_from_days, split so that neither caller allocates: `eraOf` and
 * `yearOfEra` give the 400-year era and the year within it (years counted from 1 March).
 */
function eraOf(z: number): number {
  return Math.floor((z + 719468) / 146097);
}

function yearOfEra(doe: number): number {
  return Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
}

export function toDayNumber(date: IsoDate): number {
  const day = parseIsoDate(date);
  if (day === undefined) throw new InvalidDateError(date);
  return day;
}

/** "00" … "31": month and day numbers as written. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

export function fromDayNumber(day: number): IsoDate {
  const era = eraOf(day);
  const doe = day + 719468 - era * 146097;
  const yoe = yearOfEra(doe);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0')}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: number): number {
  const era = eraOf(day);
  const doe = day + 719468 - era * 146097;
  const yoe = yearOfEra(doe);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  // Days from 1 March: January and February (doy ≥ 306) belong to the next civil year.
  return yoe + era * 400 + (doy >= 306 ? 1 : 0);
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
