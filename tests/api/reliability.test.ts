/**
 * What a client sees when a process dies in the middle of its request, or a dependency is down:
 * a retry with the same Idempotency-Key continues the first attempt (never a second case, never an
 * action applied but answered as refused), and an unavailable dependency answers 503 with
 * Retry-After within seconds.
 */
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { loadConfig } from '../../config/index.js';
import { createDb } from '../../prisma/client.js';
import { type TestItem, eventually } from '../support/catalog.js';
import { type ApiWorld, TASK_QUEUE, startCaseWorld, stopWorld } from '../support/platform.js';

/** Request limits are counted for all API copies together in the test database: these apps must not meet other files' traffic. */
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000' };

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: TestItem;
let clerk: string;
let reviewer: string;

beforeAll(async () => {
  ({ env, world, item, clerk, reviewer } = await startCaseWorld({ channel: 'WINDOW', tolerance: false }));
});

afterAll(() => stopWorld({ env, world }));

const intake = () => ({ itemCode: item.code, applicant: { name: '榆林市可靠性测试有限公司', phone: '13900000001' }, submittedMaterials: item.requiredMaterials });

/** Puts a finished key back the way a process killed mid-request leaves it: in progress, its lease lapsed. */
async function asIfTheProcessDied(key: string, resource?: unknown) {
  const n = await world.db.idempotencyRecord.updateMany({
    where: { key },
    data: { state: 'IN_PROGRESS', responseStatus: null, responseBody: undefined, leaseUntil: new Date(Date.now() - 1_000), ...(resource ? { resource: resource as object } : {}) },
  });
  expect(n.count).toBe(1);
}

const closedPort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

describe('Idempotency-Key across a crash', () => {
  it('when an intake died after starting its workflow, then the retry with the same key answers with that case and its query code, and no second case exists', async () => {
    const key = `crash-intake-${Date.now()}`;
    const first = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake(), headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    const { caseNo } = first.body.case;
    const record = await world.db.idempotencyRecord.findFirstOrThrow({ where: { key } });
    // The case number was kept on the key before the workflow started, sealed: the query code never lies there in plain text.
    expect(record.resource).toHaveProperty('sealed');
    expect(JSON.stringify(record.resource)).not.toContain(first.body.queryCode);

    await asIfTheProcessDied(key);
    const retry = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake(), headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(201);
    expect(retry.body.case.caseNo).toBe(caseNo);
    expect(retry.body.queryCode).toBe(first.body.queryCode);
    expect(retry.body.case.dueDate).toBe(first.body.case.dueDate);
    expect((await world.db.idempotencyRecord.findFirstOrThrow({ where: { key } })).state).toBe('DONE');
    await eventually(async () => expect(await world.db.case.count({ where: { applicantName: '榆林市可靠性测试有限公司', caseNo } })).toBe(1));
  });

  it('when an intake died before it decided anything, then the retry takes the key over and opens the case', async () => {
    const key = `crash-early-${Date.now()}`;
    const first = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake(), headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    // As a process of the earlier version left its keys: in progress, no lease, nothing remembered.
    await world.db.$executeRaw`UPDATE idempotency_record SET state = 'IN_PROGRESS', lease_until = NULL, resource = NULL, response_body = NULL, response_status = NULL WHERE key = ${key}`;
    const retry = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake(), headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(201);
    expect(retry.body.case.caseNo).toMatch(/^610800\d{14}$/);
    expect((await world.db.idempotencyRecord.findFirstOrThrow({ where: { key } })).state).toBe('DONE');
  });

  it('when an approval was applied but its answer was lost, then the retry with the same key gets the approval, not a refusal', async () => {
    const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake() });
    const caseNo: string = created.body.case.caseNo;
    await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer })).body.status).toBe('IN_REVIEW'));
    const key = `crash-approve-${Date.now()}`;
    const first = await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '准予' }, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('DECIDED');

    await asIfTheProcessDied(key);
    const retry = await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '准予' }, headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(200);
    expect(retry.body.status).toBe('DECIDED');
    // A new attempt without the key is a second approval, and refused as such.
    const again = await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '准予' } });
    expect(again.status).toBe(409);
    const approvals = (await env.client.workflow.getHandle(caseNo).fetchHistory()).events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'approve');
    expect(approvals).toHaveLength(1);
  });

  it('when the delivery that closed a case was applied but its answer was lost, then the retry with the same key gets the closed case, not "case closed"', async () => {
    const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake() });
    const caseNo: string = created.body.case.caseNo;
    await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer })).body.status).toBe('IN_REVIEW'));
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '准予' } })).status).toBe(200);
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: clerk, body: { method: 'POST', trackingNo: 'EMS1234567890' } })).status).toBe(200);
    const key = `crash-deliver-${Date.now()}`;
    const first = await world.call('POST', `/api/v1/cases/${caseNo}/confirm-delivery`, { token: clerk, body: { note: '已签收' }, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('COMPLETED');
    // The workflow ends with the case: the retry meets a closed workflow.
    await env.client.workflow.getHandle(caseNo).result();

    await asIfTheProcessDied(key);
    const retry = await world.call('POST', `/api/v1/cases/${caseNo}/confirm-delivery`, { token: clerk, body: { note: '已签收' }, headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(200);
    expect(retry.body.status).toBe('COMPLETED');
    // Without the key it is a new action on a closed case, refused as such.
    const again = await world.call('POST', `/api/v1/cases/${caseNo}/confirm-delivery`, { token: clerk, body: { note: '已签收' } });
    expect(again.status).toBe(409);
  });
});

