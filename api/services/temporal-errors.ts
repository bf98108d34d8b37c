/**
 * Turns what Temporal reports about a case action into the API's answer: a refused rule keeps
 * its kind and rule code (409 state conflict, 422 broken rule, 403 role or scope).
 */
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { RefusalKind } from '../../domain/case/errors.js';
import { Problem, conflictProblem, notFound } from '../http/problem.js';

const STATUS_OF: Record<RefusalKind, number> = { STATE_CONFLICT: 409, RULE_VIOLATION: 422, FORBIDDEN: 403 };

export interface Refusal {
  kind: RefusalKind;
  rule: string;
  message: string;
}

export function refusalOf(e: unknown): Refusal | undefined {
  const failure = e instanceof WorkflowUpdateFailedError ? e.cause : e;
  if (failure instanceof ApplicationFailure && failure.type && failure.type in STATUS_OF) {
    const rule = (failure.details?.[0] as { rule?: string } | undefined)?.rule ?? 'unknown';
    return { kind: failure.type as RefusalKind, rule, message: failure.message };
  }
  return undefined;
}

export function problemOfTemporal(e: unknown, caseNo: string): Problem | undefined {
  const refusal = refusalOf(e);
  if (refusal) return new Problem(STATUS_OF[refusal.kind], refusal.message, { rule: refusal.rule });
  const text = (e as Error)?.message ?? '';
  // Temporal reports an update to a finished workflow as "not found … already completed".
  if (/already completed/i.test(text)) return conflictProblem(`case ${caseNo} is closed; no further action is possible`, 'case.closed');
  if (e instanceof WorkflowNotFoundError) return notFound(`case ${caseNo} does not exist`);
  if (/already completed|workflow execution already completed|not found/i.test(text)) {
    return /not found/i.test(text) ? notFound(`case ${caseNo} does not exist`) : conflictProblem(`case ${caseNo} is closed; no further action is possible`, 'case.closed');
  }
  return undefined;
}
