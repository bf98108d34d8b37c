/**
 * 统计 and the hall's big screen (R4.2): the six figures by department, item, zone, channel,
 * staff member, day, week or month over any range of days, the drill-down from a figure to the
 * cases behind it, and the big screen's data — once, and as a live Server-Sent Events stream.
 *
 * Figures are read from the rollups the projector keeps (stat_department_daily, stat_daily),
 * never by grouping raw case events per call, so answers stay fast at a million cases. The
 * definitions are in domain/statistics.ts and docs/statistics.md.
 *
 * Live updates cross API copies through PostgreSQL: the projector NOTIFYs `case_events` when it
 * commits events; each API copy LISTENs on one dedicated connection while at least one screen is
 * connected to it, and pushes a fresh payload to its screens shortly after.
 */
import type { Response } from 'express';
import { decodeJwt } from 'jose';
import pg from 'pg';
import type { Logger } from 'pino';
import { z } from 'zod';
import { CASE_EVENTS_CHANNEL } from '../../activities/projection.js';
import { FINAL_STATUSES, CASE_STATUSES, type CaseStatus } from '../../domain/case/model.js';
import { type IsoDate, addCalendarDays, isIsoDate, shanghaiDateOf, startOfShanghaiDay, toDayNumber } from '../../domain/calendar/dates.js';
import {
  DEFINITIONS_TEXT,
  DRILL_DOWN,
  type DrillDownMetric,
  type Figures,
  METRICS,
  type Metric,
  daysBetween,
  figuresOf,
  isoWeekLabel,
  periodKeyOf,
} from '../../domain/statistics.js';
import { type Db, Prisma } from '../../prisma/client.js';
import { type SatisfactionRow, satisfactionRowSchema, satisfactionSummary } from '../services/ratings.js';
import type { Tokens } from '../http/auth.js';
import { Problem, forbiddenProblem, unauthorized } from '../http/problem.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';

export interface StatisticsRouteDeps {
  db: Db;
  /** The big-screen stream LISTENs on its own connection (a pooled one cannot hold a LISTEN). */
  databaseUrl: string;
  /** The stream verifies `?access_token=` itself: EventSource cannot send an Authorization header. */
  tokens: Tokens;
  logger?: Logger;
}

const OVERSIGHT = ['CENTRE_MANAGER', 'SUPERVISOR'] as const;
const STATISTICS_ROLES = [...OVERSIGHT, 'DEPARTMENT_LEAD', 'DEPARTMENT_REVIEWER'] as const;

/** The longest range one statistics call may cover: three years of days. */
const MAX_RANGE_DAYS = 1_100;
/** The default range: the last 30 days including today. */
const DEFAULT_RANGE_DAYS = 30;
const BIG_SCREEN_DAYS = 7;
const BIG_SCREEN_LIST_LIMIT = 50;
const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !FINAL_STATUSES.has(s));

