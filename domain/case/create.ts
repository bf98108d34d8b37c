/**
 * Creation of a case (from its workflow input) and the move of an old case to the current rule set.
 */
import { contextOf } from './context.js';
import { type CaseEvent, type CaseInput, type CaseState, DEFAULT_STAGE_LIMITS, STATE_CODES } from './model.js';
import { syncStages } from './stages.js';
import { emit, openSuspension } from './state.js';

/** Does the case run under rule set 2 (issue 16) or later? */
export const rules2 = (state: CaseState): boolean => (state.rules ?? 1) >= 2;

/**
 * `rules` is the rule set the case starts under: the workflow passes what its `case-rules-2` patch
 * says, the API (which answers the intake from these same rules) passes CURRENT_RULES.
 */
export function newCaseState(input: CaseInput, now: number, rules = 1): { state: CaseState; events: CaseEvent[] } {
  const state: CaseState = {
    caseNo: input.caseNo,
    channel: input.channel,
    item: input.item,
    applicant: input.applicant,
    ...(input.queryCodeHash ? { queryCodeHash: input.queryCodeHash } : {}),
    submittedMaterials: [...new Set(input.submittedMaterials)],
    status: 'SUBMITTED',
    submittedAt: now,
    warningDays: input.warningDays,
    suspensions: [],
    warning: false,
    overdue: false,
    everOverdue: false,
    corrections: [],
    tolerated: [],
    returns: [],
    urges: [],
    dispatch: { status: 'NONE' },
    calendar: input.calendar,
    lastSeq: 0,
    ...(rules >= 2 ? { rules, stageLimits: input.stageLimits ?? DEFAULT_STAGE_LIMITS, stages: [] } : {}),
  };
  const events = [
    emit(state, now, 'RECEIVED', STATE_CODES.RECEIVED, input.submittedBy, {
      channel: input.channel,
      itemCode: input.item.code,
      itemVersion: input.item.version,
      submittedMaterials: state.submittedMaterials,
    }),
  ];
  if (rules2(state)) events.push(...syncStages(state, contextOf(state, now)));
  return { state, events };
}

/**
 * A case opened under rules 1 moves to rules 2 (called once, where the workflow's `case-rules-2`
 * patch says so): the stage limits start to apply, and an open special procedure is capped at its
 * limit from now on. The next `tick` evaluates what that changes.
 */
export function upgradeRules(state: CaseState): void {
  if (rules2(state)) return;
  state.rules = 2;
  state.stageLimits ??= DEFAULT_STAGE_LIMITS;
  state.stages ??= [];
  const open = openSuspension(state);
  if (open?.kind === 'SPECIAL_PROCEDURE') open.capped = true;
}
