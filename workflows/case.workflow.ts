/**
 * 办件 One case, from submission to delivery, as a long-running workflow. The rules live in
 * domain/case/rules.ts; this file wires them to Temporal: updates (with validators) for staff
 * actions, one alarm for the clock, activities for the read model and the department systems.
 * Deterministic: no I/O, no real clock (Date.now() is workflow time here), no randomness.
 *
 * The case's life (statuses; actions are the updates' names; ○ waits for people, ◎ waits for a
 * system, ● final):
 *
 *   online ─► ○ SUBMITTED ──requestCorrection──► ○ CORRECTION_REQUESTED ──(lapsed)──► ● WITHDRAWN
 *                │  ▲                                     │
 *                │  └─────────── supplyCorrection ────────┘
 *                ├──refuse──► ● REFUSED
 *   window ──────┴──accept──► ◎ TRANSFERRING ──(dispatcher: the department system has it)──► ○ IN_REVIEW
 *                                  ▲                                                 pause ⇄ resume,
 *                                  └── resubmit ── ○ RETURNED ◄── returnToFrontDesk ── startSpecialProcedure ⇄ finish…
 *                                                                                         │ approve / deny
 *                                                                                         ▼
 *        ● COMPLETED ◄── confirmDelivery ── ○ IN_DELIVERY ◄── issueOutput (post) ── ○ DECIDED
 *             ▲─────────────────────────── issueOutput (at the window) ─────────────────┘
 *   any open status ──withdraw / terminate──► ● WITHDRAWN / ● TERMINATED
 *   time (tick, at the alarm): warning, overdue, stage and special-procedure limits, lapsed corrections
 *
 * One pass of the main loop: let time act on the state (tick), hand the case to its department when
 * it is TRANSFERRING (dispatcher), project new events and show the case to operators (publish),
 * then sleep until a message arrives or the alarm rings at the next instant a rule needs.
 *
 * Since the hot-path change (patch `case-hot-path`): projection and the first hand-over run as
 * local activities inside the same workflow task — an update's answer leaves once the read model
 * has its events — falling back to the durable activities when they fail or the database is slow;
 * the alarm's timer is re-armed only when its instant moves; search attributes are upserted only
 * when one changes (the API sets them at the start). Cases whose history lacks the marker keep the
 * old path to the end of their run, so they replay.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { ACTION_NAMES, type ActionName, type CaseAction } from '../domain/case/actions.js';
import { CaseRefusal } from '../domain/case/errors.js';
import { shanghaiDateOf } from '../domain/calendar/dates.js';
import { CURRENT_RULES, type CaseEvent, type CaseInput, type CaseState, type CaseView, FINAL_STATUSES } from '../domain/case/model.js';
import {
  applyAction,
  applyCalendarChange,
  caseView,
  checkAction,
  contextOf,
  markDelivered,
  newCaseState,
  nextWakeAt,
  rules2,
  tick,
  upgradeRules,
} from '../domain/case/rules.js';
import type { CaseActivities } from '../activities/index.js';
import { Alarm, legacyWait } from './case/clock.js';
import { changedAttributes, legacySearchAttributesOf, searchAttributesOf, summaryOf } from './case/publishing.js';
import { type ActionRequest, actionUpdates, calendarChangedSignal, caseStateQuery } from './messages.js';
import { refuseUnvouched } from './vouch.js';

const { projectCase } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Department systems may be down for hours: dispatch retries without limit, with backoff, and the
 * case waits in TRANSFERRING meanwhile. The pending activity (attempts, last failure) shows the
 * outage to operators in the Temporal UI.
 */
const { dispatchToDepartment } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * The same two, tried first inside the workflow task (no activity task, no extra workflow task):
 * short deadlines and few attempts, because a failure only means "use the durable one".
 */
const local = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '5 seconds',
  scheduleToCloseTimeout: '8 seconds',
  retry: { initialInterval: '200 milliseconds', maximumAttempts: 2 },
});

export type CaseWorkflowArgs = { input: CaseInput } | { carried: CaseState; pending: CaseEvent[] };

/** Past this many history events the case continues as new, carrying its state. */
const CONTINUE_AS_NEW_AFTER_EVENTS = 2_000;

/**
 * Issue 16's rules (one clock at intake, computed one-time notices, capped special procedures,
 * stage limits). Histories recorded before it replay without the marker, under rules 1; a case
 * that was already open moves to rules 2 at its first new workflow task.
 */
const RULES_2_PATCH = 'case-rules-2';

/** Issue 18's hot path (see the head comment); decided once per run, at its start. */
const HOT_PATH_PATCH = 'case-hot-path';