export const GROUP_BYS = ['none', 'department', 'item', 'zone', 'channel', 'staff', 'day', 'week', 'month'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface StatisticsFilter {
  departmentCode?: string | undefined;
  itemCode?: string | undefined;
  zoneCode?: string | undefined;
  channel?: 'ONLINE' | 'WINDOW' | undefined;
  staffId?: string | undefined;
}

export interface StatisticsQuery extends StatisticsFilter {
  from: IsoDate;
  to: IsoDate;
  groupBy: GroupBy;
}

export interface StatisticsGroup extends Figures {
  key: string;
  label: string;
}

export interface StatisticsAnswer {
  from: IsoDate;
  to: IsoDate;
  groupBy: GroupBy;
  filters: StatisticsFilter;
  /** Which rollup answered: `department` (no item or staff needed) or `detail`. */
  rollup: 'department' | 'detail';
  total: Figures;
  groups: StatisticsGroup[];
}

// ───────────── reading the rollups ─────────────

const GROUP_KEY: Record<GroupBy, Prisma.Sql> = {
  none: Prisma.sql`''`,
  department: Prisma.sql`department_code`,
  item: Prisma.sql`item_code`,
  zone: Prisma.sql`zone_code`,
  channel: Prisma.sql`channel`,
  staff: Prisma.sql`staff_id`,
  day: Prisma.sql`to_char(day, 'YYYY-MM-DD')`,
  week: Prisma.sql`to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD')`,
  month: Prisma.sql`to_char(day, 'YYYY-MM')`,
};

/**
 * Metric sums per group from the smallest rollup that holds every dimension the question needs:
 * the department rollup (a few thousand rows a month) unless an item or a staff member is asked for.
 */
export async function rollupCounts(db: Db, q: StatisticsQuery, metrics: readonly Metric[] = METRICS): Promise<{ rollup: 'department' | 'detail'; rows: { key: string; metric: Metric; n: number }[] }> {
  const detail = q.groupBy === 'item' || q.groupBy === 'staff' || q.itemCode !== undefined || q.staffId !== undefined;
  const conditions = [Prisma.sql`day BETWEEN ${q.from}::date AND ${q.to}::date`];
  if (metrics.length < METRICS.length) conditions.push(Prisma.sql`metric = ANY(${[...metrics]}::text[])`);
  if (q.departmentCode !== undefined) conditions.push(Prisma.sql`department_code = ${q.departmentCode}`);
  if (q.zoneCode !== undefined) conditions.push(Prisma.sql`zone_code = ${q.zoneCode}`);
  if (q.channel !== undefined) conditions.push(Prisma.sql`channel = ${q.channel}`);
  if (q.itemCode !== undefined) conditions.push(Prisma.sql`item_code = ${q.itemCode}`);
  if (q.staffId !== undefined) conditions.push(Prisma.sql`staff_id = ${q.staffId}`);
  const table = detail ? Prisma.sql`stat_daily` : Prisma.sql`stat_department_daily`;
  const rows = await db.$queryRaw<{ key: string; metric: Metric; n: bigint }[]>`
    SELECT ${GROUP_KEY[q.groupBy]} AS key, metric, sum(count)::bigint AS n
    FROM ${table}
    WHERE ${Prisma.join(conditions, ' AND ')}
    GROUP BY 1, 2`;
  return { rollup: detail ? 'detail' : 'department', rows: rows.map((r) => ({ key: r.key, metric: r.metric, n: Number(r.n) })) };
}

function countsByKey(rows: { key: string; metric: Metric; n: number }[]): Map<string, Partial<Record<Metric, number>>> {
  const out = new Map<string, Partial<Record<Metric, number>>>();
  for (const r of rows) {
    const counts = out.get(r.key) ?? {};
    counts[r.metric] = (counts[r.metric] ?? 0) + r.n;
    out.set(r.key, counts);
  }
  return out;
}

const CHANNEL_LABELS: Record<string, string> = { ONLINE: '一网（网上办理）', WINDOW: '一窗（窗口办理）' };
const NO_STAFF_LABEL = '平台或申请人（非工作人员）';

async function labelsOf(db: Db, groupBy: GroupBy, keys: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (keys.length === 0) return labels;
  switch (groupBy) {
    case 'department':
      for (const d of await db.department.findMany({ where: { code: { in: keys } }, select: { code: true, name: true } })) labels.set(d.code, d.name);
      break;
    case 'zone':
      for (const z of await db.zone.findMany({ where: { code: { in: keys } }, select: { code: true, name: true } })) labels.set(z.code, z.name);
      break;
    case 'item': {
      // The published version's name; a retired item keeps the name of its latest version.
      const rows = await db.$queryRaw<{ item_code: string; name: string }[]>`
        SELECT DISTINCT ON (item_code) item_code, name FROM service_item_version
        WHERE item_code = ANY(${keys}::text[]) ORDER BY item_code, (state = 'PUBLISHED') DESC, version DESC`;
      for (const r of rows) labels.set(r.item_code, r.name);
      break;
    }
    case 'staff': {
      const rows = await db.$queryRaw<{ id: string; display_name: string }[]>`
        SELECT id::text AS id, display_name FROM app_user WHERE id::text = ANY(${keys}::text[])`;
      for (const r of rows) labels.set(r.id, r.display_name);
      labels.set('', NO_STAFF_LABEL);
      break;
    }
    case 'channel':
      for (const k of keys) labels.set(k, CHANNEL_LABELS[k] ?? k);
      break;
    case 'week':
      for (const k of keys) labels.set(k, isoWeekLabel(k));
      break;
    case 'none':
      labels.set('', '合计');
      break;
    case 'day':
    case 'month':
      break;
  }
  return labels;
}

/** The keys a grouping shows even without data: every period of the range, every department. */
async function expectedKeys(db: Db, q: StatisticsQuery): Promise<string[] | undefined> {
  switch (q.groupBy) {
    case 'none':
      return [''];
    case 'day':
    case 'week':
    case 'month':
      return [...new Set(daysBetween(q.from, q.to).map((d) => periodKeyOf(d, q.groupBy as 'day' | 'week' | 'month')))];
    case 'department':
      if (q.departmentCode !== undefined) return [q.departmentCode];
      return (await db.department.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { code: true } })).map((d) => d.code);
    default:
      return undefined;
  }
}

export async function statistics(db: Db, q: StatisticsQuery): Promise<StatisticsAnswer> {
  const { rollup, rows } = await rollupCounts(db, q);
  const byKey = countsByKey(rows);
  const expected = await expectedKeys(db, q);
  let keys: string[];
  if (expected) {
    const known = new Set(expected);
    // Data for a department missing from the catalog (a deleted code) still shows, at the end.
    keys = [...expected, ...[...byKey.keys()].filter((k) => !known.has(k)).sort()];
  } else {
    keys = [...byKey.keys()].sort((a, b) => (byKey.get(b)!.ACCEPTED ?? 0) - (byKey.get(a)!.ACCEPTED ?? 0) || a.localeCompare(b));
  }
  const labels = await labelsOf(db, q.groupBy, keys);
  const total: Partial<Record<Metric, number>> = {};
  for (const r of rows) total[r.metric] = (total[r.metric] ?? 0) + r.n;
  return {
    from: q.from,
    to: q.to,
    groupBy: q.groupBy,
    filters: filtersOf(q),
    rollup,
    total: figuresOf(total),
    groups: keys.map((key) => ({ key, label: labels.get(key) ?? key, ...figuresOf(byKey.get(key) ?? {}) })),
  };
}

