/**
 * 预审 / 出件 The front-desk stages of rules 2: pre-review and hand-out, each with its own limit,
 * warning and overdue.
 */
import { endOfShanghaiDay, shanghaiDateOf } from '../calendar/dates.js';
import { procedureDueOf, remainingWorkingDays, warningAt } from '../clock/clock.js';
import type { RuleContext } from './context.js';
import { type CaseEvent, type CaseState, DEFAULT_STAGE_LIMITS, STAGE_NAMES, type StageKind, type StageRecord } from './model.js';
import { emit, missingTolerated, stateCodeOf } from './state.js';

/** The stage a case waits in now: pre-review while received and not yet accepted, hand-out once decided and nothing holds the result. */
function wantedStage(state: CaseState): StageKind | undefined {
  if (state.status === 'SUBMITTED') return 'PRE_REVIEW';
  if (state.status === 'DECIDED' && !(state.decision === 'APPROVED' && missingTolerated(state).length > 0)) return 'OUTPUT';
  return undefined;
}

export function openStage(state: CaseState): StageRecord | undefined {
  return state.stages?.find((s) => s.endAt === undefined);
}

/** A stage warns like the review does, but never on its first day: threshold = min(warning days, limit − 1). */
export function stageWarningDays(state: CaseState, stage: StageRecord): number {
  return Math.max(0, Math.min(state.warningDays, stage.limitDays - 1));
}

/**
 * Opens and closes the pre-review and hand-out stages as the case moves, and raises their warning
 * and overdue (once per stage). A stage's limit is N working days after the day it started;
 * overdue from the end of that day.
 */
export function syncStages(state: CaseState, ctx: RuleContext): CaseEvent[] {
  const events: CaseEvent[] = [];
  const stages = (state.stages ??= []);
  const wanted = wantedStage(state);
  let open = openStage(state);
  if (open && open.kind !== wanted) {
    open.endAt = ctx.now;
    open = undefined;
  }
  if (!open && wanted) {
    const limits = state.stageLimits ?? DEFAULT_STAGE_LIMITS;
    const limitDays = wanted === 'PRE_REVIEW' ? limits.preReviewDays : limits.outputDays;
    // The first pre-review starts when the application was received, not when the workflow first ran.
    const startAt = wanted === 'PRE_REVIEW' && stages.length === 0 ? state.submittedAt : ctx.now;
    const startDate = shanghaiDateOf(startAt);
    open = { kind: wanted, startAt, startDate, limitDays, dueDate: procedureDueOf(ctx.calendar, startDate, limitDays).dueDate, warning: false, overdue: false };
    stages.push(open);
  }
  if (open) {
    const overdue = ctx.now >= endOfShanghaiDay(open.dueDate);
    const warning = !overdue && ctx.now >= warningAt(ctx.calendar, open.dueDate, stageWarningDays(state, open));
    const detail = { stage: open.kind, name: STAGE_NAMES[open.kind], startDate: open.startDate, limitDays: open.limitDays, dueDate: open.dueDate };
    if (overdue && !open.overdue) {
      open.overdue = true;
      events.push(emit(state, ctx.now, `${open.kind}_OVERDUE`, stateCodeOf(state), undefined, detail));
    }
    if (warning && !open.warning && !open.overdue) {
      open.warning = true;
      events.push(emit(state, ctx.now, `${open.kind}_WARNING`, stateCodeOf(state), undefined, { ...detail, remainingWorkingDays: remainingWorkingDays(ctx.calendar, shanghaiDateOf(ctx.now), open.dueDate) }));
    }
  }
  return events;
}
