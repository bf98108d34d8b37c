/**
 * 办件 One case, from submission to delivery, as a long-running workflow. The rules live in
 * domain/case/rules.ts; this file wires them to Temporal: updates (with validators) for staff
 * actions, timers for the clock, activities for the read model and the department systems.
 * Deterministic: no I/O, no real clock (Date.now() is workflow time here), no randomness.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { ACTION_NAMES, type ActionName, type CaseAction } from '../domain/case/actions.js';
import { CaseRefusal } from '../domain/case/errors.js';
import { CHANNEL_NAMES, statusName } from '../domain/case/names.js';
import { CURRENT_RULES, type CaseEvent, type CaseInput, type CaseState, type CaseView, FINAL_STATUSES, ROLES } from '../domain/case/model.js';
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
import { type ActionRequest, actionUpdates, calendarChangedSignal, caseStateQuery, departmentReceiptSignal } from './messages.js';
import * as SA from './search-attributes.js';

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

export type CaseWorkflowArgs = { input: CaseInput } | { carried: CaseState; pending: CaseEvent[] };

const DISPATCH_RETRY_AFTER_MS = 15 * 60_000;

/** Past this many history events the case continues as new, carrying its state. */
const CONTINUE_AS_NEW_AFTER_EVENTS = 2_000;

/**
 * Issue 16's rules (one clock at intake, computed one-time notices, capped special procedures,
 * stage limits). Histories recorded before it replay without the marker, under rules 1; a case
 * that was already open moves to rules 2 at its first new workflow task.
 */
const RULES_2_PATCH = 'case-rules-2';

export async function caseWorkflow(args: CaseWorkflowArgs): Promise<CaseView> {
  let state: CaseState;
  const pending: CaseEvent[] = [];
  let changed = false;

  // Everything up to the handlers' registration is synchronous, so a query or update sent right
  // after the start finds the case already received (and, at the window, accepted).
  if ('input' in args) {
    // Rules 2: one clock at intake — the instant the API decided on travels in the input, so the
    // case is received and accepted exactly as the API answered (same instant, same day).
    const withRules2 = patched(RULES_2_PATCH);
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
        changed = true;
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
    changed = true;
  });
  setHandler(departmentReceiptSignal, ({ receipt }) => {
    pending.push(...markDelivered(state, receipt, Date.now()));
    changed = true;
  });

  let dispatching = false;
  /** After a non-retryable dispatch failure, when to try again (not in a tight loop). */
  let dispatchRetryAt = 0;
  let lastAttributes = '';

  /** Projects new events to the read model and keeps search attributes and the UI summary current. */
  const publish = async () => {
    const view = caseView(state, ctx());
    const attributes = searchAttributesOf(view);
    const key = JSON.stringify(attributes);
    if (key !== lastAttributes) {
      upsertSearchAttributes(attributes);
      lastAttributes = key;
      setCurrentDetails(summaryOf(view));
    }
    if (pending.length === 0) return;
    const events = pending.splice(0, pending.length);
    await projectCase({ view, events, ...(state.queryCodeHash ? { queryCodeHash: state.queryCodeHash } : {}) });
  };

  const startDispatchIfNeeded = () => {
    if (state.status !== 'TRANSFERRING' || dispatching || Date.now() < dispatchRetryAt) return;
    dispatching = true;
    const step = `dispatch-${state.returns.length}`;
    void dispatchToDepartment({
      caseNo: state.caseNo,
      departmentCode: state.item.departmentCode,
      step,
      payload: caseView(state, ctx()),
    }).then(
      ({ receipt }) => {
        pending.push(...markDelivered(state, receipt, Date.now()));
        dispatching = false;
        changed = true;
      },
      () => {
        // Only a non-retryable failure ends up here (e.g. the department is unknown to the
        // configuration): leave the case TRANSFERRING, visible to operators, and try again later.
        dispatching = false;
        dispatchRetryAt = Date.now() + DISPATCH_RETRY_AFTER_MS;
        changed = true;
      },
    );
  };

  for (;;) {
    if (!rules2(state) && patched(RULES_2_PATCH)) {
      upgradeRules(state);
      changed = true;
    }
    pending.push(...tick(state, ctx()));
    startDispatchIfNeeded();
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
    const ruleWake = nextWakeAt(state, ctx());
    const retryWake = state.status === 'TRANSFERRING' && !dispatching && dispatchRetryAt > Date.now() ? dispatchRetryAt : undefined;
    const wake = ruleWake === undefined ? retryWake : retryWake === undefined ? ruleWake : Math.min(ruleWake, retryWake);
    changed = false;
    if (wake === undefined) {
      await condition(() => changed || pending.length > 0);
    } else {
      await condition(() => changed || pending.length > 0, Math.max(1, wake - Date.now()));
    }
  }
}

