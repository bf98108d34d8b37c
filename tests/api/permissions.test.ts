/**
 * The permission matrix: every role (the seven demo accounts and an anonymous caller) against
 * every operation of the API's own OpenAPI document, so that a route added tomorrow is checked
 * without anyone remembering to add it here.
 *
 * What is asserted is the access decision, not the business answer: 401 for an anonymous caller
 * on a protected route, 403 for a role the route does not allow, and neither (nor a 5xx) for a
 * role it does allow — a 400, 404, 409 or 422 for an allowed role is fine.
 *
 * Case actions take their expectations from ACTION_ROLES (R1.2), which their routes also
 * declare as `x-roles` (the role is decided before the body is read). The split of powers (R1.1, R1.2) is then checked explicitly: a department account can
 * neither open a case nor hand out a result, and each attempt lands in the violations list and
 * the audit log.
 */
import crypto from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_PATHS } from '../../api/routes/cases.js';
import { ACTION_ROLES, type ActionName } from '../../domain/case/actions.js';
import { ROLES, type Role } from '../../domain/case/model.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { eventually } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;

type Principal = Role | 'ANONYMOUS';
const PRINCIPALS: readonly Principal[] = ['ANONYMOUS', ...ROLES];

interface Operation {
  method: string;
  /** OpenAPI form, e.g. /api/v1/cases/{caseNo} */
  path: string;
  xRoles?: Role[];
  isPublic: boolean;
  hasBody: boolean;
}

let operations: Operation[] = [];
const tokens = new Map<Principal, string | undefined>();
/** One case per principal, so that what one role's allowed actions do to a case never shapes another's answers. */
const caseOf = new Map<Principal, string>();
let departmentCode: string;
let seededItemCode: string;
let matrixUserId: string;

/**
 * A body of the right shape for each case action: case actions parse their body before the
 * handler decides on the role, so an empty body would hide the access decision behind a 400.
 */
const ACTION_SAMPLES: Record<ActionName, unknown> = {
  accept: {},
  refuse: { reason: '权限矩阵测试' },
  requestCorrection: { items: [{ name: '身份证明', problem: '复印件不清晰' }], days: 5 },
  supplyCorrection: { materialCodes: [] },
  supplyToleratedMaterial: { materialCode: 'M01' },
  resubmit: { note: '已按要求更正' },
  issueOutput: { method: 'WINDOW_PICKUP' },
  confirmDelivery: {},
  terminate: { reason: '权限矩阵测试' },
  approve: { opinion: '准予' },
  deny: { reason: '不符合条件' },
  returnToFrontDesk: { reason: '材料有误' },
  startSpecialProcedure: { kind: 'SITE_SURVEY', reason: '需现场踏勘' },
  finishSpecialProcedure: { result: '踏勘完成' },
  pause: { reason: 'FORCE_MAJEURE', note: '停电' },
  resume: {},
  withdraw: { reason: '不再需要' },
  urge: { note: '请加快办理' },
};

/**
 * Routes that the document shows as public because they authenticate in their handler (an
 * EventSource cannot send headers, so the big screen's stream also takes ?access_token=), with
 * the roles the handler really admits. They stay in the matrix; only their expectation comes
 * from here. Once the document carries their roles, the entry is simply no longer used.
 */
const HANDLER_AUTHENTICATED: Readonly<Record<string, Role[]>> = {
  'get /api/v1/big-screen/stream': ['CENTRE_MANAGER', 'SUPERVISOR'],
  // The big screen also opens to a screen credential (tests/api/big-screen.test.ts); of the roles, these two.
  'get /api/v1/big-screen': ['CENTRE_MANAGER', 'SUPERVISOR'],
  // Tickets are for screen credentials only: every staff role is refused.
  'post /api/v1/big-screen/stream-ticket': [],
};

const ACTION_BY_SEGMENT = new Map(Object.entries(ACTION_PATHS).map(([name, segment]) => [segment, name as ActionName]));
const CASE_ACTION_PATH = /^\/api\/v1\/cases\/\{caseNo\}\/([a-z-]+)$/;
/** Sub-resources of a case that take a POST without being a case action (a material file upload). */
const CASE_SUB_RESOURCES = new Set(['documents']);

