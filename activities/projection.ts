/**
 * The read model: the case snapshot, its events and the statistics rollups, projected from the
 * workflow in one SQL statement. Replays and retries never count twice: events are keyed by (case
 * number, sequence), the rollups, notices and audit rows grow only by the events this very
 * statement inserted, and a snapshot only replaces an older one. Listeners (every API copy's big-screen stream) hear of the
 * change through PostgreSQL NOTIFY on channel `case_events`, delivered at commit.
 */
import type { CaseEvent, CaseView } from '../domain/case/model.js';
import { rollupIncrements } from '../domain/statistics.js';
import { type Db, poolOf } from '../prisma/client.js';
import { type CaseNoticeOptions, applicantAccountId, planCaseNotices } from './notifications/case-notices.js';

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

/** The read model's snapshot row, keyed by column (what jsonb_populate_record fills). */
function snapshotRow(view: CaseView, queryCodeHash: string | undefined) {
  return {
    case_no: view.caseNo,
    item_code: view.item.code,
    item_version: view.item.version,
    item_name: view.item.name,
    department_code: view.item.departmentCode,
    zone_code: view.item.zoneCode,
    channel: view.channel,
    applicant_name: view.applicant.name,
    applicant_user_id: view.applicant.userId ?? null,
    query_code_hash: queryCodeHash ?? null,
    status: view.status,
    state_code: view.stateCode,
    submitted_at: iso(view.submittedAt),
    accepted_at: view.acceptedAt ? iso(view.acceptedAt) : null,
    accepted_by: view.acceptedBy ?? null,
    due_date: view.dueDate ?? null,
    due_at: view.dueAt ? iso(view.dueAt) : null,
    warning: view.warning,
    overdue: view.overdue,
    ever_overdue: view.everOverdue,
    returned: view.returns.length > 0,
    paused: view.paused,
    in_special_procedure: view.inSpecialProcedure,
    output_held: view.outputHeld,
    decision: view.decision ?? null,
    decided_at: view.decidedAt ? iso(view.decidedAt) : null,
    completed_at: view.completedAt ? iso(view.completedAt) : null,
    last_event_seq: view.lastSeq,
    stage: view.stage?.kind ?? null,
    stage_due_date: view.stage?.dueDate ?? null,
    stage_warning: view.stage?.warning ?? false,
    stage_overdue: view.stage?.overdue ?? false,
    view,
    updated_at: new Date().toISOString(),
  };
}

const iso = (t: number | string) => new Date(t).toISOString();

/** Every snapshot column a newer projection overwrites (not the key, not the query code's hash, set once). */
const SNAPSHOT_UPDATED = [
  'item_code', 'item_version', 'item_name', 'department_code', 'zone_code', 'channel', 'applicant_name', 'applicant_user_id',
  'status', 'state_code', 'submitted_at', 'accepted_at', 'accepted_by', 'due_date', 'due_at', 'warning', 'overdue',
  'ever_overdue', 'returned', 'paused', 'in_special_procedure', 'output_held', 'decision', 'decided_at', 'completed_at',
  'last_event_seq', 'stage', 'stage_due_date', 'stage_warning', 'stage_overdue', 'view', 'updated_at',
] as const;

/**
 * The whole projection as one statement (one round trip, atomic on its own): data-modifying CTEs
 * see the same snapshot and each other's RETURNING only, so everything that must count once reads
 * `ins` — the events this very statement inserted:
 * - snap: the snapshot, inserted or replaced when not older (the upsert also locks the row);
 * - ins: the events, keyed by (case, seq), duplicates skipped;
 * - fo: the case's first OVERDUE (already stored, or among the inserted);
 * - inc → stat_daily, stat_department_daily: rollups planned per event in TS (rollupIncrements),
 *   kept only for inserted events, an OVERDUE only if it is the first, an on-time completion only
 *   if no OVERDUE came before it; inserted in key order, so concurrent projections never deadlock;
 * - nt, au: overrun notices and audit rows of inserted events;
 * - rc → ob, fd: the outbox rows (recipients: the applicant's phone, the department's and the
 *   centre managers' contacts) and the overdue finding;
 * - the final SELECT NOTIFYs `case_events` (delivered at commit) when anything was inserted.
 */
