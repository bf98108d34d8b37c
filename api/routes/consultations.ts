/**
 * 咨询 Consultations: the first step of the seed's closed loop (consultation → acceptance →
 * transfer → tracking → output → statistics → supervision, R2.4). The window records who asked
 * about which item, what was asked and what was answered, with or without a case that follows
 * (it may be linked later). Each consultation counts once in the statistics (CONSULTED), added to
 * the rollups in the same transaction that records it.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { pageOf, pageWindow } from '../http/paging.js';
import { Problem, forbiddenProblem, notFound } from '../http/problem.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';

export interface ConsultationRouteDeps {
  db: Db;
}

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'is not a day of the calendar');
const caseNo = z.string().regex(/^\d{20}$/, 'a case number is 20 digits');

const createBody = z.object({
  itemCode: text(64).describe('the service item asked about'),
  mode: z.enum(['WINDOW', 'PHONE']).default('WINDOW').describe('in person at the window, or by phone'),
  applicant: z
    .object({
      name: text(100).optional(),
      phone: z.string().regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, 'a mobile number (11 digits) or a landline with area code').optional(),
    })
    .default({})
    .describe('who asked; may stay anonymous'),
  question: text(2000),
  answer: text(4000),
  caseNo: caseNo.optional().describe('the case the consultation led to, if there already is one'),
});

const linkBody = z.object({ caseNo });

const listQuery = z
  .object({
    from: isoDate.optional().describe('recorded on or after this day (Asia/Shanghai)'),
    to: isoDate.optional().describe('recorded on or before this day (Asia/Shanghai)'),
    itemCode: z.string().max(64).optional(),
    departmentCode: z.string().max(64).optional(),
    staffId: z.string().max(64).optional().describe('the clerk who recorded it'),
    withCase: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('only those that led to a case (true) or not yet (false)'),
    q: z.string().max(100).optional().describe('question, answer or applicant name contains'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before `from`' });

const consultationRow = z.object({
  id: z.string(),
  at: z.string(),
  mode: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  departmentCode: z.string(),
  zoneCode: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  windowNo: z.string().nullable(),
  applicantName: z.string().nullable(),
  applicantPhone: z.string().nullable(),
  question: z.string(),
  answer: z.string(),
  caseNo: z.string().nullable(),
});
type ConsultationRow = z.infer<typeof consultationRow>;

/** Who sees consultations: the window that records them and the centre; a department its own items'. */
const READERS = ['FRONT_DESK_CLERK', 'CENTRE_MANAGER', 'SUPERVISOR', 'DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD'] as const;
const isDepartment = (u: AuthUser) => u.role === 'DEPARTMENT_REVIEWER' || u.role === 'DEPARTMENT_LEAD';

