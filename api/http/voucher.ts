/**
 * The API's word for who acts (worker/codec.ts signs it, the workflows' validators check it): one
 * place that signs every staff update, at the time the workflows live in. In production that is
 * the wall clock; a time-skipping test server keeps its own, which the tests hand in here, since
 * a workflow refuses a vouch dated too far from its own now.
 */
import { vouched } from '../../worker/codec.js';
import type { ActionVouch } from '../../workflows/messages.js';

export type Voucher = <R extends { actor: unknown }>(workflowId: string, updateName: string, request: R) => Promise<R & { vouch: ActionVouch }>;

export function voucherOf(actorKey: Buffer, workflowClock: () => Promise<number> = async () => Date.now()): Voucher {
  return async (workflowId, updateName, request) => vouched(actorKey, workflowId, updateName, request, await workflowClock());
}