function filtersOf(q: StatisticsFilter): StatisticsFilter {
  const f: StatisticsFilter = {};
  if (q.departmentCode !== undefined) f.departmentCode = q.departmentCode;
  if (q.itemCode !== undefined) f.itemCode = q.itemCode;
  if (q.zoneCode !== undefined) f.zoneCode = q.zoneCode;
  if (q.channel !== undefined) f.channel = q.channel;
  if (q.staffId !== undefined) f.staffId = q.staffId;
  return f;
}

// ───────────── drill-down ─────────────

export interface DrillDownQuery extends StatisticsFilter {
  metric: DrillDownMetric;
  from: IsoDate;
  to: IsoDate;
  page: number;
  pageSize: number;
}

export interface DrillDownRow {
  caseNo: string;
  eventSeq: number;
  eventType: string;
  eventAt: string;
  day: IsoDate;
  actor: { id: string; name: string; role: string } | null;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  zoneCode: string;
  channel: string;
  status: string;
  applicantName: string;
  acceptedAt: string | null;
  dueDate: string | null;
  overdue: boolean;
  everOverdue: boolean;
}

/** An OVERDUE event before this one: the condition that makes an OVERDUE event not the first, a completion not on time. */
const EARLIER_OVERDUE = Prisma.sql`EXISTS (SELECT 1 FROM case_event o WHERE o.case_no = e.case_no AND o.type = 'OVERDUE' AND o.seq < e.seq)`;

/**
 * The events a figure counted, newest first, with their cases: the same events the projector
 * counted into the rollups, so the total (read from the rollups) is the figure itself.
 */
