/**
 * Idempotency-Key: a retried request returns the first result and never acts twice — also when
 * the retries arrive at the same time, and also when the process handling the first attempt dies
 * in the middle of it.
 *
 * - The first request claims the key with an INSERT (the primary key decides the race) and holds
 *   it on a lease, renewed while it works. A retry that finds the lease lapsed (its holder died or
 *   failed) takes the key over and runs the request again.
 * - Before it acts, a request remembers on the key what it decided (`claim.remember`: e.g. the
 *   case number before the workflow starts), so that the retry finds the same case.
 * - Each claim carries an `updateId` derived from the key, used as the Temporal Update id of a
 *   case action: a retry of an action that was applied gets Temporal's recorded outcome, never a
 *   second application.
 * - A refusal (4xx) is the answer to the request and is replayed; an unexpected failure gives the
 *   key back at once, keeping what was remembered, so the client's retry continues the work.
 * - Saved answers and remembered decisions are sealed (AES-256-GCM with the data key): they hold
 *   personal data and the applicant's one-time query code, which must never lie in the database in
 *   plain text. Once the action ran, its answer is the answer: a failure to save it never turns into
 *   an error that would invite a retry acting twice.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { deriveKey } from '../../config/secrets.js';
import type { Db } from '../../prisma/client.js';
import { Prisma } from '../../prisma/client.js';
import { Problem, conflictProblem, ruleRefused } from './problem.js';
import type { RouteResult } from './route.js';
import { unavailableDependency } from './unavailable.js';

const WAIT_MS = 10_000;
/** A holder renews its lease every third of it; a dead holder's key is free again within this. */
const LEASE_MS = 15_000;

/** What a request holding an Idempotency-Key knows of earlier attempts, and may leave for later ones. */
export interface IdempotencyClaim {
  /** What an earlier attempt remembered before it acted, if one did. */
  readonly resource: unknown;
  /** Keep this on the key before acting (awaited: the act must not happen if this fails). */
  remember(resource: unknown): Promise<void>;
  /** A stable id for this key, for Temporal's Update id: the same key never applies an action twice. */
  readonly updateId: string;
}

