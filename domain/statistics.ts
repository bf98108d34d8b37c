/**
 * 统计 The six figures of the statistics module and the big screen (R4.2): what each one counts,
 * on which day, and what its rate divides by. The projector turns case events into daily rollup
 * increments with `rollupIncrements`; the API adds rollup rows up with `figuresOf`. The same
 * rules exist once more in SQL, in `statistics_rebuild()` (prisma/migrations/…_statistics), for
 * rebuilding the rollups from the event table: change both together. docs/statistics.md says the
 * same in prose. Pure: no clock, no I/O.
 *
 * Common to every figure:
 * - A figure counts **case events** of the read model (case_event), each on the **Asia/Shanghai
 *   calendar day of the event** (not the day the case was received or accepted).
 * - A period `from`–`to` is a range of whole Shanghai days, both ends included.
 * - A case's department, item, zone and channel are the case's own (fixed at acceptance). The
 *   staff member is whoever performed the event; events of the platform itself (overdue, lapsed
 *   corrections) and of applicants (an online withdrawal) belong to no staff member ('').
 */
import type { CaseEvent } from './case/model.js';
import { type IsoDate, fromDayNumber, shanghaiDateOf, toDayNumber, weekdayOf } from './calendar/dates.js';

/** What the rollups count. Each is one row family in stat_daily / stat_department_daily. */
export const METRICS = [
  /** 受理 An ACCEPTED event: the front desk accepted the case (window or online pre-review). */
  'ACCEPTED',
  /** 准予 An APPROVED event: the department approved. Denials (DENIED) are not approvals. */
  'APPROVED',
  /** 办结 A COMPLETED event: the result was handed out or its delivery confirmed. */
  'COMPLETED',
  /** A COMPLETED event of a case with no OVERDUE event before it (按时办结): for the on-time rate. */
  'COMPLETED_ON_TIME',
  /** 超期 The case's first OVERDUE event only: a case counts as overdue once, even if it later runs late again. */
  'OVERDUE',
  /** 退件 A RETURNED event: the department sent the case back to the front desk; every return counts. */
  'RETURNED',
  /** 暂停 A PAUSED event. */
  'PAUSED',
  /** 特别程序 A SPECIAL_PROCEDURE_STARTED event. */
  'SPECIAL_PROCEDURE_STARTED',
  /** 撤回 A WITHDRAWN event (by the applicant or the front desk). */
  'WITHDRAWN',
  /** 终止 A TERMINATED event. */
  'TERMINATED',
  /** A CORRECTION_LAPSED event: the correction period passed, the application is deemed withdrawn. */
  'CORRECTION_LAPSED',
  /** 特别程序超限 A SPECIAL_PROCEDURE_OVERDUE event: a special procedure ran past its own limit (each procedure once). */
  'SPECIAL_PROCEDURE_OVERDUE',
  /** 预审超期 A PRE_REVIEW_OVERDUE event: an application waited past the pre-review limit (each pre-review stage once). */
  'PRE_REVIEW_OVERDUE',
  /** 出件超期 An OUTPUT_OVERDUE event: a decided result waited past the hand-out limit (once per case). */
  'OUTPUT_OVERDUE',
  /** 咨询 A consultation recorded at the window (not a case event: counted when the consultation is recorded). */
  'CONSULTED',
] as const;

export type Metric = (typeof METRICS)[number];

/** The five interruption kinds, in the order the figure lists them. */
export const INTERRUPTION_METRICS = ['PAUSED', 'SPECIAL_PROCEDURE_STARTED', 'WITHDRAWN', 'TERMINATED', 'CORRECTION_LAPSED'] as const satisfies readonly Metric[];

/** Roles whose events count for nobody in the staff breakdown. */
const NOT_STAFF = new Set(['APPLICANT', 'SYSTEM']);

/** The staff member an event is attributed to: the acting user, unless the actor is the applicant or the platform. */
export function staffIdOf(event: Pick<CaseEvent, 'actor'>): string {
  const actor = event.actor;
  return actor && actor.id && !NOT_STAFF.has(actor.role) ? actor.id : '';
}

export interface RollupIncrement {
  day: IsoDate;
  staffId: string;
  metric: Metric;
  count: number;
}

const COUNTED_TYPES: ReadonlySet<string> = new Set<string>(METRICS.filter((m) => m !== 'COMPLETED_ON_TIME' && m !== 'CONSULTED'));