const PROJECT_SQL = `
WITH snap AS (
  INSERT INTO case_snapshot AS c SELECT * FROM jsonb_populate_record(NULL::case_snapshot, $1::jsonb)
  ON CONFLICT (case_no) DO UPDATE SET ${SNAPSHOT_UPDATED.map((col) => `${col} = EXCLUDED.${col}`).join(', ')}
  WHERE c.last_event_seq <= EXCLUDED.last_event_seq
  RETURNING 1
), ins AS (
  INSERT INTO case_event SELECT * FROM jsonb_populate_recordset(NULL::case_event, $2::jsonb)
  ON CONFLICT DO NOTHING
  RETURNING seq, type
), fo AS (
  SELECT LEAST((SELECT min(seq) FROM case_event WHERE case_no = $3 AND type = 'OVERDUE'), (SELECT min(seq) FROM ins WHERE type = 'OVERDUE')) AS seq
), inc AS (
  SELECT r.day, r.staff_id, r.metric, sum(r.n)::int AS n
  FROM jsonb_to_recordset($4::jsonb) AS r(seq int, day date, staff_id text, metric text, n int, cond text)
  JOIN ins ON ins.seq = r.seq CROSS JOIN fo
  WHERE r.cond = 'any' OR (r.cond = 'first_overdue' AND r.seq = fo.seq) OR (r.cond = 'on_time' AND (fo.seq IS NULL OR fo.seq > r.seq))
  GROUP BY r.day, r.staff_id, r.metric
), s1 AS (
  INSERT INTO stat_daily (day, department_code, item_code, zone_code, channel, staff_id, metric, count)
  SELECT inc.day, $5, $6, $7, $8, inc.staff_id, inc.metric, inc.n FROM inc
  ORDER BY inc.day, inc.staff_id, inc.metric
  ON CONFLICT (day, department_code, item_code, zone_code, channel, staff_id, metric)
  DO UPDATE SET count = stat_daily.count + EXCLUDED.count
), s2 AS (
  INSERT INTO stat_department_daily (day, department_code, zone_code, channel, metric, count)
  SELECT inc.day, $5, $7, $8, inc.metric, sum(inc.n)::int FROM inc
  GROUP BY inc.day, inc.metric
  ORDER BY inc.day, inc.metric
  ON CONFLICT (day, department_code, zone_code, channel, metric)
  DO UPDATE SET count = stat_department_daily.count + EXCLUDED.count
), nt AS (
  INSERT INTO notification (department_code, kind, title, payload)
  SELECT r.department_code, r.kind, r.title, r.payload
  FROM jsonb_to_recordset($9::jsonb) AS r(seq int, department_code text, kind text, title text, payload jsonb)
  JOIN ins ON ins.seq = r.seq ORDER BY r.seq
), au AS (
  INSERT INTO audit_log (user_id, role, department_code, channel, case_no, action, outcome, status, detail)
  SELECT r.user_id, r.role, $5, 'SYSTEM', $3, r.action, 'OK', 200, r.detail
  FROM jsonb_to_recordset($10::jsonb) AS r(seq int, user_id text, role text, action text, detail text)
  JOIN ins ON ins.seq = r.seq ORDER BY r.seq
), rc AS (
  SELECT 'applicant' AS who, 'SMS' AS channel, p.phone AS recipient
  FROM (SELECT COALESCE($11::text, (SELECT u.phone FROM app_user u WHERE u.id = $12::uuid)) AS phone) p WHERE p.phone IS NOT NULL
  UNION ALL
  SELECT CASE WHEN k.code = $5 THEN 'department' ELSE 'manager' END, x.channel, x.recipient
  FROM notify_contact k CROSS JOIN LATERAL (VALUES ('SMS', k.phone), ('EMAIL', k.email)) AS x(channel, recipient)
  WHERE k.code IN ($5, 'CENTRE_MANAGER') AND x.recipient IS NOT NULL
), ob AS (
  INSERT INTO outbox_message (dedupe_key, kind, channel, recipient, subject, body, ref)
  SELECT 'case:' || $3 || ':' || r.seq || ':' || rc.channel || ':' || rc.recipient, r.kind, rc.channel, rc.recipient, r.subject, r.body, $3
  FROM jsonb_to_recordset($13::jsonb) AS r(seq int, kind text, "to" text[], subject text, body text)
  JOIN ins ON ins.seq = r.seq JOIN rc ON rc.who = ANY (r."to")
  ORDER BY r.seq
  ON CONFLICT (dedupe_key) DO NOTHING
), fd AS (
  INSERT INTO finding (source, kind, external_ref, occurred_at, recorded_by, department_code, case_no, situation_code, summary, evidence)
  SELECT 'PLATFORM', 'OVERDUE_CASE', r.external_ref, r.occurred_at, '平台监测', r.department_code, r.case_no, r.situation_code, r.summary, r.evidence
  FROM jsonb_to_recordset($14::jsonb) AS r(seq int, external_ref text, occurred_at timestamptz, department_code text, case_no text, situation_code text, summary text, evidence text)
  JOIN ins ON ins.seq = r.seq
  ON CONFLICT (source, external_ref) DO NOTHING
)
SELECT pg_notify('${CASE_EVENTS_CHANNEL}', json_build_object(
  'caseNo', $3::text, 'departmentCode', $5::text, 'itemCode', $6::text, 'status', $15::text,
  'seqs', (SELECT json_agg(seq ORDER BY seq) FROM ins),
  'types', (SELECT json_agg(t.type ORDER BY t.first) FROM (SELECT type, min(seq) AS first FROM ins GROUP BY type) t)
)::text)
WHERE EXISTS (SELECT 1 FROM ins)`;

