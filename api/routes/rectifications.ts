/**
 * 整改清单 The rectification list and 督办 urges. Each rectification and each urge is a workflow;
 * lists read the ledger's read model, a single item is read live from its workflow, and every
 * action is a Workflow Update whose validator refuses with the rule named.
 */
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { RECTIFICATION_OUTCOMES, RECTIFICATION_STATUSES, URGE_STATUSES } from '../../domain/supervision/labels.js';
import { RECTIFICATION_ACTIONS, RECTIFICATION_ACTION_SIDE, type RectificationActionName, rectificationView } from '../../domain/supervision/rectification.js';
import { urgeView } from '../../domain/supervision/urge.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { ANSWER_URGE, answerUrgeUpdate, rectificationStateQuery, rectificationUpdateName, rectificationUpdates, urgeStateQuery } from '../../workflows/supervision-messages.js';
import { pageOf, pageWindow } from '../http/paging.js';
import { Problem, conflictProblem, forbiddenProblem, notFound } from '../http/problem.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import type { Voucher } from '../http/voucher.js';
import { REFUSAL_STATUS, endedOrMissing, refusalOf } from '../services/temporal-errors.js';

/** A refused update keeps its kind and rule; a finished or missing workflow is a 409 or 404 naming it. */
function problemOfTemporal(e: unknown, id: string, closedRule = 'supervision.closed'): Problem | undefined {
  const refusal = refusalOf(e);
  if (refusal) return new Problem(REFUSAL_STATUS[refusal.kind], refusal.message, { rule: refusal.rule });
  switch (endedOrMissing(e)) {
    case 'closed':
      return conflictProblem(`${id} 已结束，不能再操作`, closedRule);
    case 'missing':
      return notFound(`${id} does not exist`);
    default:
      return undefined;
  }
}
import { actorOf } from './cases.js';
import { DEPARTMENT_ROLES, OVERSIGHT_AND_DEPARTMENTS, OVERSIGHT_ROLES, boolParam, dayFilter, dayRange, departmentScope, isDepartmentUser, optionalText, page, paging, rangeMessage, rangeOk, text } from './supervision-common.js';

const RECT_STATUSES = Object.keys(RECTIFICATION_STATUSES) as [string, ...string[]];

export const RECTIFICATION_ACTION_PATHS: Record<RectificationActionName, string> = {
  confirm: 'confirm',
  dismiss: 'dismiss',
  acknowledge: 'acknowledge',
  submitReport: 'submit-report',
  verify: 'verify',
  sendBack: 'send-back',
  close: 'close',
  appeal: 'appeal',
  decideAppeal: 'decide-appeal',
};

const ACTION_BODIES: Record<RectificationActionName, z.ZodType> = {
  confirm: z.object({ note: text(1000).describe('回访核实 result'), situationCode: z.string().max(64).optional() }),
  dismiss: z.object({ note: text(1000) }),
  acknowledge: z.object({ note: optionalText(1000).optional() }),
  submitReport: z.object({ report: text(8000).describe('整改报告: what was done') }),
  verify: z.object({ note: text(1000) }),
  sendBack: z.object({ reason: text(1000), days: z.number().int().min(1).max(60).optional().describe('a new deadline in working days from today; the old one stands when absent') }),
  close: z.object({ note: optionalText(1000).optional() }),
  appeal: z.object({ reason: text(2000).describe('申诉复核: why the rating is false') }),
  decideAppeal: z.object({ upheld: z.boolean(), note: text(1000) }),
};

const ACTION_SUMMARIES: Record<RectificationActionName, string> = {
  confirm: 'Verify a bad rating as true (回访核实属实); rectification starts',
  dismiss: 'Verify a bad rating as not true (核实不属实); closes it',
  acknowledge: 'Department: start rectifying',
  submitReport: 'Department: submit the rectification report',
  verify: 'Verify the rectification (验收)',
  sendBack: 'Send the report back for more work',
  close: 'Close a verified rectification (销号)',
  appeal: 'Department: appeal a bad rating (申诉复核)',
  decideAppeal: 'Decide a department\'s appeal',
};

const rectRow = z.object({
  id: z.string(), findingId: z.string(), departmentCode: z.string(), situationCode: z.string().nullable(), title: z.string(), status: z.string(), statusName: z.string(),
  outcome: z.string().nullable(), outcomeName: z.string().nullable(), dueDate: z.string().nullable(), warning: z.boolean(), overdue: z.boolean(), escalated: z.boolean(),
  appeal: z.string().nullable(), createdAt: z.string(), closedAt: z.string().nullable(),
});

