/**
 * Idempotency-Key: a retried request returns the first result and never acts twice, also when
 * the retries arrive at the same time. The first request claims the key with an INSERT (the
 * primary key decides the race); the others wait for its result.
 *
 * Saved answers are sealed (AES-256-GCM with the data key): they hold personal data and the
 * applicant's one-time query code, which must never lie in the database in plain text. Once the
 * action ran, its answer is the answer: a failure to save it never turns into an error that would
 * invite a retry acting twice.
 */
import crypto from 'node:crypto';
import { deriveKey } from '../../config/secrets.js';
import type { Db } from '../../prisma/client.js';
import { Prisma } from '../../prisma/client.js';
import { Problem, conflictProblem, ruleRefused } from './problem.js';
import type { RouteResult } from './route.js';

const WAIT_MS = 15_000;

export class IdempotencyStore {
  private readonly key: Buffer;
  constructor(
    private readonly db: Db,
    dataKey: Buffer,
  ) {
    this.key = deriveKey(dataKey, 'idempotency-responses');
  }

  private seal(value: unknown): Prisma.InputJsonValue {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, iv);
    const ct = Buffer.concat([cipher.update(JSON.stringify(value ?? null), 'utf8'), cipher.final()]);
    return { sealed: Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64') };
  }

  private open(stored: unknown): unknown {
    const sealed = (stored as { sealed?: unknown } | null)?.sealed;
    if (typeof sealed !== 'string') return stored; // saved before answers were sealed
    const raw = Buffer.from(sealed, 'base64');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
  }

  async run(scope: string, key: string, request: unknown, fn: () => Promise<RouteResult>): Promise<RouteResult> {
    if (key.length > 200) throw new Problem(400, 'Idempotency-Key must be at most 200 characters', { errors: [{ field: 'header.Idempotency-Key', rule: 'too_big', message: 'at most 200 characters' }] });
    const requestHash = crypto.createHash('sha256').update(JSON.stringify(request ?? null)).digest('hex');
    try {
      await this.db.idempotencyRecord.create({ data: { scope, key, requestHash, state: 'IN_PROGRESS' } });
    } catch (e) {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')) throw e;
      return this.replay(scope, key, requestHash);
    }
    let result: RouteResult;
    try {
      result = await fn();
    } catch (e) {
      // A refusal is the answer to this request and is replayed; an unexpected failure frees the key for a retry.
      if (e instanceof Problem && e.status < 500) {
        await this.db.idempotencyRecord.update({
          where: { scope_key: { scope, key } },
          data: { state: 'DONE', responseStatus: e.status, responseBody: this.seal({ problem: e.body(), extra: e.extra }) },
        });
      } else {
        await this.db.idempotencyRecord.delete({ where: { scope_key: { scope, key } } }).catch(() => undefined);
      }
      throw e;
    }
    // The action ran: its answer stands even if saving it fails (a retry then waits and gets 409, never a second action).
    await this.db.idempotencyRecord
      .update({ where: { scope_key: { scope, key } }, data: { state: 'DONE', responseStatus: result.status ?? 200, responseBody: this.seal(result.body ?? null) } })
      .catch(() => this.db.idempotencyRecord.update({ where: { scope_key: { scope, key } }, data: { state: 'DONE', responseStatus: result.status ?? 200, responseBody: this.seal(null) } }))
      .catch(() => undefined);
    return result;
  }

  private async replay(scope: string, key: string, requestHash: string): Promise<RouteResult> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const row = await this.db.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
      if (!row) throw conflictProblem('the first request with this Idempotency-Key failed; retry it', 'idempotency.retry');
      if (row.requestHash !== requestHash) throw ruleRefused('this Idempotency-Key was already used for a different request', 'idempotency.key_reused');
      if (row.state === 'DONE') {
        const opened = this.open(row.responseBody);
        const body = opened as { problem?: { detail: string }; extra?: Record<string, unknown> } | null;
        if ((row.responseStatus ?? 200) >= 400 && body?.problem) throw new Problem(row.responseStatus!, body.problem.detail, body.extra ?? {});
        return { status: row.responseStatus ?? 200, body: opened ?? undefined, headers: { 'idempotent-replayed': 'true', 'cache-control': 'no-store' } };
      }
      if (Date.now() > deadline) throw conflictProblem('a request with this Idempotency-Key is still in progress; retry shortly', 'idempotency.in_progress');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
