/**
 * 整改 A rectification: a confirmed finding that a department must fix by a deadline in working
 * days. Pure rules, run by workflows/rectification.workflow.ts (timers) and checked by its update
 * validators. States: (VERIFYING →) OPEN → RECTIFYING → SUBMITTED → VERIFIED → CLOSED, with
 * SUBMITTED → SENT_BACK → RECTIFYING/SUBMITTED again; flags warning, overdue, escalated.
 *
 * Time rules (time-skipping tested):
 * - due at the end of the `deadlineDays`-th working day after the start date;
 * - warning (预警) to the department when `warningDays` or fewer working days remain;
 * - overdue (逾期) at the due instant while the department still owes its report;
 * - escalation (升级) to the centre manager and the complaint centre (政务监察投诉中心) at the end
 *   of the `escalateAfterDays`-th working day after the due date, while still owed;
 * - a bad-rating rectification starts in VERIFYING: the supervisor must verify (回访核实) within
 *   `verifyDays` working days, or it is reported as VERIFICATION_OVERDUE to the centre manager.
 */
import type { CalendarData } from '../calendar/calendar.js';
import type { IsoDate } from '../calendar/dates.js';
import { type Actor } from '../case/model.js';
import { CaseRefusal, conflict, forbidden, violation } from '../case/errors.js';
import { deadlinePlan } from './deadlines.js';

export type RectificationStatus = 'VERIFYING' | 'OPEN' | 'RECTIFYING' | 'SUBMITTED' | 'SENT_BACK' | 'VERIFIED' | 'CLOSED';
export type RectificationOutcome = 'RECTIFIED' | 'DISMISSED' | 'APPEAL_UPHELD';

export interface RectificationInput {
  /** Workflow id, e.g. ZG-42 for finding 42. */
  id: string;
  findingId: string;
  source: string;
  title: string;
  departmentCode: string;
  situationCode?: string;
  caseNo?: string;
  deadlineDays: number;
  /** Present for a bad rating: verification (回访核实) within this many working days first. */
  verifyDays?: number;
  warningDays: number;
  escalateAfterDays: number;
  createdBy: Actor;
  calendar: CalendarData;
}

export interface RectificationEvent {
  seq: number;
  at: number;
  type: string;
  actor?: { id: string; name: string; role: string };
  detail: Record<string, unknown>;
}

export interface RectificationState {
  input: Omit<RectificationInput, 'calendar'>;
  calendar: CalendarData;
  status: RectificationStatus;
  outcome?: RectificationOutcome;
  startedAt: number;
  verifyDueAt?: number;
  verifyDueDate?: IsoDate;
  dueDate: IsoDate;
  dueAt: number;
  warnAt?: number;
  escalateAt?: number;
  warning: boolean;
  overdue: boolean;
  escalated: boolean;
  verificationOverdue: boolean;
  reports: { at: number; by: string; text: string }[];
  sendBacks: { at: number; by: string; reason: string }[];
  appeal?: { at: number; by: string; reason: string; status: 'PENDING' | 'UPHELD' | 'REJECTED'; decidedBy?: string; decision?: string };
  closedAt?: number;
  /** What the current deadline counts from: the start, or the last send-back with a new deadline. */
  deadlineBase?: { fromAt: number; days: number };
  lastSeq: number;
}

export type RectificationActionName = 'confirm' | 'dismiss' | 'acknowledge' | 'submitReport' | 'verify' | 'sendBack' | 'close' | 'appeal' | 'decideAppeal';

export interface RectificationActionPayloads {
  confirm: { note: string; situationCode?: string };
  dismiss: { note: string };
  acknowledge: { note?: string };
  submitReport: { report: string };
  verify: { note: string };
  sendBack: { reason: string; days?: number };
  close: { note?: string };
  appeal: { reason: string };
  decideAppeal: { upheld: boolean; note: string };
}

