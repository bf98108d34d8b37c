/**
 * 督办 An urge that must be answered: the supervision side urges a case; the responsible
 * department must reply within `replyDays` working days. Pure rules, run by
 * workflows/urge.workflow.ts.
 *
 * Time rules (time-skipping tested):
 * - reply due at the end of the `replyDays`-th working day after the urge's date;
 * - a reminder (REPLY_WARNING) to the department when `warningDays` or fewer working days remain;
 * - unanswered at the due instant: ESCALATED — the centre manager and the complaint centre are
 *   told and a finding (UNANSWERED_URGE) enters the problem ledger. A late answer is still taken.
 */
import type { CalendarData } from '../calendar/calendar.js';
import type { IsoDate } from '../calendar/dates.js';
import type { Actor } from '../case/model.js';
import { conflict, forbidden, violation } from '../case/errors.js';
import { deadlinePlan } from './deadlines.js';
import type { RectificationEvent as SupervisionEvent } from './rectification.js';

export type UrgeStatus = 'AWAITING_REPLY' | 'ANSWERED' | 'ESCALATED';

export interface UrgeInput {
  id: string;
  caseNo: string;
  departmentCode: string;
  itemName: string;
  note: string;
  replyDays: number;
  warningDays: number;
  urgedBy: Actor;
  calendar: CalendarData;
}

export interface UrgeState {
  input: Omit<UrgeInput, 'calendar'>;
  status: UrgeStatus;
  urgedAt: number;
  dueDate: IsoDate;
  dueAt: number;
  warnAt?: number;
  warned: boolean;
  escalated: boolean;
  answer?: { at: number; by: string; text: string; late: boolean };
  lastSeq: number;
}

export function newUrge(input: UrgeInput, now: number): { state: UrgeState; events: SupervisionEvent[] } {
  const { calendar, ...rest } = input;
  const plan = deadlinePlan(calendar, now, input.replyDays, { warningDays: input.warningDays });
  const state: UrgeState = {
    input: rest,
    status: 'AWAITING_REPLY',
    urgedAt: now,
    dueDate: plan.dueDate,
    dueAt: plan.dueAt,
    ...(plan.warnAt !== undefined ? { warnAt: plan.warnAt } : {}),
    warned: false,
    escalated: false,
    lastSeq: 0,
  };
  const events: SupervisionEvent[] = [];
  emit(state, events, now, 'URGED', input.urgedBy, { note: input.note, dueDate: plan.dueDate, replyDays: input.replyDays });
  return { state, events };
}

function emit(state: UrgeState, events: SupervisionEvent[], at: number, type: string, actor: Actor | undefined, detail: Record<string, unknown>) {
  state.lastSeq += 1;
  events.push({ seq: state.lastSeq, at, type, ...(actor ? { actor: { id: actor.id, name: actor.name, role: actor.role } } : {}), detail });
}

export function checkUrgeAnswer(state: UrgeState, answer: string, actor: Actor): void {
  if (actor.role !== 'DEPARTMENT_REVIEWER' && actor.role !== 'DEPARTMENT_LEAD') throw forbidden('role.not_allowed', '督办由案件所属部门回复');
  if (actor.departmentCode !== state.input.departmentCode) throw forbidden('scope.department', '该督办属于其他部门');
  if (state.answer) throw conflict('urge.answer.once', '该督办已回复');
  if (!answer || !answer.trim()) throw violation('urge.answer_required', 'answer 不能为空');
}

export function answerUrge(state: UrgeState, answer: string, actor: Actor, now: number): SupervisionEvent[] {
  checkUrgeAnswer(state, answer, actor);
  const late = now > state.dueAt;
  state.answer = { at: now, by: actor.name, text: answer, late };
  state.status = 'ANSWERED';
  const events: SupervisionEvent[] = [];
  emit(state, events, now, 'ANSWERED', actor, { answer, late });
  return events;
}

/** A calendar change reaches an open urge: the reply deadline is counted again from the urge's date. */
export function applyUrgeCalendar(state: UrgeState, calendar: CalendarData, now: number): SupervisionEvent[] {
  const events: SupervisionEvent[] = [];
  if (state.answer || state.escalated) return events;
  const plan = deadlinePlan(calendar, state.urgedAt, state.input.replyDays, { warningDays: state.input.warningDays });
  if (plan.dueDate === state.dueDate) return events;
  const from = state.dueDate;
  state.dueDate = plan.dueDate;
  state.dueAt = plan.dueAt;
  if (plan.warnAt !== undefined) state.warnAt = plan.warnAt;
  else delete state.warnAt;
  emit(state, events, now, 'DUE_DATE_MOVED', undefined, { from, to: plan.dueDate, reason: 'calendar' });
  return events;
}

export function tickUrge(state: UrgeState, now: number): SupervisionEvent[] {
  const events: SupervisionEvent[] = [];
  if (state.answer) return events;
  if (!state.warned && state.warnAt !== undefined && now >= state.warnAt && now < state.dueAt) {
    state.warned = true;
    emit(state, events, now, 'REPLY_WARNING', undefined, { dueDate: state.dueDate });
  }
  if (!state.escalated && now >= state.dueAt) {
    state.escalated = true;
    state.status = 'ESCALATED';
    emit(state, events, now, 'ESCALATED', undefined, { dueDate: state.dueDate, to: ['CENTRE_MANAGER', 'COMPLAINT_CENTRE'] });
  }
  return events;
}

export function nextUrgeWake(state: UrgeState): number | undefined {
  if (state.answer) return undefined;
  if (!state.warned && state.warnAt !== undefined && state.warnAt < state.dueAt) return state.warnAt;
  if (!state.escalated) return state.dueAt;
  return undefined;
}

export interface UrgeView {
  id: string;
  caseNo: string;
  departmentCode: string;
  itemName: string;
  note: string;
  urgedBy: string;
  urgedAt: string;
  replyDays: number;
  dueDate: IsoDate;
  dueAt: string;
  status: UrgeStatus;
  warned: boolean;
  escalated: boolean;
  answer?: { at: string; by: string; text: string; late: boolean };
  lastSeq: number;
}

export function urgeView(state: UrgeState): UrgeView {
  return {
    id: state.input.id,
    caseNo: state.input.caseNo,
    departmentCode: state.input.departmentCode,
    itemName: state.input.itemName,
    note: state.input.note,
    urgedBy: state.input.urgedBy.name,
    urgedAt: new Date(state.urgedAt).toISOString(),
    replyDays: state.input.replyDays,
    dueDate: state.dueDate,
    dueAt: new Date(state.dueAt).toISOString(),
    status: state.status,
    warned: state.warned,
    escalated: state.escalated,
    ...(state.answer ? { answer: { ...state.answer, at: new Date(state.answer.at).toISOString() } } : {}),
    lastSeq: state.lastSeq,
  };
}