export async function drillDown(db: Db, q: DrillDownQuery): Promise<{ total: number; items: DrillDownRow[] }> {
  const metrics: readonly Metric[] = DRILL_DOWN[q.metric];
  const plain = metrics.filter((m) => m !== 'OVERDUE' && m !== 'COMPLETED_ON_TIME');
  const typeConditions: Prisma.Sql[] = [];
  if (plain.length) typeConditions.push(Prisma.sql`e.type = ANY(${plain}::text[])`);
  if (metrics.includes('OVERDUE')) typeConditions.push(Prisma.sql`(e.type = 'OVERDUE' AND NOT ${EARLIER_OVERDUE})`);
  if (metrics.includes('COMPLETED_ON_TIME')) typeConditions.push(Prisma.sql`(e.type = 'COMPLETED' AND NOT ${EARLIER_OVERDUE})`);
  const conditions = [
    Prisma.sql`(${Prisma.join(typeConditions, ' OR ')})`,
    Prisma.sql`e.at >= ${new Date(startOfShanghaiDay(q.from))}`,
    Prisma.sql`e.at < ${new Date(startOfShanghaiDay(addCalendarDays(q.to, 1)))}`,
  ];
  if (q.departmentCode !== undefined) conditions.push(Prisma.sql`s.department_code = ${q.departmentCode}`);
  if (q.itemCode !== undefined) conditions.push(Prisma.sql`s.item_code = ${q.itemCode}`);
  if (q.zoneCode !== undefined) conditions.push(Prisma.sql`s.zone_code = ${q.zoneCode}`);
  if (q.channel !== undefined) conditions.push(Prisma.sql`s.channel = ${q.channel}`);
  if (q.staffId !== undefined) conditions.push(Prisma.sql`e.actor_id = ${q.staffId} AND e.actor_role NOT IN ('APPLICANT', 'SYSTEM')`);
  const [rows, counted] = await Promise.all([
    db.$queryRaw<
      {
        case_no: string; seq: number; type: string; at: Date; actor_id: string | null; actor_name: string | null; actor_role: string | null;
        item_code: string; item_name: string; department_code: string; zone_code: string; channel: string; status: string;
        applicant_name: string; accepted_at: Date | null; due_date: string | null; overdue: boolean; ever_overdue: boolean;
      }[]
    >`
      SELECT e.case_no, e.seq, e.type, e.at, e.actor_id, e.actor_name, e.actor_role,
             s.item_code, s.item_name, s.department_code, s.zone_code, s.channel, s.status, s.applicant_name,
             s.accepted_at, to_char(s.due_date, 'YYYY-MM-DD') AS due_date, s.overdue, s.ever_overdue
      FROM case_event e JOIN case_snapshot s ON s.case_no = e.case_no
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY e.at DESC, e.case_no, e.seq
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    rollupCounts(db, { ...q, groupBy: 'none' }, metrics),
  ]);
  return {
    total: counted.rows.reduce((n, r) => n + r.n, 0),
    items: rows.map((r) => ({
      caseNo: r.case_no,
      eventSeq: r.seq,
      eventType: r.type,
      eventAt: r.at.toISOString(),
      day: shanghaiDateOf(r.at.getTime()),
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '', role: r.actor_role ?? '' } : null,
      itemCode: r.item_code,
      itemName: r.item_name,
      departmentCode: r.department_code,
      zoneCode: r.zone_code,
      channel: r.channel,
      status: r.status,
      applicantName: r.applicant_name,
      acceptedAt: r.accepted_at ? r.accepted_at.toISOString() : null,
      dueDate: r.due_date,
      overdue: r.overdue,
      everOverdue: r.ever_overdue,
    })),
  };
}

// ───────────── the big screen ─────────────

export interface BigScreenCase {
  caseNo: string;
  itemCode: string;
  itemName: string;
  departmentCode: string;
  departmentName: string;
  status: string;
  acceptedAt: string | null;
  dueDate: string | null;
  dueAt: string | null;
}

export interface BigScreenPayload {
  generatedAt: string;
  /** The last 7 Asia/Shanghai days, today included. */
  window: { from: IsoDate; to: IsoDate };
  /** The six figures per day, oldest first: always 7 entries. */
  days: (Figures & { day: IsoDate })[];
  /** The six figures over the 7 days. */
  last7Days: Figures;
  /** Today so far, and the cases open right now. */
  live: {
    day: IsoDate;
    today: Figures;
    /** Cases not yet closed (not refused, completed, withdrawn or terminated). */
    open: number;
    openByStatus: Partial<Record<CaseStatus, number>>;
    /** Cases in the approval stage that are overdue now / warned about now. */
    overdueNow: number;
    warningNow: number;
  };
  /** Overdue cases in the approval stage, most overdue first (at most 50; `total` counts all). */
  overdue: { total: number; items: BigScreenCase[] };
  /** Cases close to their due date in the approval stage, closest first (at most 50). */
  warning: { total: number; items: BigScreenCase[] };
  /**
   * Departments over the 7 days, best first: by on-time completion rate (completions of cases
   * never overdue ÷ completions), then by completions; departments without completions last.
   */
  ranking: { rank: number; departmentCode: string; departmentName: string; accepted: number; completed: number; completedOnTime: number; onTimeRate: number | null; overdue: number; returned: number }[];
  /** 好差评 over the 7 days: hall-wide and per department (ratings excluded by an upheld appeal not counted). */
  satisfaction: { overall: SatisfactionRow | null; byDepartment: SatisfactionRow[] };
  definitions: string;
}

/** Metric sums per Shanghai day and department over [from, to]. */
export type DailyDepartmentCounts = (db: Db, from: IsoDate, to: IsoDate) => Promise<{ day: string; department_code: string; metric: Metric; n: bigint }[]>;

/** From the department rollup: at most days × departments × zones × channels × metrics rows. */
export const rollupDailyDepartmentCounts: DailyDepartmentCounts = (db, from, to) => db.$queryRaw`
  SELECT to_char(day, 'YYYY-MM-DD') AS day, department_code, metric, sum(count)::bigint AS n
  FROM stat_department_daily
  WHERE day BETWEEN ${from}::date AND ${to}::date
  GROUP BY 1, 2, 3`;

/**
 * The big screen's data at `now`. Reads the department rollup (bench/stats.ts passes a raw-event
 * `dailyCounts` to measure what the rollup saves), and case_snapshot through its partial indexes.
 */
export async function bigScreen(db: Db, now: number = Date.now(), dailyCounts: DailyDepartmentCounts = rollupDailyDepartmentCounts): Promise<BigScreenPayload> {
  const today = shanghaiDateOf(now);
  const from = addCalendarDays(today, -(BIG_SCREEN_DAYS - 1));
  // The statuses in which a case's clock can run (where it can be overdue or warned about now),
  // written out literally: the partial indexes case_snapshot_open_{overdue,warning}_idx carry the
  // same predicate, and the planner uses them only if it can see the two match.
  const listed = (flag: 'overdue' | 'warning') => db.$queryRaw<
    { case_no: string; item_code: string; item_name: string; department_code: string; status: string; accepted_at: Date | null; due_date: string | null; due_at: Date | null }[]
  >`
    SELECT case_no, item_code, item_name, department_code, status, accepted_at, to_char(due_date, 'YYYY-MM-DD') AS due_date, due_at
    FROM case_snapshot
    WHERE ${flag === 'overdue' ? Prisma.sql`overdue` : Prisma.sql`warning`} AND status IN ('TRANSFERRING', 'IN_REVIEW', 'RETURNED')
    ORDER BY due_at ASC NULLS LAST, case_no
    LIMIT ${BIG_SCREEN_LIST_LIMIT}`;
  const [rows, departments, byStatus, nowCounts, overdueRows, warningRows, rated] = await Promise.all([
    dailyCounts(db, from, today),
    db.department.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { code: true, name: true } }),
    db.$queryRaw<{ status: CaseStatus; n: bigint }[]>`
      SELECT status, count(*)::bigint AS n FROM case_snapshot WHERE status = ANY(${[...OPEN_STATUSES]}::text[]) GROUP BY status`,
    db.$queryRaw<{ overdue: bigint; warning: bigint }[]>`
      SELECT (SELECT count(*) FROM case_snapshot WHERE overdue AND status IN ('TRANSFERRING', 'IN_REVIEW', 'RETURNED'))::bigint AS overdue,
             (SELECT count(*) FROM case_snapshot WHERE warning AND status IN ('TRANSFERRING', 'IN_REVIEW', 'RETURNED'))::bigint AS warning`,
    listed('overdue'),
    listed('warning'),
    satisfactionSummary(db, new Date(startOfShanghaiDay(from)), new Date(startOfShanghaiDay(addCalendarDays(today, 1)))),
  ]);
  const names = new Map(departments.map((d) => [d.code, d.name]));
  const perDay = new Map<string, Partial<Record<Metric, number>>>();
  const perDept = new Map<string, Partial<Record<Metric, number>>>();
  const all: Partial<Record<Metric, number>> = {};
  for (const r of rows) {
    const n = Number(r.n);
    const d = perDay.get(r.day) ?? {};
    d[r.metric] = (d[r.metric] ?? 0) + n;
    perDay.set(r.day, d);
    const p = perDept.get(r.department_code) ?? {};
    p[r.metric] = (p[r.metric] ?? 0) + n;
    perDept.set(r.department_code, p);
    all[r.metric] = (all[r.metric] ?? 0) + n;
  }
  const caseOf = (r: (typeof overdueRows)[number]): BigScreenCase => ({
    caseNo: r.case_no,
    itemCode: r.item_code,
    itemName: r.item_name,
    departmentCode: r.department_code,
    departmentName: names.get(r.department_code) ?? r.department_code,
    status: r.status,
    acceptedAt: r.accepted_at ? r.accepted_at.toISOString() : null,
    dueDate: r.due_date,
    dueAt: r.due_at ? r.due_at.toISOString() : null,
  });
  const openByStatus: Partial<Record<CaseStatus, number>> = {};
  for (const r of byStatus) openByStatus[r.status] = Number(r.n);
  const departmentCodes = [...departments.map((d) => d.code), ...[...perDept.keys()].filter((c) => !names.has(c)).sort()];
  const ranking = departmentCodes
    .map((code, order) => {
      const f = figuresOf(perDept.get(code) ?? {});
      return { order, departmentCode: code, departmentName: names.get(code) ?? code, accepted: f.accepted, completed: f.completed, completedOnTime: f.completedOnTime, onTimeRate: f.onTimeRate, overdue: f.overdue, returned: f.returned };
    })
    .sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || b.completed - a.completed || b.accepted - a.accepted || a.order - b.order)
    .map(({ order: _order, ...r }, i) => ({ rank: i + 1, ...r }));
  const counts = nowCounts[0] ?? { overdue: 0n, warning: 0n };
  return {
    generatedAt: new Date(now).toISOString(),
    window: { from, to: today },
    days: daysBetween(from, today).map((day) => ({ day, ...figuresOf(perDay.get(day) ?? {}) })),
    last7Days: figuresOf(all),
    live: {
      day: today,
      today: figuresOf(perDay.get(today) ?? {}),
      open: Object.values(openByStatus).reduce((a, b) => a + b, 0),
      openByStatus,
      overdueNow: Number(counts.overdue),
      warningNow: Number(counts.warning),
    },
    overdue: { total: Number(counts.overdue), items: overdueRows.map(caseOf) },
    warning: { total: Number(counts.warning), items: warningRows.map(caseOf) },
    ranking,
    satisfaction: rated,
    definitions: DEFINITIONS_TEXT,
  };
}

// ───────────── the live stream ─────────────

/**
 * One per API copy: holds the connected screens and, while there is at least one, a LISTEN
 * connection. Notifications are coalesced: the first starts a short timer, those arriving
 * meanwhile ride along, so a burst of events costs one payload per screen, not one per event.
 */
export class BigScreenHub {
  private readonly screens = new Set<Response>();
  private users = 0;
  private listener: pg.Client | undefined;
  private listening: Promise<void> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing = false;
  private changes = 0;
  private messageId = 0;
  /** Bumped when the last screen leaves: a listener that connects after that is closed at once. */
  private generation = 0;

  constructor(
    private readonly deps: { db: Db; databaseUrl: string; logger?: Logger | undefined },
    private readonly coalesceMs = 500,
  ) {}

  /** Counts a screen in (before it is ready) so the listener is kept; returns the matching release. */
  retain(): () => void {
    this.users += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.users -= 1;
      if (this.users === 0) this.stopListening();
    };
  }

  /** Resolves once LISTEN is in place, so nothing committed after the first payload is missed. */
  ready(): Promise<void> {
    this.listening ??= this.listen().catch((e: unknown) => {
      this.listening = undefined;
      throw e;
    });
    return this.listening;
  }

  get changeCount(): number {
    return this.changes;
  }

  render(): Promise<string> {
    return bigScreen(this.deps.db).then((p) => JSON.stringify(p));
  }

  message(data: string): string {
    this.messageId += 1;
    return `id: ${this.messageId}\ndata: ${data}\n\n`;
  }

  /** Adds a screen that has had its first payload; catches up if something changed meanwhile. */
  join(res: Response, changesBefore: number): void {
    this.screens.add(res);
    if (this.changes !== changesBefore) this.schedule();
  }

  leave(res: Response): void {
    this.screens.delete(res);
  }

  private async listen(): Promise<void> {
    const generation = this.generation;
    const client = new pg.Client({ connectionString: this.deps.databaseUrl, application_name: 'one-window big-screen listener' });
    client.on('notification', () => this.changed());
    client.on('error', (err) => {
      this.deps.logger?.warn({ err }, 'big-screen listener connection failed');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${CASE_EVENTS_CHANNEL}`);
    if (generation !== this.generation) {
      // Every screen left while we were connecting (and perhaps another listener was started since).
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  /** The listener went away (database restart, network): reconnect while screens watch. */
  private lost(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    this.listening = undefined;
    this.reconnect();
  }

  private reconnect(): void {
    if (this.users === 0 || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.users === 0) return;
      this.ready().then(
        // Notifications sent while we were away are lost: assume something changed.
        () => this.changed(),
        (err: unknown) => {
          this.deps.logger?.warn({ err }, 'big-screen listener could not reconnect; retrying');
          this.reconnect();
        },
      );
    }, 2_000);
  }

  private stopListening(): void {
    this.generation += 1;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.reconnectTimer = undefined;
    this.flushTimer = undefined;
    const client = this.listener;
    this.listener = undefined;
    this.listening = undefined;
    if (client) client.end().catch(() => undefined);
  }

  private changed(): void {
    this.changes += 1;
    this.schedule();
  }

  private schedule(): void {
    if (this.flushTimer || this.flushing || this.screens.size === 0) return;
    this.flushTimer = setTimeout(() => void this.flush(), this.coalesceMs);
  }

  private async flush(): Promise<void> {
    this.flushTimer = undefined;
    this.flushing = true;
    const before = this.changes;
    try {
      const msg = this.message(await this.render());
      for (const res of this.screens) {
        // A screen that stopped reading would make us buffer without end: drop it; EventSource reconnects.
        if (res.writableLength > 4_000_000) res.destroy();
        else res.write(msg);
      }
    } catch (err) {
      this.deps.logger?.error({ err }, 'big-screen payload failed');
    } finally {
      this.flushing = false;
      if (this.changes !== before) this.schedule();
    }
  }
}