const rectificationDetail = z.object({
  id: z.string(),
  findingId: z.string(),
  source: z.string(),
  title: z.string(),
  departmentCode: z.string(),
  situationCode: z.string().optional(),
  caseNo: z.string().optional(),
  status: z.enum(RECT_STATUSES),
  outcome: z.enum(['RECTIFIED', 'DISMISSED', 'APPEAL_UPHELD']).optional(),
  deadlineDays: z.number().int(),
  startedAt: z.string(),
  verifyDueDate: z.string().optional(),
  verificationOverdue: z.boolean(),
  dueDate: z.string(),
  dueAt: z.string(),
  warning: z.boolean(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  reports: z.array(z.object({ at: z.string(), by: z.string(), text: z.string() })),
  sendBacks: z.array(z.object({ at: z.string(), by: z.string(), reason: z.string() })),
  appeal: z.object({ at: z.string(), by: z.string(), reason: z.string(), status: z.string(), decidedBy: z.string().optional(), decision: z.string().optional() }).optional(),
  closedAt: z.string().optional(),
  allowedActions: z.array(z.enum(RECTIFICATION_ACTIONS as unknown as [RectificationActionName, ...RectificationActionName[]])).describe('what the state allows now, not yet filtered by role'),
  lastSeq: z.number().int(),
});
const eventRow = z.object({ seq: z.number().int(), at: z.string(), type: z.string(), actor: z.object({ name: z.string(), role: z.string().nullable() }).nullable(), detail: z.unknown() });
const urgeDetail = z.object({
  id: z.string(),
  caseNo: z.string(),
  departmentCode: z.string(),
  itemName: z.string(),
  note: z.string(),
  urgedBy: z.string(),
  urgedAt: z.string(),
  replyDays: z.number().int(),
  dueDate: z.string(),
  dueAt: z.string(),
  status: z.enum(Object.keys(URGE_STATUSES) as [string, ...string[]]),
  warned: z.boolean(),
  escalated: z.boolean(),
  answer: z.object({ at: z.string(), by: z.string(), text: z.string(), late: z.boolean() }).optional(),
  lastSeq: z.number().int(),
});

export function registerRectificationRoutes(api: ApiRegistry, deps: { db: Db; temporal: Client; vouch: Voucher }): void {
  const { db, temporal } = deps;
  const idParam = z.object({ id: z.string().regex(/^ZG-\d{1,18}$/, 'a rectification id is ZG-<number>') });

  const readable = async (id: string, u: AuthUser) => {
    const row = await db.rectification.findUnique({ where: { id }, select: { departmentCode: true } });
    let departmentCode = row?.departmentCode;
    if (!departmentCode) {
      const state = await temporal.workflow.getHandle(id).query(rectificationStateQuery).catch(() => undefined);
      departmentCode = state?.input.departmentCode;
    }
    if (!departmentCode) throw notFound(`rectification ${id} does not exist`);
    if (isDepartmentUser(u) && departmentCode !== u.departmentCode) throw forbiddenProblem('该整改属于其他部门', 'scope.department');
  };

  api.route(
    {
      method: 'get',
      path: '/api/v1/rectifications',
      summary: 'The rectification list (整改清单)',
      description: 'Newest first, by status, department, flags (warning, overdue, escalated), appeal and day range of creation. Department staff see their own department\'s. Status labels in Chinese come with each row.',
      tags: ['supervision'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      query: z
        .object({
          ...dayRange,
          status: z.enum(RECT_STATUSES).optional(),
          open: boolParam.optional().describe('true: not yet closed'),
          departmentCode: z.string().max(64).optional(),
          overdue: boolParam.optional(),
          warning: boolParam.optional(),
          escalated: boolParam.optional(),
          appeal: z.enum(['PENDING', 'UPHELD', 'REJECTED']).optional(),
          ...paging,
        })
        .refine(rangeOk, rangeMessage),
      response: page(rectRow),
      problems: [403],
    },
    async ({ query, user }) => {
      const dept = departmentScope(user!, query.departmentCode);
      const at = dayFilter(query);
      const where: Prisma.RectificationWhereInput = {
        ...(at ? { createdAt: at } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.open !== undefined ? { status: query.open ? { not: 'CLOSED' } : 'CLOSED' } : {}),
        ...(dept ? { departmentCode: dept } : {}),
        ...(query.overdue !== undefined ? { overdue: query.overdue } : {}),
        ...(query.warning !== undefined ? { warning: query.warning } : {}),
        ...(query.escalated !== undefined ? { escalated: query.escalated } : {}),
        ...(query.appeal ? { appeal: query.appeal } : {}),
      };
      return {
        body: await pageOf(query, db.rectification.count({ where }), db.rectification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], ...pageWindow(query) }), (r) => {
          const v = r.view as { outcome?: keyof typeof RECTIFICATION_OUTCOMES };
          return {
            id: r.id,
            findingId: String(r.findingId),
            departmentCode: r.departmentCode,
            situationCode: r.situationCode,
            title: r.title,
            status: r.status,
            statusName: RECTIFICATION_STATUSES[r.status as keyof typeof RECTIFICATION_STATUSES] ?? r.status,
            outcome: v.outcome ?? null,
            outcomeName: v.outcome ? RECTIFICATION_OUTCOMES[v.outcome] : null,
            dueDate: r.dueDate?.toISOString().slice(0, 10) ?? null,
            warning: r.warning,
            overdue: r.overdue,
            escalated: r.escalated,
            appeal: r.appeal,
            createdAt: r.createdAt.toISOString(),
            closedAt: r.closedAt?.toISOString() ?? null,
          };
        }),
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/rectifications/:id',
      summary: 'One rectification, live from its workflow',
      description: 'Status, deadline, flags, reports, send-backs, appeal, and the actions its state allows (`allowedActions`, not yet filtered by your role).',
      tags: ['supervision'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      params: idParam,
      response: rectificationDetail,
      problems: [403, 404],
    },
    async ({ params, user }) => {
      await readable(params.id, user!);
      try {
        const state = await temporal.workflow.getHandle(params.id).query(rectificationStateQuery);
        return { body: rectificationView(state) };
      } catch (e) {
        const row = await db.rectification.findUnique({ where: { id: params.id } });
        if (row) return { body: row.view };
        throw problemOfTemporal(e, params.id) ?? e;
      }
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/rectifications/:id/events',
      summary: 'A rectification\'s history',
      tags: ['supervision'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      params: idParam,
      response: z.array(eventRow),
      problems: [403, 404],
    },
    async ({ params, user }) => {
      await readable(params.id, user!);
      const events = await db.supervisionEvent.findMany({ where: { streamId: params.id }, orderBy: { seq: 'asc' } });
      return { body: events.map((e) => ({ seq: e.seq, at: e.at.toISOString(), type: e.type, actor: e.actorName ? { name: e.actorName, role: e.actorRole } : null, detail: e.detail })) };
    },
  );

  for (const name of RECTIFICATION_ACTIONS) {
    const side = RECTIFICATION_ACTION_SIDE[name];
    api.route(
      {
        method: 'post',
        path: `/api/v1/rectifications/:id/${RECTIFICATION_ACTION_PATHS[name]}`,
        summary: `Rectification: ${ACTION_SUMMARIES[name]}`,
        description: `Sent to the rectification workflow as the Workflow Update \`rectification.${name}\`; refused with 409 (state) or 422 (rule) naming the rule, 403 for another department.`,
        tags: ['supervision'],
        access: side === 'OVERSIGHT' ? OVERSIGHT_ROLES : DEPARTMENT_ROLES,
        params: idParam,
        body: ACTION_BODIES[name],
        response: rectificationDetail,
        audit: `rectification.${name}`,
        idempotent: true,
        problems: [403, 404, 409, 422],
      },
      async ({ params, body, user, idempotency }) => {
        await readable(params.id, user!);
        try {
          // Vouched for by the API (the workflow refuses actors nobody vouched for); with an
          // Idempotency-Key the Update id is the key's, so a retry gets the recorded outcome.
          const request = await deps.vouch(params.id, rectificationUpdateName(name), { actor: actorOf(user!), payload: body as never });
          const view = await temporal.workflow.getHandle(params.id).executeUpdate(rectificationUpdates[name], {
            args: [request],
            ...(idempotency ? { updateId: idempotency.updateId } : {}),
          });
          return { body: view };
        } catch (e) {
          throw problemOfTemporal(e, params.id) ?? e;
        }
      },
    );
  }

  // ───────────── urges ─────────────

  const urgeParam = z.object({ id: z.string().regex(/^DB-\d{20}-\d{1,4}$/, 'an urge id is DB-<case number>-<n>') });
  const urgeRow = z.object({
    id: z.string(), caseNo: z.string(), departmentCode: z.string(), note: z.string(), urgedBy: z.string(), urgedAt: z.string(), replyDays: z.number(), dueDate: z.string(),
    status: z.string(), statusName: z.string(), answer: z.string().nullable(), answeredBy: z.string().nullable(), answeredAt: z.string().nullable(), findingId: z.string().nullable(),
  });

  api.route(
    {
      method: 'get',
      path: '/api/v1/urges',
      summary: 'Urges and their answers (督办)',
      description: 'Newest first. Department staff see the urges to their department (status AWAITING_REPLY: to answer).',
      tags: ['supervision'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      query: z
        .object({ ...dayRange, status: z.enum(Object.keys(URGE_STATUSES) as [string, ...string[]]).optional(), departmentCode: z.string().max(64).optional(), caseNo: z.string().max(40).optional(), ...paging })
        .refine(rangeOk, rangeMessage),
      response: page(urgeRow),
      problems: [403],
    },
    async ({ query, user }) => {
      const dept = departmentScope(user!, query.departmentCode);
      const at = dayFilter(query);
      const where: Prisma.UrgeWhereInput = { ...(at ? { urgedAt: at } : {}), ...(query.status ? { status: query.status } : {}), ...(dept ? { departmentCode: dept } : {}), ...(query.caseNo ? { caseNo: query.caseNo } : {}) };
      return {
        body: await pageOf(query, db.urge.count({ where }), db.urge.findMany({ where, orderBy: [{ urgedAt: 'desc' }, { id: 'desc' }], ...pageWindow(query) }), (u) => ({
          id: u.id,
          caseNo: u.caseNo,
          departmentCode: u.departmentCode,
          note: u.note,
          urgedBy: u.urgedBy,
          urgedAt: u.urgedAt.toISOString(),
          replyDays: u.replyDays,
          dueDate: u.dueDate.toISOString().slice(0, 10),
          status: u.status,
          statusName: URGE_STATUSES[u.status as keyof typeof URGE_STATUSES] ?? u.status,
          answer: u.answer,
          answeredBy: u.answeredBy,
          answeredAt: u.answeredAt?.toISOString() ?? null,
          findingId: u.findingId ? String(u.findingId) : null,
        })),
      };
    },
  );

  const urgeReadable = async (id: string, u: AuthUser) => {
    const caseNo = id.split('-')[1]!;
    const c = await db.case.findUnique({ where: { caseNo }, select: { departmentCode: true } });
    const row = await db.urge.findUnique({ where: { id }, select: { departmentCode: true } });
    const departmentCode = row?.departmentCode ?? c?.departmentCode;
    if (!departmentCode) throw notFound(`urge ${id} does not exist`);
    if (isDepartmentUser(u) && departmentCode !== u.departmentCode) throw forbiddenProblem('该督办属于其他部门', 'scope.department');
  };

  api.route(
    {
      method: 'get',
      path: '/api/v1/urges/:id',
      summary: 'One urge, live from its workflow',
      tags: ['supervision'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      params: urgeParam,
      response: urgeDetail,
      problems: [403, 404],
    },
    async ({ params, user }) => {
      await urgeReadable(params.id, user!);
      try {
        return { body: urgeView(await temporal.workflow.getHandle(params.id).query(urgeStateQuery)) };
      } catch (e) {
        const row = await db.urge.findUnique({ where: { id: params.id } });
        if (row) return { body: row.view };
        throw problemOfTemporal(e, params.id) ?? e;
      }
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/urges/:id/answer',
      summary: 'Department: answer an urge',
      description: 'The Workflow Update `urge.answer`. A late answer is taken and marked late; a second answer is a 409 urge.answer.once.',
      tags: ['supervision'],
      access: DEPARTMENT_ROLES,
      params: urgeParam,
      body: z.object({ answer: text(4000) }),
      response: urgeDetail,
      audit: 'urge.answer',
      idempotent: true,
      problems: [403, 404, 409],
    },
    async ({ params, body, user, res, idempotency }) => {
      res.locals.caseNo = params.id.split('-')[1];
      await urgeReadable(params.id, user!);
      try {
        const request = await deps.vouch(params.id, ANSWER_URGE, { actor: actorOf(user!), answer: body.answer });
        return {
          body: await temporal.workflow.getHandle(params.id).executeUpdate(answerUrgeUpdate, { args: [request], ...(idempotency ? { updateId: idempotency.updateId } : {}) }),
        };
      } catch (e) {
        throw problemOfTemporal(e, params.id, 'urge.answer.once') ?? e;
      }
    },
  );
}
