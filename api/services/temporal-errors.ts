/**
 * Turns what Temporal reports about a case action into the API's answer: a refused rule keeps
 * its kind and rule code (409 state conflict, 422 broken rule, 403 role or scope).
 */
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { RefusalKind } from '../../domain/case/errors.js';
import { Problem, conflictProblem, notFound } from '../http/problem.js';

export const REFUSAL_STATUS: Record<RefusalKind, number> = { STATE_CONFLICT: 409, RULE_VIOLATION: 422, FORBIDDEN: 403 };

export interface Refusal {
  kind: RefusalKind;
  rule: string;
  message: string;
}

export function refusalOf(e: unknown): Refusal | undefined {
  const failure = e instanceof WorkflowUpdateFailedError ? e.cause : e;
  if (failure instanceof ApplicationFailure && failure.type && failure.type in REFUSAL_STATUS) {
    const rule = (failure.details?.[0] as { rule?: string } | undefined)?.rule ?? 'unknown';
    return { kind: failure.type as RefusalKind, rule, message: failure.message };
  }
  return undefined;
}

/**
 * Whether Temporal's answer means the workflow has ended or never existed. An update that races
 * the workflow's own completion is aborted with a WorkflowNotFoundError whose message says the
 * workflow was closing: that is a closed workflow, not a missing one.
 */
export function endedOrMissing(e: unknown): 'closed' | 'missing' | undefined {
  const text = (e as Error)?.message ?? '';
  if (/already completed|aborted by closing workflow|workflow is closing|completed before the update/i.test(text)) return 'closed';
  if (e instanceof WorkflowNotFoundError || /not found/i.test(text)) return 'missing';
  return undefined;
}

export function problemOfTemporal(e: unknown, caseNo: string): Problem | undefined {
  const refusal = refusalOf(e);
  if (refusal) return new Problem(REFUSAL_STATUS[refusal.kind], refusal.message, { rule: refusal.rule });
  switch (endedOrMissing(e)) {
    case 'closed':
      return conflictProblem(`case ${caseNo} is closed; no further action is possible`, 'case.closed');
    case 'missing':
      return notFound(`case ${caseNo} does not exist`);
    default:
      return undefined;
  }
}