export async function caseWorkflow(args: CaseWorkflowArgs): Promise<CaseView> {
  let state: CaseState;
  /** Events not yet projected to the read model. */
  const pending: CaseEvent[] = [];
  /** Set by every message and background result that changed the case; the loop wakes on it. */
  let stirred = false;

  // Everything up to the handlers' registration is synchronous, so a query or update sent right
  // after the start finds the case already received (and, at the window, accepted).
  // Asked first: a run on the hot path is a run under rules 2 and need not record that patch too
  // (each patch costs a marker and a search-attribute upsert in every case's history).
  const hot = patched(HOT_PATH_PATCH);
  if ('input' in args) {
    // Rules 2: one clock at intake — the instant the API decided on travels in the input, so the
    // case is received and accepted exactly as the API answered (same instant, same day).
    const withRules2 = hot || patched(RULES_2_PATCH);
    const intakeAt = withRules2 && args.input.receivedAt !== undefined ? args.input.receivedAt : Date.now();
    const created = newCaseState(args.input, intakeAt, withRules2 ? CURRENT_RULES : 1);
    state = created.state;
    pending.push(...created.events);
    if (args.input.acceptNow) {
      // The API checked this acceptance against the same rules at the same instant before starting
      // (rules 1: at its own instant; should time have moved the answer since, the case simply
      // waits for the clerk as a received application).
      try {
        pending.push(...applyAction(state, { name: 'accept', payload: args.input.acceptNow }, args.input.submittedBy, contextOf(state, withRules2 ? intakeAt : Date.now())));
      } catch (e) {
        if (!(e instanceof CaseRefusal)) throw e;
      }
    }
  } else {
    state = args.carried;
    pending.push(...args.pending);
  }

  const ctx = () => contextOf(state, Date.now());
  const toFailure = (e: unknown) =>
    e instanceof CaseRefusal ? ApplicationFailure.create({ type: e.kind, message: e.message, details: [{ rule: e.rule }], nonRetryable: true }) : e;

  for (const name of ACTION_NAMES) {
    setHandler(
      actionUpdates[name],
      (req: ActionRequest) => {
        try {
          pending.push(...applyAction(state, { name, payload: req.payload } as CaseAction, req.actor, ctx()));
        } catch (e) {
          throw toFailure(e);
        }
        stirred = true;
        return caseView(state, ctx());
      },
      {
        validator: (req: ActionRequest) => {
          refuseUnvouched(req, name);
          try {
            checkAction(state, { name, payload: req.payload } as CaseAction, req.actor, ctx());
          } catch (e) {
            throw toFailure(e);
          }
        },
        description: `Staff action ${name as ActionName} on the case; refused with the rule named if the rules forbid it.`,
      },
    );
  }
  setHandler(caseStateQuery, () => state);
  setHandler(calendarChangedSignal, (calendar) => {
    pending.push(...applyCalendarChange(state, calendar, { now: Date.now() }));
    stirred = true;
  });

  // ── dispatcher: hands a TRANSFERRING case to its department system ──
  /** The durable hand-over under way in the background, if any. */
  let dispatching: Promise<void> | undefined;
  const dispatchIfNeeded = async () => {
    if (state.status !== 'TRANSFERRING' || dispatching) return;
    const req = { caseNo: state.caseNo, departmentCode: state.item.departmentCode, step: `dispatch-${state.returns.length}`, payload: caseView(state, ctx()) };
    if (hot) {
      // Tried first inside this workflow task, awaited (never alongside another local activity,
      // whose resolution order replay could not reproduce).
      try {
        const { receipt } = await local.dispatchToDepartment(req);
        pending.push(...markDelivered(state, receipt, Date.now()));
        return;
      } catch {
        // down or slow: the durable hand-over below, retried without limit
      }
    }
    dispatching = dispatchToDepartment(req).then(({ receipt }) => {
      pending.push(...markDelivered(state, receipt, Date.now()));
      dispatching = undefined;
      stirred = true;
    });
  };

  // ── publish: the read model, then what operators see ──
  let lastAttributes = '';
  let lastDetails = '';
  const publish = async () => {
    const view = caseView(state, ctx());
    if (hot) {
      const changed = changedAttributes(searchAttributesOf(view), workflowInfo().typedSearchAttributes);
      if (changed.length) upsertSearchAttributes(changed);
    } else {
      const attributes = legacySearchAttributesOf(view);
      const key = JSON.stringify(attributes);
      if (key !== lastAttributes) upsertSearchAttributes(attributes);
      lastAttributes = key;
    }
    // Metadata, not history: refreshed whenever it reads differently.
    const details = summaryOf(view, shanghaiDateOf(Date.now()));
    if (details !== lastDetails) setCurrentDetails(details);
    lastDetails = details;
    if (pending.length === 0) return;
    const input = { view, events: pending.splice(0, pending.length), ...(state.queryCodeHash ? { queryCodeHash: state.queryCodeHash } : {}) };
    if (hot) await local.projectCase(input).catch(() => projectCase(input));
    else await projectCase(input);
  };

  // ── the clock ──
  const alarm = new Alarm();
  const sleepUntilStirred = async () => {
    const wake = nextWakeAt(state, ctx());
    stirred = false;
    const woken = () => stirred || pending.length > 0;
    if (hot) {
      alarm.set(wake);
      await alarm.wait(woken);
    } else {
      await legacyWait(woken, wake);
    }
  };

  // ── the main loop ──
  for (;;) {
    if (!rules2(state) && patched(RULES_2_PATCH)) {
      upgradeRules(state);
      stirred = true;
    }
    pending.push(...tick(state, ctx()));
    await dispatchIfNeeded();
    await publish();
    if (FINAL_STATUSES.has(state.status) && pending.length === 0) {
      await condition(allHandlersFinished);
      await publish();
      return caseView(state, ctx());
    }
    if (workflowInfo().historyLength > CONTINUE_AS_NEW_AFTER_EVENTS && !dispatching) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof caseWorkflow>({ carried: state, pending: pending.splice(0, pending.length) });
    }
    await sleepUntilStirred();
  }
}