describe('dependencies down', () => {
  it('when Temporal cannot be reached, then an action answers 503 with Retry-After within seconds, a case still reads from the read model, and /readyz names Temporal', async () => {
    const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: intake() });
    const caseNo: string = created.body.case.caseNo;
    await eventually(async () => expect(await world.db.case.findUnique({ where: { caseNo } })).not.toBeNull());

    const connection = await Connection.lazy({ address: `127.0.0.1:${await closedPort()}` });
    const config = loadConfig({ ...process.env, ...UNLIMITED, TEMPORAL_TASK_QUEUE: TASK_QUEUE, LOG_LEVEL: 'silent', TEMPORAL_CALL_TIMEOUT_MS: '2000' });
    const app = createApp({ config, db: world.db, temporal: new Client({ connection }), logger: pino({ level: 'silent' }) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const started = Date.now();
      const r = await fetch(`${base}/api/v1/cases/${caseNo}/approve`, { method: 'POST', headers: { authorization: `Bearer ${reviewer}`, 'content-type': 'application/json' }, body: JSON.stringify({ opinion: '准予' }) });
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(((await r.json()) as { rule: string }).rule).toBe('dependency.unavailable');
      expect(Date.now() - started).toBeLessThan(8_000);

      const read = await fetch(`${base}/api/v1/cases/${caseNo}`, { headers: { authorization: `Bearer ${clerk}` } });
      expect(read.status).toBe(200);
      expect(((await read.json()) as { caseNo: string }).caseNo).toBe(caseNo);

      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { checks: Record<string, string> };
      expect(body.checks.postgres).toBe('up');
      expect(body.checks.temporal).toMatch(/^down: .+/);
    } finally {
      server.close();
      // Calls still backing off inside the client end at their deadline; closing the channel
      // under them would make their next retry throw.
      await new Promise((r) => setTimeout(r, 4_000));
      await connection.close();
    }
  });

  it('when PostgreSQL cannot be reached, then requests answer 503 with Retry-After within seconds and /readyz gives the reason', async () => {
    const db = createDb(`postgresql://postgres:postgres@127.0.0.1:${await closedPort()}/nothing`, 2);
    const config = loadConfig({ ...process.env, ...UNLIMITED, TEMPORAL_TASK_QUEUE: TASK_QUEUE, LOG_LEVEL: 'silent' });
    const app = createApp({ config, db, temporal: env.client, logger: pino({ level: 'silent' }) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const started = Date.now();
      const r = await fetch(`${base}/api/v1/items?pageSize=1`);
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(((await r.json()) as { dependency: string }).dependency).toBe('PostgreSQL');
      expect(Date.now() - started).toBeLessThan(8_000);

      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { checks: Record<string, string> };
      expect(body.checks.postgres).toMatch(/^down: \S+/);
      expect(body.checks.temporal).toBe('up');
    } finally {
      server.close();
      await db.$disconnect();
    }
  });

  it('when the API and a worker run, then /readyz reports the worker polling; a queue nobody polls is named', async () => {
    const ok = await world.call('GET', '/readyz');
    expect(ok.status).toBe(200);
    expect(ok.body.checks.workers).toBe('up');

    const config = loadConfig({ ...process.env, ...UNLIMITED, TEMPORAL_TASK_QUEUE: 'nobody-polls-this-queue', LOG_LEVEL: 'silent' });
    const app = createApp({ config, db: world.db, temporal: env.client, logger: pino({ level: 'silent' }) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const r = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`);
      expect(r.status).toBe(503);
      expect(((await r.json()) as { checks: Record<string, string> }).checks.workers).toBe('down: no worker polls the task queue nobody-polls-this-queue');
    } finally {
      server.close();
    }
  });
});
