/**
 * Determinism guard for running cases: histories recorded from earlier versions of the case
 * workflow (tests/fixtures/histories) must replay against today's code. A change that breaks
 * this must be guarded with patched() so that open cases keep their old path. A fresh history
 * of a rich case is replayed too. Record new fixtures with RECORD_HISTORIES=1 (binary protobuf).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../config/index.js';
import type { ActionName, ActionPayloads } from '../../domain/case/actions.js';
import type { Actor } from '../../domain/case/model.js';
import { WORKFLOWS_PATH } from '../../worker/create-worker.js';
import { caseStateQuery } from '../../workflows/messages.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { CLERK, type StartedCase, act as actOn, reviewerOf, skipTo, startCase } from '../support/cases.js';
import { platformDataConverter } from '../../worker/codec.js';
import { decryptHistory } from '../support/history-fixtures.js';
import { type WorkerWorld, startWorker } from '../support/platform.js';
import { type Era, testEra } from '../support/era.js';
import { timeSkippingEnv } from '../support/temporal.js';
import { at, plainMonday, weekdaysAfter } from '../support/time.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { configuredDepartmentSystems } from '../../activities/department-systems/http.js';
import { DepartmentSystemError } from '../../activities/department-systems/adapter.js';

const FIXTURES = path.join(ROOT_DIR, 'tests', 'fixtures', 'histories');
const { History } = proto.temporal.api.history.v1;

let env: TestWorkflowEnvironment;
let era: Era;
let world: WorkerWorld;
let item: TestItem;
/** While true, every department system refuses hand-overs (the case waits in TRANSFERRING). */
let departmentsDown = false;
let dispatchAttempts = 0;

beforeAll(async () => {
  env = await timeSkippingEnv();
  era = await testEra(env);
  world = await startWorker(env, {
    departments: (code) => ({
      async receiveCase(req) {
        dispatchAttempts++;
        if (departmentsDown) throw new DepartmentSystemError(code, '部门系统停机（测试）');
        return configuredDepartmentSystems({}, world.simulator.url)(code).receiveCase(req);
      },
    }),
  });
  item = await findItem(world.db, { channel: 'WINDOW', specialProcedure: 'SITE_SURVEY' });
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

/** Replays the case's history on today's code (non-determinism fails the test), then keeps it as a fixture when recording. */
async function replayAndRecord(name: string, c: StartedCase, history: Parameters<typeof History.encode>[0]): Promise<void> {
  await Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH, dataConverter: platformDataConverter() }, history, c.caseNo);
  await record(name, c.handle, history);
}

/**
 * With RECORD_HISTORIES=1, saves the history as a fixture named after the code it ran under: the
 * rule set (rules 1: no suffix, as recorded before rule set 2) and the hot-path marker (`-hot`), so
 * that recording on newer code adds a fixture and never overwrites one recorded on older code.
 */
async function record(name: string, handle: { query: (q: typeof caseStateQuery) => Promise<{ rules?: number }> }, history: Parameters<typeof History.encode>[0]): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const rules = (await handle.query(caseStateQuery)).rules ?? 1;
  const hot = (history.events ?? []).some((e) =>
    Object.values(e.markerRecordedEventAttributes?.details ?? {}).some((p) => (p?.payloads ?? []).some((x) => x.data && Buffer.from(x.data).toString().includes('case-hot-path'))),
  );
  fs.mkdirSync(FIXTURES, { recursive: true });
  const file = path.join(FIXTURES, `${name}${rules === 1 ? '' : `-rules${rules}`}${hot ? '-hot' : ''}.bin`);
  if (fs.existsSync(file)) return;
  const codec = platformDataConverter().payloadCodecs![0]!;
  fs.writeFileSync(file, History.encode(await decryptHistory(history, codec)).finish());
}

