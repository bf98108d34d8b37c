/**
 * What clients and the audit trail see while PostgreSQL or Temporal is down: every route answers
 * within seconds — 503 with Retry-After where it needs the missing part, never a 500, never a hang
 * —, /readyz names what is down and why, no audit row is lost, and the API recovers by itself.
 *
 * The app under test reaches PostgreSQL and Temporal through TCP proxies the test cuts: for the
 * app that is a stopped server (connections reset, new ones refused), while the other test files
 * sharing the servers go on.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPORAL_CHANNEL_ARGS, createApp } from '../../api/app.js';
import type { AuditWriter } from '../../api/http/audit-spool.js';
import { loadConfig } from '../../config/index.js';
import { type Db, createDb } from '../../prisma/client.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { platformDataConverter } from '../../worker/codec.js';
import { apiRequest } from '../../scripts/api-request.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { type ApiWorld, TASK_QUEUE, startApi } from '../support/platform.js';
import { type TcpProxy, startTcpProxy } from '../support/tcp-proxy.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: TestItem;
let pgProxy: TcpProxy;
let temporalProxy: TcpProxy;
let db: Db;
let connection: Connection;
let base: string;
let server: ReturnType<ReturnType<typeof createApp>['listen']>;
let writer: AuditWriter;
let spoolDir: string;
let caseNo: string;
const tokens: Record<string, string> = {};
let openapi: { paths: Record<string, Record<string, { 'x-roles'?: string[] }>> };

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  item = await findItem(world.db, { channel: 'WINDOW', tolerance: false });

  // The app under test: its PostgreSQL and its Temporal behind proxies the test can cut.
  const pgUrl = new URL(process.env.APP_DATABASE_URL ?? process.env.DATABASE_URL!);
  pgProxy = await startTcpProxy({ host: pgUrl.hostname, port: Number(pgUrl.port) });
  pgUrl.port = String(pgProxy.port);
  db = createDb(pgUrl.toString(), 4);
  const [tHost, tPort] = env.address.split(':');
  temporalProxy = await startTcpProxy({ host: tHost!, port: Number(tPort) });
  connection = await Connection.connect({ address: `127.0.0.1:${temporalProxy.port}`, channelArgs: TEMPORAL_CHANNEL_ARGS });
  spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-audit-spool-'));
  const config = loadConfig({ ...process.env, TEMPORAL_TASK_QUEUE: TASK_QUEUE, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000', TEMPORAL_CALL_TIMEOUT_MS: '2000' });
  const app = createApp({ config, db, temporal: new Client({ connection, namespace: env.namespace ?? 'default', dataConverter: platformDataConverter() }), logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), auditSpoolDir: spoolDir });
  writer = app.locals.auditWriter as AuditWriter;
  openapi = app.locals.openapi as typeof openapi;
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  for (const u of ['clerk.a01', 'manager', 'supervisor', reviewerUsername(item.departmentCode)]) tokens[u] = await world.login(u);
  const created = await call('POST', '/api/v1/cases', { token: tokens['clerk.a01'], body: intake() });
  expect(created.status).toBe(201);
  caseNo = created.body.case.caseNo;
  await eventually(async () => expect((await world.db.case.findUnique({ where: { caseNo } }))?.status).toBe('IN_REVIEW'));
});

afterAll(async () => {
  await pgProxy?.up();
  await temporalProxy?.up();
  server?.close();
  await writer?.stop();
  // Calls still backing off inside the client end at their deadline; closing under them would throw.
  await new Promise((r) => setTimeout(r, 4_000));
  await connection?.close();
  await db?.$disconnect();
  await pgProxy?.close();
  await temporalProxy?.close();
  await world?.stop();
  await env?.teardown();
  if (spoolDir) fs.rmSync(spoolDir, { recursive: true, force: true });
});

const intake = () => ({ itemCode: item.code, applicant: { name: '榆林市停机测试有限公司', phone: '13900000002' }, submittedMaterials: item.requiredMaterials });

async function call(method: string, p: string, opts: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}) {
  const started = Date.now();
  const answer = await apiRequest(`${base}${p}`, method, { timeoutMs: 20_000, ...opts });
  return { ...answer, ms: Date.now() - started };
}

/** Every operation of the OpenAPI document, with its path filled with values that exist where it matters. */
function operations(): { method: string; path: string; roles?: string[] }[] {
  const out: { method: string; path: string; roles?: string[] }[] = [];
  for (const [p, ops] of Object.entries(openapi.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const filled = p.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'caseNo' ? caseNo : name === 'code' || name === 'itemCode' ? item.code : /year/i.test(name) ? '2026' : /month/i.test(name) ? '2026-01' : crypto.randomUUID()));
      out.push({ method: method.toUpperCase(), path: filled, ...(op['x-roles'] ? { roles: op['x-roles'] } : {}) });
    }
  }
  return out;
}