function caseActionOf(op: Operation): ActionName | undefined {
  if (op.method !== 'post') return undefined;
  const segment = CASE_ACTION_PATH.exec(op.path)?.[1];
  return segment ? ACTION_BY_SEGMENT.get(segment) : undefined;
}

type Decision = 'allowed' | 'unauthenticated' | 'forbidden';

function expected(principal: Principal, op: Operation): Decision {
  if (op.isPublic) return 'allowed';
  if (principal === 'ANONYMOUS') return 'unauthenticated';
  if (op.xRoles && !op.xRoles.includes(principal)) return 'forbidden';
  const action = caseActionOf(op);
  if (action && !ACTION_ROLES[action].includes(principal)) return 'forbidden';
  return 'allowed';
}

/** Path parameters that exist: a real case, a seeded item, a real date, an account of this file's own. */
function concretePath(principal: Principal, op: Operation): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    switch (name) {
      case 'caseNo':
        return caseOf.get(principal)!;
      case 'code':
        // Catalog writes go to an item that does not exist, so no allowed role changes the shared catalog.
        return op.method === 'get' ? seededItemCode : 'PERMISSION-MATRIX-NO-SUCH-ITEM';
      case 'date':
        return '2026-10-01';
      case 'year':
        return '2026';
      case 'id':
        return matrixUserId;
      default:
        // The access decision is taken before the parameters are read, so any value shows it.
        return 'x';
    }
  });
}

interface Answer {
  status: number;
  rule?: string;
  detail?: string;
}

/** Reads the status and, for problems, the rule; never waits on a streamed body (a live feed would never end). */
async function send(principal: Principal, op: Operation): Promise<Answer> {
  const token = tokens.get(principal);
  const action = caseActionOf(op);
  const body = action ? ACTION_SAMPLES[action] : op.hasBody ? {} : undefined;
  const res = await fetch(`${world.baseUrl}${concretePath(principal, op)}`, {
    method: op.method.toUpperCase(),
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(20_000),
  });
  if (!res.headers.get('content-type')?.startsWith('application/problem+json')) {
    await res.body?.cancel();
    return { status: res.status };
  }
  const problem = (await res.json()) as { rule?: string; detail?: string };
  return { status: res.status, ...(problem.rule ? { rule: problem.rule } : {}), ...(problem.detail ? { detail: problem.detail } : {}) };
}

function verdict(decision: Decision, a: Answer): string | undefined {
  switch (decision) {
    case 'unauthenticated':
      return a.status === 401 ? undefined : 'expected 401';
    case 'forbidden':
      return a.status === 403 ? undefined : 'expected 403';
    case 'allowed':
      return a.status === 401 || a.status === 403 || a.status >= 500 ? 'expected neither 401/403 nor 5xx' : undefined;
  }
}

