/**
 * The first vertical slice through the real stack: real PostgreSQL, a real Temporal dev server,
 * the real worker and the API on a random port.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type TestItem, eventually } from '../support/catalog.js';
import { type ApiWorld, startCaseWorld, stopWorld } from '../support/platform.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: TestItem;
let clerk: string;
let reviewer: string;

beforeAll(async () => {
  ({ env, world, item, clerk, reviewer } = await startCaseWorld({ channel: 'WINDOW', tolerance: false }));
});

afterAll(() => stopWorld({ env, world }));

const intake = (overrides: Record<string, unknown> = {}) => ({
  itemCode: item.code,
  applicant: { name: '榆林市星辰建材有限公司', idNo: '91610800MA70XXXX1K', phone: '13912345678' },
  submittedMaterials: item.requiredMaterials,
  ...overrides,
});

describe('a window case from acceptance to completion', () => {
  it('when a clerk accepts, a reviewer approves and the window hands out the result, then the case is completed and the read model follows each step', async () => {
    const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake() });
    expect(created.status).toBe(201);
    const caseNo: string = created.body.case.caseNo;
    expect(caseNo).toMatch(/^610800\d{14}$/);
    expect(created.body.queryCode).toMatch(/^[2-9A-HJ-NP-Za-km-z]{12}$/);
    expect(created.body.case.status).toBe('TRANSFERRING');
    expect(created.body.case.applicant.idNoMasked).toBe('9161**********XX1K');
    expect(created.body.case.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The workflow id is the case number.
    const described = await env.client.workflow.getHandle(caseNo).describe();
    expect(described.workflowId).toBe(caseNo);

    // The department system receives it; the department reviews.
    await eventually(async () => {
      const r = await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer });
      expect(r.body.status).toBe('IN_REVIEW');
    });

    const approved = await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '材料齐全，符合法定条件，准予许可' } });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('DECIDED');
    expect(approved.body.decision).toBe('APPROVED');

    const again = await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '再次准予' } });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.body.rule).toBe('approve.status');
    expect(again.body.detail).toContain('DECIDED');

    const output = await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: clerk, body: { method: 'WINDOW_PICKUP' } });
    expect(output.status).toBe(200);
    expect(output.body.status).toBe('COMPLETED');
    expect(output.body.stateCode).toBe(11);

    await eventually(async () => {
      const row = await world.db.case.findUniqueOrThrow({ where: { caseNo } });
      expect(row.status).toBe('COMPLETED');
      expect(row.stateCode).toBe(11);
      const events = await world.db.caseEvent.findMany({ where: { caseNo }, orderBy: { seq: 'asc' } });
      expect(events.map((e) => e.type)).toEqual(['RECEIVED', 'ACCEPTED', 'TRANSFERRED', 'APPROVED', 'OUTPUT_ISSUED', 'COMPLETED']);
      expect(events.map((e) => e.stateCode)).toEqual([1, 3, 8, 8, 8, 11]);
    });

    // Operators find it in Temporal by its search attributes.
    await eventually(async () => {
      const found: string[] = [];
      for await (const wf of env.client.workflow.list({ query: `CaseStatus="COMPLETED" AND CaseNo="${caseNo}"` })) found.push(wf.workflowId);
      expect(found).toEqual([caseNo]);
    });
    const list = await world.call('GET', `/api/v1/cases?status=COMPLETED&q=${caseNo}`, { token: clerk });
    expect(list.body.items.map((c: { caseNo: string }) => c.caseNo)).toEqual([caseNo]);

    // A completed case takes no further action, and says so.
    await eventually(async () => {
      const closed = await world.call('POST', `/api/v1/cases/${caseNo}/urge`, { token: await world.login('manager'), body: { note: '催办' } });
      expect(closed.status).toBe(409);
      expect(closed.body.rule).toBe('case.closed');
    });
  });

  it('when a department account tries to create a case, then it is refused with 403, audited and recorded as a violation', async () => {
    const r = await world.call('POST', '/api/v1/cases', { token: reviewer, body: intake() });
    expect(r.status).toBe(403);
    expect(r.body.rule).toBe('role.not_allowed');
    await eventually(async () => {
      const violation = await world.db.violation.findFirst({ where: { kind: 'DEPARTMENT_CREATED_CASE', username: reviewerUsername(item.departmentCode) } });
      expect(violation).not.toBeNull();
      const audit = await world.db.auditLog.findFirst({ where: { action: 'case.create', outcome: 'REFUSED', status: 403, username: reviewerUsername(item.departmentCode) } });
      expect(audit).not.toBeNull();
    });
  });

  it('when the intake names no item and a bad phone, then 400 names each field and its rule and no case is created', async () => {
    // Counted by this applicant only: other test files open cases in the same database meanwhile.
    const applicant = `张三-${Date.now()}`;
    const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake({ itemCode: '', applicant: { name: applicant, phone: '123' } }) });
    expect(r.status).toBe(400);
    const fields = r.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('body.itemCode');
    expect(fields).toContain('body.applicant.phone');
    expect(await world.db.case.count({ where: { applicantName: applicant } })).toBe(0);
  });

  it('when a required material is missing at the window, then acceptance is refused with the rule named and nothing is started', async () => {
    const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake({ submittedMaterials: [] }) });
    expect(r.status).toBe(422);
    expect(r.body.rule).toBe('acceptance.materials_missing');
  });

  it('when the case list is asked for an impossible date, then 400 names the parameter', async () => {
    const r = await world.call('GET', '/api/v1/cases?from=2026-13-45', { token: clerk });
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ field: 'query.from' });
  });

  it('when nobody is signed in, then 401', async () => {
    const r = await world.call('POST', '/api/v1/cases', { body: intake() });
    expect(r.status).toBe(401);
  });
});
