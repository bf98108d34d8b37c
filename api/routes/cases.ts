/**
 * Cases: intake through the two entrances only (window and online, R1.1), staff actions as
 * Workflow Updates (refusals keep their rule), and reads scoped to who is asking.
 */
import { type Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { Response } from 'express';
import { z } from 'zod';
import { type ActionName, FRONT_DESK_ONLY_ACTIONS, ACTION_ROLES } from '../../domain/case/actions.js';
import { CaseRefusal } from '../../domain/case/errors.js';
import { type Actor, type CaseStatus, type CaseView, type StageLimits, CASE_STATUSES, FINAL_STATUSES, PAUSE_REASONS } from '../../domain/case/model.js';
import { statusName } from '../../domain/case/names.js';
import { remainingWorkingDays } from '../../domain/clock/clock.js';
import { shanghaiDateOf as todayOf } from '../../domain/calendar/dates.js';
import { clockLedger, contextOf } from '../../domain/case/rules.js';
import { isIsoDate, shanghaiDateOf } from '../../domain/calendar/dates.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { type CaseStart, caseStart } from '../services/case-start.js';
import { referenceCacheOf } from '../services/reference-cache.js';
import { caseReaderOf } from '../services/case-reads.js';
import { actionUpdates, caseStateQuery } from '../../workflows/messages.js';
import { recordViolation } from '../http/audit.js';
import { pageOf, pageWindow } from '../http/paging.js';
import { Problem, badRequest, forbiddenProblem, notFound } from '../http/problem.js';
import type { Voucher } from '../http/voucher.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import { applicantIdHash, hashQueryCode, maskIdNo, newQueryCode, nextCaseNo } from '../services/intake.js';
import { problemOfTemporal } from '../services/temporal-errors.js';

/** What an intake decides before it starts the workflow, kept on its Idempotency-Key. */
interface IntakeAttempt {
  caseNo: string;
  queryCode: string;
  receivedAt: number;
}

export interface CaseRouteDeps {
  db: Db;
  temporal: Client;
  taskQueue: string;
  warningDays: number;
  stageLimits?: StageLimits;
  /** Signs each action's actor (api/http/voucher.ts). */
  vouch: Voucher;
  /** An urge was recorded on the case: start the urge that must be answered (its own workflow). */
  onUrged?: (view: CaseView, actor: Actor, note: string, replyDays: number | undefined) => Promise<{ id: string; replyDays: number }>;
  /** Secret for the keyed hash of applicants' ID numbers (case lookup by ID). */
  lookupKey: string;
}

const isoDate = z
  .string()
  .regex(/^(19\d\d|2[01]\d\d)-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD between 1900 and 2199')
  .refine(isIsoDate, 'must be a calendar date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const caseNoParam = z.object({ caseNo: z.string().regex(/^\d{20}$/, 'a case number is 20 digits') });

export const createCaseBody = z.object({
  itemCode: text(64),
  applicant: z.object({
    name: text(100),
    idNo: z.string().regex(/^[0-9A-Za-z]{6,30}$/, 'an ID or credit code of 6–30 letters or digits').optional(),
    phone: z.string().regex(/^1\d{10}$/, 'an 11-digit mobile number').optional(),
  }),
  submittedMaterials: z.array(text(64)).max(100).default([]),
  /** Window only: accept at once (the default) or only register the application for a correction. */
  accept: z.boolean().default(true),
  toleratedMaterials: z.array(z.object({ code: text(64), promisedDate: isoDate })).max(20).default([]),
});

/** The payload schema of each action (the rules behind them live in domain/case/rules.ts). */
export const ACTION_BODIES: { [K in ActionName]: z.ZodType } = {
  accept: z.object({ toleratedMaterials: z.array(z.object({ code: text(64), promisedDate: isoDate })).max(20).optional() }),
  refuse: z.object({ reason: text(1000) }),
  requestCorrection: z.object({
    items: z
      .array(z.object({ materialCode: z.string().max(64).optional(), name: text(200), problem: text(500) }))
      .max(50)
      .default([])
      .describe('the clerk\'s additions: defects in submitted materials, remarks, better wording for a missing one. Every missing required material is listed by the platform itself and cannot be left out.'),
    days: z.number().int().min(1).max(30),
  }),
  supplyCorrection: z.object({ materialCodes: z.array(text(64)).max(100) }),
  supplyToleratedMaterial: z.object({ materialCode: text(64) }),
  resubmit: z.object({ note: text(1000) }),
  issueOutput: z.object({ method: z.enum(['WINDOW_PICKUP', 'POST', 'ELECTRONIC']), trackingNo: z.string().max(64).optional() }),
  confirmDelivery: z.object({ note: z.string().max(1000).optional() }),
  terminate: z.object({ reason: text(1000) }),
  approve: z.object({ opinion: z.string().max(2000).default('') }),
  deny: z.object({ reason: text(2000) }),
  returnToFrontDesk: z.object({ reason: text(1000) }),
  startSpecialProcedure: z.object({ kind: z.enum(['SITE_SURVEY', 'INSPECTION', 'TESTING', 'HEARING', 'EXPERT_REVIEW']), reason: text(1000) }),
  finishSpecialProcedure: z.object({ result: text(2000) }),
  // Any string reaches the rules, so that "another reason" is refused there with the rule named.
  pause: z.object({ reason: text(64).describe(`one of ${Object.keys(PAUSE_REASONS).join(', ')}`), note: text(1000) }),
  resume: z.object({ note: z.string().max(1000).optional() }),
  withdraw: z.object({ reason: text(1000) }),
  urge: z.object({ note: text(1000), replyDays: z.number().int().min(1).max(30).optional().describe('the department must answer within this many working days (default URGE_REPLY_DAYS)') }),
};

export const ACTION_PATHS: Record<ActionName, string> = {
  accept: 'accept',
  refuse: 'refuse',
  requestCorrection: 'request-correction',
  supplyCorrection: 'supply-correction',
  supplyToleratedMaterial: 'supply-tolerated-material',
  resubmit: 'resubmit',
  issueOutput: 'issue-output',
  confirmDelivery: 'confirm-delivery',
  terminate: 'terminate',
  approve: 'approve',
  deny: 'deny',
  returnToFrontDesk: 'return',
  startSpecialProcedure: 'start-special-procedure',
  finishSpecialProcedure: 'finish-special-procedure',
  pause: 'pause',
  resume: 'resume',
  withdraw: 'withdraw',
  urge: 'urge',
};

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const listQuery = z.object({
  status: z.enum(CASE_STATUSES as [string, ...string[]]).optional(),
  open: flag.optional().describe('true: only cases still open (not refused, completed, withdrawn or terminated)'),
  departmentCode: z.string().max(64).optional(),
  itemCode: z.string().max(64).optional(),
  channel: z.enum(['ONLINE', 'WINDOW']).optional(),
  overdue: flag.optional(),
  warning: flag.optional(),
  paused: flag.optional(),
  inSpecialProcedure: flag.optional(),
  outputHeld: flag.optional(),
  stage: z.enum(['PRE_REVIEW', 'OUTPUT']).optional().describe('waiting in this front-desk stage: pre-review (预审) or hand-out (出件)'),
  stageOverdue: flag.optional().describe('its front-desk stage is past its limit'),
  from: isoDate.optional().describe('submitted on or after (Asia/Shanghai date)'),
  to: isoDate.optional().describe('submitted on or before (Asia/Shanghai date)'),
  q: z.string().max(100).optional().describe('case number, applicant or item name contains; or the applicant\'s full ID number or credit code'),
  sort: z.enum(['submittedAt', 'submittedAtAsc', 'dueDate']).default('submittedAt').describe('submittedAt: newest first; submittedAtAsc: oldest first (queues); dueDate: earliest due first (inbox)'),
  withCounts: flag.optional().describe('true: also count the open cases in scope by category (status, overdue, warning, paused, special procedure)'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const caseRow = z.object({
  caseNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  departmentCode: z.string(),
  channel: z.enum(['ONLINE', 'WINDOW']),
  applicantName: z.string(),
  status: z.enum(CASE_STATUSES as [CaseStatus, ...CaseStatus[]]),
  statusName: z.string().describe('the status in Chinese'),
  stateCode: z.number(),
  submittedAt: z.string(),
  acceptedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  remainingWorkingDays: z.number().nullable().describe('working days left until the due date (negative when overdue), for open cases'),
  warning: z.boolean(),
  overdue: z.boolean(),
  everOverdue: z.boolean(),
  paused: z.boolean(),
  inSpecialProcedure: z.boolean(),
  outputHeld: z.boolean(),
  stage: z.enum(['PRE_REVIEW', 'OUTPUT']).nullable().describe('the front-desk stage the case waits in, if any'),
  stageDueDate: z.string().nullable(),
  stageWarning: z.boolean(),
  stageOverdue: z.boolean(),
});

const caseCounts = z.object({
  open: z.number(),
  overdue: z.number(),
  warning: z.number(),
  paused: z.number(),
  inSpecialProcedure: z.number(),
  outputHeld: z.number(),
  byStatus: z.record(z.string(), z.number()),
});

const caseList = z.object({
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  items: z.array(caseRow),
  counts: caseCounts.optional(),
});

/** Everyone who may see cases (each within their scope); account administrators do not. */
export const CASE_READERS = ['FRONT_DESK_CLERK', 'DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD', 'CENTRE_MANAGER', 'SUPERVISOR', 'APPLICANT'] as const;

export const isDepartmentRole = (u: AuthUser) => u.role === 'DEPARTMENT_REVIEWER' || u.role === 'DEPARTMENT_LEAD';

export function actorOf(user: AuthUser): Actor {
  return {
    id: user.id,
    name: user.displayName,
    role: user.role,
    ...(user.departmentCode ? { departmentCode: user.departmentCode } : {}),
    ...(user.role === 'FRONT_DESK_CLERK' && user.windowNo ? { windowNo: user.windowNo } : {}),
  };
}

/**
 * Read scope: departments see their own cases, applicants theirs; the rest of the hall sees all.
 * Shared by every route that reads something of a case (its documents too).
 */
export function caseReadScope(db: Db, temporal: Client) {
  return async (user: AuthUser, caseNo: string, res: Response) => {
    res.locals.caseNo = caseNo;
    if (user.role === 'ACCOUNT_ADMIN') throw forbiddenProblem('account administrators do not see cases', 'role.not_allowed');
    let owner = await db.case.findUnique({ where: { caseNo }, select: { departmentCode: true, applicantUserId: true } });
    if (!owner) {
      // Just created: the read model may lag the workflow by a moment; the workflow knows. A case
      // Temporal does not know does not exist; Temporal not answering is a 503, not a 404.
      const state = await temporal.workflow
        .getHandle(caseNo)
        .query(caseStateQuery)
        .catch((e: unknown) => {
          if (e instanceof WorkflowNotFoundError || /not found/i.test((e as Error)?.message ?? '')) return undefined;
          throw e;
        });
      if (state) owner = { departmentCode: state.item.departmentCode, applicantUserId: state.applicant.userId ?? null };
    }
    if (!owner) throw notFound(`case ${caseNo} does not exist`);
    if (isDepartmentRole(user) && owner.departmentCode !== user.departmentCode) throw forbiddenProblem(`case ${caseNo} belongs to another department`, 'scope.department');
    if (user.role === 'APPLICANT' && owner.applicantUserId !== user.id) throw forbiddenProblem('applicants may see only their own cases', 'scope.own_case');
  };
}

export function registerCaseRoutes(api: ApiRegistry, deps: CaseRouteDeps): void {
  const { db, temporal } = deps;
  const references = referenceCacheOf(db);
  const reader = caseReaderOf(db, temporal);

  const requireReadable = caseReadScope(db, temporal);

  api.route(
    {
      method: 'post',
      path: '/api/v1/cases',
      summary: 'Open a case (window intake or online submission)',
      description:
        'Only the two entrances may create a case (R1.1): a front-desk clerk at the comprehensive window, or an applicant online. ' +
        'A department account that tries is refused with 403 and a violation is recorded for the supervision side. ' +
        'Window intake accepts at once unless `accept` is false; online submissions wait for the front desk\'s pre-review. ' +
        'The response carries the applicant\'s query code once; it is never shown again.',
      tags: ['cases'],
      access: ['FRONT_DESK_CLERK', 'APPLICANT'],
      body: createCaseBody,
      successStatus: 201,
      audit: 'case.create',
      idempotent: true,
      problems: [404, 409, 422],
      onRoleRefused: async (user, _req, res) => {
        if (isDepartmentRole(user)) await recordViolation(db, res, user, 'DEPARTMENT_CREATED_CASE', 'a department account tried to create (accept) a case outside the two entrances (R1.1)');
      },
    },
    async ({ body, user, res, idempotency }) => {
      const u = user!;
      const channel = u.role === 'APPLICANT' ? 'ONLINE' : 'WINDOW';
      // The calendar and the item from this process's cache, unless PostgreSQL holds newer (one small query).
      await references.sync();
      const item = await references.publishedItem(body.itemCode);
      if (!item.channels.includes(channel)) {
        throw new Problem(422, `service item ${item.code} cannot be applied for through the ${channel === 'ONLINE' ? 'online channel' : 'window'}`, { rule: 'item.channel_not_offered' });
      }
      const known = new Set(item.materials.map((m) => m.code));
      const unknown = body.submittedMaterials.filter((c) => !known.has(c));
      if (unknown.length) {
        throw badRequest(`submittedMaterials lists materials item ${item.code} does not have: ${unknown.join(', ')}`, unknown.map((c) => ({ field: 'body.submittedMaterials', rule: 'unknown_material', message: `${c} is not a material of ${item.code}` })));
      }
      const acceptNow = channel === 'WINDOW' && body.accept ? { toleratedMaterials: body.toleratedMaterials } : undefined;
      if (!acceptNow && body.toleratedMaterials.length) {
        throw badRequest('toleratedMaterials apply only to a window intake accepted at once', [{ field: 'body.toleratedMaterials', rule: 'not_applicable', message: 'tolerance is decided by the front desk at acceptance' }]);
      }
      const { channels: _channels, ...snapshot } = item;
      // A retry of an intake whose first attempt died part-way continues that attempt: same case
      // number, same instant, same query code — never a second case for one Idempotency-Key.
      const earlier = idempotency?.resource as IntakeAttempt | undefined;
      const now = earlier?.receivedAt ?? Date.now();
      const query = earlier ? { code: earlier.queryCode, hash: await hashQueryCode(earlier.queryCode) } : await newQueryCode();
      const caseNo = earlier?.caseNo ?? (await nextCaseNo(db, shanghaiDateOf(now)));
      res.locals.caseNo = caseNo;
      // The case as its workflow's first activation will make it, by the same pure rules: a bad
      // acceptance is refused here and leaves nothing behind (no workflow, no half-written case),
      // and the answer needs no query after the start, which under load could time out after
      // the case already exists.
      let start: CaseStart;
      try {
        start = caseStart(
          {
            caseNo,
            calendar: (await references.calendar()).data,
            channel,
            item: snapshot,
            applicant: {
              name: body.applicant.name,
              ...(body.applicant.idNo ? { idNoMasked: maskIdNo(body.applicant.idNo) } : {}),
              ...(body.applicant.phone ? { phone: body.applicant.phone } : {}),
              ...(channel === 'ONLINE' ? { userId: u.id } : {}),
            },
            submittedMaterials: body.submittedMaterials,
            submittedBy: actorOf(u),
            queryCodeHash: query.hash,
            ...(acceptNow ? { acceptNow } : {}),
            // One clock at intake: the workflow takes this instant, so it agrees with this answer.
            receivedAt: now,
            ...(deps.stageLimits ? { stageLimits: deps.stageLimits } : {}),
            warningDays: deps.warningDays,
          },
          { taskQueue: deps.taskQueue, now },
        );
      } catch (e) {
        if (e instanceof CaseRefusal) throw new Problem(e.kind === 'FORBIDDEN' ? 403 : e.kind === 'STATE_CONFLICT' ? 409 : 422, e.message, { rule: e.rule });
        throw e;
      }
      // Lookup by ID number (办件查询) without storing the number: a keyed hash, written first so a
      // case is never findable by name only; a start that then fails leaves a harmless orphan key.
      if (body.applicant.idNo) {
        const idHash = applicantIdHash(body.applicant.idNo, deps.lookupKey);
        await db.caseApplicantKey.upsert({ where: { caseNo }, create: { caseNo, idHash }, update: { idHash } });
      }
      if (!earlier) await idempotency?.remember({ caseNo, queryCode: query.code, receivedAt: now } satisfies IntakeAttempt);
      await temporal.workflow.start('caseWorkflow', start.options).catch(async (e: unknown) => {
        // The earlier attempt started the case before it died: answer with the case as it is.
        if (!(earlier && e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
      });
      reader.answered(start.view);
      return { status: 201, body: { case: start.view, queryCode: query.code }, headers: { 'cache-control': 'no-store' } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/cases',
      summary: 'List cases',
      description: 'From the read model (server-side paging). Department staff see their department\'s cases, applicants their own. The department inbox asks for open=true&sort=dueDate&withCounts=true.',
      tags: ['cases'],
      access: CASE_READERS,
      query: listQuery,
      response: caseList,
    },
    async ({ query, user }) => {
      const u = user!;
      const where: Prisma.CaseWhereInput = {};
      if (query.status) where.status = query.status;
      else if (query.open) where.status = { notIn: [...FINAL_STATUSES] };
      if (query.itemCode) where.itemCode = query.itemCode;
      if (query.channel) where.channel = query.channel;
      if (query.overdue !== undefined) where.overdue = query.overdue;
      if (query.warning !== undefined) where.warning = query.warning;
      if (query.stage) where.stage = query.stage;
      if (query.stageOverdue !== undefined) where.stageOverdue = query.stageOverdue;
      if (query.paused !== undefined) where.paused = query.paused;
      if (query.inSpecialProcedure !== undefined) where.inSpecialProcedure = query.inSpecialProcedure;
      if (query.outputHeld !== undefined) where.outputHeld = query.outputHeld;
      if (query.departmentCode) where.departmentCode = query.departmentCode;
      if (isDepartmentRole(u)) {
        if (query.departmentCode && query.departmentCode !== u.departmentCode) throw forbiddenProblem('department staff see only their own department\'s cases', 'scope.department');
        where.departmentCode = u.departmentCode!;
      }
      if (u.role === 'APPLICANT') where.applicantUserId = u.id;
      if (query.from || query.to) {
        where.submittedAt = {
          ...(query.from ? { gte: new Date(`${query.from}T00:00:00+08:00`) } : {}),
          ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000) } : {}),
        };
      }
      if (query.q) {
        const q = query.q.trim();
        const byId = /^[0-9A-Za-z]{6,30}$/.test(q)
          ? (await db.caseApplicantKey.findMany({ where: { idHash: applicantIdHash(q, deps.lookupKey) }, select: { caseNo: true }, take: 1000 })).map((k) => k.caseNo)
          : [];
        where.OR = [
          { caseNo: { contains: q } },
          { applicantName: { contains: q } },
          { itemName: { contains: q } },
          ...(byId.length ? [{ caseNo: { in: byId } }] : []),
        ];
      }
      const orderBy: Prisma.CaseOrderByWithRelationInput[] =
        query.sort === 'dueDate'
          ? [{ dueDate: { sort: 'asc', nulls: 'last' } }, { caseNo: 'asc' }]
          : query.sort === 'submittedAtAsc'
            ? [{ submittedAt: 'asc' }]
            : [{ submittedAt: 'desc' }];
      await references.sync();
      const { calendar } = await references.calendar();
      const today = todayOf(Date.now());
      const page = await pageOf(query, db.case.count({ where }), db.case.findMany({ where, orderBy, ...pageWindow(query) }), (r) => {
        const dueDate = r.dueDate?.toISOString().slice(0, 10) ?? null;
        const open = !FINAL_STATUSES.has(r.status as CaseStatus) && r.status !== 'DECIDED' && r.status !== 'IN_DELIVERY';
        return {
          caseNo: r.caseNo,
          itemCode: r.itemCode,
          itemName: r.itemName,
          departmentCode: r.departmentCode,
          channel: r.channel,
          applicantName: r.applicantName,
          status: r.status,
          statusName: statusName(r.status),
          stateCode: r.stateCode,
          submittedAt: r.submittedAt.toISOString(),
          acceptedAt: r.acceptedAt?.toISOString() ?? null,
          dueDate,
          remainingWorkingDays: dueDate && open && !r.paused && !r.inSpecialProcedure ? remainingWorkingDays(calendar, today, dueDate) : null,
          warning: r.warning,
          overdue: r.overdue,
          everOverdue: r.everOverdue,
          stage: r.stage,
          stageDueDate: r.stageDueDate?.toISOString().slice(0, 10) ?? null,
          stageWarning: r.stageWarning,
          stageOverdue: r.stageOverdue,
          paused: r.paused,
          inSpecialProcedure: r.inSpecialProcedure,
          outputHeld: r.outputHeld,
        };
      });
      if (!query.withCounts) return { body: page };
      return { body: { ...page, counts: await openCounts(scopeOf(where)) } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/cases/:caseNo',
      summary: 'Read a case',
      description: 'The case as its workflow sees it now, including the actions its state allows: from the read model, refreshed to today, or from the workflow where the read model cannot answer (see api/services/case-reads.ts); 503 with Retry-After when that needs Temporal and Temporal does not answer.',
      tags: ['cases'],
      access: CASE_READERS,
      params: caseNoParam,
      problems: [403, 404],
    },
    async ({ params, user, res }) => {
      await requireReadable(user!, params.caseNo, res);
      return { body: await reader.view(params.caseNo) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/cases/:caseNo/clock',
      summary: 'Explain a case\'s due date',
      description: 'The clock ledger: accepted at, limit, each suspension with kind, reason and working days, current due date, working days remaining.',
      tags: ['cases'],
      access: CASE_READERS,
      params: caseNoParam,
      problems: [403, 404],
    },
    async ({ params, user, res }) => {
      await requireReadable(user!, params.caseNo, res);
      // Every suspension with its working days: the workflow holds them, the read model does not.
      const state = await reader.state(params.caseNo);
      return { body: clockLedger(state, contextOf(state, Date.now())) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/cases/:caseNo/events',
      summary: 'A case\'s history',
      description: 'Every event of the case with its national state code, actor and time, from the read model.',
      tags: ['cases'],
      access: CASE_READERS,
      params: caseNoParam,
      problems: [403, 404],
    },
    async ({ params, user, res }) => {
      await requireReadable(user!, params.caseNo, res);
      const events = await db.caseEvent.findMany({ where: { caseNo: params.caseNo }, orderBy: { seq: 'asc' } });
      return {
        body: events.map((e) => ({ seq: e.seq, at: e.at.toISOString(), type: e.type, stateCode: e.stateCode, actor: e.actorName ? { name: e.actorName, role: e.actorRole } : null, detail: e.detail })),
      };
    },
  );

  for (const name of Object.keys(ACTION_PATHS) as ActionName[]) {
    api.route(
      {
        method: 'post',
        path: `/api/v1/cases/:caseNo/${ACTION_PATHS[name]}`,
        summary: `Case action: ${name}`,
        description: `Sent to the case workflow as the Workflow Update \`${name}\`. Refused with 409 (state conflict) or 422 (broken rule) naming the rule, or 403 when the role or department may not act. The role is checked before the body: a department attempting a front-desk action is recorded as a violation whatever it sent.`,
        tags: ['case actions'],
        // The role is decided before the body is parsed, so a refusal (and its violation) never hides behind a 400.
        access: ACTION_ROLES[name],
        params: caseNoParam,
        body: ACTION_BODIES[name],
        audit: `case.${name}`,
        idempotent: true,
        problems: [403, 404, 409, 422],
        onRoleRefused: async (u, req, res) => {
          const caseNo = typeof req.params.caseNo === 'string' && /^\d{20}$/.test(req.params.caseNo) ? req.params.caseNo : undefined;
          if (caseNo) res.locals.caseNo = caseNo;
          // A department taking a front-desk (or applicant) action breaches the split of powers (R1.1, R1.2).
          if (isDepartmentRole(u) && !ACTION_ROLES[name].some((r) => r === 'DEPARTMENT_REVIEWER' || r === 'DEPARTMENT_LEAD')) {
            const kind = name === 'accept' ? 'DEPARTMENT_ACCEPTED_CASE' : FRONT_DESK_ONLY_ACTIONS.has(name) ? 'DEPARTMENT_HANDED_OUT_RESULT' : 'DEPARTMENT_TOOK_FRONT_DESK_ACTION';
            await recordViolation(db, res, u, kind, `a department account tried to ${name} case ${caseNo ?? '(invalid case number)'}; only the unified window may (R1.2)`, caseNo);
          }
        },
      },
      async ({ params, body, user, res, idempotency }) => {
        const u = user!;
        res.locals.caseNo = params.caseNo;
        try {
          // The API vouches for the actor (worker/codec.ts); the workflow refuses actions nobody vouched for.
          // With an Idempotency-Key the Update id is the key's: Temporal applies an action once and
          // answers a retry (after any failure on our side) with the recorded outcome.
          const send = async <K extends ActionName>(action: K, payload: unknown) =>
            temporal.workflow.getHandle(params.caseNo).executeUpdate(actionUpdates[action], {
              args: [await deps.vouch(params.caseNo, action, { actor: actorOf(u), payload: payload as never })],
              ...(idempotency ? { updateId: idempotency.updateId } : {}),
            });
          if (name === 'urge' && deps.onUrged) {
            const { replyDays, ...payload } = body as { note: string; replyDays?: number };
            const view = await send('urge', payload);
            reader.answered(view);
            const urge = await deps.onUrged(view, actorOf(u), payload.note, replyDays);
            return { body: { ...view, urge } };
          }
          const view = await send(name, body);
          reader.answered(view);
          return { body: view };
        } catch (e) {
          throw problemOfTemporal(e, params.caseNo) ?? e;
        }
      },
    );
  }

  /** The scope of a list without its category filters (status and flags): counts at the top of an inbox cover all its open cases. */
  function scopeOf(where: Prisma.CaseWhereInput): Prisma.CaseWhereInput {
    const { departmentCode, applicantUserId, itemCode, channel, submittedAt, OR } = where;
    return { ...(departmentCode ? { departmentCode } : {}), ...(applicantUserId ? { applicantUserId } : {}), ...(itemCode ? { itemCode } : {}), ...(channel ? { channel } : {}), ...(submittedAt ? { submittedAt } : {}), ...(OR ? { OR } : {}) };
  }

  /** One GROUP BY over the open cases in scope, folded into the categories the inbox shows. */
  async function openCounts(scope: Prisma.CaseWhereInput) {
    const groups = await db.case.groupBy({
      by: ['status', 'overdue', 'warning', 'paused', 'inSpecialProcedure', 'outputHeld'],
      where: { ...scope, status: { notIn: [...FINAL_STATUSES] } },
      _count: { _all: true },
    });
    const counts = { open: 0, overdue: 0, warning: 0, paused: 0, inSpecialProcedure: 0, outputHeld: 0, byStatus: {} as Record<string, number> };
    for (const g of groups) {
      const n = g._count._all;
      counts.open += n;
      counts.byStatus[g.status] = (counts.byStatus[g.status] ?? 0) + n;
      if (g.overdue) counts.overdue += n;
      if (g.warning) counts.warning += n;
      if (g.paused) counts.paused += n;
      if (g.inSpecialProcedure) counts.inSpecialProcedure += n;
      if (g.outputHeld) counts.outputHeld += n;
    }
    return counts;
  }

}