const ONLINE_WITH_DEPARTMENT = async (code: string) => {
  const v = await world.db.serviceItemVersion.findFirst({
    where: { state: 'PUBLISHED', channels: { has: 'ONLINE' }, item: { status: 'ACTIVE', departmentCode: code } },
    orderBy: { itemCode: 'asc' },
  });
  if (!v) throw new Error(`the seeded catalog has no online item of ${code}, the department of the demo lead`);
  return v.itemCode;
};

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);

  // The demo lead belongs to the first department; the case and the reviewer are of the same
  // one, so both department roles are in scope and only their role decides.
  departmentCode = (await world.db.department.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } })).code;
  const usernames: Record<Role, string> = {
    FRONT_DESK_CLERK: 'clerk.a01',
    DEPARTMENT_REVIEWER: reviewerUsername(departmentCode),
    DEPARTMENT_LEAD: `lead.${departmentCode.toLowerCase()}`,
    CENTRE_MANAGER: 'manager',
    SUPERVISOR: 'supervisor',
    APPLICANT: 'applicant',
    ACCOUNT_ADMIN: 'admin',
    COMPLAINT_CENTRE: 'complaint',
  };
  tokens.set('ANONYMOUS', undefined);
  for (const role of ROLES) tokens.set(role, await world.login(usernames[role]));

  seededItemCode = await ONLINE_WITH_DEPARTMENT(departmentCode);
  // Online submissions by the demo applicant: the applicant's own cases, in the lead's department.
  for (const p of PRINCIPALS) {
    const r = await world.call('POST', '/api/v1/cases', { token: tokens.get('APPLICANT'), body: { itemCode: seededItemCode, applicant: { name: '权限矩阵' } } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    caseOf.set(p, r.body.case.caseNo);
  }
  const account = await world.call('POST', '/api/v1/users', {
    token: tokens.get('ACCOUNT_ADMIN'),
    body: { username: `test-perm-${crypto.randomBytes(4).toString('hex')}`, displayName: '权限矩阵 督查', role: 'SUPERVISOR', password: 'Matrix2026check' },
  });
  expect(account.status, JSON.stringify(account.body)).toBe(201);
  matrixUserId = account.body.id;

  const doc = (await world.call('GET', '/api/openapi.json')).body as {
    security?: unknown[];
    paths: Record<string, Record<string, { security?: unknown[]; 'x-roles'?: Role[]; requestBody?: unknown }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]): Operation => {
      const documentedPublic = Array.isArray(op.security) && op.security.length === 0;
      const handlerRoles = documentedPublic ? HANDLER_AUTHENTICATED[`${method} ${path}`] : undefined;
      const xRoles = handlerRoles ?? op['x-roles'];
      return { method, path, isPublic: documentedPublic && !handlerRoles, hasBody: op.requestBody !== undefined, ...(xRoles ? { xRoles } : {}) };
    }),
  );
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

describe('the API document the matrix walks', () => {
  it('when the document is read, then it lists the routes of every area, and every case action path maps to an action with its roles', () => {
    const keys = new Set(operations.map((o) => `${o.method} ${o.path}`));
    for (const must of ['post /api/v1/auth/login', 'post /api/v1/cases', 'get /api/v1/items', 'put /api/v1/calendar/days/{date}', 'get /api/v1/public/results', 'get /api/v1/users', 'patch /api/v1/users/{id}', 'post /api/v1/auth/logout', 'post /api/v1/auth/change-password', 'get /api/v1/audit', 'get /api/v1/violations']) {
      expect(keys, must).toContain(must);
    }
    const actionPaths = operations.filter((o) => o.method === 'post' && CASE_ACTION_PATH.test(o.path) && !CASE_SUB_RESOURCES.has(CASE_ACTION_PATH.exec(o.path)![1]!));
    const unmapped = actionPaths.filter((o) => !caseActionOf(o)).map((o) => o.path);
    expect(unmapped, 'a case action path without an entry in ACTION_PATHS').toEqual([]);
    expect(actionPaths.map(caseActionOf).sort()).toEqual(Object.keys(ACTION_ROLES).sort());
    // Every protected route is either open to all signed-in users or names its roles.
    for (const o of operations.filter((x) => x.xRoles)) expect(o.xRoles!.every((r) => ROLES.includes(r)), `${o.method} ${o.path}`).toBe(true);
  });
});

describe('the permission matrix', () => {
  for (const principal of PRINCIPALS) {
    it(`when ${principal === 'ANONYMOUS' ? 'an anonymous caller' : `a ${principal}`} calls every endpoint, then each access decision is the one the route declares`, async () => {
      expect(operations.length).toBeGreaterThan(40);
      const wrong: string[] = [];
      const tally: Record<Decision, number> = { allowed: 0, unauthenticated: 0, forbidden: 0 };
      for (const op of operations) {
        const decision = expected(principal, op);
        tally[decision]++;
        const answer = await send(principal, op);
        const why = verdict(decision, answer);
        if (why) wrong.push(`${op.method.toUpperCase()} ${op.path}: ${why}, got ${answer.status}${answer.rule ? ` [${answer.rule}]` : ''}${answer.detail ? ` ${answer.detail}` : ''}`);
      }
      expect(wrong).toEqual([]);
      // Each principal meets both sides of the matrix (ACCOUNT_ADMIN and APPLICANT included).
      if (principal === 'ANONYMOUS') expect(tally.unauthenticated).toBeGreaterThan(0);
      else expect(tally.forbidden).toBeGreaterThan(0);
      expect(tally.allowed).toBeGreaterThan(0);
    });
  }
});

