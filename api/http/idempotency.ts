/**
 * Idempotency-Key: a retried request returns the first result and never acts twice, also when
 * the retries arrive at the same time. The first request claims the key with an INSERT (the
 * primary key decides the race); the others wait for its result.
 */
import crypto from 'node:crypto';
import type { Db } from '../../prisma/client.js';
import { Prisma } from '../../prisma/client.js';
import { Problem, conflictProblem, ruleRefused } from './problem.js';
import type { RouteResult } from './route.js';

const WAIT_MS = 15_000;

export class IdempotencyStore {
  constructor(private readonly db: Db) {}

  async run(scope: string, key: string, request: unknown, fn: () => Promise<RouteResult>): Promise<RouteResult> {
    if (key.length > 200) throw new Problem(400, 'Idempotency-Key must be at most 200 characters', { errors: [{ field: 'header.Idempotency-Key', rule: 'too_big', message: 'at most 200 characters' }] });
    const requestHash = crypto.createHash('sha256').update(JSON.stringify(request ?? null)).digest('hex');
    try {
      await this.db.idempotencyRecord.create({ data: { scope, key, requestHash, state: 'IN_PROGRESS' } });
    } catch (e) {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')) throw e;
      return this.replay(scope, key, requestHash);
    }
    try {
      const result = await fn();
      await this.db.idempotencyRecord.update({
        where: { scope_key: { scope, key } },
        data: { state: 'DONE', responseStatus: result.status ?? 200, responseBody: (result.body ?? null) as Prisma.InputJsonValue },
      });
      return result;
    } catch (e) {
      // A refusal is the answer to this request and is replayed; an unexpected failure frees the key for a retry.
      if (e instanceof Problem && e.status < 500) {
        await this.db.idempotencyRecord.update({
          where: { scope_key: { scope, key } },
          data: { state: 'DONE', responseStatus: e.status, responseBody: { problem: e.body(), extra: e.extra } as unknown as Prisma.InputJsonValue },
        });
      } else {
        await this.db.idempotencyRecord.delete({ where: { scope_key: { scope, key } } }).catch(() => undefined);
      }
      throw e;
    }
  }

  private async replay(scope: string, key: string, requestHash: string): Promise<RouteResult> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const row = await this.db.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
      if (!row) throw conflictProblem('the first request with this Idempotency-Key failed; retry it', 'idempotency.retry');
      if (row.requestHash !== requestHash) throw ruleRefused('this Idempotency-Key was already used for a different request', 'idempotency.key_reused');
      if (row.state === 'DONE') {
        const body = row.responseBody as { problem?: { detail: string }; extra?: Record<string, unknown> } | null;
        if ((row.responseStatus ?? 200) >= 400 && body?.problem) throw new Problem(row.responseStatus!, body.problem.detail, body.extra ?? {});
        return { status: row.responseStatus ?? 200, body: row.responseBody ?? undefined, headers: { 'idempotent-replayed': 'true' } };
      }
      if (Date.now() > deadline) throw conflictProblem('a request with this Idempotency-Key is still in progress; retry shortly', 'idempotency.in_progress');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
