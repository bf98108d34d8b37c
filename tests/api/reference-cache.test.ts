/**
 * The calendar and the published items an intake reads are cached by each API process, and a
 * change made through any process is seen by the next intake (or calendar read) on every process:
 * two apps on one database, as in cluster mode. Reads of a case come from the read model.
 *
 * The database is shared with other test files: this file publishes its own items and changes
 * only a day far from theirs (2033), removing it again afterwards.
 */
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { caseReaderOf } from '../../api/services/case-reads.js';
import { referenceCacheOf } from '../../api/services/reference-cache.js';
import { loadConfig } from '../../config/index.js';
import { type Db, createDb } from '../../prisma/client.js';
import { eventually } from '../support/catalog.js';
import { type ApiWorld, TASK_QUEUE, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

/** A second API process: its own app and its own database client (so its own caches), no worker. */
interface SecondApi {
  db: Db;
  call: (method: string, path: string, opts?: { token?: string; body?: unknown }) => Promise<{ status: number; body: any; headers: Headers }>;
  stop(): Promise<void>;
}

async function secondApi(temporal: Client, overrides: Record<string, string> = {}): Promise<SecondApi> {
  const db = createDb(process.env.APP_DATABASE_URL ?? process.env.DATABASE_URL!, 4);
  const config = loadConfig({ ...process.env, TEMPORAL_TASK_QUEUE: TASK_QUEUE, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ...overrides });
  const server = createApp({ config, db, temporal, logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    async call(method, path, opts = {}) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { 'accept-language': 'en', ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
        ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
    async stop() {
      await new Promise((r) => server.close(r));
      await db.$disconnect();
    },
  };
}

let env: TestWorkflowEnvironment;
let a: ApiWorld;
let b: SecondApi;
let managerA: string;
let clerkB: string;
let departmentCode: string;
let zoneCode: string;

/** A Wednesday no other test file touches. */
const FAR_DAY = '2033-03-16';
const RUN = `TEST-REF-${Date.now().toString(36).toUpperCase()}`;

beforeAll(async () => {
  env = await devServerEnv();
  a = await startApi(env);
  b = await secondApi(env.client);
  // One sign-in serves both: the processes share their secrets, as copies of one API do.
  [managerA, clerkB] = await Promise.all([a.login('manager'), a.login('clerk.a01')]);
  departmentCode = (await a.call('GET', '/api/v1/departments')).body.departments[0].code;
  zoneCode = (await a.call('GET', '/api/v1/zones')).body.zones[0].code;
});

afterAll(async () => {
  if (a) await a.db.calendarDay.deleteMany({ where: { date: new Date(`${FAR_DAY}T00:00:00.000Z`), source: 'MANAGER' } });
  await b?.stop();
  await a?.stop();
  await env?.teardown();
});

const content = (name: string, promisedLimitDays: number) => ({
  name,
  itemType: 'LICENCE',
  channels: ['WINDOW', 'ONLINE'],
  statutoryLimitDays: 20,
  promisedLimitDays,
  conditions: '申请材料齐全，符合法定形式',
  legalBasis: '《中华人民共和国行政许可法》第三十二条',
  resultType: '许可决定书',
  fee: '不收费',
  materials: [{ code: 'M01', name: '申请表', description: '申请人签字的申请表原件', form: 'ORIGINAL', copies: 1, required: true, tolerable: false }],
  specialProcedures: [],
});

/**
 * A window intake registered for pre-review, not accepted: other test files (the big screen's)
 * count today's acceptances hall-wide while this one runs.
 */
const intakeOnB = (itemCode: string) => b.call('POST', '/api/v1/cases', { token: clerkB, body: { itemCode, applicant: { name: '缓存测试申请人' }, submittedMaterials: ['M01'], accept: false } });

describe('reference data cached by each API process', () => {
  it('when an item is edited and published again through one process, then the next intake on the other process applies the new version', async () => {
    const code = `${RUN}-01`;
    expect((await a.call('POST', '/api/v1/items', { token: managerA, body: { code, departmentCode, zoneCode, content: content('缓存测试事项', 10) } })).status).toBe(201);
    expect((await a.call('POST', `/api/v1/items/${code}/publish`, { token: managerA })).status).toBe(200);

    const first = await intakeOnB(code);
    expect(first.status).toBe(201);
    expect(first.body.case.item).toMatchObject({ code, version: 1, name: '缓存测试事项' });
    // Served from B's memory while nothing changes: the item is not read again.
    const loads = referenceCacheOf(b.db).loads.items;
    const again = await intakeOnB(code);
    expect(again.body.case.item.version).toBe(1);
    expect(referenceCacheOf(b.db).loads.items).toBe(loads);

    expect((await a.call('PUT', `/api/v1/items/${code}/draft`, { token: managerA, body: { content: content('缓存测试事项（新版）', 10) } })).status).toBe(200);
    expect((await a.call('POST', `/api/v1/items/${code}/publish`, { token: managerA })).status).toBe(200);
    const after = await intakeOnB(code);
    expect(after.status).toBe(201);
    expect(after.body.case.item).toMatchObject({ code, version: 2, name: '缓存测试事项（新版）' });
  });

  it('when an item is retired through one process, then the other process refuses the next intake', async () => {
    const code = `${RUN}-02`;
    await a.call('POST', '/api/v1/items', { token: managerA, body: { code, departmentCode, zoneCode, content: content('缓存测试事项二', 10) } });
    await a.call('POST', `/api/v1/items/${code}/publish`, { token: managerA });
    expect((await intakeOnB(code)).status).toBe(201);
    expect((await a.call('POST', `/api/v1/items/${code}/retire`, { token: managerA, body: { reason: '事项取消（测试）' } })).status).toBe(200);
    const refused = await intakeOnB(code);
    expect(refused.status).toBe(422);
    expect(refused.body.rule).toBe('item.not_published');
  });

  it('when a manager closes a day through one process, then the other process answers with the new calendar at once', async () => {
    const before = await b.call('GET', `/api/v1/calendar/days/${FAR_DAY}`);
    expect(before.body).toMatchObject({ workingDay: true, kind: 'workday' });
    const calendarLoads = referenceCacheOf(b.db).loads.calendar;
    expect((await b.call('GET', `/api/v1/calendar/days/${FAR_DAY}`)).body.workingDay).toBe(true);
    expect(referenceCacheOf(b.db).loads.calendar).toBe(calendarLoads);

    const set = await a.call('PUT', `/api/v1/calendar/days/${FAR_DAY}`, { token: managerA, body: { kind: 'holiday', name: '临时闭馆（测试）', note: '缓存测试' } });
    expect(set.status).toBe(200);
    const after = await b.call('GET', `/api/v1/calendar/days/${FAR_DAY}`);
    expect(after.body).toMatchObject({ workingDay: false, kind: 'holiday', name: '临时闭馆（测试）' });
    expect((await b.call('GET', `/api/v1/calendar/add-working-days?from=2033-03-15&days=1`)).body.date).toBe('2033-03-17');
  });
});

describe('reading a case', () => {
  it('when a case is read once the read model has it, then the answer comes from the read model, equal to the workflow\'s own view', async () => {
    const code = `${RUN}-03`;
    await a.call('POST', '/api/v1/items', { token: managerA, body: { code, departmentCode, zoneCode, content: content('读模型测试事项', 10) } });
    await a.call('POST', `/api/v1/items/${code}/publish`, { token: managerA });
    const opened = await intakeOnB(code);
    expect(opened.status).toBe(201);
    const caseNo = opened.body.case.caseNo as string;
    await eventually(async () => expect((await b.db.case.findUnique({ where: { caseNo } }))?.status).toBe('SUBMITTED'));

    const reader = caseReaderOf(b.db, env.client);
    const queriesBefore = reader.queries.count;
    const read = await b.call('GET', `/api/v1/cases/${caseNo}`, { token: clerkB });
    expect(read.status).toBe(200);
    expect(reader.queries.count).toBe(queriesBefore);
    expect(read.body).toEqual(await reader.queriedView(caseNo));
    // Waiting for pre-review: the stage's working days left are counted for today.
    expect(read.body).toMatchObject({ status: 'SUBMITTED', stage: { kind: 'PRE_REVIEW', dueDate: opened.body.case.stage.dueDate, remainingWorkingDays: opened.body.case.stage.remainingWorkingDays } });
  });

  it('when Temporal does not answer and the read model cannot answer, then the read is refused with 503 and Retry-After, promptly', async () => {
    // A case the read model does not have yet: only the workflow could answer, and the workflow is asked of a server that is not there.
    const dead = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
    const c = await secondApi(dead, { TEMPORAL_CALL_TIMEOUT_MS: '1500' });
    try {
      const started = Date.now();
      const r = await c.call('GET', '/api/v1/cases/61080099990101000001', { token: clerkB });
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBeTruthy();
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await c.stop();
    }
  });
});