export function registerConsultationRoutes(api: ApiRegistry, deps: ConsultationRouteDeps): void {
  const { db } = deps;

  /** The rows with their items' current names (one query for a whole page). */
  const rowsOf = async (rows: Prisma.ConsultationGetPayload<object>[]): Promise<ConsultationRow[]> => {
    const items = await db.serviceItem.findMany({
      where: { code: { in: [...new Set(rows.map((r) => r.itemCode))] } },
      select: { code: true, publishedVersion: true, versions: { select: { version: true, name: true }, orderBy: { version: 'desc' } } },
    });
    const names = new Map(items.map((i) => [i.code, i.versions.find((v) => v.version === i.publishedVersion)?.name ?? i.versions[0]?.name ?? i.code]));
    return rows.map((r) => ({ ...r, at: r.at.toISOString(), itemName: names.get(r.itemCode) ?? r.itemCode }));
  };
  const rowOf = async (r: Prisma.ConsultationGetPayload<object>) => (await rowsOf([r]))[0]!;

  /** A linked case must exist and be about the item the consultation was about. */
  const checkCase = async (no: string, itemCode: string) => {
    const found = await db.case.findUnique({ where: { caseNo: no }, select: { itemCode: true } });
    if (!found) throw new Problem(422, `case ${no} does not exist`, { rule: 'consultation.case_unknown' });
    if (found.itemCode !== itemCode) throw new Problem(422, `case ${no} is about item ${found.itemCode}, not ${itemCode} that was asked about`, { rule: 'consultation.case_item_mismatch' });
  };

  api.route(
    {
      method: 'post',
      path: '/api/v1/consultations',
      summary: 'Record a consultation (咨询)',
      description:
        'The window records who asked about which item, what was asked and what was answered, with or without a case that follows (link one now with `caseNo`, or later). ' +
        'Counted in the statistics as `consultations` on the Shanghai day it is recorded, by the clerk who recorded it, under the item\'s department and zone.',
      tags: ['consultations'],
      access: ['FRONT_DESK_CLERK'],
      body: createBody,
      response: consultationRow,
      successStatus: 201,
      audit: 'consultation.create',
      idempotent: true,
      problems: [404, 422],
    },
    async ({ body, user }) => {
      const u = user!;
      const item = await db.serviceItem.findUnique({ where: { code: body.itemCode }, select: { code: true, departmentCode: true, zoneCode: true } });
      if (!item) throw notFound(`service item ${body.itemCode} does not exist`);
      if (body.caseNo) await checkCase(body.caseNo, item.code);
      const at = new Date();
      const id = crypto.randomUUID();
      const created = await db.$transaction(async (tx) => {
        const row = await tx.consultation.create({
          data: {
            id,
            at,
            mode: body.mode,
            itemCode: item.code,
            departmentCode: item.departmentCode,
            zoneCode: item.zoneCode,
            staffId: u.id,
            staffName: u.displayName,
            windowNo: u.windowNo ?? null,
            applicantName: body.applicant.name ?? null,
            applicantPhone: body.applicant.phone ?? null,
            question: body.question,
            answer: body.answer,
            caseNo: body.caseNo ?? null,
          },
        });
        // The statistics count it with the record, in the same transaction (domain/statistics.ts: CONSULTED).
        const day = shanghaiDateOf(at.getTime());
        await tx.$executeRaw`
          INSERT INTO stat_daily (day, department_code, item_code, zone_code, channel, staff_id, metric, count)
          VALUES (${day}::date, ${item.departmentCode}, ${item.code}, ${item.zoneCode}, 'WINDOW', ${u.id}, 'CONSULTED', 1)
          ON CONFLICT (day, department_code, item_code, zone_code, channel, staff_id, metric)
          DO UPDATE SET count = stat_daily.count + 1`;
        await tx.$executeRaw`
          INSERT INTO stat_department_daily (day, department_code, zone_code, channel, metric, count)
          VALUES (${day}::date, ${item.departmentCode}, ${item.zoneCode}, 'WINDOW', 'CONSULTED', 1)
          ON CONFLICT (day, department_code, zone_code, channel, metric)
          DO UPDATE SET count = stat_department_daily.count + 1`;
        return row;
      });
      return { status: 201, body: await rowOf(created) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/consultations',
      summary: 'List consultations',
      description: 'Newest first. Department staff see consultations about their own department\'s items only.',
      tags: ['consultations'],
      access: READERS,
      query: listQuery,
      response: z.object({ page: z.number(), pageSize: z.number(), total: z.number(), items: z.array(consultationRow) }),
    },
    async ({ query, user }) => {
      const u = user!;
      if (isDepartment(u) && query.departmentCode && query.departmentCode !== u.departmentCode) {
        throw forbiddenProblem('department staff see only their own department\'s consultations', 'scope.department');
      }
      const departmentCode = isDepartment(u) ? u.departmentCode ?? '-' : query.departmentCode;
      const where: Prisma.ConsultationWhereInput = {
        ...(query.from || query.to
          ? {
              at: {
                ...(query.from ? { gte: new Date(`${query.from}T00:00:00+08:00`) } : {}),
                ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000) } : {}),
              },
            }
          : {}),
        ...(query.itemCode ? { itemCode: query.itemCode } : {}),
        ...(departmentCode ? { departmentCode } : {}),
        ...(query.staffId ? { staffId: query.staffId } : {}),
        ...(query.withCase !== undefined ? { caseNo: query.withCase ? { not: null } : null } : {}),
        ...(query.q ? { OR: [{ question: { contains: query.q } }, { answer: { contains: query.q } }, { applicantName: { contains: query.q } }] } : {}),
      };
      const page = await pageOf(query, db.consultation.count({ where }), db.consultation.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], ...pageWindow(query) }), (r) => r);
      return { body: { ...page, items: await rowsOf(page.items) } };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/consultations/:id/case',
      summary: 'Link a consultation to the case that followed it',
      description: 'Once only: a consultation already linked answers 409 `consultation.already_linked`. The case must be about the item asked about (422 `consultation.case_item_mismatch`).',
      tags: ['consultations'],
      access: ['FRONT_DESK_CLERK'],
      params: z.object({ id: z.string().uuid('must be a consultation id (UUID)') }),
      body: linkBody,
      response: consultationRow,
      audit: 'consultation.link',
      problems: [404, 409, 422],
    },
    async ({ params, body }) => {
      const found = await db.consultation.findUnique({ where: { id: params.id } });
      if (!found) throw notFound(`consultation ${params.id} does not exist`);
      if (found.caseNo) throw new Problem(409, `consultation ${params.id} is already linked to case ${found.caseNo}`, { rule: 'consultation.already_linked' });
      await checkCase(body.caseNo, found.itemCode);
      const updated = await db.consultation.update({ where: { id: params.id }, data: { caseNo: body.caseNo } });
      return { body: await rowOf(updated) };
    },
  );
}
