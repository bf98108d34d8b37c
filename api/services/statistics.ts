/**
 * 统计 (R4.2) as a service: the six figures by department, item, zone, channel, staff member,
 * day, week or month over any range of days, the drill-down from a figure to the cases behind it,
 * and the big screen's data. The routes (api/routes/statistics.ts), the monthly report
 * (activities/reports) and the exports (api/services/statistics-export.ts) all read figures here,
 * so that none of them can disagree with another.
 *
 * Figures are read from the rollups the projector keeps (stat_department_daily, stat_daily),
 * never by grouping raw case events per call, so answers stay fast at a million cases. The
 * definitions are in domain/statistics.ts and docs/statistics.md.
 */
import { FINAL_STATUSES, CASE_STATUSES, type CaseStatus } from '../../domain/case/model.js';
import { type IsoDate, addCalendarDays, shanghaiDateOf, startOfShanghaiDay } from '../../domain/calendar/dates.js';
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
import { type SatisfactionRow, satisfactionSummary } from './ratings.js';

export const BIG_SCREEN_DAYS = 7;
export const BIG_SCREEN_LIST_LIMIT = 50;
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

export function filtersOf(q: StatisticsFilter): StatisticsFilter {
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
    /** Cases waiting now in a front-desk stage past its limit: pre-review (预审) and hand-out (出件). */
    stageOverdueNow: { preReview: number; output: number };
  };
  /** Overdue cases in the approval stage, most overdue first (at most 50; `total` counts all). */
  overdue: { total: number; items: BigScreenCase[] };
  /** Cases close to their due date in the approval stage, closest first (at most 50). */
  warning: { total: number; items: BigScreenCase[] };
  /**
   * Departments over the 7 days, best first: by on-time completion rate (completions of cases
   * never overdue ÷ completions), then by completions; departments without completions last.
   */
  /** 好差评 over the 7 days: hall-wide and per department (ratings excluded by an upheld appeal not counted). */
  satisfaction: { overall: SatisfactionRow | null; byDepartment: SatisfactionRow[] };
  ranking: { rank: number; departmentCode: string; departmentName: string; accepted: number; completed: number; completedOnTime: number; onTimeRate: number | null; overdue: number; returned: number }[];
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
    db.$queryRaw<{ overdue: bigint; warning: bigint; pre_review: bigint; output: bigint }[]>`
      SELECT (SELECT count(*) FROM case_snapshot WHERE overdue AND status IN ('TRANSFERRING', 'IN_REVIEW', 'RETURNED'))::bigint AS overdue,
             (SELECT count(*) FROM case_snapshot WHERE warning AND status IN ('TRANSFERRING', 'IN_REVIEW', 'RETURNED'))::bigint AS warning,
             (SELECT count(*) FROM case_snapshot WHERE stage_overdue AND stage = 'PRE_REVIEW')::bigint AS pre_review,
             (SELECT count(*) FROM case_snapshot WHERE stage_overdue AND stage = 'OUTPUT')::bigint AS output`,
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
  const counts = nowCounts[0] ?? { overdue: 0n, warning: 0n, pre_review: 0n, output: 0n };
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
      stageOverdueNow: { preReview: Number(counts.pre_review), output: Number(counts.output) },
    },
    overdue: { total: Number(counts.overdue), items: overdueRows.map(caseOf) },
    warning: { total: Number(counts.warning), items: warningRows.map(caseOf) },
    ranking,
    satisfaction: rated,
    definitions: DEFINITIONS_TEXT,
  };
}