/** How old the API's word for an actor may be when the update reaches the workflow. */
const VOUCH_WINDOW_MS = 10 * 60_000;

/**
 * Trust boundary: only the API vouches for who acts. An action whose actor the API did not sign
 * for this case, this action and about now (checked by the payload codec, worker/codec.ts) is
 * refused — an update sent around the API, say with the temporal CLI, changes nothing — and so
 * is the platform's own SYSTEM actor or a role nobody has, from outside. Validators do not run on
 * replay, so histories recorded before this check replay unchanged.
 */
function refuseUnvouched(req: ActionRequest, name: ActionName): void {
  const v = req?.vouch;
  const forbidden = (rule: string, message: string) => ApplicationFailure.create({ type: 'FORBIDDEN', message, details: [{ rule }], nonRetryable: true });
  if (!v?.verified || v.caseNo !== workflowInfo().workflowId || v.action !== name || Math.abs(Date.now() - v.at) > VOUCH_WINDOW_MS) {
    throw forbidden('actor.not_vouched', 'the actor of this action was not vouched for by the platform API (actions come only through the API)');
  }
  if (!req.actor || !(ROLES as readonly string[]).includes(req.actor.role)) {
    throw forbidden('actor.unknown_role', `actor role ${String(req.actor?.role)} may not act on a case from outside`);
  }
}

function searchAttributesOf(view: CaseView) {
  return [
    { key: SA.CaseNo, value: view.caseNo },
    { key: SA.ItemCode, value: view.item.code },
    { key: SA.DepartmentCode, value: view.item.departmentCode },
    { key: SA.CaseStatus, value: view.status },
    { key: SA.CaseChannel, value: view.channel },
    { key: SA.Overdue, value: view.overdue },
    { key: SA.Warning, value: view.warning },
    ...(view.dueAt ? [{ key: SA.DueAt, value: new Date(view.dueAt) }] : []),
  ];
}

/** What the Temporal UI shows as the case's current details (markdown). */
/**
 * The Temporal UI's current details, in Chinese for the people who read them (metadata only:
 * not part of history, so changing the wording keeps old cases replaying).
 */
function summaryOf(view: CaseView): string {
  const flags = [
    view.overdue ? '**超期**' : '',
    view.warning ? '**预警**' : '',
    view.paused ? '暂停中' : '',
    view.inSpecialProcedure ? `特别程序中${view.specialProcedureOverdue ? '（**已超过其时限**）' : ''}` : '',
    view.stage?.overdue ? `**${view.stage.name}超期**` : view.stage?.warning ? `${view.stage.name}预警` : '',
    view.outputHeld ? '容缺未补齐，暂缓出件' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return [
    `### ${view.caseNo} — ${view.item.name}`,
    `- 状态：**${statusName(view.status)}**（状态代码 ${view.stateCode}）${flags ? ` · ${flags}` : ''}`,
    `- 实施部门：${view.item.departmentName}（${view.item.departmentCode}）· 事项 ${view.item.code} 第 ${view.item.version} 版`,
    `- 申请人：${view.applicant.name} · ${CHANNEL_NAMES[view.channel]}`,
    view.dueDate ? `- 承诺办结日期：${view.dueDate}（剩余 ${view.remainingWorkingDays ?? 0} 个工作日）` : '- 尚未受理',
  ].join('\n');
}
