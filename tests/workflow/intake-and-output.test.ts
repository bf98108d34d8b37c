/**
 * Tolerance acceptance (output held until the tolerated materials are in), the one-time
 * correction notice that lapses, and a department system that is down and then up.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { CLERK, act, refusalOf, reviewerOf, skipTo, startCase } from '../support/cases.js';
import { type WorkerWorld, startTimeSkippingWorld, stopWorld } from '../support/platform.js';
import type { Era } from '../support/era.js';

let env: TestWorkflowEnvironment;
let era: Era;
let world: WorkerWorld;
let toleranceItem: TestItem;
let onlineItem: TestItem;

beforeAll(async () => {
  ({ env, era, world, item: toleranceItem } = await startTimeSkippingWorld({ channel: 'WINDOW', tolerance: true }));
  onlineItem = await findItem(world.db, { channel: 'ONLINE' });
});

afterAll(() => stopWorld({ env, world }));

const ruleOf = async (p: Promise<unknown>) => (await refusalOf(p)).rule;

describe('tolerance acceptance', () => {
  it('when a case accepted with a tolerated material is approved, then output is refused until the material is supplied, and it completes as a tolerance case', async () => {
    await skipTo(env, era.instant('2027-03-08T09:00:00+08:00')); // Monday
    const material = toleranceItem.tolerableMaterials[0]!;
    const c = await startCase(env, world.db, toleranceItem.code, { calendar: era.calendar, override: { promisedLimitDays: 10 }, tolerated: [{ code: material, promisedDate: era.date('2027-03-12') }] });
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    expect((await c.view()).missingToleratedMaterials.map((m) => m.code)).toEqual([material]);

    const approved = await act(c, reviewerOf(toleranceItem.departmentCode), 'approve', { opinion: '准予许可' });
    expect(approved.outputHeld).toBe(true);
    expect(await ruleOf(act(c, CLERK, 'issueOutput', { method: 'WINDOW_PICKUP' }))).toBe('output.tolerance_pending');

    await skipTo(env, era.instant('2027-03-10T10:00:00+08:00'));
    const supplied = await act(c, CLERK, 'supplyToleratedMaterial', { materialCode: material });
    expect(supplied.outputHeld).toBe(false);
    const done = await act(c, CLERK, 'issueOutput', { method: 'POST', trackingNo: 'EMS1234567890' });
    expect(done.status).toBe('IN_DELIVERY');
    const delivered = await act(c, CLERK, 'confirmDelivery', { note: '申请人已签收' });
    expect(delivered.status).toBe('COMPLETED');
    expect(delivered.stateCode).toBe(12); // completed with tolerance
  });

  it('when the promised supply date passes without the material, then the case may be paused for it, and the front desk may terminate it', async () => {
    await skipTo(env, era.instant('2027-03-15T09:00:00+08:00')); // Monday
    const material = toleranceItem.tolerableMaterials[0]!;
    const c = await startCase(env, world.db, toleranceItem.code, { calendar: era.calendar, override: { promisedLimitDays: 10 }, tolerated: [{ code: material, promisedDate: era.date('2027-03-17') }] });
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    await skipTo(env, era.instant('2027-03-18T09:00:00+08:00'));
    await eventually(async () => expect(await world.db.caseEvent.findFirst({ where: { caseNo: c.caseNo, type: 'TOLERANCE_COMMITMENT_MISSED' } })).not.toBeNull());
    const paused = await act(c, reviewerOf(toleranceItem.departmentCode), 'pause', { reason: 'TOLERANCE_MATERIAL_PENDING', note: '容缺材料逾期未交' });
    expect(paused.paused).toBe(true);
    const terminated = await act(c, CLERK, 'terminate', { reason: '申请人未按承诺补交容缺材料' });
    expect(terminated.status).toBe('TERMINATED');
    expect(terminated.stateCode).toBe(15);
  });
});

describe('correction (补正)', () => {
  it('when an online application gets its one-time notice and nothing is supplied in time, then it lapses as withdrawn; a second notice is refused', async () => {
    await skipTo(env, era.instant('2027-08-02T09:00:00+08:00')); // Monday
    const c = await startCase(env, world.db, onlineItem.code, { calendar: era.calendar, channel: 'ONLINE', accept: false, submitted: [] });
    const notice = await act(c, CLERK, 'requestCorrection', {
      items: [
        { materialCode: onlineItem.requiredMaterials[0], name: '营业执照副本', problem: '未提交' },
        { name: '法定代表人身份证明', problem: '复印件不清晰，请提交清晰复印件' },
      ],
      days: 5,
    });
    expect(notice.status).toBe('CORRECTION_REQUESTED');
    expect(notice.correction?.supplyBy).toBe(era.date('2027-08-09'));
    expect(await ruleOf(act(c, CLERK, 'requestCorrection', { items: [{ name: '补充材料', problem: '再补' }], days: 5 }))).toBe('requestCorrection.status');

    await skipTo(env, era.instant('2027-08-09T23:00:00+08:00'));
    expect((await c.view()).status).toBe('CORRECTION_REQUESTED');
    await skipTo(env, era.instant('2027-08-10T00:30:00+08:00'));
    await eventually(async () => {
      const v = await c.view();
      expect(v.status).toBe('WITHDRAWN');
      expect(v.stateCode).toBe(14);
      expect(v.closingReason).toContain(era.date('2027-08-09'));
    });
  });
});

describe('department systems', () => {
  it('when the department system is down, then the accepted case waits in TRANSFERRING without being lost, and reaches the department once the system is up', async () => {
    await skipTo(env, era.instant('2027-09-06T09:00:00+08:00')); // Monday
    world.simulator.setMode('down');
    const c = await startCase(env, world.db, toleranceItem.code, { calendar: era.calendar, override: { promisedLimitDays: 10 } });
    await env.sleep(60_000);
    const waiting = await c.view();
    expect(waiting.status).toBe('TRANSFERRING');
    expect(waiting.dispatch.status).toBe('PENDING');
    expect(world.simulator.received(toleranceItem.departmentCode).some((r) => r.caseNo === c.caseNo)).toBe(false);

    world.simulator.setMode('up');
    await env.sleep(10 * 60_000); // the retry backoff reaches the system again
    await eventually(async () => {
      const v = await c.view();
      expect(v.status).toBe('IN_REVIEW');
      expect(v.dispatch.status).toBe('DELIVERED');
    });
    expect(world.simulator.received(toleranceItem.departmentCode).filter((r) => r.caseNo === c.caseNo)).toHaveLength(1);
  });
});
