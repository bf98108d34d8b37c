/**
 * 督办 An urge that must be answered, as its own workflow (started by the API when a supervisor
 * urges a case). The rules live in domain/supervision/urge.ts: a reply deadline in working days,
 * a reminder before it, and at the deadline an escalation that puts a finding in the ledger.
 */
import { ApplicationFailure, allHandlersFinished, condition, proxyActivities, setCurrentDetails, setHandler } from '@temporalio/workflow';
import { CaseRefusal } from '../domain/case/errors.js';
import type { RectificationEvent } from '../domain/supervision/rectification.js';
import { type UrgeInput, type UrgeView, answerUrge, applyUrgeCalendar, checkUrgeAnswer, newUrge, nextUrgeWake, tickUrge, urgeView } from '../domain/supervision/urge.js';
import type { SupervisionActivities } from '../activities/supervision.js';
import { calendarChangedSignal } from './messages.js';
import { ANSWER_URGE, answerUrgeUpdate, urgeStateQuery } from './supervision-messages.js';
import { refuseUnvouched } from './vouch.js';

const { projectUrge } = proxyActivities<SupervisionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const toFailure = (e: unknown) =>
  e instanceof CaseRefusal ? ApplicationFailure.create({ type: e.kind, message: e.message, details: [{ rule: e.rule }], nonRetryable: true }) : e;

export async function urgeWorkflow(input: UrgeInput): Promise<UrgeView> {
  const created = newUrge(input, Date.now());
  const state = created.state;
  const pending: RectificationEvent[] = [...created.events];
  let changed = false;

  setHandler(
    answerUrgeUpdate,
    ({ actor, answer }) => {
      try {
        pending.push(...answerUrge(state, answer, actor, Date.now()));
      } catch (e) {
        throw toFailure(e);
      }
      changed = true;
      return urgeView(state);
    },
    {
      validator: (req) => {
        refuseUnvouched(req, ANSWER_URGE);
        const { actor, answer } = req;
        try {
          checkUrgeAnswer(state, answer, actor);
        } catch (e) {
          throw toFailure(e);
        }
      },
      description: 'The department answers the urge.',
    },
  );
  setHandler(urgeStateQuery, () => state);
  setHandler(calendarChangedSignal, (calendar) => {
    pending.push(...applyUrgeCalendar(state, calendar, Date.now()));
    changed = true;
  });

  const publish = async () => {
    const view = urgeView(state);
    setCurrentDetails(`### 督办 ${view.id}\n- 办件 Case ${view.caseNo} · ${view.departmentCode}\n- 状态 Status: **${view.status}** · 回复期限 reply due ${view.dueDate}`);
    if (pending.length === 0) return;
    await projectUrge({ view, events: pending.splice(0, pending.length) });
  };

  for (;;) {
    pending.push(...tickUrge(state, Date.now()));
    await publish();
    if (state.answer) {
      await condition(allHandlersFinished);
      await publish();
      return urgeView(state);
    }
    const wake = nextUrgeWake(state);
    changed = false;
    if (wake === undefined) await condition(() => changed || pending.length > 0);
    else await condition(() => changed || pending.length > 0, Math.max(1, wake - Date.now()));
  }
}
