/**
 * The read model: the case snapshot, its events and the statistics rollups, projected from the
 * workflow. Replays and retries never count twice: events are keyed by (case number, sequence),
 * the rollups grow only by the events this very call inserted (in the same transaction), and a
 * snapshot only replaces an older one. Listeners (every API copy's big-screen stream) hear of the
 * change through PostgreSQL NOTIFY on channel `case_events`, delivered at commit.
 */
import type { CaseEvent, CaseView } from '../domain/case/model.js';
import { rollupIncrements } from '../domain/statistics.js';
import { type Db, Prisma } from '../prisma/client.js';
import { type CaseNoticeOptions, caseNotices } from './notifications/case-notices.js';

/** The NOTIFY channel the projector announces committed case events on. */
export const CASE_EVENTS_CHANNEL = 'case_events';

/** The NOTIFY payload (JSON); kept small, far below PostgreSQL's 8000-byte limit. */
export interface CaseEventsNotice {
  caseNo: string;
  departmentCode: string;
  itemCode: string;
  status: string;
  /** The sequence numbers inserted by this projection. */
  seqs: number[];
  /** Their event types, without repeats. */
  types: string[];
}

export async function projectCase(
  db: Db,
  { view, events, queryCodeHash }: { view: CaseView; events: CaseEvent[]; queryCodeHash?: string },
  notices?: CaseNoticeOptions,
): Promise<void> {
  const snapshot = {
    itemCode: view.item.code,
    itemVersion: view.item.version,
    itemName: view.item.name,
    departmentCode: view.item.departmentCode,
    zoneCode: view.item.zoneCode,
    channel: view.channel,
    applicantName: view.applicant.name,
    applicantUserId: view.applicant.userId ?? null,
    status: view.status,
    stateCode: view.stateCode,
    submittedAt: new Date(view.submittedAt),
    acceptedAt: view.acceptedAt ? new Date(view.acceptedAt) : null,
    acceptedBy: view.acceptedBy ?? null,
    dueDate: view.dueDate ? new Date(`${view.dueDate}T00:00:00Z`) : null,
    dueAt: view.dueAt ? new Date(view.dueAt) : null,
    warning: view.warning,
    overdue: view.overdue,
    everOverdue: view.everOverdue,
    returned: view.returns.length > 0,
    paused: view.paused,
    inSpecialProcedure: view.inSpecialProcedure,
    outputHeld: view.outputHeld,
    decision: view.decision ?? null,
    decidedAt: view.decidedAt ? new Date(view.decidedAt) : null,
    completedAt: view.completedAt ? new Date(view.completedAt) : null,
    lastEventSeq: view.lastSeq,
    stage: view.stage?.kind ?? null,
    stageDueDate: view.stage ? new Date(`${view.stage.dueDate}T00:00:00Z`) : null,
    stageWarning: view.stage?.warning ?? false,
    stageOverdue: view.stage?.overdue ?? false,
    view: view as unknown as Prisma.InputJsonValue,
  };
  await db.$transaction(async (tx) => {
    // The row lock serialises projections of one case (an activity retried while its first
    // attempt still runs), so "the first OVERDUE event" below is decided by one of them only.
    const existing = await tx.$queryRaw<{ last_event_seq: number }[]>`
      SELECT last_event_seq FROM case_snapshot WHERE case_no = ${view.caseNo} FOR UPDATE`;
    if (existing.length === 0) {
      await tx.case.create({ data: { caseNo: view.caseNo, ...snapshot, queryCodeHash: queryCodeHash ?? null } });
    } else if (view.lastSeq >= existing[0]!.last_event_seq) {
      await tx.case.update({ where: { caseNo: view.caseNo }, data: snapshot });
    }
    if (events.length === 0) return;
    const inserted = await tx.caseEvent.createManyAndReturn({
      data: events.map((e) => ({
        caseNo: view.caseNo,
        seq: e.seq,
        at: new Date(e.at),
        type: e.type,
        stateCode: e.stateCode,
        actorId: e.actor?.id ?? null,
        actorName: e.actor?.name ?? null,
        actorRole: e.actor?.role ?? null,
        detail: e.detail as Prisma.InputJsonValue,
      })),
      skipDuplicates: true,
      select: { seq: true },
    });
    if (inserted.length === 0) return; // a replay: everything was already projected and counted
    const insertedSeqs = new Set(inserted.map((r) => r.seq));
    const fresh = events.filter((e) => insertedSeqs.has(e.seq));
    await addToRollups(tx, view, fresh);
    await tellOfOverruns(tx, view, fresh);
    // Every state change lands in the audit trail from the workflow's own events, whoever sent
    // it and whichever way: once per event (only events this very call inserted).
    await tx.auditLog.createMany({
      data: fresh.map((e) => ({
        userId: e.actor?.id ?? null,
        username: null,
        role: e.actor?.role ?? 'SYSTEM',
        departmentCode: view.item.departmentCode,
        channel: 'SYSTEM',
        caseNo: view.caseNo,
        action: `case.event.${e.type}`,
        outcome: 'OK',
        status: 200,
        detail: `workflow event #${e.seq} ${e.type} (state code ${e.stateCode})${e.actor ? ` by ${e.actor.name}` : ''}`.slice(0, 2000),
      })),
    });
    // The notices these events cause, in the same transaction (the outbox).
    if (notices) await caseNotices(tx, view, fresh, notices);
    const notice: CaseEventsNotice = {
      caseNo: view.caseNo,
      departmentCode: view.item.departmentCode,
      itemCode: view.item.code,
      status: view.status,
      seqs: fresh.map((e) => e.seq),
      types: [...new Set(fresh.map((e) => e.type))],
    };
    await tx.$executeRaw`SELECT pg_notify(${CASE_EVENTS_CHANNEL}, ${JSON.stringify(notice)})`;
    // Under load the 5-second default expired projections that were merely slow; each expiry is a
    // retried activity doing the same work again.
  }, { timeout: 15_000, maxWait: 10_000 });
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * A special procedure past its limit is the department's to answer for: it is told (R2.2, issue
 * 16). A pre-review or hand-out past its limit is the front desk's: the centre's managers are told.
 * Written with the events in the same transaction, so a replay never tells twice.
 */