// ───────────── routes ─────────────

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine(isIsoDate, 'is not a day of the calendar');
const code = z.string().trim().min(1).max(64);
const filterFields = {
  from: isoDate.optional().describe(`first day (Asia/Shanghai), included; default: ${DEFAULT_RANGE_DAYS - 1} days before \`to\``),
  to: isoDate.optional().describe('last day (Asia/Shanghai), included; default: today'),
  departmentCode: code.optional().describe('department staff are held to their own department'),
  itemCode: code.optional(),
  zoneCode: code.optional(),
  channel: z.enum(['ONLINE', 'WINDOW']).optional(),
  staffId: code.optional().describe('a staff member (app_user id): the events that person performed'),
};
const rangeRule = (q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  // zod runs this even when a field failed its own check; a bad day is already reported there.
  if ((q.from !== undefined && !isIsoDate(q.from)) || (q.to !== undefined && !isIsoDate(q.to))) return;
  const { from, to } = resolveRange(q, Date.now());
  if (from > to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before `from`' });
  else if (toDayNumber(to) - toDayNumber(from) + 1 > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['from'], message: `a range covers at most ${MAX_RANGE_DAYS} days` });
};

function resolveRange(q: { from?: string | undefined; to?: string | undefined }, now: number): { from: IsoDate; to: IsoDate } {
  const to = q.to ?? shanghaiDateOf(now);
  const from = q.from ?? addCalendarDays(to, -(DEFAULT_RANGE_DAYS - 1));
  return { from, to };
}