/** A signed-in user allowed to call the operation (so that the refusal, if any, is not the role's). */
function tokenFor(roles: string[] | undefined): string {
  if (!roles) return tokens.manager!;
  if (roles.includes('CENTRE_MANAGER')) return tokens.manager!;
  if (roles.includes('FRONT_DESK_CLERK')) return tokens['clerk.a01']!;
  if (roles.includes('DEPARTMENT_REVIEWER')) return tokens[reviewerUsername(item.departmentCode)]!;
  if (roles.includes('SUPERVISOR')) return tokens.supervisor!;
  return tokens.manager!;
}

/** Sends every operation once; returns what each answered and how long it took. */
async function sweep(): Promise<{ op: string; status: number; ms: number; retryAfter: string | null; rule?: string }[]> {
  const results = [];
  for (const op of operations()) {
    if (op.path.endsWith('/stream')) continue; // event streams stay open by design; their refusal is tested below
    const r = await call(op.method, op.path, { token: tokenFor(op.roles), ...(op.method === 'GET' ? {} : { body: {} }) }).catch((e: Error) => ({ status: 0, body: { detail: e.message }, headers: new Headers(), ms: 20_000 }));
    results.push({ op: `${op.method} ${op.path}`, status: r.status, ms: r.ms, retryAfter: r.headers.get('retry-after'), rule: r.body?.rule });
  }
  return results;
}

