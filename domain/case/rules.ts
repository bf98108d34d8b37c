/**
 * The case rules: every transition of a case, every refusal with its rule, and every time rule,
 * as pure functions over CaseState. The workflow wraps them (updates call `applyAction`, their
 * validators call `checkAction`, timers call `tick`); the API calls `checkAction` to refuse a bad
 * intake before any workflow starts. Nothing here does I/O or reads a clock: `now` is passed in.
 *
 * This module is the rules' one entrance; they live by concern beside it:
 * - `context.ts`   the instant and the calendar a rule is evaluated against
 * - `create.ts`    a new case from its input; the move to the current rule set
 * - `authorise.ts` role, scope and status checks; the actions a state allows
 * - `handlers.ts`  what each action does (one handler per action)
 * - `apply.ts`     an action end to end, and its validator
 * - `time.ts`      the department's receipt, timers (`tick`, `nextWakeAt`), calendar changes
 * - `stages.ts`    the front-desk stages (pre-review, hand-out) of rules 2
 * - `state.ts`     shared facts about a state (open suspension, state code, events)
 * - `ledger.ts`, `view.ts`  what people see: the clock ledger and the case view
 */
export { type RuleContext, contextOf } from './context.js';
export { newCaseState, rules2, upgradeRules } from './create.js';
export { allowedActions } from './authorise.js';
export { MAX_CORRECTION_DAYS } from './handlers.js';
export { applyAction, checkAction } from './apply.js';
export { applyCalendarChange, markDelivered, nextWakeAt, tick } from './time.js';
export { openStage } from './stages.js';
export { SPECIAL_PROCEDURE_NAMES, clockRunning, missingTolerated, openSuspension, stateCodeOf } from './state.js';
export { clockLedger } from './ledger.js';
export { caseView } from './view.js';
