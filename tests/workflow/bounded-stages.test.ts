/**
 * The rules a clerk trips over (issue 16), on a real time-skipping Temporal test server with the
 * real activities: one clock at intake, the computed one-time notice, special procedures capped at
 * their own limit, and the limits of the pre-review and hand-out stages. Every date is computed
 * from the test server's clock (plain weeks found in the calendar), never hard-coded.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarData } from '../../domain/calendar/calendar.js';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import { CURRENT_RULES } from '../../domain/case/model.js';
import { applyAction, caseView, contextOf, markDelivered, newCaseState } from '../../domain/case/rules.js';
import { publishedItemSnapshot } from '../../api/services/intake.js';
import type { CaseInput } from '../../domain/case/model.js';
import { caseStateQuery } from '../../workflows/messages.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { CLERK, act, refusalOf, reviewerOf, skipTo, startCase, testCaseNo } from '../support/cases.js';
import { TASK_QUEUE, type WorkerWorld, startWorker } from '../support/platform.js';
import { timeSkippingEnv } from '../support/temporal.js';
import { at, plainMonday, weekdaysAfter } from '../support/time.js';

let env: TestWorkflowEnvironment;
let world: WorkerWorld;
let calendar: CalendarData;
let plainItem: TestItem;
let toleranceItem: TestItem;
let surveyItem: TestItem;

beforeAll(async () => {
  env = await timeSkippingEnv();
  world = await startWorker(env);
  calendar = await loadCalendarData(world.db);
  plainItem = await findItem(world.db, { channel: 'ONLINE', tolerance: false });
  toleranceItem = await findItem(world.db, { channel: 'WINDOW', tolerance: true });
  surveyItem = await findItem(world.db, { channel: 'WINDOW', specialProcedure: 'SITE_SURVEY' });
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

/** A fresh plain span of weeks after everything the previous test did (the clock only moves forward). */
const nextMonday = () => plainMonday(env, calendar, 3);
const eventTypes = async (caseNo: string) => (await world.db.caseEvent.findMany({ where: { caseNo }, orderBy: { seq: 'asc' } })).map((e) => e.type);

describe('one clock at intake', () => {
  it('when the window accepts at 23:59:59 Asia/Shanghai with a commitment dated today and the workflow starts after midnight, then the case is accepted that day exactly as the API answered', async () => {
    const monday = await nextMonday();
    await skipTo(env, at(monday, '23:59:59'));
    const decidedAt = await env.currentTimeMs();
    expect(shanghaiDateOf(decidedAt)).toBe(monday);
    const material = toleranceItem.tolerableMaterials[0]!;
    const tolerated = [{ code: material, promisedDate: monday }];

    // What the API answers at that instant, from the same pure rules.
    await skipTo(env, at(weekdaysAfter(monday, 1), '00:00:02')); // the workflow's first task runs after midnight
    const c = await startCase(env, world.db, toleranceItem.code, { override: { promisedLimitDays: 5 }, tolerated, receivedAt: decidedAt });
    const { state: answered } = newCaseState(c.input, decidedAt, CURRENT_RULES);
    applyAction(answered, { name: 'accept', payload: c.input.acceptNow! }, c.input.submittedBy, contextOf(answered, decidedAt));
    const apiAnswer = caseView(answered, contextOf(answered, decidedAt));

    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    const view = await c.view();
    expect(apiAnswer.status).toBe('TRANSFERRING');
    expect(view.acceptedAt).toBe(new Date(decidedAt).toISOString());
    expect(view.acceptedAt).toBe(apiAnswer.acceptedAt);
    expect(view.submittedAt).toBe(apiAnswer.submittedAt);
    expect(view.dueDate).toBe(weekdaysAfter(monday, 5)); // counted from Monday, the day the API decided on
    expect(view.dueDate).toBe(apiAnswer.dueDate);
    expect(view.missingToleratedMaterials).toEqual([expect.objectContaining({ code: material, promisedDate: monday })]);
  });
});

