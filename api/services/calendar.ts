/**
 * The working-day calendar as the API serves it, and the one path by which it changes.
 *
 * Reads come from an in-memory WorkingCalendar built from PostgreSQL (loadCalendarData). A change
 * made through this service drops the cache at once; other API processes (the API scales out)
 * pick it up when their copy expires, so the cache also lives at most CACHE_TTL_MS.
 *
 * A change is then published to every open case as `calendarChangedSignal` carrying the full new
 * CalendarData, because a case's due dates live in its workflow and must move there (DESIGN:
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
import { type CalendarData, WorkingCalendar } from '../../domain/calendar/calendar.js';
import type { IsoDate } from '../../domain/calendar/dates.js';
import { FINAL_STATUSES } from '../../domain/case/model.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { calendarChangedSignal } from '../../workflows/messages.js';

/** How long another process may serve a calendar older than a change made elsewhere. */
export const CACHE_TTL_MS = 60_000;
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

export class CalendarService {
  private cached: { at: number; calendar: Promise<WorkingCalendar> } | undefined;

  constructor(
    private readonly db: Db,
    private readonly temporal: Client,
    private readonly ttlMs = CACHE_TTL_MS,
  ) {}

  /** The calendar in force, from memory when fresh. */
  current(): Promise<WorkingCalendar> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > this.ttlMs) {
      const entry = { at: now, calendar: loadCalendarData(this.db).then((data) => new WorkingCalendar(data)) };
      // A failed load must not be served from the cache until it expires.
      entry.calendar.catch(() => {
        if (this.cached === entry) this.cached = undefined;
      });
      this.cached = entry;
    }
    return this.cached.calendar;
  }

  invalidate(): void {
    this.cached = undefined;
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
    this.invalidate();
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
          await this.temporal.workflow.getHandle(caseNo).signal(calendarChangedSignal, data);
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

