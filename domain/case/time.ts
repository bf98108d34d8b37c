/**
 * What happens to a case by itself: the department system's receipt, timers (lapses, automatic
 * resumption, warnings, overdue) and calendar changes. The workflow calls `tick` on every pass and
 * sleeps until `nextWakeAt`.
 */
import type { CalendarData } from '../calendar/calendar.js';
import { endOfShanghaiDay, shanghaiDateOf } from '../calendar/dates.js';
import { dueDateOf, pauseAutoResumeAt, remainingWorkingDays, suspensionDays, warningAt } from '../clock/clock.js';
import { type RuleContext, contextOf } from './context.js';
import { rules2 } from './create.js';
import { type CaseEvent, type CaseState, FINAL_STATUSES, MAX_PAUSE_WORKING_DAYS, STATE_CODES } from './model.js';
import { openStage, stageWarningDays, syncStages } from './stages.js';
import { SPECIAL_PROCEDURE_NAMES, clockRunning, currentDue, emit, openSuspension, pausedWorkingDays, stateCodeOf } from './state.js';

/** The department's system confirmed receipt: the department now reviews (code 8). */
export function markDelivered(state: CaseState, receipt: string, now: number): CaseEvent[] {
  if (state.status !== 'TRANSFERRING') return [];
  state.status = 'IN_REVIEW';
  state.dispatch = { ...state.dispatch, status: 'DELIVERED', deliveredAt: now, receipt };
  return [emit(state, now, 'TRANSFERRED', STATE_CODES.DEPARTMENT_HANDLING, undefined, { departmentCode: state.item.departmentCode, receipt })];
}

/** Everything that happens by itself at `ctx.now`: lapses, automatic resumption, overdue, warnings. */
export function tick(state: CaseState, ctx: RuleContext): CaseEvent[] {
  const events: CaseEvent[] = [];
  const today = shanghaiDateOf(ctx.now);
  const correction = state.corrections.at(-1);
  if (state.status === 'CORRECTION_REQUESTED' && correction && ctx.now >= correction.lapseAt) {
    state.status = 'WITHDRAWN';
    state.closingReason = `correction not supplied by ${correction.supplyBy}: the application is deemed withdrawn`;
    state.completedAt = ctx.now;
    events.push(emit(state, ctx.now, 'CORRECTION_LAPSED', STATE_CODES.WITHDRAWN, undefined, { supplyBy: correction.supplyBy }));
  }
  const open = openSuspension(state);
  if (open?.kind === 'PAUSE') {
    const used = pausedWorkingDays(state, ctx.calendar, today, open);
    const resume = pauseAutoResumeAt(ctx.calendar, open.startDate, MAX_PAUSE_WORKING_DAYS - used);
    if (ctx.now >= resume.at) {
      open.endAt = resume.at;
      open.endDate = resume.date;
      open.endedBy = 'system';
      open.autoEnded = true;
      events.push(emit(state, resume.at, 'RESUMED', stateCodeOf(state), undefined, {
        suspensionId: open.id,
        automatic: true,
        rule: `pauses reached ${MAX_PAUSE_WORKING_DAYS} working days in total`,
        workingDays: suspensionDays(ctx.calendar, open, resume.date),
      }));
    }
  }
  if (open?.kind === 'SPECIAL_PROCEDURE' && !open.procedureOverdue && open.procedureDueDate && ctx.now >= endOfShanghaiDay(open.procedureDueDate)) {
    open.procedureOverdue = true;
    events.push(emit(state, ctx.now, 'SPECIAL_PROCEDURE_OVERDUE', stateCodeOf(state), undefined, {
      kind: open.reason,
      name: SPECIAL_PROCEDURE_NAMES[open.reason],
      dueDate: open.procedureDueDate,
      limitDays: open.limitDays,
      departmentCode: state.item.departmentCode,
      // Rules 2: the excluded time is capped, so from now on the case's own clock runs again.
      clockRunsAgain: open.capped === true,
    }));
  }
  if (!FINAL_STATUSES.has(state.status)) {
    for (const t of state.tolerated) {
      if (t.suppliedAt === undefined && !t.lateNotified && ctx.now >= endOfShanghaiDay(t.promisedDate)) {
        t.lateNotified = true;
        events.push(emit(state, ctx.now, 'TOLERANCE_COMMITMENT_MISSED', stateCodeOf(state), undefined, { materialCode: t.code, name: t.name, promisedDate: t.promisedDate }));
      }
    }
  }
  events.push(...refreshFlags(state, ctx));
  if (rules2(state)) events.push(...syncStages(state, ctx));
  return events;
}

