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
import { actionUpdates } from '../../workflows/messages.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { CLERK, reviewerOf, skipTo, startCase, testActorKey } from '../support/cases.js';
import { platformDataConverter, vouchedRequest } from '../../worker/codec.js';
import { type WorkerWorld, startWorker } from '../support/platform.js';
import { shiftedOfficialCalendar } from '../support/shifted-calendar.js';
import { timeSkippingEnv } from '../support/temporal.js';

const FIXTURES = path.join(ROOT_DIR, 'tests', 'fixtures', 'histories');
const { History } = proto.temporal.api.history.v1;

let env: TestWorkflowEnvironment;
let world: WorkerWorld;
let item: TestItem;

beforeAll(async () => {
  env = await timeSkippingEnv();
  world = await startWorker(env);
  item = await findItem(world.db, { channel: 'WINDOW', specialProcedure: 'SITE_SURVEY' });
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

describe('replaying case histories', () => {
  it('when a case with pauses, a special procedure, a decision and output is replayed on today\'s code, then it replays without non-determinism', async () => {
    await skipTo(env, '2027-01-11T09:00:00+08:00'); // Monday
    const c = await startCase(env, world.db, item.code, { calendar: shiftedOfficialCalendar(), override: { promisedLimitDays: 10, specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 5 }] } });
    const act = async <K extends ActionName>(actor: Actor, name: K, payload: ActionPayloads[K]) =>
      c.handle.executeUpdate(actionUpdates[name], { args: [vouchedRequest(testActorKey(), c.caseNo, name, actor, payload, await c.now())] });
    const reviewer = reviewerOf(item.departmentCode);
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    await act(reviewer, 'pause', { reason: 'FORCE_MAJEURE', note: '停电' });
    await skipTo(env, '2027-01-12T09:00:00+08:00');
    await act(reviewer, 'resume', {});
    await act(reviewer, 'startSpecialProcedure', { kind: 'SITE_SURVEY', reason: '核实现场' });
    await skipTo(env, '2027-01-15T09:00:00+08:00');
    await act(reviewer, 'finishSpecialProcedure', { result: '符合' });
    await act(reviewer, 'approve', { opinion: '准予' });
    await act(CLERK, 'issueOutput', { method: 'WINDOW_PICKUP' });
    await c.handle.result();

    const history = await c.handle.fetchHistory();
    expect(history.events?.length).toBeGreaterThan(10);
    await Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH, dataConverter: platformDataConverter() }, history, c.caseNo);

    if (process.env.RECORD_HISTORIES === '1') {
      fs.mkdirSync(FIXTURES, { recursive: true });
      fs.writeFileSync(path.join(FIXTURES, 'case-rich-lifecycle.bin'), History.encode(history).finish());
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
