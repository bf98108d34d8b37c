/**
 * 好差评 Service ratings: the applicant rates a completed case once — five levels plus the
 * offline dimensions (overall, efficiency, service level, attitude, free text) — from the public
 * progress page (case number + query code) or the link in the rating invitation. The rating is
 * attached to the case, the clerk who accepted it (and their window) and the department. A
 * 不满意/非常不满意 rating opens a finding and a rectification by itself: verified within 1
 * working day, rectified within 15, the applicant told the outcome; the department may appeal.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { RATING_LEVELS } from '../../domain/supervision/labels.js';
import type { CaseView } from '../../domain/case/model.js';
import type { Db } from '../../prisma/client.js';
import { ratingToken } from '../../activities/notifications/outbox.js';
import { pageOf, pageWindow } from '../http/paging.js';
import { conflictProblem, notFound } from '../http/problem.js';
import type { ApiRegistry } from '../http/route.js';
import { queryCodeMatches } from '../services/intake.js';
import { RATING_GROUP_BYS, satisfaction } from '../services/ratings.js';
import type { SupervisionService } from '../services/supervision.js';
import { OVERSIGHT_AND_DEPARTMENTS, dayFilter, dayRange, departmentScope, optionalText, page, paging, rangeMessage, rangeOk } from './supervision-common.js';

const level = z.number().int().min(1).max(5);
const caseNoParam = z.object({ caseNo: z.string().regex(/^\d{20}$/, 'a case number is 20 digits') });

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

export function registerRatingRoutes(api: ApiRegistry, deps: { db: Db; service: SupervisionService; linkSecret: string }): void {
  const { db, service } = deps;

  /** The case, if the caller holds its query code or its rating link; the same 404 otherwise. */
  const caseFor = async (caseNo: string, proof: { queryCode?: string | undefined; token?: string | undefined }) => {
    const row = await db.case.findUnique({ where: { caseNo } });
    const ok =
      row &&
      ((proof.queryCode && row.queryCodeHash && (await queryCodeMatches(row.queryCodeHash, proof.queryCode))) || (proof.token && sameText(proof.token, ratingToken(caseNo, deps.linkSecret))));
    if (!row || !ok) throw notFound(`no case ${caseNo} with this query code or link`);
    return row;
  };
  const proof = {
    queryCode: z.string().regex(/^[0-9A-Za-z]{6,32}$/, 'the query code is 6–32 letters or digits (as given at acceptance)').optional(),
    token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'the token from the rating link').optional(),
  };
  const hasProof = (b: { queryCode?: string | undefined; token?: string | undefined }) => Boolean(b.queryCode || b.token);
  const proofMessage = { path: ['queryCode'], message: 'send the query code or the token of the rating link' };

  api.route(
    {
      method: 'get',
      path: '/api/v1/public/cases/:caseNo/rating',
      summary: 'Whether a case can be rated, and its rating if given',
      description: 'With the query code or the link token. `canRate` is true once the case is completed and not yet rated. The level labels come along for the form.',
      tags: ['public'],
      access: 'public',
      params: caseNoParam,
      query: z.object(proof).refine(hasProof, proofMessage),
      problems: [404],
    },
    async ({ params, query }) => {
      const c = await caseFor(params.caseNo, query);
      const rating = await db.serviceRating.findUnique({ where: { caseNo: c.caseNo } });
      return {
        body: {
          caseNo: c.caseNo,
          itemName: c.itemName,
          status: c.status,
          canRate: c.status === 'COMPLETED' && !rating,
          levels: RATING_LEVELS,
          rating: rating ? { level: rating.level, levelName: RATING_LEVELS[rating.level as 1], ratedAt: rating.ratedAt.toISOString() } : null,
        },
      };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/public/cases/:caseNo/rating',
      summary: 'Rate a completed case (好差评), once',
      description:
        'level: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意; the dimensions default to the level. ' +
        'A case not yet completed is a 409 rating.not_completed; a second rating a 409 rating.already_given. ' +
        'A rating of 2 or 1 opens a finding and a rectification (verify within 1 working day, rectify within 15).',
      tags: ['public'],
      access: 'public',
      params: caseNoParam,
      body: z
        .object({
          ...proof,
          level,
          overall: level.optional(),
          efficiency: level.optional(),
          serviceLevel: level.optional(),
          attitude: level.optional(),
          comment: optionalText(1000).default(''),
        })
        .refine(hasProof, proofMessage),
      successStatus: 201,
      audit: 'rating.create',
      problems: [404, 409],
    },
    async ({ params, body, res }) => {
      res.locals.caseNo = params.caseNo;
      const c = await caseFor(params.caseNo, body);
      if (c.status !== 'COMPLETED') throw conflictProblem(`办件 ${c.caseNo} 尚未办结，办结后才能评价`, 'rating.not_completed');
      const accepted = await db.caseEvent.findFirst({ where: { caseNo: c.caseNo, type: 'ACCEPTED' }, orderBy: { seq: 'asc' } });
      const clerk = accepted?.actorId ? await db.user.findUnique({ where: { id: accepted.actorId }, select: { id: true, displayName: true, windowNo: true } }).catch(() => null) : null;
      const view = c.view as unknown as CaseView;
      let phone = view.applicant?.phone ?? null;
      if (!phone && c.applicantUserId) phone = (await db.user.findUnique({ where: { id: c.applicantUserId }, select: { phone: true } }))?.phone ?? null;
      const bad = body.level <= 2;
      const alreadyGiven = () => conflictProblem(`办件 ${c.caseNo} 已评价过，每件只能评价一次`, 'rating.already_given');
      const saved = await db.$transaction(async (tx) => {
        const existing = await tx.serviceRating.findUnique({ where: { caseNo: c.caseNo } });
        if (existing) throw alreadyGiven();
        const finding = bad
          ? await tx.finding.create({
              data: {
                source: 'RATING',
                kind: 'BAD_RATING',
                externalRef: `rating:${c.caseNo}`,
                occurredAt: new Date(),
                recordedBy: '好差评',
                departmentCode: c.departmentCode,
                staffName: clerk?.displayName ?? null,
                windowNo: clerk?.windowNo ?? null,
                caseNo: c.caseNo,
                summary: `差评：办件${c.caseNo}（${c.itemName}）${RATING_LEVELS[body.level as 1]}`,
                evidence: body.comment || '（申请人未填写文字评价）',
                complainantName: c.applicantName,
                complainantPhone: phone,
              },
            })
          : null;
        const rating = await tx.serviceRating.create({
          data: {
            caseNo: c.caseNo,
            itemCode: c.itemCode,
            departmentCode: c.departmentCode,
            clerkId: clerk?.id ?? null,
            clerkName: clerk?.displayName ?? null,
            windowNo: clerk?.windowNo ?? null,
            level: body.level,
            overall: body.overall ?? body.level,
            efficiency: body.efficiency ?? body.level,
            serviceLevel: body.serviceLevel ?? body.level,
            attitude: body.attitude ?? body.level,
            comment: body.comment,
            channel: body.token ? 'LINK' : 'PROGRESS_PAGE',
            findingId: finding?.id ?? null,
          },
        });
        return { rating, finding };
      }).catch((e: unknown) => {
        // Two ratings of the same case at the same moment: the unique key lets one through.
        if ((e as { code?: string }).code === 'P2002') throw alreadyGiven();
        throw e;
      });
      let rectificationId: string | null = null;
      if (saved.finding) {
        rectificationId = await service.startBadRatingRectification({ ...saved.finding, departmentCode: c.departmentCode });
        await db.finding.update({ where: { id: saved.finding.id }, data: { rectificationId } });
      }
      return {
        status: 201,
        body: {
          caseNo: c.caseNo,
          level: saved.rating.level,
          levelName: RATING_LEVELS[saved.rating.level as 1],
          findingId: saved.finding ? String(saved.finding.id) : null,
          rectificationId,
          message: bad ? '感谢您的评价。我们将在1个工作日内回访核实，15个工作日内整改并告知您结果。' : '感谢您的评价！',
        },
      };
    },
  );

  const ratingRow = z.object({
    id: z.string(), caseNo: z.string(), itemCode: z.string(), departmentCode: z.string(), clerkName: z.string().nullable(), windowNo: z.string().nullable(), level: z.number(), levelName: z.string(),
    overall: z.number(), efficiency: z.number(), serviceLevel: z.number(), attitude: z.number(), comment: z.string(), channel: z.string(), ratedAt: z.string(), findingId: z.string().nullable(), excluded: z.boolean(), excludedReason: z.string().nullable(),
  });

  api.route(
    {
      method: 'get',
      path: '/api/v1/ratings',
      summary: 'Service ratings (好差评)',
      description: 'Newest first. Department staff see their own department\'s.',
      tags: ['supervision'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      query: z
        .object({ ...dayRange, departmentCode: z.string().max(64).optional(), level: z.coerce.number().int().min(1).max(5).optional(), bad: z.enum(['true', 'false']).optional(), windowNo: z.string().max(20).optional(), ...paging })
        .refine(rangeOk, rangeMessage),
      response: page(ratingRow),
      problems: [403],
    },
    async ({ query, user }) => {
      const dept = departmentScope(user!, query.departmentCode);
      const at = dayFilter(query);
      const where = {
        ...(at ? { ratedAt: at } : {}),
        ...(dept ? { departmentCode: dept } : {}),
        ...(query.level ? { level: query.level } : {}),
        ...(query.bad ? { level: query.bad === 'true' ? { lte: 2 } : { gte: 3 } } : {}),
        ...(query.windowNo ? { windowNo: query.windowNo } : {}),
      };
      return {
        body: await pageOf(query, db.serviceRating.count({ where }), db.serviceRating.findMany({ where, orderBy: [{ ratedAt: 'desc' }, { id: 'desc' }], ...pageWindow(query) }), (r) => ({
          id: String(r.id),
          caseNo: r.caseNo,
          itemCode: r.itemCode,
          departmentCode: r.departmentCode,
          clerkName: r.clerkName,
          windowNo: r.windowNo,
          level: r.level,
          levelName: RATING_LEVELS[r.level as 1],
          overall: r.overall,
          efficiency: r.efficiency,
          serviceLevel: r.serviceLevel,
          attitude: r.attitude,
          comment: r.comment,
          channel: r.channel,
          ratedAt: r.ratedAt.toISOString(),
          findingId: r.findingId ? String(r.findingId) : null,
          excluded: r.excluded,
          excludedReason: r.excludedReason,
        })),
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/ratings/statistics',
      summary: 'Satisfaction figures per department, window, clerk or item',
      description: 'Ratings excluded by an upheld appeal are not counted. satisfactionRate = (非常满意 + 满意 + 基本满意) / rated. Department staff see their own department.',
      tags: ['statistics'],
      access: OVERSIGHT_AND_DEPARTMENTS,
      query: z.object({ ...dayRange, groupBy: z.enum(RATING_GROUP_BYS).default('department'), departmentCode: z.string().max(64).optional() }).refine(rangeOk, rangeMessage),
      problems: [403],
    },
    async ({ query, user }) => {
      const dept = departmentScope(user!, query.departmentCode);
      const at = dayFilter(query);
      const rows = await satisfaction(db, { groupBy: query.groupBy, ...(at?.gte ? { from: at.gte as Date } : {}), ...(at?.lt ? { to: at.lt as Date } : {}), ...(dept ? { departmentCode: dept } : {}) });
      return { body: { groupBy: query.groupBy, from: query.from ?? null, to: query.to ?? null, levels: RATING_LEVELS, groups: rows } };
    },
  );
}
