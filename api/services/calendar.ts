/**
 * The working-day calendar as the API serves it, and the one path by which it changes.
 *
 * Reads come from the process's in-memory WorkingCalendar (reference-cache.ts), which every read
 * first checks against the calendar's version in PostgreSQL (one small query): a change committed
 * through any API process (the API scales out) is seen by the next read on every process.
 *
 * A change is then published to every open case as `calendarChangedSignal` carrying the new
 * CalendarData (cut to what the open cases can ask about, see notifyOpenCases), because a case's due dates live in its workflow and must move there (DESIGN:
 * "a calendar change reaches open cases by a message, not by a silent re-read"). Since each
 * signal carries the whole calendar, the last one a case receives must be the newest: changes
 * are therefore serialised across processes by a PostgreSQL advisory lock held from the write
 * until every open case has been told.
 *
 * Scale: open cases are read from the read model in chunks and signalled with limited
 * concurrency; that carries a city (thousands of open cases). At province scale this becomes one
 * Temporal batch operation (StartBatchOperation with a signal operation) over a visibility query
 * such as `WorkflowType = "caseWorkflow" AND ExecutionStatus = "Running"`, so that the cluster
 * fans the signal out instead of one API request.
 */
import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import { type CalendarData, type DayInfo, WorkingCalendar } from '../../domain/calendar/calendar.js';
import { type IsoDate, shanghaiDateOf, startOfShanghaiDay } from '../../domain/calendar/dates.js';
import { caseCalendar } from '../../domain/case/calendar.js';
import { FINAL_STATUSES } from '../../domain/case/model.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { calendarChangedSignal } from '../../workflows/messages.js';
import { type ReferenceCache, referenceCacheOf } from './reference-cache.js';

/** Open cases read from the read model per query. */
const CHUNK_SIZE = 500;
/** Signals in flight at once: enough to tell thousands of cases in seconds without flooding the frontend service. */
const SIGNAL_CONCURRENCY = 32;
/** Any fixed number: the key of the advisory lock that serialises calendar changes. */
const CHANGE_LOCK_KEY = 7_261_080;

/** The kinds a manager may set. `workday` removes an override: the day follows Monday–Friday again. */
export type ManagedDayKind = 'holiday' | 'makeup_workday' | 'workday';

/** Database spelling; WORKDAY marks a removed override (see prisma/seed/calendar.ts). */
const DB_KIND: Record<ManagedDayKind, string> = { holiday: 'HOLIDAY', makeup_workday: 'MAKEUP_WORKDAY', workday: 'WORKDAY' };

export interface DayChange {
  date: IsoDate;
  kind: ManagedDayKind;
  name?: string;
  note: string;
}

export interface YearChange {
  year: number;
  official: boolean;
  notice: string;
}

export interface ChangeRecord {
  id: string;
  at: string;
  by: string;
  days: { date: IsoDate; kind: string; name: string }[];
  reason: string;
  notified: number;
}

export interface ChangeResult {
  change: ChangeRecord;
  /** Open cases that received the new calendar. */
  notified: number;
  /** Open in the read model but no longer running in Temporal (closed or past retention). */
  gone: number;
  /** Could not be told (e.g. Temporal unavailable); they learn the calendar with the next change. */
  failed: number;
}

export interface Delivery {
  notified: number;
  gone: number;
  failed: number;
}

