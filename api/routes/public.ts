/**
 * What anyone may see without signing in: a case's progress, given its number and the query code
 * the applicant received at acceptance (showing nothing beyond what the applicant typed), and the
 * results publicity list (结果公示) of completed cases without personal data.
 */
import { z } from 'zod';
import type { Db } from '../../prisma/client.js';
import { pageOf, pageWindow } from '../http/paging.js';
import type { ApiRegistry } from '../http/route.js';
import { QUERY_CODE_LENGTH } from '../services/intake.js';
import { MAX_QUERY_FAILURES, QUERY_LOCK_MINUTES, caseByQueryCode, queryCodeSchema } from '../services/query-code-check.js';
import { DECISION_NAMES, eventName, statusName } from '../../domain/case/names.js';

export { MAX_QUERY_FAILURES, QUERY_LOCK_MINUTES } from '../services/query-code-check.js';


/** Applicant names of persons are masked in public; organisations (long names) stay readable. */
export function maskApplicant(name: string): string {
  if (name.length >= 6) return name;
  return name.length <= 1 ? '*' : `${name[0]}${'*'.repeat(name.length - 1)}`;
}

export function registerPublicRoutes(api: ApiRegistry, deps: { db: Db }): void {
  const { db } = deps;

  api.route(
    {
      method: 'get',
      path: '/api/v1/public/cases/:caseNo',
      summary: 'Case progress for the applicant',
      description:
        `Needs the query code handed to the applicant at acceptance (${QUERY_CODE_LENGTH} letters and digits; cases opened before carry 6 digits). ` +
        'A wrong code and an unknown case give the same 404. After ' + MAX_QUERY_FAILURES + ' wrong codes for one case, that case answers 429 for ' + QUERY_LOCK_MINUTES + ' minutes.',
      tags: ['public'],
      access: 'public',
      params: z.object({ caseNo: z.string().regex(/^\d{20}$/, 'a case number is 20 digits') }),
      query: z.object({ queryCode: queryCodeSchema }),
      problems: [404, 429],
    },
    async ({ params, query, res }) => {
      const row = await caseByQueryCode(db, params.caseNo, query.queryCode, res);
      const events = await db.caseEvent.findMany({ where: { caseNo: row.caseNo }, orderBy: { seq: 'asc' }, select: { at: true, type: true, stateCode: true } });
      // What the applicant may see of the documents: which materials are on file (name of the
      // file, version, when) and the electronic result's verification code, never the content.
      const [documents, certificate] = await Promise.all([
        db.document.findMany({ where: { caseNo: row.caseNo, kind: 'MATERIAL' }, orderBy: [{ materialCode: 'asc' }, { version: 'desc' }], select: { materialCode: true, version: true, fileName: true, createdAt: true, channel: true } }),
        db.resultCertificate.findUnique({ where: { caseNo: row.caseNo }, select: { code: true, issuedAt: true } }),
      ]);
      return {
        body: {
          caseNo: row.caseNo,
          itemName: row.itemName,
          status: row.status,
          statusName: statusName(row.status),
          stateCode: row.stateCode,
          submittedAt: row.submittedAt.toISOString(),
          acceptedAt: row.acceptedAt?.toISOString() ?? null,
          dueDate: row.dueDate?.toISOString().slice(0, 10) ?? null,
          decision: row.decision,
          decisionName: row.decision ? (DECISION_NAMES[row.decision as 'APPROVED' | 'DENIED'] ?? row.decision) : null,
          completedAt: row.completedAt?.toISOString() ?? null,
          progress: events.map((e) => ({ at: e.at.toISOString(), step: e.type, stepName: eventName(e.type), stateCode: e.stateCode })),
          documents: documents.map((d) => ({ materialCode: d.materialCode, version: d.version, fileName: d.fileName, channel: d.channel, uploadedAt: d.createdAt.toISOString() })),
          result: certificate ? { verificationCode: certificate.code, issuedAt: certificate.issuedAt.toISOString(), verifyPath: `/api/v1/public/verify/${certificate.code}` } : null,
        },
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/public/results',
      summary: 'Results publicity list (结果公示)',
      description: 'Completed cases, newest first, with the item, department, decision and date; applicants who are persons are masked.',
      tags: ['public'],
      access: 'public',
      query: z.object({
        departmentCode: z.string().max(64).optional(),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
      }),
    },
    async ({ query }) => {
      const where = { status: 'COMPLETED', ...(query.departmentCode ? { departmentCode: query.departmentCode } : {}) };
      return {
        body: await pageOf(query, db.case.count({ where }), db.case.findMany({ where, orderBy: { completedAt: 'desc' }, ...pageWindow(query) }), (r) => ({
          caseNo: r.caseNo,
          itemName: r.itemName,
          departmentCode: r.departmentCode,
          applicant: maskApplicant(r.applicantName),
          decision: r.decision,
          completedAt: r.completedAt?.toISOString() ?? null,
        })),
      };
    },
  );
}
