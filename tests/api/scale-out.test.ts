/**
 * Two API copies against one database (as `npm run cluster` runs them behind a load balancer):
 * nothing that should hold for the platform holds for one copy only. Per-minute limits count the
 * requests of both copies; an Idempotency-Key answered by one copy is replayed by the other; a
 * case accepted on one copy reaches a big screen watching the other; a screen credential revoked
 * on one copy ends the stream open on the other.
 */
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { loadConfig } from '../../config/index.js';
import { type TestItem, findItem } from '../support/catalog.js';
import { type ApiWorld, TASK_QUEUE, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';
import { sseMessages } from '../../scripts/sse.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
/** The second API copy: its own Express app and process state, the same database and Temporal. */
let second: { baseUrl: string; close: () => Promise<void> };
let manager: string;
let clerk: string;
let item: TestItem;

async function startCopy(overrides: Record<string, string> = {}) {
  const config = loadConfig({ ...process.env, TEMPORAL_TASK_QUEUE: TASK_QUEUE, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ...overrides });
  const server = createApp({ config, db: world.db, temporal: env.client, logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  second = await startCopy();
  [manager, clerk] = await Promise.all([world.login('manager'), world.login('clerk.a01')]);
  item = await findItem(world.db, { channel: 'WINDOW', tolerance: false, skip: 11 });
});

afterAll(async () => {
  await second?.close();
  await world?.stop();
  await env?.teardown();
});

const json = async (res: Response) => ({ status: res.status, body: (await res.json().catch(() => undefined)) as any });

describe('per-minute limits across API copies', () => {
  it('when one client alternates between two copies with a limit of 4 a minute, then the fifth request is refused with 429 whichever copy gets it', async () => {
    const a = await startCopy({ RATE_LIMIT_PER_MINUTE: '4', TRUST_PROXY: '1' });
    const b = await startCopy({ RATE_LIMIT_PER_MINUTE: '4', TRUST_PROXY: '1' });
    try {
      const client = `2001:db8:${crypto.randomBytes(2).toString('hex')}:${crypto.randomBytes(2).toString('hex')}::1`;
      const statuses: number[] = [];
      for (const base of [a, b, a, b, a, b].map((c) => c.baseUrl)) {
        statuses.push((await fetch(`${base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${clerk}`, 'x-forwarded-for': client } })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('when one client sends 12 requests at once split over two copies with a limit of 5, then exactly 5 pass', async () => {
    const a = await startCopy({ RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: '1' });
    const b = await startCopy({ RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: '1' });
    try {
      const client = `2001:db8:${crypto.randomBytes(2).toString('hex')}:${crypto.randomBytes(2).toString('hex')}::2`;
      // A burst straddling a minute boundary would count in two windows: start just after one.
      const intoMinute = Date.now() % 60_000;
      if (intoMinute > 55_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
      const statuses = await Promise.all(
        Array.from({ length: 12 }, (_, i) => fetch(`${(i % 2 ? a : b).baseUrl}/api/v1/auth/me`, { headers: { authorization: `Bearer ${clerk}`, 'x-forwarded-for': client } }).then((r) => r.status)),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('one platform behind two API copies', () => {
  it('when an intake answered by one copy is retried on the other with the same Idempotency-Key, then the other replays the same case and query code', async () => {
    const key = `scale-out-${crypto.randomUUID()}`;
    const body = JSON.stringify({ itemCode: item.code, applicant: { name: '榆林市横向扩展测试有限公司' }, submittedMaterials: item.requiredMaterials });
    const headers = { authorization: `Bearer ${clerk}`, 'content-type': 'application/json', 'idempotency-key': key };
    const first = await json(await fetch(`${world.baseUrl}/api/v1/cases`, { method: 'POST', headers, body }));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const res = await fetch(`${second.baseUrl}/api/v1/cases`, { method: 'POST', headers, body });
    const retry = await json(res);
    expect(retry.status).toBe(201);
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.case.caseNo).toBe(first.body.case.caseNo);
    expect(retry.body.queryCode).toBe(first.body.queryCode);
  });

  it('when a case is accepted on one copy while a big screen watches the other, then the screen shows it; revoked on the first, the stream on the second ends', async () => {
    const made = await json(await fetch(`${world.baseUrl}/api/v1/screen-credentials`, { method: 'POST', headers: { authorization: `Bearer ${manager}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: '扩展测试屏' }) }));
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const ticket = await json(await fetch(`${second.baseUrl}/api/v1/big-screen/stream-ticket`, { method: 'POST', headers: { authorization: `Bearer ${made.body.token}` } }));
    expect(ticket.status).toBe(200);
    const abort = new AbortController();
    try {
      const stream = await fetch(`${second.baseUrl}/api/v1/big-screen/stream?ticket=${encodeURIComponent(ticket.body.ticket)}`, { signal: abort.signal });
      expect(stream.status).toBe(200);
      const events = sseMessages(stream.body!);
      const first = await within(events.next(), 10_000, 'the first payload');
      const acceptedBefore = JSON.parse(first.value!.data).live.today.accepted as number;

      const intake = await json(await fetch(`${world.baseUrl}/api/v1/cases`, { method: 'POST', headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/json' }, body: JSON.stringify({ itemCode: item.code, applicant: { name: '榆林市大屏扩展测试有限公司' }, submittedMaterials: item.requiredMaterials }) }));
      expect(intake.status, JSON.stringify(intake.body)).toBe(201);
      for (;;) {
        const next = await within(events.next(), 15_000, 'the acceptance on the other copy');
        if (next.value!.event === 'message' && JSON.parse(next.value!.data).live.today.accepted >= acceptedBefore + 1) break;
      }

      const revoke = await fetch(`${world.baseUrl}/api/v1/screen-credentials/${made.body.credential.id}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${manager}` } });
      expect(revoke.status).toBe(200);
      let last: IteratorResult<{ event: string; data: string }>;
      do last = await within(events.next(), 5_000, 'the revocation on the other copy');
      while (!last.done && last.value.event !== 'revoked');
      expect(last.done).toBe(false);
      expect((await within(events.next(), 5_000, 'the end of the stream')).done).toBe(true);
    } finally {
      abort.abort();
    }
  });
});

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms))]);
}