/**
 * The rollup increments for events that were just inserted into the read model (never for events
 * that were already there: that is what keeps replays from counting twice).
 *
 * `firstOverdueSeq` is the sequence number of the case's first OVERDUE event as the read model
 * holds it after the insert (undefined if none): an OVERDUE event counts only if it is that one,
 * and a completion is on time only if no OVERDUE event came before it.
 */
export function rollupIncrements(inserted: readonly Pick<CaseEvent, 'seq' | 'at' | 'type' | 'actor'>[], firstOverdueSeq: number | undefined): RollupIncrement[] {
  const byKey = new Map<string, RollupIncrement>();
  const add = (day: IsoDate, staffId: string, metric: Metric) => {
    const key = `${day}\u0000${staffId}\u0000${metric}`;
    const found = byKey.get(key);
    if (found) found.count += 1;
    else byKey.set(key, { day, staffId, metric, count: 1 });
  };
  for (const e of inserted) {
    if (!COUNTED_TYPES.has(e.type)) continue;
    if (e.type === 'OVERDUE' && e.seq !== firstOverdueSeq) continue;
    const day = shanghaiDateOf(e.at);
    const staffId = staffIdOf(e);
    add(day, staffId, e.type as Metric);
    if (e.type === 'COMPLETED' && (firstOverdueSeq === undefined || firstOverdueSeq > e.seq)) add(day, staffId, 'COMPLETED_ON_TIME');
  }
  // A deterministic order: the same events always give the same increments, whatever their input order.
  return [...byKey.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
}

/** The six figures for one group and period, with their rates. */
export interface Figures {
  /** 受理量 ACCEPTED events in the period. */
  accepted: number;
  /** 准予量 APPROVED events in the period. */
  approved: number;
  /** 办结量 COMPLETED events in the period. */
  completed: number;
  /** Completions in the period of cases that were never overdue before completing. */
  completedOnTime: number;
  /** completedOnTime ÷ completed (按时办结率); null when nothing was completed. */
  onTimeRate: number | null;
  /** 超期量 Cases that became overdue in the period (first OVERDUE event only). */
  overdue: number;
  /** 超期率 overdue ÷ accepted of the same period and group; null when nothing was accepted. */
  overdueRate: number | null;
  /** 退件量 RETURNED events in the period. */
  returned: number;
  /** 退件率 returned ÷ accepted of the same period and group; null when nothing was accepted. */
  returnedRate: number | null;
  /** 中断量 the sum of the five interruption kinds below. */
  interrupted: number;
  interruptions: { paused: number; specialProcedures: number; withdrawn: number; terminated: number; correctionLapsed: number };
  /** 特别程序超限 Special procedures that ran past their own limit in the period (SPECIAL_PROCEDURE_OVERDUE events). */
  specialProcedureOverruns: number;
  /** Front-desk stages past their limit in the period: 预审超期 and 出件超期. */
  stageOverdue: { preReview: number; output: number };
  /** 咨询量 Consultations recorded at the window in the period. */
  consultations: number;
}

/** Rates to four decimals (0.1234 = 12.34 %), null without a denominator: "no acceptances" is not "0 % overdue". */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
}

export function figuresOf(counts: Partial<Record<Metric, number>>): Figures {
  const n = (m: Metric) => counts[m] ?? 0;
  const interruptions = {
    paused: n('PAUSED'),
    specialProcedures: n('SPECIAL_PROCEDURE_STARTED'),
    withdrawn: n('WITHDRAWN'),
    terminated: n('TERMINATED'),
    correctionLapsed: n('CORRECTION_LAPSED'),
  };
  return {
    accepted: n('ACCEPTED'),
    approved: n('APPROVED'),
    completed: n('COMPLETED'),
    completedOnTime: n('COMPLETED_ON_TIME'),
    onTimeRate: rate(n('COMPLETED_ON_TIME'), n('COMPLETED')),
    overdue: n('OVERDUE'),
    overdueRate: rate(n('OVERDUE'), n('ACCEPTED')),
    returned: n('RETURNED'),
    returnedRate: rate(n('RETURNED'), n('ACCEPTED')),
    interrupted: Object.values(interruptions).reduce((a, b) => a + b, 0),
    interruptions,
    specialProcedureOverruns: n('SPECIAL_PROCEDURE_OVERDUE'),
    stageOverdue: { preReview: n('PRE_REVIEW_OVERDUE'), output: n('OUTPUT_OVERDUE') },
    consultations: n('CONSULTED'),
  };
}

/**
 * What the drill-down may be asked for: each figure (and each interruption kind) and the event
 * types and rollup metrics behind it. The drill-down lists the events the figure counted, so its
 * total is the figure.
 */