describe('replaying case histories', () => {
  it('when a case with pauses, a special procedure, a decision and output is replayed on today\'s code, then it replays without non-determinism', async () => {
    await skipTo(env, era.instant('2027-01-11T09:00:00+08:00')); // Monday
    const c = await startCase(env, world.db, item.code, { calendar: era.calendar, override: { promisedLimitDays: 10, specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 5 }] } });
    const act = <K extends ActionName>(actor: Actor, name: K, payload: ActionPayloads[K]) => actOn(c, actor, name, payload);
    const reviewer = reviewerOf(item.departmentCode);
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    await act(reviewer, 'pause', { reason: 'FORCE_MAJEURE', note: '停电' });
    await skipTo(env, era.instant('2027-01-12T09:00:00+08:00'));
    await act(reviewer, 'resume', {});
    await act(reviewer, 'startSpecialProcedure', { kind: 'SITE_SURVEY', reason: '核实现场' });
    await skipTo(env, era.instant('2027-01-15T09:00:00+08:00'));
    await act(reviewer, 'finishSpecialProcedure', { result: '符合' });
    await act(reviewer, 'approve', { opinion: '准予' });
    await act(CLERK, 'issueOutput', { method: 'WINDOW_PICKUP' });
    await c.handle.result();

    const history = await c.handle.fetchHistory();
    expect(history.events?.length).toBeGreaterThan(10);
    await replayAndRecord('case-rich-lifecycle', c, history);
  });

  it('when an online case with a correction, an overrunning special procedure, a pause and a posted result is replayed, then it replays without non-determinism', async () => {
    const calendar = await loadCalendarData(world.db);
    const monday = await plainMonday(env, calendar, 3);
    const day = (n: number) => weekdaysAfter(monday, n);
    await skipTo(env, at(monday, '09:00'));
    const c = await startCase(env, world.db, item.code, {
      calendar,
      channel: 'ONLINE',
      accept: false,
      submitted: [],
      applicantUserId: 'applicant-replay',
      override: { promisedLimitDays: 10, specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 2 }] },
    });
    const act = <K extends ActionName>(actor: Actor, name: K, payload: ActionPayloads[K]) => actOn(c, actor, name, payload);
    const reviewer = reviewerOf(item.departmentCode);
    const required = c.item.materials.filter((m) => m.required);
    await act(CLERK, 'requestCorrection', { items: required.map((m) => ({ materialCode: m.code, name: m.name, problem: '未提交' })), days: 5 });
    await skipTo(env, at(day(1), '10:00'));
    await act(CLERK, 'supplyCorrection', { materialCodes: required.map((m) => m.code) });
    await act(CLERK, 'accept', {});
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    await act(reviewer, 'startSpecialProcedure', { kind: 'SITE_SURVEY', reason: '核实现场' });
    await skipTo(env, at(day(5), '09:00')); // past the procedure's 2-working-day limit
    await eventually(async () => expect((await c.clock()).suspensions[0]?.procedureOverdue).toBe(true));
    await act(reviewer, 'finishSpecialProcedure', { result: '符合' });
    await act(reviewer, 'pause', { reason: 'FORCE_MAJEURE', note: '停电' });
    await skipTo(env, at(day(6), '09:00'));
    await act(reviewer, 'resume', {});
    await act({ id: 'manager', name: '中心管理员', role: 'CENTRE_MANAGER' }, 'urge', { note: '请加快办理' });
    await act(reviewer, 'approve', { opinion: '准予' });
    await skipTo(env, at(day(8), '09:00'));
    await act(CLERK, 'issueOutput', { method: 'POST', trackingNo: 'EMS0001' });
    await skipTo(env, at(day(9), '09:00'));
    await act(CLERK, 'confirmDelivery', {});
    await c.handle.result();

    const history = await c.handle.fetchHistory();
    await replayAndRecord('case-online-correction-overrun', c, history);
  });

  it('when a typical case (accepted at the window, approved, handed out) is replayed, then it replays without non-determinism', async () => {
    const calendar = await loadCalendarData(world.db);
    await skipTo(env, at(await plainMonday(env, calendar, 3), '09:00'));
    const c = await startCase(env, world.db, item.code, { calendar });
    const act = <K extends ActionName>(actor: Actor, name: K, payload: ActionPayloads[K]) => actOn(c, actor, name, payload);
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    await act(reviewerOf(item.departmentCode), 'approve', { opinion: '准予' });
    const done = await act(CLERK, 'issueOutput', { method: 'WINDOW_PICKUP' });
    expect(done.status).toBe('COMPLETED');
    await c.handle.result();
    const history = await c.handle.fetchHistory();
    await replayAndRecord('case-typical', c, history);
  });

  it('when a case waits in TRANSFERRING while its department system is down and is handed over once it is back, then it replays without non-determinism', async () => {
    const calendar = await loadCalendarData(world.db);
    await skipTo(env, at(await plainMonday(env, calendar, 3), '09:00'));
    departmentsDown = true;
    dispatchAttempts = 0;
    try {
      const c = await startCase(env, world.db, item.code, { calendar });
      await eventually(async () => expect(dispatchAttempts).toBeGreaterThanOrEqual(2));
      expect((await c.view()).status).toBe('TRANSFERRING');
      departmentsDown = false;
      await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'), 60_000);
      const act = <K extends ActionName>(actor: Actor, name: K, payload: ActionPayloads[K]) => actOn(c, actor, name, payload);
      await act(reviewerOf(item.departmentCode), 'deny', { reason: '不符合条件' });
      await act(CLERK, 'issueOutput', { method: 'WINDOW_PICKUP' });
      await c.handle.result();
      const history = await c.handle.fetchHistory();
      await replayAndRecord('case-transferring-department-down', c, history);
    } finally {
      departmentsDown = false;
    }
  });

  it('when the histories recorded from earlier versions are replayed, then every one replays', async () => {
    const files = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.bin')) : [];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const history = History.decode(fs.readFileSync(path.join(FIXTURES, file)));
      await Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH, dataConverter: platformDataConverter() }, history, file.replace(/\.bin$/, ''));
    }
  });
});