export class IdempotencyStore {
  /** Who holds a lease: this process, for the logs of whoever finds it lapsed. */
  private readonly owner = `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;

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

  async run(scope: string, key: string, request: unknown, fn: (claim: IdempotencyClaim) => Promise<RouteResult>): Promise<RouteResult> {
    if (key.length > 200) throw new Problem(400, 'Idempotency-Key must be at most 200 characters', { errors: [{ field: 'header.Idempotency-Key', rule: 'too_big', message: 'at most 200 characters' }] });
    const requestHash = crypto.createHash('sha256').update(JSON.stringify(request ?? null)).digest('hex');
    let resource: unknown;
    try {
      await this.db.idempotencyRecord.create({ data: { scope, key, requestHash, state: 'IN_PROGRESS', owner: this.owner, leaseUntil: this.leaseEnd() } });
    } catch (e) {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')) throw e;
      const outcome = await this.waitForOutcomeOrLease(scope, key, requestHash);
      if ('result' in outcome) return outcome.result;
      resource = outcome.resource;
    }
    return this.act(scope, key, resource, fn);
  }

  private async act(scope: string, key: string, resource: unknown, fn: (claim: IdempotencyClaim) => Promise<RouteResult>): Promise<RouteResult> {
    const where = { scope_key: { scope, key } };
    const renew = setInterval(() => {
      this.db.idempotencyRecord.updateMany({ where: { scope, key, owner: this.owner, state: 'IN_PROGRESS' }, data: { leaseUntil: this.leaseEnd() } }).catch(() => undefined);
    }, LEASE_MS / 3);
    renew.unref();
    const claim: IdempotencyClaim = {
      resource,
      remember: async (r) => {
        await this.db.idempotencyRecord.update({ where, data: { resource: this.seal(r) } });
      },
      updateId: `idem-${crypto.createHash('sha256').update(`${scope}\n${key}`).digest('hex').slice(0, 40)}`,
    };
    let result: RouteResult;
    try {
      result = await fn(claim);
    } catch (e) {
      if (e instanceof Problem && e.status < 500) {
        // The refusal is the answer, kept for retries (saved later if the database is away now).
        await this.settle(
          scope,
          key,
          { state: 'DONE', responseStatus: e.status, responseBody: this.seal({ problem: e.body(), extra: e.extra }), leaseUntil: null },
          { state: 'DONE', responseStatus: e.status, responseBody: this.seal({ problem: { detail: e.detail }, extra: { rule: e.extra.rule } }), leaseUntil: null },
        );
      } else {
        // Give the key back now; if even that fails (the database is down) the lease lapses by itself.
        await this.db.idempotencyRecord.update({ where, data: { leaseUntil: new Date() } }).catch(() => undefined);
      }
      throw e;
    } finally {
      clearInterval(renew);
    }
    // The action ran: its answer stands even if saving it fails. Saving is retried in the
    // background while the database is down (the key must not stay "in progress" once it answered);
    // if this process dies first, the key's lease lapses and a retry runs again with what was
    // remembered: the same case, the same Update id — never a second action.
    const done = (body: unknown) => ({ state: 'DONE', responseStatus: result.status ?? 200, responseBody: this.seal(body), leaseUntil: null });
    await this.settle(scope, key, done(result.body ?? null), done(null));
    return result;
  }

  /**
   * Marks a key done; when the database does not answer, keeps trying in the background (backing
   * off to 4 s, for up to about 2.5 minutes). Only a key still in progress is written: a retry that
   * took it over and finished first has the same answer.
   */
  private async settle(scope: string, key: string, data: Prisma.IdempotencyRecordUpdateManyMutationInput, fallback: Prisma.IdempotencyRecordUpdateManyMutationInput, attempt = 0): Promise<void> {
    const where = { scope, key, state: 'IN_PROGRESS' };
    try {
      await this.db.idempotencyRecord.updateMany({ where, data });
      return;
    } catch (err) {
      if (!unavailableDependency(err)) {
        // Perhaps not the database being away (e.g. an answer too large to keep): keep the outcome
        // without its body. If that fails too, the database is away after all: try again later.
        try {
          await this.db.idempotencyRecord.updateMany({ where, data: fallback });
          return;
        } catch {
          console.error(`idempotency: saving the outcome of a key failed (${String((err as Error)?.message ?? err).split('\n').filter(Boolean).pop()?.slice(0, 300)}); retrying`);
        }
      }
    }
    if (attempt >= 40) return;
    // Every few seconds: the sooner it is saved, the smaller the chance that this process dies first
    // (the key is then left in progress with its lease lapsed, and a retry takes it over).
    const timer = setTimeout(() => void this.settle(scope, key, data, fallback, attempt + 1), Math.min(500 * 2 ** attempt, 4_000));
    timer.unref();
  }

  /** The first attempt's answer, or the key taken over from an attempt whose lease lapsed. */
  private async waitForOutcomeOrLease(scope: string, key: string, requestHash: string): Promise<{ result: RouteResult } | { resource: unknown }> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const row = await this.db.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
      if (!row) throw conflictProblem('the first request with this Idempotency-Key failed; retry it', 'idempotency.retry');
      if (row.requestHash !== requestHash) throw ruleRefused('this Idempotency-Key was already used for a different request', 'idempotency.key_reused');
      if (row.state === 'DONE') return { result: this.replay(row) };
      // Keys left by processes of an earlier version carry no lease: they are free to take over.
      const taken = await this.db.idempotencyRecord.updateMany({
        where: { scope, key, state: 'IN_PROGRESS', OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }] },
        data: { owner: this.owner, leaseUntil: this.leaseEnd() },
      });
      if (taken.count === 1) return { resource: row.resource === null ? undefined : (this.open(row.resource) ?? undefined) };
      if (Date.now() > deadline) {
        throw new Problem(409, 'a request with this Idempotency-Key is still in progress; retry shortly', { rule: 'idempotency.in_progress', retryAfterSeconds: 2 });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private replay(row: { responseStatus: number | null; responseBody: unknown }): RouteResult {
    const opened = this.open(row.responseBody);
    const body = opened as { problem?: { detail: string }; extra?: Record<string, unknown> } | null;
    if ((row.responseStatus ?? 200) >= 400 && body?.problem) throw new Problem(row.responseStatus!, body.problem.detail, body.extra ?? {});
    return { status: row.responseStatus ?? 200, body: opened ?? undefined, headers: { 'idempotent-replayed': 'true', 'cache-control': 'no-store' } };
  }

  private leaseEnd(): Date {
    return new Date(Date.now() + LEASE_MS);
  }
}
