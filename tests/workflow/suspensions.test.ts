/**
 * Pauses (at most 3, at most 30 working days, three reasons only) and special procedures (their
 * working days do not count against the limit; each has its own limit and can be overdue).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { type StartedCase, act, refusalOf, reviewerOf, skipTo, startCase } from '../support/cases.js';
import { type WorkerWorld, startTimeSkippingWorld, stopWorld } from '../support/platform.js';
import type { Era } from '../support/era.js';

let env: TestWorkflowEnvironment;
let era: Era;
let world: WorkerWorld;
let item: TestItem;
let surveyItem: TestItem;

beforeAll(async () => {
  ({ env, era, world, item } = await startTimeSkippingWorld({ channel: 'WINDOW', tolerance: false }));
  surveyItem = await findItem(world.db, { channel: 'WINDOW', specialProcedure: 'SITE_SURVEY' });
});

afterAll(() => stopWorld({ env, world }));

const refusal = refusalOf;
const inReview = async (c: StartedCase) => eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));

describe('pauses', () => {
  it('when a reviewer pauses three times, then each paused working day moves the due date, a fourth pause is refused and another reason is refused', async () => {
    await skipTo(env, era.instant('2027-03-01T09:00:00+08:00')); // Monday
    const c = await startCase(env, world.db, item.code, { calendar: era.calendar, override: { promisedLimitDays: 10 } });
    const reviewer = reviewerOf(item.departmentCode);
    await inReview(c);
    expect((await c.view()).dueDate).toBe(era.date('2027-03-15'));

    expect(await refusal(act(c, reviewer, 'pause', { reason: 'STAFF_ON_LEAVE' as never, note: '经办人休假' }))).toMatchObject({ kind: 'RULE_VIOLATION', rule: 'pause.reason_not_allowed' });

    await act(c, reviewer, 'pause', { reason: 'AWAITING_HIGHER_AUTHORITY', note: '已转报省厅审核' });
    await skipTo(env, era.instant('2027-03-03T09:00:00+08:00'));
    await act(c, reviewer, 'resume', { note: '省厅已批复' }); // Mon 1, Tue 2 paused
    await act(c, reviewer, 'pause', { reason: 'FORCE_MAJEURE', note: '暴雨停电' });
    await skipTo(env, era.instant('2027-03-04T09:00:00+08:00'));
    await act(c, reviewer, 'resume', {}); // Wed 3 paused
    await act(c, reviewer, 'pause', { reason: 'AWAITING_HIGHER_AUTHORITY', note: '再次转报' });
    await skipTo(env, era.instant('2027-03-05T09:00:00+08:00'));
    const resumed = await act(c, reviewer, 'resume', {}); // Thu 4 paused
    expect(resumed.paused).toBe(false);

    const fourth = await refusal(act(c, reviewer, 'pause', { reason: 'FORCE_MAJEURE', note: '第四次' }));
    expect(fourth).toMatchObject({ kind: 'RULE_VIOLATION', rule: 'pause.max_count' });
    expect(fourth.message).toContain('at most 3 times');

    const clock = await c.clock();
    expect(clock.pauseCount).toBe(3);
    expect(clock.pausedWorkingDays).toBe(4);
    expect(clock.suspensions.map((s) => s.workingDays)).toEqual([2, 1, 1]);
    expect(clock.dueDate).toBe(era.date('2027-03-19')); // 15 + 4 working days
  });

  it('when a pause is never ended, then it ends by itself after 30 working days and the clock runs again', async () => {
    await skipTo(env, era.instant('2027-07-01T09:00:00+08:00')); // Thursday
    const c = await startCase(env, world.db, item.code, { calendar: era.calendar, override: { promisedLimitDays: 10 } });
    const reviewer = reviewerOf(item.departmentCode);
    await inReview(c);
    const paused = await act(c, reviewer, 'pause', { reason: 'AWAITING_HIGHER_AUTHORITY', note: '转报国家部委' });
    expect(paused.paused).toBe(true);

    await skipTo(env, era.instant('2027-08-11T12:00:00+08:00')); // the 30th paused working day
    expect((await c.view()).paused).toBe(true);

    await skipTo(env, era.instant('2027-08-12T00:30:00+08:00'));
    await eventually(async () => {
      const v = await c.view();
      expect(v.paused).toBe(false);
      expect(v.dueDate).toBe(era.date('2027-08-26')); // 10 + 30 working days after 1 July
    });
    const clock = await c.clock();
    expect(clock.suspensions[0]).toMatchObject({ open: false, autoEnded: true, workingDays: 30, endDate: era.date('2027-08-12') });
    expect(await refusal(act(c, reviewer, 'pause', { reason: 'FORCE_MAJEURE', note: '又停电' }))).toMatchObject({ rule: 'pause.max_working_days' });
  });
});

describe('special procedures', () => {
  it('when a site survey runs three working days, then the due date moves out by exactly those days and the result is recorded', async () => {
    await skipTo(env, era.instant('2027-11-08T09:00:00+08:00')); // Monday
    const c = await startCase(env, world.db, surveyItem.code, { calendar: era.calendar, override: { promisedLimitDays: 10, specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 5 }] } });
    const reviewer = reviewerOf(surveyItem.departmentCode);
    await inReview(c);
    expect((await c.view()).dueDate).toBe(era.date('2027-11-22'));

    expect(await refusal(act(c, reviewer, 'startSpecialProcedure', { kind: 'HEARING', reason: '需听证' }))).toMatchObject({ rule: 'special_procedure.not_configured' });
    await skipTo(env, era.instant('2027-11-10T09:00:00+08:00'));
    const started = await act(c, reviewer, 'startSpecialProcedure', { kind: 'SITE_SURVEY', reason: '需核实现场条件' });
    expect(started.inSpecialProcedure).toBe(true);
    expect(started.stateCode).toBe(9);
    expect(await refusal(act(c, reviewer, 'approve', { opinion: '' }))).toMatchObject({ kind: 'STATE_CONFLICT', rule: 'approve.suspended' });

    await skipTo(env, era.instant('2027-11-15T09:00:00+08:00'));
    const finished = await act(c, reviewer, 'finishSpecialProcedure', { result: '现场符合要求' });
    expect(finished.inSpecialProcedure).toBe(false);
    expect(finished.dueDate).toBe(era.date('2027-11-25')); // Wed 10, Thu 11, Fri 12 did not count
    const clock = await c.clock();
    expect(clock.suspensions[0]).toMatchObject({ kind: 'SPECIAL_PROCEDURE', reason: 'SITE_SURVEY', reasonName: '现场踏勘', workingDays: 3, procedureDueDate: era.date('2027-11-17'), procedureOverdue: false, result: '现场符合要求' });
  });

  it('when a site survey passes its own 5-day limit, then the procedure is overdue and the case clock runs again', async () => {
    await skipTo(env, era.instant('2027-11-29T09:00:00+08:00')); // Monday
    const c = await startCase(env, world.db, surveyItem.code, { calendar: era.calendar, override: { promisedLimitDays: 3, specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 5 }] } });
    const reviewer = reviewerOf(surveyItem.departmentCode);
    await inReview(c);
    await act(c, reviewer, 'startSpecialProcedure', { kind: 'SITE_SURVEY', reason: '现场踏勘' });

    await skipTo(env, era.instant('2027-12-07T00:30:00+08:00')); // the survey was due Mon 6 December
    await eventually(async () => {
      const clock = await c.clock();
      expect(clock.suspensions[0]).toMatchObject({ procedureDueDate: era.date('2027-12-06'), procedureOverdue: true, open: true });
      const v = await c.view();
      expect(v.overdue).toBe(false); // due date not reached yet: 3 days + the survey's 5 excluded days
      expect(clock.running).toBe(true); // past its limit the survey no longer stops the case's clock (rules 2)
      const event = await world.db.caseEvent.findFirst({ where: { caseNo: c.caseNo, type: 'SPECIAL_PROCEDURE_OVERDUE' } });
      expect(event).not.toBeNull();
    });
  });
});