/** A refusal of a calendar change that is the caller's to fix, with the rule it broke. */
export class CalendarChangeRefused extends Error {
  override name = 'CalendarChangeRefused';
  constructor(
    readonly kind: 'conflict' | 'rule',
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** One open case whose due date a day change would move. */
export interface MovedCase {
  caseNo: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  status: string;
  acceptedDate: IsoDate;
  dueDate: IsoDate;
  newDueDate: IsoDate;
  /** Paused or in a special procedure now: the workflow also recounts its suspended days, so its date is settled when it resumes. */
  suspended: boolean;
}

/** What a day change would do, before it is saved. */
export interface DayImpact {
  date: IsoDate;
  before: DayInfo;
  after: DayInfo;
  /** False when the change only renames the day, or keeps it working (or off) as it was. */
  changesWorkingDay: boolean;
  /** Open cases with a running clock whose limit spans the day (accepted before it, due on or after it). */
  checked: number;
  moved: number;
  later: number;
  earlier: number;
  /** The moved cases, earliest due date first, at most IMPACT_LIST_LIMIT. */
  items: MovedCase[];
}

/** Statuses in which a case's clock runs (the same as the big screen's overdue list). */
const CLOCK_STATUSES = ['TRANSFERRING', 'IN_REVIEW', 'RETURNED'];
export const IMPACT_LIST_LIMIT = 100;

/**
 * The calendar with one day set to `kind` (`workday` removes its override), as a change would leave it.
 */
export function withDay(data: CalendarData, date: IsoDate, kind: ManagedDayKind, name?: string): CalendarData {
  const days = data.days.filter((d) => d.date !== date);
  if (kind !== 'workday') days.push({ date, kind, ...(name ? { name } : {}) });
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { years: data.years, days };
}

/**
 * The due date a case would have under `after`: the same number of working days after its
 * acceptance date as under `before` (domain/clock: due = acceptance date + N + suspended working days).
 */
export function movedDueDate(before: WorkingCalendar, after: WorkingCalendar, acceptedDate: IsoDate, dueDate: IsoDate): IsoDate {
  const n = before.countWorkingDays(acceptedDate, dueDate).count;
  return n === 0 ? dueDate : after.addWorkingDays(acceptedDate, n).date;
}

/** One day of a year view: its kind on the calendar and, for an override, where it came from. */
export interface YearDay extends DayInfo {
  /** OFFICIAL (from the State Council notice) or MANAGER (set through the API); absent on an ordinary day. */
  source?: string;
  note?: string;
  updatedBy?: string;
  updatedAt?: string;
}

export interface YearView {
  year: number;
  official: boolean;
  notice: string | null;
  /** True when the year has no official notice: only weekends are known to be off. */
  provisional: boolean;
  workingDays: number;
  holidays: number;
  makeupWorkdays: number;
  days: YearDay[];
}

export class CalendarService {
  private readonly references: ReferenceCache;

  constructor(
    private readonly db: Db,
    private readonly temporal: Client,
  ) {
    this.references = referenceCacheOf(db);
  }

  /** The calendar in force: from memory, unless PostgreSQL holds a newer one. */
  async current(): Promise<WorkingCalendar> {
    await this.references.sync();
    return (await this.references.calendar()).calendar;
  }

  /** Adds, corrects or removes one day's override, then tells every open case. */
  async setDay(change: DayChange, by: string): Promise<ChangeResult> {
    const date = new Date(`${change.date}T00:00:00.000Z`);
    const name = change.kind === 'workday' ? '' : (change.name ?? '');
    return this.change(by, change.note, [{ date: change.date, kind: DB_KIND[change.kind], name }], async (tx) => {
      if (change.kind === 'workday') {
        const existing = await tx.calendarDay.findUnique({ where: { date } });
        // Writing a removal where there is nothing to remove would only pin the day against next year's notice.
        if (!existing || existing.kind === DB_KIND.workday) {
          throw new CalendarChangeRefused('conflict', 'calendar.no_override', `${change.date} has no holiday or make-up workday to remove; it already follows the Monday–Friday rule`);
        }
      }
      const data = { kind: DB_KIND[change.kind], name, source: 'MANAGER', note: change.note, updatedBy: by };
      await tx.calendarDay.upsert({ where: { date }, create: { date, ...data }, update: data });
    });
  }

  /**
   * What setting one day would do, without saving: whether the day stops or starts being a
   * working day, and which open cases' due dates would move (and to when). Read from the read
   * model and the calendar as they stand; nothing is written and no case is told.
   */
  async previewDay(change: { date: IsoDate; kind: ManagedDayKind; name?: string }): Promise<DayImpact> {
    const data = await loadCalendarData(this.db);
    const before = new WorkingCalendar(data);
    const after = new WorkingCalendar(withDay(data, change.date, change.kind, change.name));
    const impact: DayImpact = {
      date: change.date,
      before: before.dayInfo(change.date),
      after: after.dayInfo(change.date),
      changesWorkingDay: false,
      checked: 0,
      moved: 0,
      later: 0,
      earlier: 0,
      items: [],
    };
    impact.changesWorkingDay = impact.before.workingDay !== impact.after.workingDay;
    // A case whose limit does not span the day cannot move: its working days all lie before the day, or start after it.
    const rows = await this.db.$queryRaw<{ case_no: string; item_code: string; item_name: string; department_code: string; status: string; accepted_at: Date; due_date: string; suspended: boolean }[]>`
      SELECT case_no, item_code, item_name, department_code, status, accepted_at, to_char(due_date, 'YYYY-MM-DD') AS due_date,
             coalesce((view->>'paused')::boolean, false) OR coalesce((view->>'inSpecialProcedure')::boolean, false) AS suspended
      FROM case_snapshot
      WHERE status = ANY(${CLOCK_STATUSES}::text[]) AND accepted_at IS NOT NULL AND due_date IS NOT NULL
        AND accepted_at < ${new Date(startOfShanghaiDay(change.date))} AND due_date >= ${change.date}::date
      ORDER BY due_date, case_no`;
    impact.checked = rows.length;
    if (!impact.changesWorkingDay) return impact;
    for (const r of rows) {
      const acceptedDate = shanghaiDateOf(r.accepted_at.getTime());
      const newDueDate = movedDueDate(before, after, acceptedDate, r.due_date);
      if (newDueDate === r.due_date) continue;
      impact.moved += 1;
      if (newDueDate > r.due_date) impact.later += 1;
      else impact.earlier += 1;
      if (impact.items.length < IMPACT_LIST_LIMIT) {
        impact.items.push({ caseNo: r.case_no, itemCode: r.item_code, itemName: r.item_name, departmentCode: r.department_code, status: r.status, acceptedDate, dueDate: r.due_date, newDueDate, suspended: r.suspended });
      }
    }
    return impact;
  }

  /** Every day of a year as the calendar has it, with the origin of each override: the console's year view. */
  async yearView(year: number): Promise<YearView> {
    const calendar = await this.current();
    const rows = await this.db.calendarDay.findMany({ where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } } });
    const origin = new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r]));
    const days: YearDay[] = [];
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const info = calendar.dayInfo(date);
      const row = origin.get(date);
      days.push({ ...info, ...(row ? { source: row.source, note: row.note, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() } : {}) });
    }
    const info = calendar.data.years.find((y) => y.year === year);
    return {
      year,
      official: info?.official ?? false,
      notice: info?.notice ?? null,
      provisional: calendar.isProvisionalYear(year),
      workingDays: days.filter((d) => d.workingDay).length,
      holidays: days.filter((d) => d.kind === 'holiday').length,
      makeupWorkdays: days.filter((d) => d.kind === 'makeup_workday').length,
      days,
    };
  }

  /** Marks a year official (its notice entered) or provisional (weekends only), then tells every open case. */
  async setYear(change: YearChange, by: string): Promise<ChangeResult> {
    const reason = `calendar year ${change.year} ${change.official ? `official: ${change.notice}` : `provisional (weekends only)${change.notice ? `: ${change.notice}` : ''}`}`;
    return this.change(by, reason, [], async (tx) => {
      const data = { official: change.official, notice: change.notice };
      await tx.calendarYear.upsert({ where: { year: change.year }, create: { year: change.year, ...data }, update: data });
    });
  }

  /**
   * Write, record and publish one change under the change lock, in one transaction: the
   * CalendarChange row commits with the write and carries the number of cases told.
   */
  private async change(by: string, reason: string, days: ChangeRecord['days'], write: (tx: Tx) => Promise<void>): Promise<ChangeResult> {
    const outcome = await this.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHANGE_LOCK_KEY})`;
        await write(tx);
        const row = await tx.calendarChange.create({ data: { by, days, reason } });
        // Read inside the transaction: the new calendar includes this very write.
        const data = await loadCalendarData(tx as unknown as Db);
        const delivery = await this.notifyOpenCases(data);
        // Open rectifications and urges count working days too: they are told the same way.
        await this.notifyOpenSupervision(data);
        const saved = await tx.calendarChange.update({ where: { id: row.id }, data: { notified: delivery.notified } });
        return { saved, delivery };
      },
      // Telling thousands of cases takes seconds, and a second change waits for the lock meanwhile.
      { timeout: 600_000, maxWait: 10_000 },
    );
    const { saved, delivery } = outcome;
    return {
      change: { id: String(saved.id), at: saved.at.toISOString(), by: saved.by, days: saved.days as ChangeRecord['days'], reason: saved.reason, notified: saved.notified },
      ...delivery,
    };
  }

  /**
   * Sends the calendar to every case the read model shows open. Never throws: a case that cannot
   * be told is counted, and every later change sends the full calendar again.
   */
  async notifyOpenCases(data: CalendarData): Promise<Delivery> {
    const delivery: Delivery = { notified: 0, gone: 0, failed: 0 };
    const closed = [...FINAL_STATUSES];
    // Only what the open cases can ask about (domain/case/calendar.ts), cut for the earliest
    // intake among them: a cut for an earlier year holds every later one's.
    const [earliest] = await this.db.$queryRaw<{ first: Date | null }[]>`
      SELECT min(submitted_at) AS first FROM case_snapshot WHERE status <> ALL(${closed}::text[])`;
    const payload = earliest?.first ? caseCalendar(data, shanghaiDateOf(earliest.first.getTime())) : data;
    let cursor: string | undefined;
    for (;;) {
      const chunk = await this.db.case.findMany({
        where: { status: { notIn: closed } },
        select: { caseNo: true },
        orderBy: { caseNo: 'asc' },
        take: CHUNK_SIZE,
        ...(cursor ? { cursor: { caseNo: cursor }, skip: 1 } : {}),
      });
      if (chunk.length === 0) break;
      await forEachLimited(chunk, SIGNAL_CONCURRENCY, async ({ caseNo }) => {
        try {
          await this.temporal.workflow.getHandle(caseNo).signal(calendarChangedSignal, payload);
          delivery.notified++;
        } catch (e) {
          if (e instanceof WorkflowNotFoundError) delivery.gone++;
          else delivery.failed++;
        }
      });
      cursor = chunk.at(-1)!.caseNo;
      if (chunk.length < CHUNK_SIZE) break;
    }
    return delivery;
  }

  /** Sends the calendar to every open rectification and unanswered urge; never throws. */
  async notifyOpenSupervision(data: CalendarData): Promise<Delivery> {
    const delivery: Delivery = { notified: 0, gone: 0, failed: 0 };
    const [rectifications, urges] = await Promise.all([
      this.db.rectification.findMany({ where: { status: { not: 'CLOSED' } }, select: { id: true } }),
      this.db.urge.findMany({ where: { status: 'AWAITING_REPLY' }, select: { id: true } }),
    ]);
    await forEachLimited([...rectifications, ...urges], SIGNAL_CONCURRENCY, async ({ id }) => {
      try {
        await this.temporal.workflow.getHandle(id).signal(calendarChangedSignal, data);
        delivery.notified++;
      } catch (e) {
        if (e instanceof WorkflowNotFoundError) delivery.gone++;
        else delivery.failed++;
      }
    });
    return delivery;
  }
}

type Tx = Prisma.TransactionClient;

async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