export const RECTIFICATION_ACTIONS: readonly RectificationActionName[] = ['confirm', 'dismiss', 'acknowledge', 'submitReport', 'verify', 'sendBack', 'close', 'appeal', 'decideAppeal'];

export const OVERSIGHT_ROLES = ['SUPERVISOR', 'CENTRE_MANAGER', 'COMPLAINT_CENTRE'] as const;
const DEPARTMENT_ROLES = ['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD'];

/** Who may take each action: the oversight side or the responsible department. */
export const RECTIFICATION_ACTION_SIDE: Record<RectificationActionName, 'OVERSIGHT' | 'DEPARTMENT'> = {
  confirm: 'OVERSIGHT',
  dismiss: 'OVERSIGHT',
  acknowledge: 'DEPARTMENT',
  submitReport: 'DEPARTMENT',
  verify: 'OVERSIGHT',
  sendBack: 'OVERSIGHT',
  close: 'OVERSIGHT',
  appeal: 'DEPARTMENT',
  decideAppeal: 'OVERSIGHT',
};

const ALLOWED_FROM: Record<RectificationActionName, readonly RectificationStatus[]> = {
  confirm: ['VERIFYING'],
  dismiss: ['VERIFYING'],
  acknowledge: ['OPEN', 'SENT_BACK'],
  submitReport: ['OPEN', 'RECTIFYING', 'SENT_BACK'],
  verify: ['SUBMITTED'],
  sendBack: ['SUBMITTED'],
  close: ['VERIFIED'],
  appeal: ['VERIFYING', 'OPEN', 'RECTIFYING'],
  decideAppeal: ['VERIFYING', 'OPEN', 'RECTIFYING', 'SUBMITTED', 'SENT_BACK'],
};

/** The department owes its report in these states; the deadline timers run then. */
const OWING: ReadonlySet<RectificationStatus> = new Set(['OPEN', 'RECTIFYING', 'SENT_BACK']);

export function newRectification(input: RectificationInput, now: number): { state: RectificationState; events: RectificationEvent[] } {
  const { calendar, ...rest } = input;
  const plan = deadlinePlan(calendar, now, input.deadlineDays, { warningDays: input.warningDays, escalateAfterDays: input.escalateAfterDays });
  const state: RectificationState = {
    input: rest,
    calendar,
    status: input.verifyDays !== undefined ? 'VERIFYING' : 'OPEN',
    startedAt: now,
    dueDate: plan.dueDate,
    dueAt: plan.dueAt,
    ...(plan.warnAt !== undefined ? { warnAt: plan.warnAt } : {}),
    ...(plan.escalateAt !== undefined ? { escalateAt: plan.escalateAt } : {}),
    warning: false,
    overdue: false,
    escalated: false,
    verificationOverdue: false,
    reports: [],
    sendBacks: [],
    deadlineBase: { fromAt: now, days: input.deadlineDays },
    lastSeq: 0,
  };
  if (input.verifyDays !== undefined) {
    const v = deadlinePlan(calendar, now, input.verifyDays);
    state.verifyDueAt = v.dueAt;
    state.verifyDueDate = v.dueDate;
  }
  const events: RectificationEvent[] = [];
  emit(state, events, now, 'CREATED', input.createdBy, {
    dueDate: state.dueDate,
    deadlineDays: input.deadlineDays,
    ...(state.verifyDueDate ? { verifyDueDate: state.verifyDueDate } : {}),
  });
  return { state, events };
}

function emit(state: RectificationState, events: RectificationEvent[], at: number, type: string, actor: Actor | undefined, detail: Record<string, unknown>) {
  state.lastSeq += 1;
  events.push({ seq: state.lastSeq, at, type, ...(actor ? { actor: { id: actor.id, name: actor.name, role: actor.role } } : {}), detail });
}

const required = (v: string | undefined, field: string) => {
  if (!v || !v.trim()) throw violation(`rectification.${field}_required`, `${field} 不能为空`);
};

