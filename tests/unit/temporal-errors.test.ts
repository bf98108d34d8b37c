/**
 * What the API answers when Temporal reports a finished or missing workflow. An update racing the
 * workflow's own completion comes back as a WorkflowNotFoundError saying the update was aborted by
 * the closing workflow: the action is refused as on a closed case (409), never a 404 or a 500.
 */
import { WorkflowNotFoundError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { endedOrMissing, problemOfTemporal } from '../../api/services/temporal-errors.js';

describe('a finished or missing workflow, as the API answers it', () => {
  it('when an update is aborted because the workflow was closing, then it is a 409 case.closed', () => {
    const aborted = new WorkflowNotFoundError('workflow update was aborted by closing workflow', 'DB-1-1', undefined);
    expect(endedOrMissing(aborted)).toBe('closed');
    expect(problemOfTemporal(aborted, '61080020261130000001')).toMatchObject({ status: 409, extra: { rule: 'case.closed' } });
  });

  it('when the workflow has already completed, then 409; when it never existed, then 404; anything else is left to the caller', () => {
    expect(problemOfTemporal(new Error('workflow execution already completed'), 'X')?.status).toBe(409);
    expect(problemOfTemporal(new WorkflowNotFoundError('sql: no rows in result set', 'X', undefined), 'X')?.status).toBe(404);
    expect(endedOrMissing(new Error('connection reset'))).toBeUndefined();
  });
});
