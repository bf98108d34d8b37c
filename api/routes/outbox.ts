/**
 * The notification outbox as the centre sees it: every SMS and e-mail with its status, attempts
 * and last error; the dead-letter list (messages that failed every attempt); and a retry for a
 * dead letter once the cause is fixed. Also the Chinese labels of every supervision code.
 */
import { z } from 'zod';
import { SUPERVISION_LABELS } from '../../domain/supervision/labels.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { pageOf, pageWindow } from '../http/paging.js';
import { conflictProblem, notFound } from '../http/problem.js';
import type { ApiRegistry } from '../http/route.js';
import { OVERSIGHT_ROLES, dayFilter, dayRange, page, paging, rangeMessage, rangeOk } from './supervision-common.js';

const maskRecipient = (channel: string, r: string) => (channel === 'SMS' ? `${r.slice(0, 3)}****${r.slice(-4)}` : r.replace(/^(.).*(@.*)$/, '$1***$2'));

const messageRow = z.object({
  id: z.string(), createdAt: z.string(), kind: z.string(), channel: z.string(), recipient: z.string(), subject: z.string(), body: z.string(), ref: z.string().nullable(),
  status: z.string(), attempts: z.number(), nextAttemptAt: z.string(), lastError: z.string().nullable(), sentAt: z.string().nullable(),
});

const view = (m: { id: bigint; createdAt: Date; kind: string; channel: string; recipient: string; subject: string; body: string; ref: string | null; status: string; attempts: number; nextAttemptAt: Date; lastError: string | null; sentAt: Date | null }) => ({
  id: String(m.id),
  createdAt: m.createdAt.toISOString(),
  kind: m.kind,
  channel: m.channel,
  recipient: maskRecipient(m.channel, m.recipient),
  subject: m.subject,
  body: m.body,
  ref: m.ref,
  status: m.status,
  attempts: m.attempts,
  nextAttemptAt: m.nextAttemptAt.toISOString(),
  lastError: m.lastError,
  sentAt: m.sentAt?.toISOString() ?? null,
});

export function registerOutboxRoutes(api: ApiRegistry, deps: { db: Db }): void {
  const { db } = deps;
  const listQuery = z
    .object({
      ...dayRange,
      status: z.enum(['PENDING', 'SENT', 'DEAD']).optional(),
      channel: z.enum(['SMS', 'EMAIL']).optional(),
      kind: z.string().max(64).optional().describe('e.g. case.accepted, rectification.overdue, urge.created'),
      ref: z.string().max(64).optional().describe('a case number, rectification or urge id'),
      ...paging,
    })
    .refine(rangeOk, rangeMessage);

  const list = async (query: z.output<typeof listQuery>, forced?: { status: string }) => {
    const at = dayFilter(query);
    const where: Prisma.OutboxMessageWhereInput = {
      ...(at ? { createdAt: at } : {}),
      ...(forced ?? (query.status ? { status: query.status } : {})),
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.ref ? { ref: query.ref } : {}),
    };
    return pageOf(query, db.outboxMessage.count({ where }), db.outboxMessage.findMany({ where, orderBy: { id: 'desc' }, ...pageWindow(query) }), view);
  };

  api.route(
    {
      method: 'get',
      path: '/api/v1/outbox',
      summary: 'Notifications (SMS and e-mail) and their delivery',
      description: 'Newest first. Recipients are masked. Status PENDING (waiting or retrying), SENT, DEAD (failed every attempt: the dead-letter list).',
      tags: ['notifications'],
      access: OVERSIGHT_ROLES,
      query: listQuery,
      response: page(messageRow),
    },
    async ({ query }) => ({ body: await list(query) }),
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/outbox/dead-letters',
      summary: 'The dead-letter list: notifications that failed every attempt',
      tags: ['notifications'],
      access: OVERSIGHT_ROLES,
      query: listQuery,
      response: page(messageRow),
    },
    async ({ query }) => ({ body: await list(query, { status: 'DEAD' }) }),
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/outbox/:id/retry',
      summary: 'Send a dead letter again',
      description: 'Centre manager only; for a message in the dead-letter list once its cause (a wrong address, a gateway outage) is fixed. Delivery stays idempotent by the message id.',
      tags: ['notifications'],
      access: ['CENTRE_MANAGER'],
      params: z.object({ id: z.string().regex(/^\d{1,18}$/, 'a message id is a number') }),
      response: messageRow,
      audit: 'outbox.retry',
      problems: [404, 409],
    },
    async ({ params }) => {
      const id = BigInt(params.id);
      const { count } = await db.outboxMessage.updateMany({ where: { id, status: 'DEAD' }, data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), lockedUntil: null } });
      if (count === 0) {
        const m = await db.outboxMessage.findUnique({ where: { id } });
        if (!m) throw notFound(`message ${params.id} does not exist`);
        throw conflictProblem(`message ${params.id} is ${m.status}, not in the dead-letter list`, 'outbox.not_dead');
      }
      return { body: view(await db.outboxMessage.findUniqueOrThrow({ where: { id } })) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/supervision/labels',
      summary: 'Chinese labels of the supervision codes',
      description: 'Finding sources and kinds, statuses of findings, rectifications, urges and messages, rating levels, channels, negative-list groups: code → 中文.',
      tags: ['supervision'],
      access: 'public',
    },
    async () => ({ body: SUPERVISION_LABELS }),
  );
}