/** Throws a refusal (the validator) without changing anything. */
export function checkRectificationAction<K extends RectificationActionName>(state: RectificationState, name: K, payload: RectificationActionPayloads[K], actor: Actor): void {
  const side = RECTIFICATION_ACTION_SIDE[name];
  if (side === 'OVERSIGHT' && !(OVERSIGHT_ROLES as readonly string[]).includes(actor.role)) {
    throw forbidden('role.not_allowed', `${actor.role} 不能执行“${name}”：仅督查、中心管理或政务监察投诉中心可以`);
  }
  if (side === 'DEPARTMENT') {
    if (!DEPARTMENT_ROLES.includes(actor.role)) throw forbidden('role.not_allowed', `${actor.role} 不能执行“${name}”：由责任部门执行`);
    if (actor.departmentCode !== state.input.departmentCode) throw forbidden('scope.department', '该整改属于其他部门');
  }
  if (!ALLOWED_FROM[name].includes(state.status)) {
    throw conflict(`rectification.${name}.status`, `整改当前状态为 ${state.status}，不能执行“${name}”`);
  }
  const p = payload as Record<string, unknown>;
  switch (name) {
    case 'confirm':
    case 'dismiss':
    case 'verify':
      required(p.note as string, 'note');
      break;
    case 'submitReport':
      required(p.report as string, 'report');
      break;
    case 'sendBack':
      required(p.reason as string, 'reason');
      if (p.days !== undefined && (!Number.isInteger(p.days) || (p.days as number) < 1 || (p.days as number) > 60)) {
        throw violation('rectification.sendBack.days', '重新整改期限为 1–60 个工作日');
      }
      break;
    case 'appeal':
      required(p.reason as string, 'reason');
      if (state.input.source !== 'RATING') throw violation('rectification.appeal.rating_only', '只有差评引起的整改可以申诉复核');
      if (state.appeal) throw conflict('rectification.appeal.once', '该整改已申诉过一次');
      break;
    case 'decideAppeal':
      required(p.note as string, 'note');
      if (state.appeal?.status !== 'PENDING') throw conflict('rectification.decideAppeal.no_pending', '没有待复核的申诉');
      break;
    default:
      break;
  }
}

