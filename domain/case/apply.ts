/**
 * An action on a case, end to end: role and scope, status, the handler, then the clock and stages
 * refreshed. `checkAction` is the workflow's update validator.
 */
import type { CaseAction } from './actions.js';
import { authorise, requireStatusAllows } from './authorise.js';
import type { RuleContext } from './context.js';
import { rules2 } from './create.js';
import { HANDLERS } from './handlers.js';
import type { Actor, CaseEvent, CaseState } from './model.js';
import { syncStages } from './stages.js';
import { emit } from './state.js';
import { refreshFlags } from './time.js';

/** Refuses (throws CaseRefusal) or applies the action, mutating `state`; returns the events. */
export function applyAction(state: CaseState, action: CaseAction, actor: Actor, ctx: RuleContext): CaseEvent[] {
  authorise(state, action.name, actor);
  requireStatusAllows(state, action.name);
  const events: CaseEvent[] = [];
  const push = (type: string, code: number, detail: Record<string, unknown> = {}) => events.push(emit(state, ctx.now, type, code, actor, detail));
  HANDLERS[action.name](state, action.payload as never, actor, ctx, push);
  events.push(...refreshFlags(state, ctx));
  if (rules2(state)) events.push(...syncStages(state, ctx));
  return events;
}

/**
 * The validator: would `applyAction` accept this? Throws the same refusal, changes nothing: the
 * action runs on a scratch copy of the parts of the state that actions change (see `scratchOf`).
 */
export function checkAction(state: CaseState, action: CaseAction, actor: Actor, ctx: RuleContext): void {
  applyAction(scratchOf(state), action, actor, ctx);
}

/**
 * A copy that an action may change freely without touching `state`: every field an action, the
 * flag refresh or the stage sync writes (top-level fields, the arrays they push to, and the records
 * in them whose fields they set) is copied; what no action ever writes — the item, the applicant,
 * the calendar, a notice's lines — is shared. Far cheaper than a deep copy (the calendar alone is
 * the bulk of a state); tests/unit/case-rules.test.ts runs every action on deep-frozen states to
 * prove the original is never written.
 */
export function scratchOf(state: CaseState): CaseState {
  return {
    ...state,
    submittedMaterials: [...state.submittedMaterials],
    suspensions: state.suspensions.map((s) => ({ ...s })),
    corrections: state.corrections.map((c) => ({ ...c })),
    tolerated: state.tolerated.map((t) => ({ ...t })),
    returns: [...state.returns],
    urges: [...state.urges],
    dispatch: { ...state.dispatch },
    ...(state.output ? { output: { ...state.output } } : {}),
    ...(state.stages ? { stages: state.stages.map((s) => ({ ...s })) } : {}),
  };
}