export const DRILL_DOWN = {
  accepted: ['ACCEPTED'],
  approved: ['APPROVED'],
  completed: ['COMPLETED'],
  completedOnTime: ['COMPLETED_ON_TIME'],
  overdue: ['OVERDUE'],
  returned: ['RETURNED'],
  interrupted: [...INTERRUPTION_METRICS],
  paused: ['PAUSED'],
  specialProcedures: ['SPECIAL_PROCEDURE_STARTED'],
  withdrawn: ['WITHDRAWN'],
  terminated: ['TERMINATED'],
  correctionLapsed: ['CORRECTION_LAPSED'],
  specialProcedureOverruns: ['SPECIAL_PROCEDURE_OVERDUE'],
  preReviewOverdue: ['PRE_REVIEW_OVERDUE'],
  outputOverdue: ['OUTPUT_OVERDUE'],
} as const satisfies Record<string, readonly Metric[]>;

export type DrillDownMetric = keyof typeof DRILL_DOWN;

/** The event type behind a metric (COMPLETED_ON_TIME is a COMPLETED event with a condition). */
export function eventTypeOf(metric: Metric): string {
  return metric === 'COMPLETED_ON_TIME' ? 'COMPLETED' : metric;
}

// ───────────── periods ─────────────

/** The Monday of the ISO week a date falls in: weeks run Monday to Sunday, as the hall's do. */
export function weekStartOf(date: IsoDate): IsoDate {
  const day = toDayNumber(date);
  return fromDayNumber(day - ((weekdayOf(day) + 6) % 7));
}

/** ISO 8601 week label, e.g. 2026-W48 (the week's Thursday decides its year). */
export function isoWeekLabel(date: IsoDate): string {
  const monday = toDayNumber(weekStartOf(date));
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursdayMonday = toDayNumber(weekStartOf(`${year}-01-04`));
  return `${year}-W${String(Math.floor((monday - firstThursdayMonday) / 7) + 1).padStart(2, '0')}`;
}

/** The days from `from` to `to`, both included. */
export function daysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = toDayNumber(from), end = toDayNumber(to); d <= end; d++) out.push(fromDayNumber(d));
  return out;
}

/** The key of the period a day belongs to, for grouping by day, week (its Monday) or month (YYYY-MM). */
export function periodKeyOf(date: IsoDate, period: 'day' | 'week' | 'month'): string {
  return period === 'day' ? date : period === 'week' ? weekStartOf(date) : date.slice(0, 7);
}

/** The definitions in short, for the API description (OpenAPI) and the big screen's legend. */
export const DEFINITIONS_TEXT = `Definitions (docs/statistics.md). Every figure counts case events of the read model, each on the Asia/Shanghai calendar day the event happened; a period from–to is whole Shanghai days, both ends included. A case's department, item, zone and channel are its own; the staff member is whoever performed the event (events of the platform itself or of the applicant belong to no staff member, key "").
- accepted (受理): ACCEPTED events — cases accepted by the front desk, on the day of acceptance.
- approved (准予): APPROVED events, on the day of the decision. Denials are not counted.
- completed (办结): COMPLETED events — results handed out at the window or delivery confirmed, on that day. completedOnTime: those of cases never overdue before completing; onTimeRate = completedOnTime ÷ completed.
- overdue (超期): cases that became overdue, on the day of their first OVERDUE event; a case counts once even if it is decided later or runs late again after a due date moved. overdueRate = overdue ÷ accepted of the same period and group (a flow ratio: over short periods it can exceed 1).
- returned (退件): RETURNED events (department sent the case back to the front desk), each return counted, on its day. returnedRate = returned ÷ accepted of the same period and group.
- interrupted (中断): PAUSED + SPECIAL_PROCEDURE_STARTED + WITHDRAWN + TERMINATED + CORRECTION_LAPSED events, on their day, each event counted (a case paused twice counts twice), also given per kind.
- specialProcedureOverruns (特别程序超限): SPECIAL_PROCEDURE_OVERDUE events — special procedures that ran past their own limit, on the day the limit passed; each procedure counts once. From then on its time counts against the case's promised limit.
- stageOverdue.preReview (预审超期) / stageOverdue.output (出件超期): PRE_REVIEW_OVERDUE / OUTPUT_OVERDUE events — an application waiting for the front desk's pre-review, or a decided result waiting to be handed out, past the stage's limit in working days; each stage counts once, on the day its limit passed.
- consultations (咨询): consultations recorded at the window, on the day recorded, by the clerk who recorded them, under the item asked about.
Rates are fractions to four decimals, null when the denominator is 0.`;
