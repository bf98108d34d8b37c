/**
 * Small facts about a case's state that every part of the rules reads: the open suspension, whether
 * the limit clock runs, the national state code, and `emit`, which numbers each event.
 */
import type { WorkingCalendar } from '../calendar/calendar.js';
import { type IsoDate, shanghaiDateOf } from '../calendar/dates.js';
import { dueDateOf, suspensionDays } from '../clock/clock.js';
import type { RuleContext } from './context.js';
import { conflict } from './errors.js';
import { type Actor, type CaseEvent, type CaseState, type CaseStatus, STATE_CODES, type SuspensionRecord } from './model.js';

export const SPECIAL_PROCEDURE_NAMES: Record<string, string> = {
  SITE_SURVEY: '现场踏勘',
  INSPECTION: '核查检查',
  TESTING: '检验鉴定',
  HEARING: '听证论证',
  EXPERT_REVIEW: '专家评审',
};

export const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** The statuses of an accepted case that has not been decided: its limit clock may run. */
export const ACCEPTED_OPEN: CaseStatus[] = ['TRANSFERRING', 'IN_REVIEW', 'RETURNED'];

/**
 * The limit clock runs from acceptance to decision, and stands still while a suspension is open —
 * except a capped special procedure past its own limit (rules 2): then it runs again.
 */
export function clockRunning(state: CaseState): boolean {
  if (state.acceptedDate === undefined || !ACCEPTED_OPEN.includes(state.status)) return false;
  const open = openSuspension(state);
  return !open || (open.kind === 'SPECIAL_PROCEDURE' && open.capped === true && open.procedureOverdue === true);
}

export function openSuspension(state: CaseState): SuspensionRecord | undefined {
  return state.suspensions.find((s) => s.endAt === undefined);
}

export function requireNoOpenSuspension(state: CaseState): void {
  const open = openSuspension(state);
  if (open) {
    throw conflict(
      'suspension.already_open',
      open.kind === 'PAUSE' ? 'the case is already paused; resume it first' : `a special procedure (${SPECIAL_PROCEDURE_NAMES[open.reason]}) is under way; one at a time`,
    );
  }
}

export function endSuspension(state: CaseState, s: SuspensionRecord, ctx: RuleContext, by: string): void {
  s.endAt = ctx.now;
  s.endDate = shanghaiDateOf(ctx.now);
  s.endedBy = by;
}

export function closeOpenSuspension(state: CaseState, ctx: RuleContext, by: string): void {
  const open = openSuspension(state);
  if (open) endSuspension(state, open, ctx, by);
}

/** Working days already spent in pauses, excluding `except` (the open pause being evaluated). */
export function pausedWorkingDays(state: CaseState, calendar: WorkingCalendar, today: IsoDate, except?: SuspensionRecord): number {
  return state.suspensions.filter((s) => s.kind === 'PAUSE' && s !== except).reduce((sum, s) => sum + suspensionDays(calendar, s, today), 0);
}

export function missingTolerated(state: CaseState) {
  return state.tolerated.filter((t) => t.suppliedAt === undefined);
}

export function currentDue(state: CaseState, ctx: RuleContext) {
  return dueDateOf(ctx.calendar, state.acceptedDate!, state.item.promisedLimitDays, state.suspensions, shanghaiDateOf(ctx.now));
}

export function stateCodeOf(state: CaseState): number {
  switch (state.status) {
    case 'SUBMITTED':
      return state.corrections.length > 0 ? STATE_CODES.CORRECTION_END : STATE_CODES.RECEIVED;
    case 'CORRECTION_REQUESTED':
      return STATE_CODES.CORRECTION_START;
    case 'REFUSED':
      return STATE_CODES.REFUSED;
    case 'TRANSFERRING':
      return STATE_CODES.ACCEPTED;
    case 'IN_REVIEW':
      return openSuspension(state)?.kind === 'SPECIAL_PROCEDURE' ? STATE_CODES.SPECIAL_PROCEDURE_START : STATE_CODES.DEPARTMENT_HANDLING;
    case 'RETURNED':
    case 'DECIDED':
    case 'IN_DELIVERY':
      return STATE_CODES.DEPARTMENT_HANDLING;
    case 'COMPLETED':
      if (state.decision === 'DENIED') return STATE_CODES.COMPLETED_DENIED;
      return state.tolerated.length > 0 ? STATE_CODES.COMPLETED_TOLERANCE : STATE_CODES.COMPLETED_APPROVED;
    case 'WITHDRAWN':
      return STATE_CODES.WITHDRAWN;
    case 'TERMINATED':
      return STATE_CODES.REVOKED;
  }
}

export function emit(state: CaseState, at: number, type: string, stateCode: number, actor: Actor | undefined, detail: Record<string, unknown>): CaseEvent {
  state.lastSeq += 1;
  return {
    seq: state.lastSeq,
    at,
    type,
    stateCode,
    ...(actor ? { actor: { id: actor.id, name: actor.name, role: actor.role } } : {}),
    detail,
  };
}
