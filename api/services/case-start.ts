/**
 * How a case workflow is started — one way for the API's intake, the tests and the bench: its
 * input (with the calendar cut to what the case can ask about, domain/case/calendar.ts), the case
 * as the workflow's first activation will make it (same pure rules, same instant: the intake's
 * answer and the start's search attributes need no query), and the start options (workflow id =
 * case number, task queue, id policies, search attributes, the Temporal UI's summary).
 */
import type { WorkflowStartOptions } from '@temporalio/client';
import type { CalendarData } from '../../domain/calendar/calendar.js';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import { caseCalendar } from '../../domain/case/calendar.js';
import { CaseRefusal } from '../../domain/case/errors.js';
import { CHANNEL_NAMES } from '../../domain/case/names.js';
import { CURRENT_RULES, type CaseInput, type CaseState, type CaseView } from '../../domain/case/model.js';
import { applyAction, caseView, contextOf, newCaseState } from '../../domain/case/rules.js';
import { searchAttributesOf } from '../../workflows/case/publishing.js';

/** What the caller decides; the calendar is the platform's whole calendar, cut here. */
export type CaseInputParts = Omit<CaseInput, 'calendar'> & { calendar: CalendarData };

export interface CaseStart {
  input: CaseInput;
  /** The case as its workflow's first activation makes it (rules 2: at `receivedAt`). */
  state: CaseState;
  view: CaseView;
  /** For `client.workflow.start('caseWorkflow', options)`. */
  options: WorkflowStartOptions;
}

export interface CaseStartOptions {
  taskQueue: string;
  /** The caller's clock (the test server's in tests): the intake instant when the parts carry no `receivedAt`. */
  now: number;
  /**
   * An acceptance at intake the rules refuse: `throw` the CaseRefusal (the API answers with it and
   * starts nothing), or start the case as `received` (as the workflow itself would leave it).
   */
  refusedAcceptance?: 'throw' | 'received';
}

export function caseStart(parts: CaseInputParts, o: CaseStartOptions): CaseStart {
  const intakeAt = parts.receivedAt ?? o.now;
  // The earlier of the two: a cut never drops a year the workflow's own clock could start in.
  const input: CaseInput = { ...parts, calendar: caseCalendar(parts.calendar, shanghaiDateOf(Math.min(intakeAt, o.now))) };
  let { state } = newCaseState(input, intakeAt, CURRENT_RULES);
  if (input.acceptNow) {
    try {
      applyAction(state, { name: 'accept', payload: input.acceptNow }, input.submittedBy, contextOf(state, intakeAt));
    } catch (e) {
      if (!(e instanceof CaseRefusal) || o.refusedAcceptance !== 'received') throw e;
      state = newCaseState(input, intakeAt, CURRENT_RULES).state;
    }
  }
  const view = caseView(state, contextOf(state, intakeAt));
  const clerk = input.submittedBy;
  return {
    input,
    state,
    view,
    options: {
      taskQueue: o.taskQueue,
      workflowId: input.caseNo,
      args: [{ input }],
      // A case number is used once, ever: neither a running nor a closed case is replaced.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      workflowIdConflictPolicy: 'FAIL',
      // All of them, as the case stands at the start: the workflow upserts only what changes later.
      typedSearchAttributes: searchAttributesOf(view),
      staticSummary: `${input.caseNo} · ${input.item.name} · ${input.item.departmentName}`,
      staticDetails: `申请人 ${input.applicant.name}；${input.channel === 'WINDOW' ? `综合窗口 ${clerk.windowNo ?? ''} ${clerk.name} 收件` : CHANNEL_NAMES.ONLINE}；事项 ${input.item.code} 第 ${input.item.version} 版`,
    },
  };
}
