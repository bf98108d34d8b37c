/**
 * 问题台账 The problem ledger: findings from daily patrols (entered by supervisors), the 12345
 * hotline and the business-environment platform (inbound endpoints with their own credentials,
 * idempotent on the ticket number), and the platform's own detections (split-of-powers
 * violations, overdue cases, unanswered urges, bad ratings). A supervisor confirms a finding —
 * it becomes a rectification (a workflow) — or dismisses it.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { FINDING_KINDS, FINDING_SOURCES, FINDING_STATUSES } from '../../domain/supervision/labels.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { pageOf, pageWindow } from '../http/paging.js';
import { Problem, conflictProblem, notFound, ruleRefused, unauthorized } from '../http/problem.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import type { SupervisionService } from '../services/supervision.js';
import { actorOf } from './cases.js';
import { OVERSIGHT_AND_DEPARTMENTS, OVERSIGHT_ROLES, boolParam, dayFilter, dayRange, departmentScope, optionalText, page, paging, rangeMessage, rangeOk, text } from './supervision-common.js';

export interface FindingRouteDeps {
  db: Db;
  service: SupervisionService;
  hotlineToken: string;
  businessPlatformToken: string;
}

const SOURCES = Object.keys(FINDING_SOURCES) as [string, ...string[]];
const KINDS = Object.keys(FINDING_KINDS) as [string, ...string[]];
const STATUSES = Object.keys(FINDING_STATUSES) as [string, ...string[]];
const caseNo = z.string().regex(/^\d{20}$/, 'a case number is 20 digits');
const phone = z.string().regex(/^[0-9+\-]{5,20}$/, 'digits, + or -, 5–20 characters');

export const findingView = (f: {
  id: bigint; source: string; kind: string; externalRef: string | null; occurredAt: Date; recordedAt: Date; recordedBy: string; departmentCode: string | null;
  staffName: string | null; windowNo: string | null; caseNo: string | null; situationCode: string | null; summary: string; evidence: string;
  complainantName: string | null; complainantPhone: string | null; status: string; decidedBy: string | null; decidedAt: Date | null; decisionNote: string | null; rectificationId: string | null;
}) => ({
  id: String(f.id),
  source: f.source,
  sourceName: FINDING_SOURCES[f.source as keyof typeof FINDING_SOURCES] ?? f.source,
  kind: f.kind,
  kindName: FINDING_KINDS[f.kind as keyof typeof FINDING_KINDS] ?? f.kind,
  externalRef: f.externalRef,
  occurredAt: f.occurredAt.toISOString(),
  recordedAt: f.recordedAt.toISOString(),
  recordedBy: f.recordedBy,
  departmentCode: f.departmentCode,
  staffName: f.staffName,
  windowNo: f.windowNo,
  caseNo: f.caseNo,
  situationCode: f.situationCode,
  summary: f.summary,
  evidence: f.evidence,
  complainantName: f.complainantName,
  /** Masked: only the last four digits. */
  complainantPhone: f.complainantPhone ? `*******${f.complainantPhone.slice(-4)}` : null,
  status: f.status,
  statusName: FINDING_STATUSES[f.status as keyof typeof FINDING_STATUSES] ?? f.status,
  decidedBy: f.decidedBy,
  decidedAt: f.decidedAt?.toISOString() ?? null,
  decisionNote: f.decisionNote,
  rectificationId: f.rectificationId,
});

