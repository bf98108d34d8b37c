/**
 * What operators and the read model see of a running case (issue 18): an update's answer leaves
 * once the read model has its events; the Temporal UI's search attributes and current details
 * follow pause and special procedure; the alarm is not re-armed when no deadline moved; the
 * attributes the API sets at the start are not written again.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import proto from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_RULES } from '../../domain/case/model.js';
import { statusName } from '../../domain/case/names.js';
import { caseView, contextOf, newCaseState } from '../../domain/case/rules.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { searchAttributesOf } from '../../workflows/case/publishing.js';
import * as SA from '../../workflows/search-attributes.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { type StartedCase, CLERK, act, reviewerOf, skipTo, startCase } from '../support/cases.js';
import { TASK_QUEUE, type WorkerWorld, startWorker } from '../support/platform.js';
import { timeSkippingEnv } from '../support/temporal.js';
import { Context } from '@temporalio/activity';
import { createActivities } from '../../activities/index.js';
import { configuredDepartmentSystems } from '../../activities/department-systems/http.js';
import { createCaseWorker } from '../../worker/create-worker.js';
import { at, plainMonday } from '../support/time.js';

const { EventType } = proto.temporal.api.enums.v1;

let env: TestWorkflowEnvironment;
let world: WorkerWorld;
let item: TestItem;

beforeAll(async () => {
  env = await timeSkippingEnv();
  world = await startWorker(env);
  item = await findItem(world.db, { channel: 'WINDOW', specialProcedure: 'SITE_SURVEY' });
  const calendar = await loadCalendarData(world.db);
  await skipTo(env, at(await plainMonday(env, calendar, 3), '09:00'));
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

const inReview = async (c: StartedCase) => eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
const attribute = async (c: StartedCase, key: typeof SA.Paused | typeof SA.InSpecialProcedure) => (await c.handle.describe()).typedSearchAttributes.get(key);
const details = async (c: StartedCase) => (await c.handle.query<{ currentDetails?: string }>('__temporal_workflow_metadata')).currentDetails ?? '';
const eventsOf = async (c: StartedCase, type: proto.temporal.api.enums.v1.EventType) => ((await c.handle.fetchHistory()).events ?? []).filter((e) => e.eventType === type);

describe('the read model and the Temporal UI follow the case', () => {
  it('when a reviewer approves, then the answer arrives with the read model already showing the decision', async () => {
    const c = await startCase(env, world.db, item.code);
    await inReview(c);
    const answer = await act(c, reviewerOf(item.departmentCode), 'approve', { opinion: '准予' });
    expect(answer.status).toBe('DECIDED');
    // No waiting: the projection ran in the same workflow task as the update.
    const row = await world.db.case.findUniqueOrThrow({ where: { caseNo: c.caseNo }, select: { status: true, lastEventSeq: true } });
    expect(row).toEqual({ status: 'DECIDED', lastEventSeq: answer.lastSeq });
  });

  it('when a case is paused and then sent to a special procedure, then operators can filter on Paused and InSpecialProcedure and its details say so', async () => {
    const c = await startCase(env, world.db, item.code);
    const reviewer = reviewerOf(item.departmentCode);
    await inReview(c);
    expect(await attribute(c, SA.Paused)).toBe('false');
    expect(await details(c)).toContain(statusName('IN_REVIEW'));

    await act(c, reviewer, 'pause', { reason: 'FORCE_MAJEURE', note: '停电' });
    expect(await attribute(c, SA.Paused)).toBe('true');
    expect(await details(c)).toContain('暂停中');

    await act(c, reviewer, 'resume', {});
    await act(c, reviewer, 'startSpecialProcedure', { kind: 'SITE_SURVEY', reason: '核实现场' });
    expect(await attribute(c, SA.Paused)).toBe('false');
    expect(await attribute(c, SA.InSpecialProcedure)).toBe('true');
    expect(await details(c)).not.toContain('暂停中');
    expect(await details(c)).toContain('特别程序中');

    await act(c, reviewer, 'finishSpecialProcedure', { result: '符合' });
    expect(await attribute(c, SA.InSpecialProcedure)).toBe('false');
    expect(await details(c)).not.toContain('特别程序中');
  });

  it('when an action leaves every deadline where it was, then the case keeps its timer (none cancelled, none started)', async () => {
    const c = await startCase(env, world.db, item.code);
    await inReview(c);
    const started = (await eventsOf(c, EventType.EVENT_TYPE_TIMER_STARTED)).length;
    expect(started).toBeGreaterThan(0); // waiting for its warning instant
    await act(c, { id: 'manager', name: '中心管理员', role: 'CENTRE_MANAGER' }, 'urge', { note: '请加快办理' });
    await act(c, { id: 'manager', name: '中心管理员', role: 'CENTRE_MANAGER' }, 'urge', { note: '再次督促' });
    expect((await eventsOf(c, EventType.EVENT_TYPE_TIMER_STARTED)).length).toBe(started);
    expect(await eventsOf(c, EventType.EVENT_TYPE_TIMER_CANCELED)).toHaveLength(0);
  });

  it('when the case is started with its search attributes (as the API does), then the workflow writes only the status that changed', async () => {
    const calendar = await loadCalendarData(world.db);
    const probe = await startCase(env, world.db, item.code, { calendar });
    await probe.handle.terminate('probe only: the input for the real start');
    const input = { ...probe.input, caseNo: `${probe.caseNo}S`, receivedAt: await env.currentTimeMs() };
    const { state } = newCaseState(input, input.receivedAt, CURRENT_RULES);
    const view = caseView(state, contextOf(state, input.receivedAt));
    const handle = await env.client.workflow.start('caseWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: input.caseNo,
      args: [{ input: { ...input, acceptNow: undefined } }],
      typedSearchAttributes: searchAttributesOf(view),
    });
    await eventually(async () => expect((await handle.describe()).typedSearchAttributes.get(SA.CaseStatus)).toBe('SUBMITTED'));
    await act({ handle, caseNo: input.caseNo, now: () => env.currentTimeMs() } as StartedCase, CLERK, 'accept', {});
    await eventually(async () => expect((await handle.describe()).typedSearchAttributes.get(SA.CaseStatus)).toBe('IN_REVIEW'));
    const upserts = ((await handle.fetchHistory()).events ?? []).filter((e) => e.eventType === EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES);
    const keys = new Set(upserts.flatMap((e) => Object.keys(e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {})));
    keys.delete('TemporalChangeVersion'); // the SDK's own record of the patches the run took
    expect([...keys].sort()).toEqual(['CaseStatus', 'DueAt']);
  });

  it('when the database refuses the local projection, then the durable projection brings the read model up to date all the same', async () => {
    const real = createActivities({ db: world.db, departments: configuredDepartmentSystems({}, world.simulator.url) });
    let refusedLocally = 0;
    const taskQueue = 'test-cases-slow-db';
    const worker = await createCaseWorker({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue,
      deps: { db: world.db, departments: configuredDepartmentSystems({}, world.simulator.url) },
      workerOptions: {
        activities: {
          ...real,
          async projectCase(input: Parameters<typeof real.projectCase>[0]) {
            if (Context.current().info.isLocal) {
              refusedLocally++;
              throw new Error('canceling statement due to statement timeout (test: the database is slow)');
            }
            return real.projectCase(input);
          },
        },
      },
    });
    await worker.runUntil(async () => {
      const c = await startCase(env, world.db, item.code, { taskQueue });
      await eventually(async () => expect((await world.db.case.findUnique({ where: { caseNo: c.caseNo }, select: { status: true } }))?.status).toBe('IN_REVIEW'));
      expect(refusedLocally).toBeGreaterThan(0);
      const answer = await act(c, reviewerOf(item.departmentCode), 'approve', { opinion: '准予' });
      await eventually(async () => expect((await world.db.case.findUniqueOrThrow({ where: { caseNo: c.caseNo }, select: { lastEventSeq: true, status: true } }))).toEqual({ lastEventSeq: answer.lastSeq, status: 'DECIDED' }));
      expect((await eventsOf(c, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)).length).toBeGreaterThanOrEqual(2);
    });
  });
});