describe('the one-time notice (一次性告知)', () => {
  it('when a clerk asks for a correction, then the notice lists every missing required material, partial supply keeps it waiting, full supply lets acceptance through and a second notice stays refused', async () => {
    expect(plainItem.requiredMaterials.length).toBeGreaterThanOrEqual(3);
    const monday = await nextMonday();
    await skipTo(env, at(monday, '09:00'));
    const [first, second, ...rest] = plainItem.requiredMaterials as [string, string, ...string[]];
    const c = await startCase(env, world.db, plainItem.code, { channel: 'ONLINE', accept: false, submitted: [first], applicantUserId: 'applicant-notice' });

    // The clerk names only one material and adds a remark: the platform lists all missing ones anyway.
    const asked = await act(c, CLERK, 'requestCorrection', { items: [{ materialCode: second, name: '第二项材料', problem: '缺少盖章页' }, { name: '说明', problem: '请携带原件核对' }], days: 5 });
    expect(asked.status).toBe('CORRECTION_REQUESTED');
    const listed = asked.correction!.items;
    expect(listed.filter((i) => i.kind === 'MISSING').map((i) => i.materialCode).sort()).toEqual([second, ...rest].sort());
    expect(listed.find((i) => i.materialCode === second)!.problem).toBe('缺少盖章页'); // the clerk's wording is kept
    expect(listed.find((i) => i.kind === 'REMARK')).toMatchObject({ name: '说明', problem: '请携带原件核对' });
    expect(asked.correction!.supplyBy).toBe(weekdaysAfter(monday, 5));

    await skipTo(env, at(weekdaysAfter(monday, 1), '10:00'));
    const applicant = { id: 'applicant-notice', name: '测试申请人', role: 'APPLICANT' as const };
    const partly = await act(c, applicant, 'supplyCorrection', { materialCodes: [second] });
    expect(partly.status).toBe('CORRECTION_REQUESTED'); // what came in is kept; the rest is still awaited
    await eventually(async () => expect(await eventTypes(c.caseNo)).toContain('CORRECTION_PARTLY_SUPPLIED'));
    expect((await refusalOf(act(c, CLERK, 'accept', {}))).rule).toBe('accept.status');

    const complete = await act(c, CLERK, 'supplyCorrection', { materialCodes: rest });
    expect(complete.status).toBe('SUBMITTED');
    const again = await refusalOf(act(c, CLERK, 'requestCorrection', { items: [{ name: '补充', problem: '再补一份' }], days: 5 }));
    expect(again).toMatchObject({ kind: 'RULE_VIOLATION', rule: 'correction.one_time_notice' });
    const accepted = await act(c, CLERK, 'accept', {});
    expect(accepted.status).toBe('TRANSFERRING');
  });

  it('when every required material is in and the clerk names no defect, then a correction is refused: there is nothing to tell', async () => {
    const monday = await nextMonday();
    await skipTo(env, at(monday, '09:00'));
    const c = await startCase(env, world.db, plainItem.code, { channel: 'ONLINE', accept: false, applicantUserId: 'applicant-complete' });
    expect(await refusalOf(act(c, CLERK, 'requestCorrection', { items: [], days: 5 }))).toMatchObject({ kind: 'RULE_VIOLATION', rule: 'correction.nothing_missing' });
  });
});

