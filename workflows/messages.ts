/**
 * The case workflow's messages, shared by the workflow (handlers) and the API (client calls).
 * One Workflow Update per staff action, each with a validator in the workflow.
 */
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarData } from '../domain/calendar/calendar.js';
import { ACTION_NAMES, type ActionName, type ActionPayloads } from '../domain/case/actions.js';
import type { Actor, CaseState, CaseView } from '../domain/case/model.js';

export interface ActionRequest<K extends ActionName = ActionName> {
  actor: Actor;
  payload: ActionPayloads[K];
}

export const actionUpdates = Object.fromEntries(ACTION_NAMES.map((name) => [name, defineUpdate<CaseView, [ActionRequest]>(name)])) as Record<
  ActionName,
  UpdateDefinition<CaseView, [ActionRequest]>
>;

/**
 * The case's whole state. Callers compute the view and the clock ledger from it with the pure
 * rules at the real current time: inside a query the workflow's clock stands at its last
 * activation, which may be days ago for a case waiting on a timer.
 */
export const caseStateQuery = defineQuery<CaseState>('caseState');

/** A calendar change (from the calendar service) reaches an open case. */
export const calendarChangedSignal = defineSignal<[CalendarData]>('calendarChanged');
/** A department system that answers asynchronously confirms receipt. */
export const departmentReceiptSignal = defineSignal<[{ receipt: string }]>('departmentReceipt');
