/**
 * Monthly statistical analysis reports (R4.3): run on demand for any past or current month,
 * listed and downloaded by managers and supervisors (all) and by each department (its own),
 * and the notifications that tell a department its report is ready.
 */
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { BUSINESS_ENVIRONMENT_OFFICE, CENTRE, REPORT_RECIPIENTS, type ReportRecipient } from '../../activities/reports/recipients.js';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import type { Db } from '../../prisma/client.js';
import { forbiddenProblem, notFound, ruleRefused } from '../http/problem.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import { isDepartmentRole } from './cases.js';

const READERS = ['CENTRE_MANAGER', 'SUPERVISOR', 'DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD'] as const;
const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM');

export function registerReportRoutes(api: ApiRegistry, deps: { db: Db; temporal: Client; taskQueue: string }): void {
  const { db, temporal } = deps;
  const scopeOf = (u: AuthUser) => (isDepartmentRole(u) ? u.departmentCode ?? '-' : undefined);

  api.route(
    {
      method: 'post',
      path: '/api/v1/reports/monthly',
      longRunning: true,
      summary: 'Produce a month\'s analysis report now',
      description: 'Runs the same workflow the monthly schedule runs (1st of each month, 08:00 Asia/Shanghai): an overall report and one per department, each as PDF, CSV and JSON, and a notification to every department. Re-running a month replaces its files.',
      tags: ['reports'],
      access: ['CENTRE_MANAGER'],
      body: z.object({ month: monthParam }),
      audit: 'report.monthly',
      problems: [422],
    },
    async ({ body }) => {
      if (body.month > shanghaiDateOf(Date.now()).slice(0, 7)) throw ruleRefused(`${body.month} has not begun yet`, 'report.future_month', [{ field: 'body.month', rule: 'not_future', message: 'a month that has begun' }]);
      const result = await temporal.workflow.execute('monthlyReportWorkflow', {
        taskQueue: deps.taskQueue,
        workflowId: `monthly-report-${body.month}-${Date.now()}`,
        args: [{ month: body.month }],
        staticSummary: `月度统计分析报告 ${body.month}（手动生成）`,
      });
      return { body: result };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/reports',
      summary: 'List monthly reports',
      tags: ['reports'],
      access: READERS,
      query: z.object({ month: monthParam.optional(), scope: z.string().max(64).optional().describe('ALL or a department code') }),
    },
    async ({ query, user }) => {
      const own = scopeOf(user!);
      if (own && query.scope && query.scope !== own) throw forbiddenProblem('a department sees only its own reports', 'scope.department');
      const rows = await db.report.findMany({
        where: { ...(query.month ? { month: query.month } : {}), ...(own ? { scope: own } : query.scope ? { scope: query.scope } : {}) },
        select: { id: true, month: true, scope: true, format: true, fileName: true, contentType: true, generatedAt: true },
        orderBy: [{ month: 'desc' }, { scope: 'asc' }, { format: 'asc' }],
        take: 500,
      });
      return { body: rows.map((r) => ({ ...r, generatedAt: r.generatedAt.toISOString(), download: `/api/v1/reports/${r.id}/file` })) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/reports/:id/file',
      summary: 'Download a report file',
      tags: ['reports'],
      access: READERS,
      params: z.object({ id: z.string().uuid('a report id') }),
      problems: [403, 404],
    },
    async ({ params, user }) => {
      const row = await db.report.findUnique({ where: { id: params.id } });
      if (!row) throw notFound(`report ${params.id} does not exist`);
      const own = scopeOf(user!);
      if (own && row.scope !== own) throw forbiddenProblem('a department downloads only its own reports', 'scope.department');
      return { raw: { type: row.contentType, content: row.content, fileName: row.fileName } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/reports/monthly/:month/recipients',
      summary: 'Who was told of a month\'s report',
      description: 'Every notification sent for the month\'s report, newest run first: the business-environment office (市营商办), the centre, and each window department, with whether it was read. Answers an empty list for a month never run.',
      tags: ['reports'],
      access: ['CENTRE_MANAGER', 'SUPERVISOR'],
      params: z.object({ month: monthParam }),
      response: z.object({
        month: z.string(),
        items: z.array(z.object({ id: z.string(), at: z.string(), recipient: z.enum(REPORT_RECIPIENTS), departmentCode: z.string().nullable(), name: z.string(), title: z.string(), read: z.boolean() })),
      }),
    },
    async ({ params }) => {
      const [rows, departments] = await Promise.all([
        db.notification.findMany({ where: { kind: 'MONTHLY_REPORT', payload: { path: ['month'], equals: params.month } }, orderBy: [{ at: 'desc' }, { id: 'asc' }], take: 2_000 }),
        db.department.findMany({ select: { code: true, name: true } }),
      ]);
      const names = new Map(departments.map((d) => [d.code, d.name]));
      const nameOf = (r: (typeof rows)[number]) =>
        r.recipient === 'BUSINESS_ENVIRONMENT_OFFICE' ? BUSINESS_ENVIRONMENT_OFFICE : r.recipient === 'CENTRE' ? CENTRE : names.get(r.departmentCode ?? '') ?? r.departmentCode ?? '';
      return {
        body: {
          month: params.month,
          items: rows.map((r) => ({
            id: String(r.id),
            at: r.at.toISOString(),
            recipient: r.recipient as ReportRecipient,
            departmentCode: r.departmentCode,
            name: nameOf(r),
            title: r.title,
            read: r.readAt !== null,
          })),
        },
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/notifications',
      summary: 'My notifications',
      description: 'Department staff see their department\'s notifications; managers and supervisors the centre\'s.',
      tags: ['reports'],
      access: READERS,
      query: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }),
    },
    async ({ query, user }) => {
      const own = scopeOf(user!);
      // The centre's are those without a department, except the copies sent to the business-environment office.
      const where = own ? { departmentCode: own } : { departmentCode: null, recipient: { not: 'BUSINESS_ENVIRONMENT_OFFICE' } };
      const rows = await db.notification.findMany({ where, orderBy: { at: 'desc' }, skip: (query.page - 1) * query.pageSize, take: query.pageSize });
      return { body: rows.map((n) => ({ id: String(n.id), at: n.at.toISOString(), kind: n.kind, title: n.title, payload: n.payload, read: n.readAt !== null })) };
    },
  );
}