describe('special procedures are bounded', () => {
  it('when a site survey runs past its own limit, then it is marked overdue, the department is told, the case clock runs again and the case becomes overdue', async () => {
    const monday = await nextMonday();
    await skipTo(env, at(monday, '09:00'));
    const c = await startCase(env, world.db, surveyItem.code, { override: { promisedLimitDays: 3, specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 2 }] } });
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    await act(c, reviewerOf(surveyItem.departmentCode), 'startSpecialProcedure', { kind: 'SITE_SURVEY', reason: '核实现场' });
    expect((await c.clock()).suspensions[0]!.procedureDueDate).toBe(weekdaysAfter(monday, 2)); // Wednesday

    await skipTo(env, at(weekdaysAfter(monday, 1), '12:00')); // Tuesday: within the limit, the clock stands still
    const within = await c.clock();
    expect(within.running).toBe(false);
    expect(within.suspensions[0]).toMatchObject({ open: true, procedureOverdue: false });

    await skipTo(env, at(weekdaysAfter(monday, 3), '09:00')); // Thursday: the survey was due Wednesday
    await eventually(async () => {
      const clock = await c.clock();
      expect(clock.suspensions[0]).toMatchObject({ open: true, procedureOverdue: true, workingDays: 3, excludedWorkingDays: 2, overrunWorkingDays: 1 });
      expect(clock.running).toBe(true);
      expect(clock.dueDate).toBe(weekdaysAfter(monday, 5)); // 3 working days + at most the survey's 2
      const view = await c.view();
      expect(view.specialProcedureOverdue).toBe(true);
      expect(view.inSpecialProcedure).toBe(true);
    });
    await eventually(async () => {
      const told = await world.db.notification.findFirst({ where: { departmentCode: surveyItem.departmentCode, kind: 'SPECIAL_PROCEDURE_OVERDUE', payload: { path: ['caseNo'], equals: c.caseNo } } });
      expect(told?.title).toContain('现场踏勘');
    });

    // A week later the survey is still open, yet the case is overdue: no case is overdue without bound.
    await skipTo(env, at(weekdaysAfter(monday, 6), '00:30'));
    await eventually(async () => {
      const view = await c.view();
      expect(view.overdue).toBe(true);
      expect(view.dueDate).toBe(weekdaysAfter(monday, 5));
      expect(await eventTypes(c.caseNo)).toEqual(expect.arrayContaining(['SPECIAL_PROCEDURE_OVERDUE', 'OVERDUE']));
    });
    const finished = await act(c, reviewerOf(surveyItem.departmentCode), 'finishSpecialProcedure', { result: '现场符合要求' });
    expect(finished.dueDate).toBe(weekdaysAfter(monday, 5)); // finishing late adds nothing: the excluded time stays capped
    expect(finished.everOverdue).toBe(true);
  });
});

describe('cases opened under the earlier rules', () => {
  it('when a case opened under rules 1 with a site survey past its limit continues on today\'s code, then it moves to rules 2: the survey is capped and the case clock runs again', async () => {
    const monday = await nextMonday();
    await skipTo(env, at(monday, '09:00'));
    const started = await env.currentTimeMs();
    // A rules-1 case as an earlier version left it (carried over, as continue-as-new does): accepted Monday, survey started Monday.
    const { channels: _channels, ...item } = await publishedItemSnapshot(world.db, surveyItem.code);
    const input: CaseInput = {
      caseNo: testCaseNo(),
      channel: 'WINDOW',
      item: { ...item, promisedLimitDays: 3, specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 2 }] },
      applicant: { name: '旧规则申请人' },
      submittedMaterials: item.materials.filter((m) => m.required).map((m) => m.code),
      submittedBy: CLERK,
      warningDays: 2,
      calendar,
    };
    const { state } = newCaseState(input, started, 1);
    const ctx = contextOf(state, started);
    const pending = [
      ...applyAction(state, { name: 'accept', payload: {} }, CLERK, ctx),
      ...markDelivered(state, 'receipt-rules-1', started),
      ...applyAction(state, { name: 'startSpecialProcedure', payload: { kind: 'SITE_SURVEY', reason: '核实现场' } }, reviewerOf(surveyItem.departmentCode), ctx),
    ];
    expect(state.rules).toBeUndefined();
    expect(state.suspensions[0]!.capped).toBeUndefined();

    await skipTo(env, at(weekdaysAfter(monday, 3), '09:00')); // Thursday: the survey was due Wednesday
    const handle = await env.client.workflow.start('caseWorkflow', { taskQueue: TASK_QUEUE, workflowId: state.caseNo, args: [{ carried: state, pending }] });
    await eventually(async () => {
      const now = await handle.query(caseStateQuery);
      expect(now.rules).toBe(2);
      expect(now.suspensions[0]).toMatchObject({ capped: true, procedureOverdue: true });
      const view = caseView(now, contextOf(now, await env.currentTimeMs()));
      expect(view.dueDate).toBe(weekdaysAfter(monday, 5)); // 3 days + at most the survey's 2
    });
    await skipTo(env, at(weekdaysAfter(monday, 6), '00:30'));
    await eventually(async () => {
      const now = await handle.query(caseStateQuery);
      expect(now.overdue).toBe(true); // bounded: the open survey no longer keeps the case from running late
    });
  });
});

