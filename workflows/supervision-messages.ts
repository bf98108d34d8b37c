/**
 * Messages of the rectification and urge workflows, shared by the workflows (handlers) and the
 * API (client calls). Every staff action is a Workflow Update with a validator.
 */
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../domain/case/model.js';
import {
  RECTIFICATION_ACTIONS,
  type RectificationActionName,
  type RectificationActionPayloads,
  type RectificationState,
  type RectificationView,
} from '../domain/supervision/rectification.js';
import type { UrgeState, UrgeView } from '../domain/supervision/urge.js';
import type { ActionVouch } from './messages.js';

export interface RectificationActionRequest<K extends RectificationActionName = RectificationActionName> {
  actor: Actor;
  payload: RectificationActionPayloads[K];
  /** The API's word for the actor (worker/codec.ts); absent in histories recorded before it. */
  vouch?: ActionVouch;
}

export const rectificationUpdateName = (name: RectificationActionName) => `rectification.${name}`;

export const rectificationUpdates = Object.fromEntries(
  RECTIFICATION_ACTIONS.map((name) => [name, defineUpdate<RectificationView, [RectificationActionRequest]>(rectificationUpdateName(name))]),
) as Record<RectificationActionName, UpdateDefinition<RectificationView, [RectificationActionRequest]>>;

export const rectificationStateQuery = defineQuery<RectificationState>('rectificationState');

export const ANSWER_URGE = 'urge.answer';
export const answerUrgeUpdate = defineUpdate<UrgeView, [{ actor: Actor; answer: string; vouch?: ActionVouch }]>(ANSWER_URGE);
export const urgeStateQuery = defineQuery<UrgeState>('urgeState');