const statisticsQuery = z.object({ ...filterFields, groupBy: z.enum(GROUP_BYS).default('department') }).superRefine(rangeRule);
const drillDownQuery = z
  .object({
    metric: z.enum(Object.keys(DRILL_DOWN) as [DrillDownMetric, ...DrillDownMetric[]]),
    ...filterFields,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(rangeRule);

const figuresSchema = z.object({
  accepted: z.number().int(),
  approved: z.number().int(),
  completed: z.number().int(),
  completedOnTime: z.number().int(),
  onTimeRate: z.number().nullable(),
  overdue: z.number().int(),
  overdueRate: z.number().nullable(),
  returned: z.number().int(),
  returnedRate: z.number().nullable(),
  interrupted: z.number().int(),
  interruptions: z.object({ paused: z.number().int(), specialProcedures: z.number().int(), withdrawn: z.number().int(), terminated: z.number().int(), correctionLapsed: z.number().int() }),
});
const filtersSchema = z.object({ departmentCode: z.string().optional(), itemCode: z.string().optional(), zoneCode: z.string().optional(), channel: z.string().optional(), staffId: z.string().optional() });
const statisticsResponse = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(GROUP_BYS),
  filters: filtersSchema,
  rollup: z.enum(['department', 'detail']),
  total: figuresSchema,
  groups: z.array(figuresSchema.extend({ key: z.string(), label: z.string() })),
});
const drillDownResponse = z.object({
  metric: z.string(),
  from: z.string(),
  to: z.string(),
  filters: filtersSchema,
  total: z.number().int().describe('the figure itself (from the rollups)'),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      caseNo: z.string(),
      eventSeq: z.number().int(),
      eventType: z.string(),
      eventAt: z.string(),
      day: z.string(),
      actor: z.object({ id: z.string(), name: z.string(), role: z.string() }).nullable(),
      itemCode: z.string(),
      itemName: z.string(),
      departmentCode: z.string(),
      zoneCode: z.string(),
      channel: z.string(),
      status: z.string(),
      applicantName: z.string(),
      acceptedAt: z.string().nullable(),
      dueDate: z.string().nullable(),
      overdue: z.boolean(),
      everOverdue: z.boolean(),
    }),
  ),
});
const screenCase = z.object({ caseNo: z.string(), itemCode: z.string(), itemName: z.string(), departmentCode: z.string(), departmentName: z.string(), status: z.string(), acceptedAt: z.string().nullable(), dueDate: z.string().nullable(), dueAt: z.string().nullable() });
const bigScreenResponse = z.object({
  generatedAt: z.string(),
  window: z.object({ from: z.string(), to: z.string() }),
  days: z.array(figuresSchema.extend({ day: z.string() })),
  last7Days: figuresSchema,
  live: z.object({ day: z.string(), today: figuresSchema, open: z.number().int(), openByStatus: z.record(z.string(), z.number().int()), overdueNow: z.number().int(), warningNow: z.number().int() }),
  overdue: z.object({ total: z.number().int(), items: z.array(screenCase) }),
  warning: z.object({ total: z.number().int(), items: z.array(screenCase) }),
  ranking: z.array(z.object({ rank: z.number().int(), departmentCode: z.string(), departmentName: z.string(), accepted: z.number().int(), completed: z.number().int(), completedOnTime: z.number().int(), onTimeRate: z.number().nullable(), overdue: z.number().int(), returned: z.number().int() })),
  satisfaction: z.object({ overall: satisfactionRowSchema.nullable(), byDepartment: z.array(satisfactionRowSchema) }),
  definitions: z.string(),
});

