/**
 * 整改 One rectification as a long-running workflow (DESIGN: every deadline is a workflow). The
 * rules live in domain/supervision/rectification.ts; here they meet Temporal: updates with
 * validators for the department's and the supervisors' actions, one timer to the next deadline
 * (verification, warning, due, escalation), and an activity projecting events to the ledger,
 * which writes the notifications to the outbox in the same transaction.
 */
import { ApplicationFailure, allHandlersFinished, condition, proxyActivities, setCurrentDetails, setHandler } from '@temporalio/workflow';
import { CaseRefusal } from '../domain/case/errors.js';
import {
  RECTIFICATION_ACTIONS,
  type RectificationEvent,
  type RectificationInput,
  type RectificationView,
  applyRectificationAction,
  applyRectificationCalendar,
  checkRectificationAction,
  newRectification,
  nextRectificationWake,
  rectificationView,
  tickRectification,
} from '../domain/supervision/rectification.js';
import type { SupervisionActivities } from '../activities/supervision.js';
import { calendarChangedSignal } from './messages.js';
import { type RectificationActionRequest, rectificationStateQuery, rectificationUpdateName, rectificationUpdates } from './supervision-messages.js';
import { refuseUnvouched } from './vouch.js';

const { projectRectification } = proxyActivities<SupervisionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const toFailure = (e: unknown) =>
  e instanceof CaseRefusal ? ApplicationFailure.create({ type: e.kind, message: e.message, details: [{ rule: e.rule }], nonRetryable: true }) : e;

export async function rectificationWorkflow(input: RectificationInput): Promise<RectificationView> {
  const created = newRectification(input, Date.now());
  const state = created.state;
  const pending: RectificationEvent[] = [...created.events];
  let changed = false;

  for (const name of RECTIFICATION_ACTIONS) {
    setHandler(
      rectificationUpdates[name],
      (req: RectificationActionRequest) => {
        try {
          pending.push(...applyRectificationAction(state, name, req.payload as never, req.actor, Date.now()));
        } catch (e) {
          throw toFailure(e);
        }
        changed = true;
        return rectificationView(state);
      },
      {
        validator: (req: RectificationActionRequest) => {
          refuseUnvouched(req, rectificationUpdateName(name));
          try {
            checkRectificationAction(state, name, req.payload as never, req.actor);
          } catch (e) {
            throw toFailure(e);
          }
        },
        description: `Rectification action ${name}; refused with the rule named when the rules forbid it.`,
      },
    );
  }
  setHandler(rectificationStateQuery, () => state);
  // A calendar change arrives as a message (the calendar service tells every open rectification).
  setHandler(calendarChangedSignal, (calendar) => {
    pending.push(...applyRectificationCalendar(state, calendar, Date.now()));
    changed = true;
  });

  const publish = async () => {
    const view = rectificationView(state);
    setCurrentDetails(
      [
        `### ${view.id} — ${view.title}`,
        `- 状态 Status: **${view.status}**${view.outcome ? ` (${view.outcome})` : ''}${view.overdue ? ' · **逾期 overdue**' : view.warning ? ' · **预警 warning**' : ''}${view.escalated ? ' · 已升级 escalated' : ''}`,
        `- 责任部门 Department: ${view.departmentCode} · 整改期限 due ${view.dueDate} (${view.deadlineDays} working days)`,
      ].join('\n'),
    );
    if (pending.length === 0) return;
    const events = pending.splice(0, pending.length);
    await projectRectification({ view, events });
  };

  for (;;) {
    pending.push(...tickRectification(state, Date.now()));
    await publish();
    if (state.status === 'CLOSED') {
      await condition(allHandlersFinished);
      await publish();
      return rectificationView(state);
    }
    const wake = nextRectificationWake(state);
    changed = false;
    if (wake === undefined) await condition(() => changed || pending.length > 0);
    else await condition(() => changed || pending.length > 0, Math.max(1, wake - Date.now()));
  }
}