export function applyRectificationAction<K extends RectificationActionName>(
  state: RectificationState,
  name: K,
  payload: RectificationActionPayloads[K],
  actor: Actor,
  now: number,
): RectificationEvent[] {
  checkRectificationAction(state, name, payload, actor);
  const events: RectificationEvent[] = [];
  const p = payload as RectificationActionPayloads[RectificationActionName] & Record<string, unknown>;
  const close = (outcome: RectificationOutcome) => {
    state.status = 'CLOSED';
    state.outcome = outcome;
    state.closedAt = now;
    emit(state, events, now, 'CLOSED', actor, { outcome });
  };
  switch (name) {
    case 'confirm': {
      state.status = 'OPEN';
      const situationCode = (p as RectificationActionPayloads['confirm']).situationCode;
      if (situationCode) state.input.situationCode = situationCode;
      emit(state, events, now, 'CONFIRMED', actor, { note: p.note, dueDate: state.dueDate, ...(situationCode ? { situationCode } : {}) });
      break;
    }
    case 'dismiss':
      emit(state, events, now, 'DISMISSED', actor, { note: p.note });
      close('DISMISSED');
      break;
    case 'acknowledge':
      state.status = 'RECTIFYING';
      emit(state, events, now, 'ACKNOWLEDGED', actor, { note: (p as RectificationActionPayloads['acknowledge']).note ?? '' });
      break;
    case 'submitReport': {
      const report = (p as RectificationActionPayloads['submitReport']).report;
      state.status = 'SUBMITTED';
      state.reports.push({ at: now, by: actor.name, text: report });
      emit(state, events, now, 'REPORT_SUBMITTED', actor, { report, late: now > state.dueAt });
      break;
    }
    case 'verify':
      state.status = 'VERIFIED';
      emit(state, events, now, 'VERIFIED', actor, { note: p.note });
      break;
    case 'sendBack': {
      const { reason, days } = p as RectificationActionPayloads['sendBack'];
      state.status = 'SENT_BACK';
      state.sendBacks.push({ at: now, by: actor.name, reason });
      if (days !== undefined) {
        // A new deadline from today: the flags start over for it.
        const plan = deadlinePlan(state.calendar, now, days, { warningDays: state.input.warningDays, escalateAfterDays: state.input.escalateAfterDays });
        state.dueDate = plan.dueDate;
        state.dueAt = plan.dueAt;
        if (plan.warnAt !== undefined) state.warnAt = plan.warnAt;
        else delete state.warnAt;
        if (plan.escalateAt !== undefined) state.escalateAt = plan.escalateAt;
        state.warning = false;
        state.overdue = false;
        state.escalated = false;
        state.deadlineBase = { fromAt: now, days };
      }
      emit(state, events, now, 'SENT_BACK', actor, { reason, dueDate: state.dueDate });
      break;
    }
    case 'close':
      close('RECTIFIED');
      break;
    case 'appeal':
      state.appeal = { at: now, by: actor.name, reason: (p as RectificationActionPayloads['appeal']).reason, status: 'PENDING' };
      emit(state, events, now, 'APPEALED', actor, { reason: state.appeal.reason });
      break;
    case 'decideAppeal': {
      const { upheld, note } = p as RectificationActionPayloads['decideAppeal'];
      state.appeal = { ...state.appeal!, status: upheld ? 'UPHELD' : 'REJECTED', decidedBy: actor.name, decision: note };
      emit(state, events, now, upheld ? 'APPEAL_UPHELD' : 'APPEAL_REJECTED', actor, { note });
      if (upheld) close('APPEAL_UPHELD');
      break;
    }
  }
  return events;
}

/**
 * A calendar change (a holiday added, a make-up workday corrected) reaches an open rectification:
 * its deadlines are counted again on the new calendar from the same start. Flags already raised
 * stay raised (they are history); only timers still ahead move. DUE_DATE_MOVED records a change.
 */
export function applyRectificationCalendar(state: RectificationState, calendar: CalendarData, now: number): RectificationEvent[] {
  state.calendar = calendar;
  const events: RectificationEvent[] = [];
  if (state.status === 'CLOSED') return events;
  const base = state.deadlineBase ?? { fromAt: state.startedAt, days: state.input.deadlineDays };
  const plan = deadlinePlan(calendar, base.fromAt, base.days, { warningDays: state.input.warningDays, escalateAfterDays: state.input.escalateAfterDays });
  if (state.verifyDueAt !== undefined && state.input.verifyDays !== undefined && !state.verificationOverdue) {
    const v = deadlinePlan(calendar, state.startedAt, state.input.verifyDays);
    state.verifyDueAt = v.dueAt;
    state.verifyDueDate = v.dueDate;
  }
  if (plan.dueDate === state.dueDate) return events;
  const from = state.dueDate;
  if (!state.overdue) {
    state.dueDate = plan.dueDate;
    state.dueAt = plan.dueAt;
    if (plan.warnAt !== undefined) state.warnAt = plan.warnAt;
    else delete state.warnAt;
  }
  if (!state.escalated && plan.escalateAt !== undefined) state.escalateAt = plan.escalateAt;
  if (state.dueDate !== from) emit(state, events, now, 'DUE_DATE_MOVED', undefined, { from, to: state.dueDate, reason: 'calendar' });
  return events;
}