describe('front-desk stage limits', () => {
  it('when an online application waits for pre-review, then it warns with one working day left and is overdue past its 2-working-day limit; acceptance ends the stage', async () => {
    const monday = await nextMonday();
    await skipTo(env, at(monday, '10:00'));
    const c = await startCase(env, world.db, plainItem.code, { channel: 'ONLINE', accept: false, applicantUserId: 'applicant-prereview' });
    const fresh = await c.view();
    expect(fresh.stage).toMatchObject({ kind: 'PRE_REVIEW', startDate: monday, limitDays: 2, dueDate: weekdaysAfter(monday, 2), warning: false, overdue: false });

    await skipTo(env, at(weekdaysAfter(monday, 1), '09:00')); // Tuesday: one working day left
    await eventually(async () => expect((await c.view()).stage).toMatchObject({ warning: true, overdue: false }));
    await skipTo(env, at(weekdaysAfter(monday, 3), '00:30')); // Thursday
    await eventually(async () => {
      expect((await c.view()).stage).toMatchObject({ kind: 'PRE_REVIEW', overdue: true });
      expect(await eventTypes(c.caseNo)).toEqual(['RECEIVED', 'PRE_REVIEW_WARNING', 'PRE_REVIEW_OVERDUE']);
      expect(await world.db.case.findUniqueOrThrow({ where: { caseNo: c.caseNo } })).toMatchObject({ stage: 'PRE_REVIEW', stageOverdue: true });
    });
    const accepted = await act(c, CLERK, 'accept', {});
    expect(accepted.status).toBe('TRANSFERRING');
    expect(accepted.stage).toBeUndefined();
    expect(accepted.overdue).toBe(false); // the review clock is a separate limit
    await eventually(async () => expect(await world.db.case.findUniqueOrThrow({ where: { caseNo: c.caseNo } })).toMatchObject({ stage: null, stageOverdue: false }));
  });

  it('when the hall configures a 1-day pre-review and a case waits over a weekend, then it is due the next Monday, not the weekend, and overdue from Tuesday', async () => {
    const monday = await nextMonday();
    const friday = weekdaysAfter(monday, 4);
    await skipTo(env, at(friday, '15:00'));
    const c = await startCase(env, world.db, plainItem.code, { channel: 'ONLINE', accept: false, applicantUserId: 'applicant-weekend', stageLimits: { preReviewDays: 1, outputDays: 3 } });
    expect((await c.view()).stage).toMatchObject({ limitDays: 1, dueDate: weekdaysAfter(monday, 5), warning: false });
    await skipTo(env, at(weekdaysAfter(monday, 5), '08:00')); // the next Monday, the due day
    await eventually(async () => expect((await c.view()).stage).toMatchObject({ overdue: false }));
    await skipTo(env, at(weekdaysAfter(monday, 6), '00:30'));
    await eventually(async () => expect((await c.view()).stage).toMatchObject({ overdue: true }));
  });

  it('when a decided result is not handed out within 3 working days, then the hand-out stage is overdue; a result held for tolerated materials starts its stage only once they are in', async () => {
    const monday = await nextMonday();
    await skipTo(env, at(monday, '09:00'));
    const material = toleranceItem.tolerableMaterials[0]!;
    const c = await startCase(env, world.db, toleranceItem.code, { override: { promisedLimitDays: 10 }, tolerated: [{ code: material, promisedDate: weekdaysAfter(monday, 2) }] });
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    const approved = await act(c, reviewerOf(toleranceItem.departmentCode), 'approve', { opinion: '准予' });
    expect(approved.outputHeld).toBe(true);
    expect(approved.stage).toBeUndefined(); // the window cannot hand it out yet: no limit runs against it

    await skipTo(env, at(weekdaysAfter(monday, 1), '10:00')); // Tuesday: the material comes in
    const released = await act(c, CLERK, 'supplyToleratedMaterial', { materialCode: material });
    expect(released.stage).toMatchObject({ kind: 'OUTPUT', startDate: weekdaysAfter(monday, 1), limitDays: 3, dueDate: weekdaysAfter(monday, 4) });

    await skipTo(env, at(weekdaysAfter(monday, 5), '00:30')); // past Friday
    await eventually(async () => {
      expect((await c.view()).stage).toMatchObject({ kind: 'OUTPUT', overdue: true });
      expect(await eventTypes(c.caseNo)).toEqual(expect.arrayContaining(['OUTPUT_WARNING', 'OUTPUT_OVERDUE']));
    });
    const done = await act(c, CLERK, 'issueOutput', { method: 'WINDOW_PICKUP' });
    expect(done.status).toBe('COMPLETED');
    expect(done.stage).toBeUndefined();
  });
});