/** The statement's parameters: every per-event row is planned for all events; SQL keeps those of inserted ones. */
function projectionParams(view: CaseView, given: readonly CaseEvent[], queryCodeHash: string | undefined, notices: CaseNoticeOptions | undefined): unknown[] {
  const caseNo = view.caseNo;
  // One row per event: the statement joins per-event plans on the inserted sequence numbers, so an
  // event handed over twice in one call would otherwise be counted twice.
  const events = [...new Map(given.map((e) => [e.seq, e])).values()];
  const rollups = events.flatMap((e) => {
    // Per event, as if it were the first OVERDUE / completed on time; the SQL decides which are.
    const rows = rollupIncrements([e], e.type === 'OVERDUE' ? e.seq : undefined);
    return rows.map((r) => ({ seq: e.seq, day: r.day, staff_id: r.staffId, metric: r.metric, n: r.count, cond: r.metric === 'OVERDUE' ? 'first_overdue' : r.metric === 'COMPLETED_ON_TIME' ? 'on_time' : 'any' }));
  });
  const audits = events.map((e) => ({
    seq: e.seq,
    user_id: e.actor?.id ?? null,
    role: e.actor?.role ?? 'SYSTEM',
    action: `case.event.${e.type}`,
    detail: `workflow event #${e.seq} ${e.type} (state code ${e.stateCode})${e.actor ? ` by ${e.actor.name}` : ''}`.slice(0, 2000),
  }));
  const planned = notices ? planCaseNotices(view, events, notices) : { notices: [], findings: [] };
  return [
    JSON.stringify(snapshotRow(view, queryCodeHash)),
    JSON.stringify(
      events.map((e) => ({
        case_no: caseNo,
        seq: e.seq,
        at: iso(e.at),
        type: e.type,
        state_code: e.stateCode,
        actor_id: e.actor?.id ?? null,
        actor_name: e.actor?.name ?? null,
        actor_role: e.actor?.role ?? null,
        detail: e.detail ?? null,
      })),
    ),
    caseNo,
    JSON.stringify(rollups),
    view.item.departmentCode,
    view.item.code,
    view.item.zoneCode,
    view.channel,
    JSON.stringify(overrunNotices(view, events)),
    JSON.stringify(audits),
    view.applicant.phone ?? null,
    notices ? applicantAccountId(view) : null,
    JSON.stringify(planned.notices),
    JSON.stringify(planned.findings),
    view.status,
  ];
}

/**
 * Projects a change of one case: one SQL statement, one round trip (over the plain `pg` pool under
 * `db` when it has one, else through Prisma's raw query). Idempotent and safe to retry or replay.
 */
export async function projectCase(
  db: Db,
  { view, events, queryCodeHash }: { view: CaseView; events: CaseEvent[]; queryCodeHash?: string },
  notices?: CaseNoticeOptions,
): Promise<void> {
  const params = projectionParams(view, events, queryCodeHash, notices);
  const pool = poolOf(db);
  // A client disconnected and used again reconnects through a new pool of Prisma's own.
  if (pool && !pool.ending && !pool.ended) await pool.query(PROJECT_SQL, params);
  else await db.$queryRawUnsafe(PROJECT_SQL, ...params);
}

/**
 * A special procedure past its limit is the department's to answer for: it is told (R2.2, issue
 * 16). A pre-review or hand-out past its limit is the front desk's: the centre's managers are told.
 * Written with the events in the same statement, so a replay never tells twice.
 */
function overrunNotices(view: CaseView, events: readonly CaseEvent[]) {
  return events.flatMap((e): { seq: number; department_code: string | null; kind: string; title: string; payload: object }[] => {
    const d = e.detail as { name?: string; dueDate?: string; limitDays?: number };
    const payload = { caseNo: view.caseNo, itemCode: view.item.code, itemName: view.item.name, eventSeq: e.seq, dueDate: d.dueDate ?? null, limitDays: d.limitDays ?? null };
    if (e.type === 'SPECIAL_PROCEDURE_OVERDUE') {
      return [{ seq: e.seq, department_code: view.item.departmentCode, kind: e.type, title: `办件 ${view.caseNo} 的特别程序（${d.name ?? ''}）已超过 ${d.limitDays ?? ''} 个工作日时限，超出时间计入承诺时限`, payload }];
    }
    if (e.type === 'PRE_REVIEW_OVERDUE' || e.type === 'OUTPUT_OVERDUE') {
      return [{ seq: e.seq, department_code: null, kind: e.type, title: `办件 ${view.caseNo} 的${d.name ?? ''}环节已超过 ${d.limitDays ?? ''} 个工作日时限`, payload }];
    }
    return [];
  });
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
