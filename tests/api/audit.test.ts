/**
 * The audit log as the supervision side uses it: every action and every refusal leaves a row
 * with who, role, department, channel, case, action, outcome, status, client address and request
 * id; the manager and supervisors search it; nobody can change it, through the API or in SQL.
 *
 * The accounts acting here are this file's own (test-audit-…), so their rows can be told apart
 * from those of other test files writing to the same database at the same time.
 */
import crypto from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestItem, eventually } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: TestItem;
const who = { clerk: '', reviewer: '', supervisor: '', manager: '' };
const token = { clerk: '', reviewer: '', supervisor: '', manager: '' };

const PASSWORD = 'Audit2026window';
const unique = (what: string) => `test-audit-${what}-${crypto.randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env, { configOverrides: { TRUST_PROXY: 'loopback' } }); // the hall's reverse proxy runs on this host
  item = await windowItemAwayFromOthers();
  const admin = await world.login('admin');
  const accounts = {
    clerk: { role: 'FRONT_DESK_CLERK', windowNo: 'T-09' },
    reviewer: { role: 'DEPARTMENT_REVIEWER', departmentCode: item.departmentCode },
    supervisor: { role: 'SUPERVISOR' },
    manager: { role: 'CENTRE_MANAGER' },
  } as const;
  for (const [key, extra] of Object.entries(accounts) as [keyof typeof accounts, (typeof accounts)[keyof typeof accounts]][]) {
    const username = unique(key);
    const r = await world.call('POST', '/api/v1/users', { token: admin, body: { username, displayName: `审计测试 ${key}`, password: PASSWORD, ...extra } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    who[key] = username;
    token[key] = await world.login(username, PASSWORD);
  }
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

/**
 * A window item of the second department: the first is the permission matrix's, and the
 * department findItem() lands on is shared by the case tests and counted by the report test.
 */
async function windowItemAwayFromOthers(): Promise<TestItem> {
  const department = await world.db.department.findFirstOrThrow({ orderBy: { sortOrder: 'asc' }, skip: 1 });
  const v = await world.db.serviceItemVersion.findFirstOrThrow({
    where: { state: 'PUBLISHED', toleranceAllowed: false, channels: { has: 'WINDOW' }, item: { status: 'ACTIVE', departmentCode: department.code } },
    orderBy: { itemCode: 'asc' },
  });
  const materials = v.materials as { code: string; required: boolean; tolerable: boolean }[];
  return {
    code: v.itemCode,
    departmentCode: department.code,
    promisedLimitDays: v.promisedLimitDays,
    requiredMaterials: materials.filter((m) => m.required).map((m) => m.code),
    tolerableMaterials: materials.filter((m) => m.tolerable).map((m) => m.code),
    specialProcedures: v.specialProcedures as { kind: string; limitDays: number }[],
  };
}

/** The audit row is written when the answer has been sent: wait for it. */
const auditRow = (requestId: string) => eventually(async () => world.db.auditLog.findFirstOrThrow({ where: { requestId } }));

const requestId = () => `audit-test-${crypto.randomUUID()}`;

async function openCase(): Promise<string> {
  const r = await world.call('POST', '/api/v1/cases', { token: token.clerk, body: { itemCode: item.code, applicant: { name: '审计测试申请人' }, submittedMaterials: item.requiredMaterials } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.case.caseNo as string;
}

describe('what the log records', () => {
  it('when a clerk opens a case, then the row says who, role, channel, case, action, outcome, status, client address, and the request id the answer carried', async () => {
    const id = requestId();
    const r = await world.call('POST', '/api/v1/cases', {
      token: token.clerk,
      headers: { 'x-request-id': id },
      body: { itemCode: item.code, applicant: { name: '审计测试申请人' }, submittedMaterials: item.requiredMaterials },
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('x-request-id')).toBe(id);
    const row = await auditRow(id);
    expect(row).toMatchObject({
      username: who.clerk,
      role: 'FRONT_DESK_CLERK',
      departmentCode: null,
      channel: 'WINDOW',
      caseNo: r.body.case.caseNo,
      action: 'case.create',
      outcome: 'OK',
      status: 201,
      requestId: id,
    });
    expect(row.userId).toEqual(expect.any(String));
    expect(row.clientIp).toMatch(/127\.0\.0\.1$/);
    expect(row.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('when no request id is sent, then the platform makes one, returns it, and the row carries the same', async () => {
    const r = await world.call('POST', '/api/v1/auth/logout', { body: { refreshToken: 'no-such-token' } });
    expect(r.status).toBe(204);
    const id = r.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await auditRow(id)).action).toBe('auth.logout');
  });

  it('when a department account tries to open a case, then it is refused, and both the audit log and the violations list record it with its department', async () => {
    const id = requestId();
    const r = await world.call('POST', '/api/v1/cases', { token: token.reviewer, headers: { 'x-request-id': id }, body: { itemCode: item.code, applicant: { name: '越权' } } });
    expect(r.status).toBe(403);
    const row = await auditRow(id);
    expect(row).toMatchObject({ username: who.reviewer, role: 'DEPARTMENT_REVIEWER', departmentCode: item.departmentCode, channel: 'DEPARTMENT', action: 'case.create', outcome: 'REFUSED', status: 403 });
    expect(row.detail).toContain('[role.not_allowed]');
    const violation = await world.db.violation.findFirstOrThrow({ where: { requestId: id } });
    expect(violation).toMatchObject({ kind: 'DEPARTMENT_CREATED_CASE', username: who.reviewer, departmentCode: item.departmentCode });
  });

  it('when an anonymous caller is refused, then the row records the refusal with the public channel and no user', async () => {
    const id = requestId();
    expect((await world.call('POST', '/api/v1/cases', { headers: { 'x-request-id': id }, body: {} })).status).toBe(401);
    expect(await auditRow(id)).toMatchObject({ userId: null, username: null, role: null, channel: 'PUBLIC', outcome: 'REFUSED', status: 401, action: 'case.create' });
  });

  it('when the request came through the hall\'s reverse proxy on this host, then the client address is the one it forwarded', async () => {
    const id = requestId();
    await world.call('GET', '/api/v1/audit', { token: token.clerk, headers: { 'x-request-id': id, 'x-forwarded-for': '203.0.113.7' } });
    expect((await auditRow(id)).clientIp).toBe('203.0.113.7');
  });
});

describe('searching the log', () => {
  it('when a supervisor searches by case number and outcome, then they get that case\'s rows, newest first', async () => {
    const caseNo = await openCase();
    // Two refusals on the case: a department handing out the result, a clerk approving.
    const handoutId = requestId();
    const handout = await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: token.reviewer, headers: { 'x-request-id': handoutId }, body: { method: 'WINDOW_PICKUP' } });
    expect(handout.status).toBe(403);
    // Rows are written once each answer is sent; waiting keeps "newest first" unambiguous.
    await auditRow(handoutId);
    const approve = await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: token.clerk, body: { opinion: '越权审批' } });
    expect(approve.status).toBe(403);

    const refused = await eventually(async () => {
      const r = await world.call('GET', `/api/v1/audit?caseNo=${caseNo}&outcome=REFUSED`, { token: token.supervisor });
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(2);
      return r.body;
    });
    expect(refused.items.map((i: { action: string }) => i.action)).toEqual(['case.approve', 'case.issueOutput']);
    expect(refused.items[1]).toMatchObject({ username: who.reviewer, role: 'DEPARTMENT_REVIEWER', departmentCode: item.departmentCode, channel: 'DEPARTMENT', caseNo, status: 403, outcome: 'REFUSED' });
    expect(refused.items[0]).toMatchObject({ username: who.clerk, channel: 'WINDOW' });
    expect(Date.parse(refused.items[0].at)).toBeGreaterThanOrEqual(Date.parse(refused.items[1].at));

    const ok = await world.call('GET', `/api/v1/audit?caseNo=${caseNo}&outcome=OK`, { token: token.manager });
    // The API's row for the request, and the workflow's own events (channel SYSTEM) for each state change.
    expect(ok.body.items.filter((i: { channel: string }) => i.channel !== 'SYSTEM')).toEqual([expect.objectContaining({ action: 'case.create', username: who.clerk, status: 201 })]);

    const prefix = await world.call('GET', `/api/v1/audit?caseNo=${caseNo}&action=case.issue*`, { token: token.supervisor });
    expect(prefix.body.items.map((i: { action: string }) => i.action)).toEqual(['case.issueOutput']);

    const byDept = await world.call('GET', `/api/v1/audit?username=${who.reviewer}&departmentCode=${item.departmentCode}&role=DEPARTMENT_REVIEWER&outcome=REFUSED`, { token: token.supervisor });
    expect(byDept.body.total).toBeGreaterThanOrEqual(1);
    for (const row of byDept.body.items) expect(row).toMatchObject({ username: who.reviewer, departmentCode: item.departmentCode, outcome: 'REFUSED' });

    const violations = await world.call('GET', `/api/v1/violations?kind=DEPARTMENT_HANDED_OUT_RESULT&departmentCode=${item.departmentCode}&pageSize=200`, { token: token.supervisor });
    expect(violations.status).toBe(200);
    expect(violations.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ caseNo, username: who.reviewer, kind: 'DEPARTMENT_HANDED_OUT_RESULT' })]));
  });

  it('when searching by date range and page, then only that range comes back, in pages', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const mine = await world.call('GET', `/api/v1/audit?username=${who.clerk}&from=${today}&to=${today}&pageSize=1`, { token: token.supervisor });
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBeGreaterThanOrEqual(2);
    expect(mine.body.items).toHaveLength(1);
    const second = await world.call('GET', `/api/v1/audit?username=${who.clerk}&from=${today}&to=${today}&pageSize=1&page=2`, { token: token.supervisor });
    expect(second.body.items[0].id).not.toBe(mine.body.items[0].id);
    const past = await world.call('GET', `/api/v1/audit?username=${who.clerk}&to=2020-01-01`, { token: token.supervisor });
    expect(past.body.total).toBe(0);
    const backwards = await world.call('GET', '/api/v1/audit?from=2026-02-01&to=2026-01-01', { token: token.supervisor });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('query.to');
    const violationsPast = await world.call('GET', '/api/v1/violations?to=2020-01-01', { token: token.manager });
    expect(violationsPast.body).toMatchObject({ total: 0, items: [] });
  });

  it('when a clerk, a reviewer or an applicant asks for the log or the violations, then 403, and that refusal is itself logged', async () => {
    for (const t of [token.clerk, token.reviewer, await world.login('applicant')]) {
      for (const path of ['/api/v1/audit', '/api/v1/violations']) {
        const r = await world.call('GET', path, { token: t });
        expect(r.status).toBe(403);
        expect(r.body.rule).toBe('role.not_allowed');
      }
    }
    const id = requestId();
    await world.call('GET', '/api/v1/audit', { token: token.clerk, headers: { 'x-request-id': id } });
    expect(await auditRow(id)).toMatchObject({ username: who.clerk, outcome: 'REFUSED', status: 403, action: 'GET /api/v1/audit' });
  });
});

describe('nobody changes the log', () => {
  it('when the API document is read, then no route writes to the audit log or the violations list, and a DELETE finds no route', async () => {
    const doc = (await world.call('GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const writers = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1/audit') || p.startsWith('/api/v1/violations'))
      .flatMap(([p, methods]) => Object.keys(methods).filter((m) => m !== 'get').map((m) => `${m} ${p}`));
    expect(writers).toEqual([]);
    const row = await world.db.auditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
    for (const method of ['DELETE', 'PATCH', 'PUT']) {
      expect((await world.call(method, `/api/v1/audit/${row.id}`, { token: token.manager, body: {} })).status).toBe(404);
    }
    expect((await world.call('DELETE', '/api/v1/audit', { token: token.manager })).status).toBe(404);
  });

  it('when someone tries to UPDATE or DELETE an audit row directly in SQL, then the database refuses and the row is unchanged', async () => {
    const id = requestId();
    await world.call('POST', '/api/v1/cases', { token: token.reviewer, headers: { 'x-request-id': id }, body: { itemCode: item.code, applicant: { name: '越权' } } });
    const row = await auditRow(id);
    await expect(world.db.$executeRaw`UPDATE audit_log SET outcome = 'OK', detail = 'nothing happened' WHERE id = ${row.id}`).rejects.toThrow(/append-only|permission denied/);
    await expect(world.db.$executeRaw`DELETE FROM audit_log WHERE id = ${row.id}`).rejects.toThrow(/append-only|permission denied/);
    await expect(world.db.auditLog.update({ where: { id: row.id }, data: { outcome: 'OK' } })).rejects.toThrow(/append-only|permission denied/);
    expect(await world.db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});