/** The next instant at which `tick` would change something, if any. Call right after `tick`. */
export function nextWakeAt(state: CaseState, ctx: RuleContext): number | undefined {
  const candidates: number[] = [];
  const today = shanghaiDateOf(ctx.now);
  const correction = state.corrections.at(-1);
  if (state.status === 'CORRECTION_REQUESTED' && correction) candidates.push(correction.lapseAt);
  const open = openSuspension(state);
  if (open?.kind === 'PAUSE') {
    const used = pausedWorkingDays(state, ctx.calendar, today, open);
    candidates.push(pauseAutoResumeAt(ctx.calendar, open.startDate, MAX_PAUSE_WORKING_DAYS - used).at);
  }
  if (open?.kind === 'SPECIAL_PROCEDURE' && !open.procedureOverdue && open.procedureDueDate) candidates.push(endOfShanghaiDay(open.procedureDueDate));
  if (!FINAL_STATUSES.has(state.status)) {
    for (const t of state.tolerated) if (t.suppliedAt === undefined && !t.lateNotified) candidates.push(endOfShanghaiDay(t.promisedDate));
  }
  if (clockRunning(state) && state.acceptedDate) {
    const due = dueDateOf(ctx.calendar, state.acceptedDate, state.item.promisedLimitDays, state.suspensions, today);
    if (!state.warning && !state.overdue) candidates.push(warningAt(ctx.calendar, due.dueDate, state.warningDays));
    if (!state.overdue) candidates.push(due.dueAt);
  }
  const stage = openStage(state);
  if (stage) {
    if (!stage.warning && !stage.overdue) candidates.push(warningAt(ctx.calendar, stage.dueDate, stageWarningDays(state, stage)));
    if (!stage.overdue) candidates.push(endOfShanghaiDay(stage.dueDate));
  }
  // `tick` has just run at ctx.now, so anything due by now is already handled: only the future counts.
  const future = candidates.filter((t) => t > ctx.now);
  return future.length ? Math.min(...future) : undefined;
}

/** A calendar change (a new notice, a local closure) reaches the case: due dates move. */
export function applyCalendarChange(state: CaseState, calendar: CalendarData, ctx: { now: number }): CaseEvent[] {
  const before = state.acceptedDate ? currentDue(state, contextOf(state, ctx.now)) : undefined;
  state.calendar = calendar;
  const after = contextOf(state, ctx.now);
  const events: CaseEvent[] = [];
  if (before && state.acceptedDate) {
    const due = currentDue(state, after);
    if (due.dueDate !== before.dueDate) {
      events.push(emit(state, ctx.now, 'DUE_DATE_MOVED', stateCodeOf(state), undefined, { from: before.dueDate, to: due.dueDate, cause: 'calendar change' }));
    }
  }
  events.push(...tick(state, after));
  return events;
}

/** Warning and overdue follow the running clock; once overdue, always counted so (everOverdue). */
export function refreshFlags(state: CaseState, ctx: RuleContext): CaseEvent[] {
  if (!clockRunning(state) || !state.acceptedDate) return [];
  const events: CaseEvent[] = [];
  const today = shanghaiDateOf(ctx.now);
  const due = dueDateOf(ctx.calendar, state.acceptedDate, state.item.promisedLimitDays, state.suspensions, today);
  const overdue = ctx.now >= due.dueAt;
  const warning = !overdue && ctx.now >= warningAt(ctx.calendar, due.dueDate, state.warningDays);
  if (overdue && !state.overdue) {
    events.push(emit(state, ctx.now, 'OVERDUE', stateCodeOf(state), undefined, { dueDate: due.dueDate }));
    state.everOverdue = true;
  }
  if (warning && !state.warning) {
    events.push(emit(state, ctx.now, 'WARNING', stateCodeOf(state), undefined, { dueDate: due.dueDate, remainingWorkingDays: remainingWorkingDays(ctx.calendar, today, due.dueDate) }));
  }
  state.overdue = overdue;
  state.warning = warning;
  return events;
}
