/**
 * The case workflow's messages, shared by the workflow (handlers) and the API (client calls).
 * One Workflow Update per staff action, each with a validator in the workflow.
 */
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarData } from '../domain/calendar/calendar.js';
import { ACTION_NAMES, type ActionName, type ActionPayloads } from '../domain/case/actions.js';
import type { Actor, CaseState, CaseView } from '../domain/case/model.js';

/**
 * The API's word for an action's actor: signed by the API (worker/codec.ts), judged by the
 * payload codec before the workflow sees it. The workflow believes only `verified`.
 */
export interface ActionVouch {
  caseNo: string;
  action: string;
  /** When the API signed it (epoch ms). */
  at: number;
  /** The API's signature; replaced by `verified` when decoded. */
  sig?: string;
  verified?: boolean;
}

export interface ActionRequest<K extends ActionName = ActionName> {
  actor: Actor;
  payload: ActionPayloads[K];
  /** Absent in histories recorded before actors were vouched for. */
  vouch?: ActionVouch;
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