/** The timers' effects at `now`: warning, overdue, escalation, verification overdue. */
export function tickRectification(state: RectificationState, now: number): RectificationEvent[] {
  const events: RectificationEvent[] = [];
  if (state.status === 'VERIFYING' && !state.verificationOverdue && state.verifyDueAt !== undefined && now >= state.verifyDueAt) {
    state.verificationOverdue = true;
    emit(state, events, now, 'VERIFICATION_OVERDUE', undefined, { verifyDueDate: state.verifyDueDate });
  }
  if (!OWING.has(state.status)) return events;
  if (!state.warning && state.warnAt !== undefined && now >= state.warnAt && now < state.dueAt) {
    state.warning = true;
    emit(state, events, now, 'WARNING', undefined, { dueDate: state.dueDate });
  }
  if (!state.overdue && now >= state.dueAt) {
    state.overdue = true;
    state.warning = true;
    emit(state, events, now, 'OVERDUE', undefined, { dueDate: state.dueDate });
  }
  if (!state.escalated && state.escalateAt !== undefined && now >= state.escalateAt) {
    state.escalated = true;
    emit(state, events, now, 'ESCALATED', undefined, { dueDate: state.dueDate, to: ['CENTRE_MANAGER', 'COMPLAINT_CENTRE'] });
  }
  return events;
}

/** The next instant a timer must wake the workflow, if any. */
export function nextRectificationWake(state: RectificationState): number | undefined {
  const times: number[] = [];
  if (state.status === 'VERIFYING' && !state.verificationOverdue && state.verifyDueAt !== undefined) times.push(state.verifyDueAt);
  if (OWING.has(state.status)) {
    if (!state.warning && state.warnAt !== undefined && state.warnAt < state.dueAt) times.push(state.warnAt);
    if (!state.overdue) times.push(state.dueAt);
    if (!state.escalated && state.escalateAt !== undefined) times.push(state.escalateAt);
  }
  return times.length ? Math.min(...times) : undefined;
}

export interface RectificationView {
  id: string;
  findingId: string;
  source: string;
  title: string;
  departmentCode: string;
  situationCode?: string;
  caseNo?: string;
  status: RectificationStatus;
  outcome?: RectificationOutcome;
  deadlineDays: number;
  startedAt: string;
  verifyDueDate?: IsoDate;
  verificationOverdue: boolean;
  dueDate: IsoDate;
  dueAt: string;
  warning: boolean;
  overdue: boolean;
  escalated: boolean;
  reports: { at: string; by: string; text: string }[];
  sendBacks: { at: string; by: string; reason: string }[];
  appeal?: { at: string; by: string; reason: string; status: string; decidedBy?: string; decision?: string };
  closedAt?: string;
  allowedActions: RectificationActionName[];
  lastSeq: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function rectificationView(state: RectificationState): RectificationView {
  return {
    id: state.input.id,
    findingId: state.input.findingId,
    source: state.input.source,
    title: state.input.title,
    departmentCode: state.input.departmentCode,
    ...(state.input.situationCode ? { situationCode: state.input.situationCode } : {}),
    ...(state.input.caseNo ? { caseNo: state.input.caseNo } : {}),
    status: state.status,
    ...(state.outcome ? { outcome: state.outcome } : {}),
    deadlineDays: state.input.deadlineDays,
    startedAt: iso(state.startedAt),
    ...(state.verifyDueDate ? { verifyDueDate: state.verifyDueDate } : {}),
    verificationOverdue: state.verificationOverdue,
    dueDate: state.dueDate,
    dueAt: iso(state.dueAt),
    warning: state.warning,
    overdue: state.overdue,
    escalated: state.escalated,
    reports: state.reports.map((r) => ({ ...r, at: iso(r.at) })),
    sendBacks: state.sendBacks.map((r) => ({ ...r, at: iso(r.at) })),
    ...(state.appeal ? { appeal: { ...state.appeal, at: iso(state.appeal.at) } } : {}),
    ...(state.closedAt ? { closedAt: iso(state.closedAt) } : {}),
    allowedActions: RECTIFICATION_ACTIONS.filter((a) => ALLOWED_FROM[a].includes(state.status)),
    lastSeq: state.lastSeq,
  };
}

export { CaseRefusal };
