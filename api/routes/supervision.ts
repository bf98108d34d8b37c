/**
 * The supervision side (R4.2, R1.1): the centre manager and the supervisors search the audit log
 * of every action and refusal, and the list of violations of the split of powers.
 *
 * Both are read-only here on purpose: no route edits or deletes an audit row, and the database
 * refuses it as well (a trigger on audit_log), so the log holds even against a bug in the API.
 */
import { z } from 'zod';
import { ROLES, type Role } from '../../domain/case/model.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { pageOf, pageWindow } from '../http/paging.js';
import type { ApiRegistry } from '../http/route.js';

export interface SupervisionRouteDeps {
  db: Db;
}

// The complaint centre (政务监察投诉中心) supervises too: it reads the log and the violations.
const OVERSIGHT = ['CENTRE_MANAGER', 'SUPERVISOR', 'COMPLAINT_CENTRE'] as const;

// A calendar-valid day: 2026-13-45 has the right shape but must still be a 400, not a failed query.
const isValidDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine(isValidDay, 'is not a day of the calendar');
const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};
const dateRange = {
  from: isoDate.optional().describe('on or after this day (Asia/Shanghai)'),
  to: isoDate.optional().describe('on or before this day (Asia/Shanghai)'),
};
const fromNotAfterTo = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
const rangeMessage = { path: ['to'], message: 'must not be before `from`' };

/** The hall works on Beijing time: a day filter means that day in Asia/Shanghai, whatever the server's zone. */
function atRange(q: { from?: string | undefined; to?: string | undefined }): Prisma.DateTimeFilter | undefined {
  if (!q.from && !q.to) return undefined;
  return {
    ...(q.from ? { gte: new Date(`${q.from}T00:00:00+08:00`) } : {}),
    ...(q.to ? { lt: new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) } : {}),
  };
}

const auditQuery = z
  .object({
    ...dateRange,
    username: z.string().max(100).optional(),
    role: z.enum(ROLES as [Role, ...Role[]]).optional(),
    departmentCode: z.string().max(64).optional().describe('the department of the account that acted'),
    channel: z.enum(['ONLINE', 'WINDOW', 'DEPARTMENT', 'CENTRE', 'PUBLIC', 'SYSTEM']).optional(),
    caseNo: z.string().max(40).optional(),
    action: z.string().max(100).optional().describe('exact, e.g. case.issueOutput, or a prefix ending in *, e.g. case.*'),
    outcome: z.enum(['OK', 'REFUSED', 'ERROR']).optional(),
    requestId: z.string().max(100).optional().describe('the x-request-id of the request'),
    ...paging,
  })
  .refine(fromNotAfterTo, rangeMessage);

/** Who did it, as audit and violation rows both record it (null where nobody was signed in). */
const actorColumns = {
  userId: z.string().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  departmentCode: z.string().nullable(),
};

const auditRow = z.object({
  id: z.string(),
  at: z.string(),
  ...actorColumns,
  channel: z.string().nullable(),
  caseNo: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
  status: z.number(),
  detail: z.string(),
  clientIp: z.string().nullable(),
  requestId: z.string().nullable(),
});

const violationQuery = z
  .object({
    ...dateRange,
    kind: z.string().max(64).optional().describe('e.g. DEPARTMENT_CREATED_CASE, DEPARTMENT_ACCEPTED_CASE, DEPARTMENT_HANDED_OUT_RESULT'),
    departmentCode: z.string().max(64).optional(),
    username: z.string().max(100).optional(),
    caseNo: z.string().max(40).optional(),
    ...paging,
  })
  .refine(fromNotAfterTo, rangeMessage);

const violationRow = z.object({
  id: z.string(),
  at: z.string(),
  ...actorColumns,
  kind: z.string(),
  caseNo: z.string().nullable(),
  detail: z.string(),
  requestId: z.string().nullable(),
});

const page = <T extends z.ZodType>(item: T) => z.object({ page: z.number(), pageSize: z.number(), total: z.number(), items: z.array(item) });

export function registerSupervisionRoutes(api: ApiRegistry, deps: SupervisionRouteDeps): void {
  const { db } = deps;

  api.route(
    {
      method: 'get',
      path: '/api/v1/audit',
      summary: 'Search the audit log',
      description:
        'Every action and every refusal, newest first: who, role, department, channel, case, action, outcome, HTTP status, detail, client address and request id. ' +
        'The log is append-only; no route changes it.',
      tags: ['supervision'],
      access: OVERSIGHT,
      query: auditQuery,
      response: page(auditRow),
    },
    async ({ query }) => {
      const at = atRange(query);
      const action = query.action?.endsWith('*') ? { startsWith: query.action.slice(0, -1) } : query.action;
      const where: Prisma.AuditLogWhereInput = {
        ...(at ? { at } : {}),
        ...(query.username ? { username: query.username } : {}),
        ...(query.role ? { role: query.role } : {}),
        ...(query.departmentCode ? { departmentCode: query.departmentCode } : {}),
        ...(query.channel ? { channel: query.channel } : {}),
        ...(query.caseNo ? { caseNo: query.caseNo } : {}),
        ...(action !== undefined ? { action } : {}),
        ...(query.outcome ? { outcome: query.outcome } : {}),
        ...(query.requestId ? { requestId: query.requestId } : {}),
      };
      return {
        body: await pageOf(
          query,
          db.auditLog.count({ where }),
          // The id breaks ties between rows written in the same millisecond.
          db.auditLog.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], ...pageWindow(query) }),
          (r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() }),
        ),
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/violations',
      summary: 'List violations of the split of powers',
      description:
        'Attempts the platform refused because they breach R1.1/R1.2 — a department account creating or accepting a case, or handing out a result — newest first, for the supervision side.',
      tags: ['supervision'],
      access: OVERSIGHT,
      query: violationQuery,
      response: page(violationRow),
    },
    async ({ query }) => {
      const at = atRange(query);
      const where: Prisma.ViolationWhereInput = {
        ...(at ? { at } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.departmentCode ? { departmentCode: query.departmentCode } : {}),
        ...(query.username ? { username: query.username } : {}),
        ...(query.caseNo ? { caseNo: query.caseNo } : {}),
      };
      return {
        body: await pageOf(
          query,
          db.violation.count({ where }),
          db.violation.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], ...pageWindow(query) }),
          (r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() }),
        ),
      };
    },
  );
}
