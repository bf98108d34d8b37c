/**
 * The working-day calendar in PostgreSQL: seeded from the State Council notices
 * (`domain/calendar/official-days.ts`) and read back as the `CalendarData` a workflow receives
 * through an activity.
 *
 * A centre manager may correct a day through the API (source MANAGER); re-seeding, which runs on
 * every start, must never undo that, so official rows are inserted if missing and refreshed only
 * where no manager has spoken.
 */
import type { CalendarData, CalendarOverride } from '../../domain/calendar/calendar.js';
import type { IsoDate } from '../../domain/calendar/dates.js';
import { OFFICIAL_CALENDAR } from '../../domain/calendar/official-days.js';
import type { Db } from '../client.js';

const OFFICIAL = 'OFFICIAL';
const MANAGER = 'MANAGER';

/** Domain kind ↔ database kind; the column is upper-case text. */
const KIND_TO_DB: Record<CalendarOverride['kind'], string> = { holiday: 'HOLIDAY', makeup_workday: 'MAKEUP_WORKDAY' };
const KIND_FROM_DB = new Map(
  Object.entries(KIND_TO_DB).map(([kind, dbKind]) => [dbKind, kind as CalendarOverride['kind']]),
);
/**
 * A manager's removal of an official day, kept as a row so that re-seeding does not bring the
 * official day back (the same word CalendarChange uses for a removed override): the day then
 * follows the Monday–Friday rule.
 */
const REMOVED_KIND = 'WORKDAY';

/** The DATE column takes a Date at UTC midnight of the calendar day. */
function toDbDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function fromDbDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * Writes the official years and days. Returns how many years were written and how many official
 * days are now in force (days a manager has corrected are left alone and not counted).
 */
export async function seedCalendar(db: Db): Promise<{ years: number; days: number }> {
  return db.$transaction(async (tx) => {
    for (const y of OFFICIAL_CALENDAR.years) {
      const data = { official: y.official, notice: y.notice ?? '' };
      await tx.calendarYear.upsert({ where: { year: y.year }, create: { year: y.year, ...data }, update: data });
    }

    const rows = OFFICIAL_CALENDAR.days.map((d) => ({
      date: toDbDate(d.date),
      kind: KIND_TO_DB[d.kind],
      name: d.name ?? '',
      source: OFFICIAL,
    }));
    // Insert what is missing, then refresh only the rows no manager owns: an upsert cannot be
    // made conditional on the existing row's source.
    await tx.calendarDay.createMany({ data: rows, skipDuplicates: true });
    let days = 0;
    for (const { date, ...data } of rows) {
      const { count } = await tx.calendarDay.updateMany({ where: { date, source: { not: MANAGER } }, data });
      days += count;
    }
    return { years: OFFICIAL_CALENDAR.years.length, days };
  }, { timeout: 120_000, maxWait: 60_000 }); // a first start on a busy machine must not fail on the 5-second default
}

/** The calendar as stored, manager corrections included, ready for `new WorkingCalendar(...)`. */
export async function loadCalendarData(db: Db): Promise<CalendarData> {
  const [years, rows] = await Promise.all([
    db.calendarYear.findMany({ orderBy: { year: 'asc' } }),
    db.calendarDay.findMany({ orderBy: { date: 'asc' } }),
  ]);
  const days: CalendarOverride[] = [];
  for (const row of rows) {
    if (row.kind === REMOVED_KIND) continue;
    const kind = KIND_FROM_DB.get(row.kind);
    if (!kind) throw new Error(`calendar_day ${fromDbDate(row.date)} has an unknown kind "${row.kind}"`);
    days.push({ date: fromDbDate(row.date), kind, ...(row.name ? { name: row.name } : {}) });
  }
  return {
    years: years.map((y) => ({ year: y.year, official: y.official, ...(y.notice ? { notice: y.notice } : {}) })),
    days,
  };
}
