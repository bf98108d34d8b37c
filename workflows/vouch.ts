/**
 * Trust boundary shared by every workflow whose updates name an actor: only the API vouches for
 * who acts. An update whose actor the API did not sign for this workflow, this update and about
 * now (checked by the payload codec, worker/codec.ts) is refused — one sent around the API, say
 * with the temporal CLI, changes nothing — and so is the platform's own SYSTEM actor or a role
 * nobody has, from outside. Validators do not run on replay, so histories recorded before this
 * check replay unchanged.
 */
import { ApplicationFailure, workflowInfo } from '@temporalio/workflow';
import { type Actor, ROLES } from '../domain/case/model.js';
import type { ActionVouch } from './messages.js';

/** How old the API's word for an actor may be when the update reaches the workflow. */
export const VOUCH_WINDOW_MS = 10 * 60_000;

export function refuseUnvouched(req: { actor?: Actor; vouch?: ActionVouch } | undefined, updateName: string): void {
  const v = req?.vouch;
  const forbidden = (rule: string, message: string) => ApplicationFailure.create({ type: 'FORBIDDEN', message, details: [{ rule }], nonRetryable: true });
  if (!v?.verified || v.caseNo !== workflowInfo().workflowId || v.action !== updateName || Math.abs(Date.now() - v.at) > VOUCH_WINDOW_MS) {
    throw forbidden('actor.not_vouched', 'the actor of this action was not vouched for by the platform API (actions come only through the API)');
  }
  if (!req?.actor || !(ROLES as readonly string[]).includes(req.actor.role)) {
    throw forbidden('actor.unknown_role', `actor role ${String(req?.actor?.role)} may not act from outside`);
  }
}
