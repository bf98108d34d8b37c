/**
 * What operators must see that no case list shows: projections the database refused for their
 * data (the case may be missing from lists and statistics, or shown with characters replaced),
 * and the per-minute counts of refused anonymous requests (a flood shows here, not in the audit).
 */
import { z } from 'zod';
import type { Db } from '../../prisma/client.js';
import { pageOf, pageWindow } from '../http/paging.js';
import type { ApiRegistry } from '../http/route.js';

const OPERATORS = ['CENTRE_MANAGER', 'SUPERVISOR'] as const;
const page = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export function registerOpsRoutes(api: ApiRegistry, deps: { db: Db }): void {
  const { db } = deps;

  api.route(
    {
      method: 'get',
      path: '/api/v1/ops/projection-issues',
      summary: 'Projections refused by the database for their data',
      description:
        'Each time a case\'s read-model projection failed on its data (never retried forever): SANITIZED — projected with unstorable characters replaced; FAILED — not projected. Newest first.',
      tags: ['operations'],
      access: OPERATORS,
      query: z.object(page),
    },
    async ({ query }) => ({
      body: await pageOf(query, db.projectionIssue.count(), db.projectionIssue.findMany({ orderBy: { id: 'desc' }, ...pageWindow(query) }), (r) => ({
        id: String(r.id),
        at: r.at.toISOString(),
        caseNo: r.caseNo,
        outcome: r.outcome,
        error: r.error,
        eventSeqs: r.eventSeqs,
      })),
    }),
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/ops/anonymous-refusals',
      summary: 'Refused anonymous requests, counted per minute',
      description: 'Refusals of requests without a valid sign-in are counted here (one sample per kind and minute goes to the audit log).',
      tags: ['operations'],
      access: OPERATORS,
      query: z.object(page),
    },
    async ({ query }) => ({
      body: await pageOf(
        query,
        db.anonymousRefusalTally.count(),
        db.anonymousRefusalTally.findMany({ orderBy: [{ minute: 'desc' }, { count: 'desc' }], ...pageWindow(query) }),
        (r) => ({ minute: r.minute.toISOString(), action: r.action, status: r.status, count: r.count }),
      ),
    }),
  );
}