async function tellOfOverruns(tx: Tx, view: CaseView, fresh: CaseEvent[]): Promise<void> {
  const rows = fresh.flatMap((e): { departmentCode: string | null; kind: string; title: string; payload: Prisma.InputJsonObject }[] => {
    const d = e.detail as { name?: string; dueDate?: string; limitDays?: number };
    const base = { caseNo: view.caseNo, itemCode: view.item.code, itemName: view.item.name, eventSeq: e.seq, dueDate: d.dueDate ?? null, limitDays: d.limitDays ?? null };
    if (e.type === 'SPECIAL_PROCEDURE_OVERDUE') {
      return [{ departmentCode: view.item.departmentCode, kind: e.type, title: `办件 ${view.caseNo} 的特别程序（${d.name ?? ''}）已超过 ${d.limitDays ?? ''} 个工作日时限，超出时间计入承诺时限`, payload: base }];
    }
    if (e.type === 'PRE_REVIEW_OVERDUE' || e.type === 'OUTPUT_OVERDUE') {
      return [{ departmentCode: null, kind: e.type, title: `办件 ${view.caseNo} 的${d.name ?? ''}环节已超过 ${d.limitDays ?? ''} 个工作日时限`, payload: base }];
    }
    return [];
  });
  if (rows.length) await tx.notification.createMany({ data: rows });
}

async function addToRollups(tx: Tx, view: CaseView, fresh: CaseEvent[]): Promise<void> {
  // Only overdue and completion need the case's history: is this the first OVERDUE, was the case
  // overdue before it completed? The events just inserted are visible to this transaction.
  let firstOverdueSeq: number | undefined;
  if (fresh.some((e) => e.type === 'OVERDUE' || e.type === 'COMPLETED')) {
    const first = await tx.caseEvent.findFirst({ where: { caseNo: view.caseNo, type: 'OVERDUE' }, orderBy: { seq: 'asc' }, select: { seq: true } });
    firstOverdueSeq = first?.seq;
  }
  const increments = rollupIncrements(fresh, firstOverdueSeq);
  if (increments.length === 0) return;
  const { departmentCode, code: itemCode, zoneCode } = view.item;
  const channel = view.channel;
  // Both statements insert in key order (the increments are sorted; ORDER BY below), so two
  // projections touching the same rows take their locks in the same order and never deadlock.
  await tx.$executeRaw`
    INSERT INTO stat_daily (day, department_code, item_code, zone_code, channel, staff_id, metric, count)
    SELECT r.day, ${departmentCode}, ${itemCode}, ${zoneCode}, ${channel}, r.staff_id, r.metric, r.n
    FROM jsonb_to_recordset(${JSON.stringify(increments.map((i) => ({ day: i.day, staff_id: i.staffId, metric: i.metric, n: i.count })))}::jsonb)
      AS r(day date, staff_id text, metric text, n int)
    ORDER BY r.day, r.staff_id, r.metric
    ON CONFLICT (day, department_code, item_code, zone_code, channel, staff_id, metric)
    DO UPDATE SET count = stat_daily.count + EXCLUDED.count`;
  const coarse = new Map<string, { day: string; metric: string; n: number }>();
  for (const i of increments) {
    const key = `${i.day} ${i.metric}`;
    const row = coarse.get(key) ?? { day: i.day, metric: i.metric, n: 0 };
    row.n += i.count;
    coarse.set(key, row);
  }
  await tx.$executeRaw`
    INSERT INTO stat_department_daily (day, department_code, zone_code, channel, metric, count)
    SELECT r.day, ${departmentCode}, ${zoneCode}, ${channel}, r.metric, r.n
    FROM jsonb_to_recordset(${JSON.stringify([...coarse.values()])}::jsonb) AS r(day date, metric text, n int)
    ORDER BY r.day, r.metric
    ON CONFLICT (day, department_code, zone_code, channel, metric)
    DO UPDATE SET count = stat_department_daily.count + EXCLUDED.count`;
}

/**
 * True for a database error caused by the data itself (PostgreSQL SQLSTATE class 22, "data
 * exception": a NUL in text, an untranslatable character, a number or date out of range), which
 * no retry can cure.
 */
export function isDataError(e: unknown): boolean {
  const seen = new Set<unknown>();
  for (let x: unknown = e; x && typeof x === 'object' && !seen.has(x); x = (x as { cause?: unknown }).cause) {
    seen.add(x);
    const o = x as { code?: unknown; meta?: { code?: unknown; originalCode?: unknown }; originalCode?: unknown; message?: unknown };
    for (const c of [o.code, o.originalCode, o.meta?.code, o.meta?.originalCode]) if (typeof c === 'string' && /^22[0-9A-Z]{3}$/.test(c)) return true;
    if (typeof o.message === 'string' && /invalid byte sequence|unsupported Unicode escape sequence|\\u0000 cannot be converted|out of range for type|date\/time field value out of range/i.test(o.message)) return true;
  }
  return false;
}