describe('PostgreSQL down', () => {
  it('when PostgreSQL stops in the middle of a stream of requests, then every answered request has its audit row once the database is back, none lost, none twice', async () => {
    const tag = `audit-outage-${Date.now()}`;
    const answered: string[] = [];
    const statuses: number[] = [];
    const stream = (async () => {
      for (let i = 0; i < 60; i++) {
        const requestId = `${tag}-${i}`;
        // A consultation is a mutation (always audited) that needs the database.
        const r = await call('POST', '/api/v1/consultations', { token: tokens['clerk.a01'], headers: { 'x-request-id': requestId }, body: { question: '停机测试咨询', answer: '已答复', itemCode: item.code } }).catch(() => undefined);
        if (r) {
          answered.push(requestId);
          statuses.push(r.status);
        }
        await new Promise((res) => setTimeout(res, 100));
      }
    })();
    await new Promise((r) => setTimeout(r, 1_500));
    await pgProxy.down();
    await new Promise((r) => setTimeout(r, 3_000));
    // Rows written during the outage wait in the spool folder.
    expect(writer.pendingFiles().length).toBeGreaterThan(0);
    await pgProxy.up();
    await stream;

    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s === 500)).toEqual([]);
    await eventually(async () => {
      const rows = await world.db.auditLog.findMany({ where: { requestId: { startsWith: tag } }, select: { requestId: true, status: true } });
      expect(rows.map((r) => r.requestId).sort()).toEqual([...answered].sort());
    }, 20_000);
    // What a client saw is what the trail says.
    const rows = await world.db.auditLog.findMany({ where: { requestId: { startsWith: tag } }, select: { requestId: true, status: true } });
    const seen = new Map(answered.map((id, i) => [id, statuses[i]]));
    for (const r of rows) expect(r.status).toBe(seen.get(r.requestId!));
    expect(writer.pendingFiles()).toEqual([]);
  });

  it('when a process died with audit rows spooled, then another process on the host writes them, once', async () => {
    // A pid that surely ended: a child we ran to its end.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const entryId = crypto.randomUUID();
    const requestId = `audit-orphan-${Date.now()}`;
    const row = { entryId, at: new Date().toISOString(), userId: null, username: 'clerk.a01', role: 'FRONT_DESK_CLERK', departmentCode: null, channel: 'WINDOW', caseNo: null, action: 'consultation.create', outcome: 'ERROR', status: 503, detail: '', clientIp: '127.0.0.1', requestId };
    const host = os.hostname().replace(/[^\w.-]/g, '_');
    // Its last line cut short by the crash: skipped, the rest written.
    fs.writeFileSync(path.join(spoolDir, `${host}--${dead}--deadbeef.jsonl`), `${JSON.stringify(row)}\n${JSON.stringify(row)}\n{"entryId":"cut`);
    await eventually(async () => {
      await writer.flush();
      expect(await world.db.auditLog.count({ where: { requestId } })).toBe(1);
    }, 20_000);
    expect(writer.pendingFiles()).toEqual([]);
  });

  it('when PostgreSQL is down, then every route answers within seconds — 503 with Retry-After where it needs the database, never 500 — /readyz says why, and the API recovers by itself', async () => {
    await pgProxy.down();
    try {
      // Past the few seconds an account's state is cached: from now on every signed-in request needs the database.
      await new Promise((r) => setTimeout(r, 5_500));
      const ready = await call('GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.postgres).toMatch(/^down: \S.{3,}/);
      expect(ready.body.checks.temporal).toBe('up');

      const results = await sweep();
      console.log(JSON.stringify(results.reduce<Record<string, number>>((a, r) => ((a[r.status] = (a[r.status] ?? 0) + 1), a), {})));
      const bad = results.filter((r) => r.status === 500 || r.status === 0 || r.ms > 6_000 || (r.status === 503 && r.retryAfter === null) || r.status === 401);
      expect(bad).toEqual([]);
      expect(results.filter((r) => r.status === 503).length).toBeGreaterThan(results.length * 0.8);
    } finally {
      await pgProxy.up();
    }
    await eventually(async () => expect((await call('GET', '/readyz')).status).toBe(200), 15_000);
    const r = await call('POST', '/api/v1/consultations', { token: tokens['clerk.a01'], body: { question: '恢复后咨询', answer: '已答复', itemCode: item.code } });
    expect(r.status).toBe(201);
  });
});

describe('Temporal down', () => {
  it('when Temporal is down, then every route answers within seconds — case actions 503 with Retry-After, reads from the read model — /readyz says why, and the API recovers by itself', async () => {
    await temporalProxy.down();
    try {
      const ready = await call('GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.temporal).toMatch(/^down: \S.{3,}/);
      expect(ready.body.checks.postgres).toBe('up');

      const approve = await call('POST', `/api/v1/cases/${caseNo}/approve`, { token: tokens[reviewerUsername(item.departmentCode)], body: { opinion: '准予' }, headers: { 'idempotency-key': `outage-approve-${caseNo}` } });
      expect(approve.status).toBe(503);
      expect(approve.headers.get('retry-after')).toBeTruthy();
      expect(approve.ms).toBeLessThan(6_000);
      const read = await call('GET', `/api/v1/cases/${caseNo}`, { token: tokens['clerk.a01'] });
      expect(read.status).toBe(200);
      expect(read.ms).toBeLessThan(6_000);

      const results = await sweep();
      console.log(JSON.stringify(results.reduce<Record<string, number>>((a, r) => ((a[r.status] = (a[r.status] ?? 0) + 1), a), {})));
      const bad = results.filter((r) => r.status === 500 || r.status === 0 || r.ms > 6_000 || (r.status === 503 && r.retryAfter === null));
      expect(bad).toEqual([]);
    } finally {
      await temporalProxy.up();
    }
    await eventually(async () => expect((await call('GET', '/readyz')).status).toBe(200), 20_000);
    // The retry with the same key now goes through: the 503 applied nothing.
    const approved = await eventually(async () => {
      const r = await call('POST', `/api/v1/cases/${caseNo}/approve`, { token: tokens[reviewerUsername(item.departmentCode)], body: { opinion: '准予' }, headers: { 'idempotency-key': `outage-approve-${caseNo}` } });
      expect(r.status).toBe(200);
      return r;
    }, 20_000);
    expect(approved.body.status).toBe('DECIDED');
  }, 240_000);
});