/** Department staff see their own department only; asking for another is a 403, asking for none means theirs. */
function scopedDepartment(user: AuthUser, requested: string | undefined): string | undefined {
  if (user.role !== 'DEPARTMENT_LEAD' && user.role !== 'DEPARTMENT_REVIEWER') return requested;
  if (!user.departmentCode) throw forbiddenProblem('this account belongs to no department', 'scope.department');
  if (requested !== undefined && requested !== user.departmentCode) {
    throw forbiddenProblem(`department staff see the statistics of their own department (${user.departmentCode}) only`, 'scope.department');
  }
  return user.departmentCode;
}

const HEARTBEAT_MS = 15_000;

export function registerStatisticsRoutes(api: ApiRegistry, deps: StatisticsRouteDeps): void {
  const { db, tokens } = deps;
  const hub = new BigScreenHub({ db, databaseUrl: deps.databaseUrl, logger: deps.logger });

  api.route(
    {
      method: 'get',
      path: '/api/v1/statistics',
      summary: 'Statistics: the six figures, grouped',
      description: `Accepted, approved, completed, overdue (count and rate), returned (count and rate) and interrupted, over a range of days (default: the last ${DEFAULT_RANGE_DAYS} days), grouped by department, item, zone, channel, staff member, day, week (ISO, key = its Monday) or month, or not at all (groupBy=none). \`total\` covers every group. Department staff see their own department only. Read from rollups kept by the projector.\n\n${DEFINITIONS_TEXT}`,
      tags: ['statistics'],
      access: STATISTICS_ROLES,
      query: statisticsQuery,
      response: statisticsResponse,
    },
    async ({ query, user }) => {
      const { from, to } = resolveRange(query, Date.now());
      const answer = await statistics(db, { ...query, from, to, departmentCode: scopedDepartment(user!, query.departmentCode) });
      return { body: answer };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/statistics/cases',
      summary: 'Statistics: the cases behind a figure',
      description: `The events a figure counted (one row per counted event, newest first), with their cases, for the same range and filters as GET /api/v1/statistics; \`total\` is the figure. metric=interrupted lists all five interruption kinds; paused, specialProcedures, withdrawn, terminated and correctionLapsed list one; completedOnTime lists on-time completions.\n\n${DEFINITIONS_TEXT}`,
      tags: ['statistics'],
      access: STATISTICS_ROLES,
      query: drillDownQuery,
      response: drillDownResponse,
    },
    async ({ query, user }) => {
      const { from, to } = resolveRange(query, Date.now());
      const q: DrillDownQuery = { ...query, from, to, departmentCode: scopedDepartment(user!, query.departmentCode) };
      const { total, items } = await drillDown(db, q);
      return { body: { metric: q.metric, from, to, filters: filtersOf(q), total, page: q.page, pageSize: q.pageSize, items } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/big-screen',
      summary: 'Big screen: the last 7 days, live counters, overdue and warning lists, department ranking',
      description: `The hall's big screen (大屏) data: the six figures for each of the last 7 Asia/Shanghai days (today included) and over the 7 days; today's counters and the cases open now; the overdue and warning lists (cases in the approval stage, at most ${BIG_SCREEN_LIST_LIMIT} each, most urgent first; no applicant names, the screen is public in the hall); and the departments ranked by on-time completion rate over the 7 days. The screen runs signed in as a centre manager or supervisor. For live updates use GET /api/v1/big-screen/stream.\n\n${DEFINITIONS_TEXT}`,
      tags: ['statistics'],
      access: OVERSIGHT,
      response: bigScreenResponse,
    },
    async () => ({ body: await bigScreen(db) }),
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/big-screen/stream',
      summary: 'Big screen: live stream (Server-Sent Events)',
      description: `text/event-stream. Sends the GET /api/v1/big-screen payload as a \`data:\` message at once and again within about a second of any case event (coalesced), and a comment line every ${HEARTBEAT_MS / 1000} s so that proxies keep the connection. Roles: CENTRE_MANAGER, SUPERVISOR. EventSource cannot send headers, so this route alone also takes the access token as \`?access_token=\` (an Authorization header works too). When the token expires the stream sends \`event: expired\` and closes: reconnect with a fresh token.`,
      tags: ['statistics'],
      // Authentication happens in the handler: the token may come in the query string.
      access: 'public',
      query: z.object({ access_token: z.string().max(4096).optional() }),
      problems: [401, 403, 503],
    },
    async ({ query, req, res }) => {
      const header = req.headers.authorization;
      const bearer = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined;
      const token = bearer ?? query.access_token;
      let user = res.locals.user as AuthUser | undefined;
      if (!user && query.access_token && !bearer) {
        try {
          user = await tokens.verifyAccess(query.access_token);
        } catch (e) {
          throw unauthorized((e as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'the access token has expired; sign in again' : 'the access token is not valid');
        }
        res.locals.user = user; // for the audit trail
      }
      if (!user) throw unauthorized((res.locals.authError as string | undefined) ?? 'sign in first: pass ?access_token=<token> (or Authorization: Bearer <token>)');
      if (!(OVERSIGHT as readonly string[]).includes(user.role)) {
        throw forbiddenProblem(`${user.role} may not watch the big screen: allowed for ${OVERSIGHT.join(', ')}`, 'role.not_allowed');
      }

      const release = hub.retain();
      let first: string;
      const changesBefore = hub.changeCount;
      try {
        await hub.ready();
        first = await hub.render();
      } catch (e) {
        release();
        if (e instanceof Problem) throw e;
        deps.logger?.error({ err: e }, 'big-screen stream could not start');
        throw new Problem(503, 'live updates are unavailable right now; try again shortly');
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx and similar proxies would otherwise buffer the stream.
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 5000\n\n${hub.message(first)}`);
      hub.join(res, changesBefore);
      const heartbeat = setInterval(() => res.write(`: heartbeat ${new Date().toISOString()}\n\n`), HEARTBEAT_MS);
      // A stream must not outlive its token: a signed-out or disabled account stops watching then.
      const exp = token ? decodeJwt(token).exp : undefined;
      const expiry = exp
        ? setTimeout(() => {
            res.write('event: expired\ndata: {}\n\n');
            res.end();
          }, Math.max(0, exp * 1000 - Date.now()))
        : undefined;
      // The registry answers when this handler resolves; resolve only when the screen is gone.
      await new Promise<void>((resolve) => res.once('close', resolve));
      clearInterval(heartbeat);
      if (expiry) clearTimeout(expiry);
      hub.leave(res);
      release();
      return {};
    },
  );
}
