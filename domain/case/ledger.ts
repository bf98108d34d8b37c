/**
 * The clock ledger: how a case's current due date came about (limit, each suspension, days left).
 */
import { shanghaiDateOf } from '../calendar/dates.js';
import { dueDateOf, excludedDays, remainingWorkingDays, suspensionDays } from '../clock/clock.js';
import type { RuleContext } from './context.js';
import { type CaseState, type ClockLedger, PAUSE_REASONS, type PauseReason } from './model.js';
import { SPECIAL_PROCEDURE_NAMES, clockRunning, iso } from './state.js';

export function clockLedger(state: CaseState, ctx: RuleContext): ClockLedger {
  const today = shanghaiDateOf(ctx.now);
  const suspensions = state.suspensions.map((s) => ({
    id: s.id,
    kind: s.kind,
    reason: s.reason,
    reasonName: s.kind === 'PAUSE' ? PAUSE_REASONS[s.reason as PauseReason] : SPECIAL_PROCEDURE_NAMES[s.reason] ?? s.reason,
    note: s.note,
    startDate: s.startDate,
    ...(s.endDate ? { endDate: s.endDate } : {}),
    open: s.endAt === undefined,
    workingDays: suspensionDays(ctx.calendar, s, today),
    excludedWorkingDays: excludedDays(ctx.calendar, s, today),
    ...(s.capped ? { overrunWorkingDays: suspensionDays(ctx.calendar, s, today) - excludedDays(ctx.calendar, s, today) } : {}),
    ...(s.autoEnded ? { autoEnded: true } : {}),
    ...(s.limitDays !== undefined ? { limitDays: s.limitDays, procedureDueDate: s.procedureDueDate, procedureOverdue: s.procedureOverdue ?? false } : {}),
    ...(s.result ? { result: s.result } : {}),
  }));
  const pauses = suspensions.filter((s) => s.kind === 'PAUSE');
  const base: ClockLedger = {
    limitDays: state.item.promisedLimitDays,
    suspensions,
    pauseCount: pauses.length,
    pausedWorkingDays: pauses.reduce((n, s) => n + s.workingDays, 0),
    suspendedWorkingDays: suspensions.reduce((n, s) => n + s.excludedWorkingDays, 0),
    running: clockRunning(state),
    warning: state.warning,
    overdue: state.overdue,
    provisional: false,
    today,
  };
  if (!state.acceptedDate) return base;
  // After a decision the due date is frozen as it stood on the decision day.
  const asOf = state.decidedAt !== undefined ? shanghaiDateOf(state.decidedAt) : today;
  const due = dueDateOf(ctx.calendar, state.acceptedDate, state.item.promisedLimitDays, state.suspensions, asOf);
  return {
    ...base,
    acceptedAt: iso(state.acceptedAt),
    acceptedDate: state.acceptedDate,
    dueDate: due.dueDate,
    dueAt: iso(due.dueAt),
    remainingWorkingDays: remainingWorkingDays(ctx.calendar, asOf, due.dueDate),
    provisional: due.provisional,
  };
}