describe('the split of powers (R1.1, R1.2)', () => {
  const requestId = () => `perm-test-${crypto.randomUUID()}`;
  const DEPARTMENT_ROLES = ['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD'] as const;

  for (const role of DEPARTMENT_ROLES) {
    it(`when a ${role} tries to open a case, then 403, a DEPARTMENT_CREATED_CASE violation and a refused audit row`, async () => {
      const id = requestId();
      const r = await world.call('POST', '/api/v1/cases', {
        token: tokens.get(role),
        headers: { 'x-request-id': id },
        body: { itemCode: seededItemCode, applicant: { name: '部门越权收件' } },
      });
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({ rule: 'role.not_allowed', status: 403 });
      expect(r.body.detail).toContain(role);

      const violation = await world.db.violation.findFirstOrThrow({ where: { requestId: id } });
      expect(violation).toMatchObject({ kind: 'DEPARTMENT_CREATED_CASE', role, departmentCode });
      const audit = await eventually(() => world.db.auditLog.findFirstOrThrow({ where: { requestId: id } }));
      expect(audit).toMatchObject({ action: 'case.create', outcome: 'REFUSED', status: 403, role, departmentCode, channel: 'DEPARTMENT' });

      // The supervision side sees it through the API too.
      const listed = await world.call('GET', `/api/v1/violations?kind=DEPARTMENT_CREATED_CASE&departmentCode=${departmentCode}&pageSize=200`, { token: tokens.get('SUPERVISOR') });
      expect(listed.body.items.map((v: { requestId: string }) => v.requestId)).toContain(id);
    });

    it(`when a ${role} tries to hand out a result, then 403, a DEPARTMENT_HANDED_OUT_RESULT violation on the case and a refused audit row`, async () => {
      const caseNo = caseOf.get(role)!;
      const id = requestId();
      const r = await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: tokens.get(role), headers: { 'x-request-id': id }, body: { method: 'WINDOW_PICKUP' } });
      expect(r.status).toBe(403);
      expect(r.body.rule).toBe('role.not_allowed');

      const violation = await world.db.violation.findFirstOrThrow({ where: { requestId: id } });
      expect(violation).toMatchObject({ kind: 'DEPARTMENT_HANDED_OUT_RESULT', caseNo, role, departmentCode });
      const audit = await eventually(() => world.db.auditLog.findFirstOrThrow({ where: { requestId: id } }));
      expect(audit).toMatchObject({ action: 'case.issueOutput', caseNo, outcome: 'REFUSED', status: 403, role });

      const searched = await world.call('GET', `/api/v1/audit?caseNo=${caseNo}&outcome=REFUSED&action=case.issueOutput`, { token: tokens.get('CENTRE_MANAGER') });
      expect(searched.body.items.map((a: { requestId: string }) => a.requestId)).toContain(id);
    });
  }

  it('when the front desk (not a department) tries to hand out a result, then the refusal is about the state of the case and no violation is recorded', async () => {
    const opened = await world.call('POST', '/api/v1/cases', { token: tokens.get('APPLICANT'), body: { itemCode: seededItemCode, applicant: { name: '权限矩阵' } } });
    expect(opened.status).toBe(201);
    const id = requestId();
    const r = await world.call('POST', `/api/v1/cases/${opened.body.case.caseNo}/issue-output`, { token: tokens.get('FRONT_DESK_CLERK'), headers: { 'x-request-id': id }, body: { method: 'WINDOW_PICKUP' } });
    // Allowed by role; refused only because nothing has been decided yet.
    expect(r.status, JSON.stringify(r.body)).toBe(409);
    await eventually(() => world.db.auditLog.findFirstOrThrow({ where: { requestId: id } }));
    expect(await world.db.violation.count({ where: { requestId: id } })).toBe(0);
  });
});