const findingRow = z.object({
  id: z.string(), source: z.string(), sourceName: z.string(), kind: z.string(), kindName: z.string(), externalRef: z.string().nullable(), occurredAt: z.string(), recordedAt: z.string(),
  recordedBy: z.string(), departmentCode: z.string().nullable(), staffName: z.string().nullable(), windowNo: z.string().nullable(), caseNo: z.string().nullable(),
  situationCode: z.string().nullable(), summary: z.string(), evidence: z.string(), complainantName: z.string().nullable(), complainantPhone: z.string().nullable(),
  status: z.string(), statusName: z.string(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(), decisionNote: z.string().nullable(), rectificationId: z.string().nullable(),
});

/** The JSON the 12345 hotline and the business-environment platform send (documented in docs/supervision.md). */
export const inboundBody = z.object({
  ticketNo: z.string().regex(/^[A-Za-z0-9_\-]{1,64}$/, 'letters, digits, _ or -, at most 64').describe('the ticket number in the sending system; a resend with the same number is answered with the first result'),
  receivedAt: z.iso.datetime({ offset: true }).describe('when the sending system received it (ISO 8601 with offset)'),
  category: z.enum(['COMPLAINT', 'FEEDBACK']).default('COMPLAINT').describe('COMPLAINT 投诉 or FEEDBACK 反馈/建议'),
  content: text(4000).describe('what the citizen or enterprise reported'),
  complainant: z.object({ name: optionalText(100).optional(), phone: phone.optional() }).default({}),
  department: z.object({ code: z.string().max(64).optional(), name: optionalText(100).optional() }).default({}).describe('the department named, by code or by name'),
  caseNo: caseNo.optional(),
  windowNo: optionalText(20).optional(),
  staffName: optionalText(50).optional(),
  situationCode: z.string().max(64).optional().describe('a negative situation code, if the sender classified it'),
});

const sameToken = (given: string | undefined, expected: string) => {
  if (!given) return false;
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
};

export function registerFindingRoutes(api: ApiRegistry, deps: FindingRouteDeps): void {
  const { db, service } = deps;

  const checkDepartment = async (code: string | undefined, field: string) => {
    if (!code) return;
    if (!(await db.department.findUnique({ where: { code } }))) throw ruleRefused(`department ${code} does not exist`, 'department.unknown', [{ field, rule: 'department.unknown', message: `${code} is not a department` }]);
  };
  const checkSituation = async (code: string | undefined, field: string) => {
    if (!code) return;
    if (!(await db.negativeSituation.findFirst({ where: { code, current: true } }))) throw ruleRefused(`negative situation ${code} does not exist`, 'situation.unknown', [{ field, rule: 'situation.unknown', message: `${code} is not in the negative-behaviour list` }]);
  };

  for (const [path, source, tokenOf, name] of [
    ['/api/v1/inbound/hotline', 'HOTLINE_12345', () => deps.hotlineToken, '12345 hotline'],
    ['/api/v1/inbound/business-platform', 'BUSINESS_PLATFORM', () => deps.businessPlatformToken, 'business-environment platform'],
  ] as const) {
    api.route(
      {
        method: 'post',
        path,
        summary: `Inbound: a ${name} ticket becomes a finding`,
        description:
          `Called by the ${name} system, not by people: send \`Authorization: Bearer <${source === 'HOTLINE_12345' ? 'HOTLINE_TOKEN' : 'BUSINESS_PLATFORM_TOKEN'}>\` (its own credential from the configuration). ` +
          'Idempotent on `ticketNo`: a resend answers 200 with the finding first created (`duplicate: true`); a new ticket answers 201. ' +
          'An unknown department code, case or situation is kept as given in the evidence rather than refused, so nothing the hotline sends is lost; only malformed JSON is a 400.',
        tags: ['inbound'],
        access: 'public',
        body: inboundBody,
        response: z.object({ findingId: z.string(), status: z.string(), duplicate: z.boolean() }),
        successStatus: 201,
        audit: `inbound.${source}`,
        problems: [401],
      },
      async ({ body, req, res }) => {
        const header = req.header('authorization');
        const token = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined;
        if (!sameToken(token, tokenOf())) throw unauthorized(`send the ${name} credential: Authorization: Bearer <token>`);
        res.locals.auditDetail = `${source} ticket ${body.ticketNo}`;
        const existing = await db.finding.findUnique({ where: { source_externalRef: { source, externalRef: body.ticketNo } } });
        if (existing) return { status: 200, body: { findingId: String(existing.id), status: existing.status, duplicate: true } };
        // Resolve what can be resolved; keep the rest in the evidence.
        let departmentCode: string | null = null;
        if (body.department.code && (await db.department.findUnique({ where: { code: body.department.code } }))) departmentCode = body.department.code;
        else if (body.department.name) {
          departmentCode = (await db.department.findFirst({ where: { OR: [{ name: body.department.name }, { shortName: body.department.name }] } }))?.code ?? null;
        }
        if (!departmentCode && body.caseNo) departmentCode = (await db.case.findUnique({ where: { caseNo: body.caseNo }, select: { departmentCode: true } }))?.departmentCode ?? null;
        const situation = body.situationCode ? await db.negativeSituation.findFirst({ where: { code: body.situationCode, current: true } }) : null;
        const unresolved = [
          body.department.code && body.department.code !== departmentCode ? `部门编码：${body.department.code}` : '',
          body.department.name && !departmentCode ? `部门名称：${body.department.name}` : '',
          body.situationCode && !situation ? `情形编码：${body.situationCode}` : '',
        ].filter(Boolean);
        const created = await db.finding.createManyAndReturn({
          data: [
            {
              source,
              kind: body.category,
              externalRef: body.ticketNo,
              occurredAt: new Date(body.receivedAt),
              recordedBy: source === 'HOTLINE_12345' ? '12345热线' : '营商环境平台',
              departmentCode,
              staffName: body.staffName ?? null,
              windowNo: body.windowNo ?? null,
              caseNo: body.caseNo ?? null,
              situationCode: situation?.code ?? null,
              summary: body.content.slice(0, 200),
              evidence: [body.content, ...(unresolved.length ? [`（未能识别：${unresolved.join('；')}）`] : [])].join('\n'),
              complainantName: body.complainant.name ?? null,
              complainantPhone: body.complainant.phone ?? null,
              payload: body as unknown as Prisma.InputJsonValue,
            },
          ],
          skipDuplicates: true,
        });
        if (created.length === 0) {
          // The same ticket arrived twice at the same moment: the other request created it.
          const first = await db.finding.findUniqueOrThrow({ where: { source_externalRef: { source, externalRef: body.ticketNo } } });
          return { status: 200, body: { findingId: String(first.id), status: first.status, duplicate: true } };
        }
        return { status: 201, body: { findingId: String(created[0]!.id), status: created[0]!.status, duplicate: false } };
      },
    );
  }

  api.route(
    {
      method: 'post',
      path: '/api/v1/findings',
      summary: 'Record a daily-patrol finding (日常巡查)',
      tags: ['supervision'],
      access: OVERSIGHT_ROLES,
      body: z.object({
        occurredAt: z.iso.datetime({ offset: true }).optional().describe('when it was seen; now if absent'),
        departmentCode: z.string().max(64).optional(),
        windowNo: optionalText(20).optional(),
        staffName: optionalText(50).optional(),
        caseNo: caseNo.optional(),
        situationCode: z.string().max(64).optional(),
        summary: text(200),
        evidence: optionalText(4000).default(''),
      }),
      response: findingRow,
      successStatus: 201,
      audit: 'finding.patrol',
      idempotent: true,
      problems: [422],
    },
    async ({ body, user }) => {
      await checkDepartment(body.departmentCode, 'body.departmentCode');
      await checkSituation(body.situationCode, 'body.situationCode');
      const row = await db.finding.create({
        data: {
          source: 'PATROL',
          kind: 'PATROL',
          occurredAt: body.occurredAt ? new Date(body.occurredAt) : new Date(),
          recordedBy: user!.displayName,
          departmentCode: body.departmentCode ?? null,
          windowNo: body.windowNo ?? null,
          staffName: body.staffName ?? null,
          caseNo: body.caseNo ?? null,
          situationCode: body.situationCode ?? null,
          summary: body.summary,
          evidence: body.evidence,
        },
      });
      return { status: 201, body: findingView(row) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/findings',
      summary: 'The problem ledger (问题台账)',
      description: 'Findings newest first, by source, kind, status, department, situation, case and day range. Department staff see their own department\'s.',
      tags: ['supervision'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      query: z
        .object({
          ...dayRange,
          source: z.enum(SOURCES).optional(),
          kind: z.enum(KINDS).optional(),
          status: z.enum(STATUSES).optional(),
          departmentCode: z.string().max(64).optional(),
          situationCode: z.string().max(64).optional(),
          caseNo: z.string().max(40).optional(),
          hasRectification: boolParam.optional(),
          ...paging,
        })
        .refine(rangeOk, rangeMessage),
      response: page(findingRow),
      problems: [403],
    },
    async ({ query, user }) => {
      const dept = departmentScope(user!, query.departmentCode);
      const at = dayFilter(query);
      const where: Prisma.FindingWhereInput = {
        ...(at ? { recordedAt: at } : {}),
        ...(query.source ? { source: query.source } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(dept ? { departmentCode: dept } : {}),
        ...(query.situationCode ? { situationCode: query.situationCode } : {}),
        ...(query.caseNo ? { caseNo: query.caseNo } : {}),
        ...(query.hasRectification !== undefined ? { rectificationId: query.hasRectification ? { not: null } : null } : {}),
      };
      return {
        body: await pageOf(query, db.finding.count({ where }), db.finding.findMany({ where, orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }], ...pageWindow(query) }), findingView),
      };
    },
  );

  const idParam = z.object({ id: z.string().regex(/^\d{1,18}$/, 'a finding id is a number') });
  const load = async (id: string, u: AuthUser) => {
    const f = await db.finding.findUnique({ where: { id: BigInt(id) } });
    if (!f) throw notFound(`finding ${id} does not exist`);
    if ((u.role === 'DEPARTMENT_REVIEWER' || u.role === 'DEPARTMENT_LEAD') && f.departmentCode !== u.departmentCode) throw new Problem(403, '该问题属于其他部门', { rule: 'scope.department' });
    return f;
  };

  api.route(
    {
      method: 'get',
      path: '/api/v1/findings/:id',
      summary: 'One finding',
      tags: ['supervision'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      params: idParam,
      response: findingRow,
      problems: [403, 404],
    },
    async ({ params, user }) => ({ body: findingView(await load(params.id, user!)) }),
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/findings/:id/confirm',
      summary: 'Confirm a finding: it becomes a rectification',
      description:
        'Starts the rectification workflow (id ZG-<finding id>) for the responsible department with a deadline in working days: the one given, else the matched situation\'s, else 10. ' +
        'A finding that already has a rectification answers 409 finding.already_decided.',
      tags: ['supervision'],
      access: OVERSIGHT_ROLES,
      params: idParam,
      body: z.object({
        note: text(1000),
        departmentCode: z.string().max(64).optional().describe('the responsible department; the finding\'s when absent'),
        situationCode: z.string().max(64).optional(),
        deadlineDays: z.number().int().min(1).max(60).optional(),
      }),
      response: findingRow,
      audit: 'finding.confirm',
      idempotent: true,
      problems: [404, 409, 422],
    },
    async ({ params, body, user }) => {
      const f = await load(params.id, user!);
      if (f.status !== 'NEW' || f.rectificationId) throw conflictProblem(`finding ${params.id} is already ${f.status}${f.rectificationId ? ` (rectification ${f.rectificationId})` : ''}`, 'finding.already_decided');
      const departmentCode = body.departmentCode ?? f.departmentCode ?? undefined;
      if (!departmentCode) throw ruleRefused('name the responsible department: the finding has none', 'finding.department_required', [{ field: 'body.departmentCode', rule: 'required', message: 'the finding names no department' }]);
      await checkDepartment(departmentCode, 'body.departmentCode');
      const situationCode = body.situationCode ?? f.situationCode ?? undefined;
      await checkSituation(situationCode, 'body.situationCode');
      const situation = situationCode ? await db.negativeSituation.findFirst({ where: { code: situationCode, current: true } }) : null;
      const deadlineDays = body.deadlineDays ?? situation?.rectifyDays ?? 10;
      const rectificationId = await service.startRectification(f, { departmentCode, situationCode, deadlineDays, createdBy: actorOf(user!) });
      const updated = await db.finding.update({
        where: { id: f.id },
        data: { status: 'CONFIRMED', decidedBy: user!.displayName, decidedAt: new Date(), decisionNote: body.note, rectificationId, departmentCode, situationCode: situationCode ?? null },
      });
      return { body: findingView(updated) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/findings/:id/dismiss',
      summary: 'Dismiss a finding (not substantiated)',
      tags: ['supervision'],
      access: OVERSIGHT_ROLES,
      params: idParam,
      body: z.object({ note: text(1000) }),
      response: findingRow,
      audit: 'finding.dismiss',
      problems: [404, 409],
    },
    async ({ params, body, user }) => {
      const f = await load(params.id, user!);
      const { count } = await db.finding.updateMany({ where: { id: f.id, status: 'NEW', rectificationId: null }, data: { status: 'DISMISSED', decidedBy: user!.displayName, decidedAt: new Date(), decisionNote: body.note } });
      if (count === 0) throw conflictProblem(`finding ${params.id} is already ${f.status}`, 'finding.already_decided');
      return { body: findingView(await db.finding.findUniqueOrThrow({ where: { id: f.id } })) };
    },
  );
}

