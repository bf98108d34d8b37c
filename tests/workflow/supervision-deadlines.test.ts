/**
 * The deadline rules of rectifications (整改) and urges (督办), proven on a real time-skipping
 * Temporal test server with the real activities and PostgreSQL. Every date is computed from the
 * test server's clock and the platform's working-day calendar, never written down.
 */
import { platformDataConverter, vouched } from '../../worker/codec.js';
import fs from 'node:fs';
import path from 'node:path';
import proto from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ROOT_DIR } from '../../config/index.js';
import { WORKFLOWS_PATH } from '../../worker/create-worker.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CalendarData, WorkingCalendar } from '../../domain/calendar/calendar.js';
import { addCalendarDays, endOfShanghaiDay, shanghaiDateOf, startOfShanghaiDay } from '../../domain/calendar/dates.js';
import type { Actor } from '../../domain/case/model.js';
import type { RectificationInput, RectificationState } from '../../domain/supervision/rectification.js';
import type { UrgeInput, UrgeState } from '../../domain/supervision/urge.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { calendarChangedSignal } from '../../workflows/messages.js';
import { ANSWER_URGE, rectificationStateQuery, rectificationUpdateName, rectificationUpdates, answerUrgeUpdate, urgeStateQuery } from '../../workflows/supervision-messages.js';
import { eventually } from '../support/catalog.js';
import { refusalOf, testActorKey } from '../support/cases.js';
import { TASK_QUEUE, type WorkerWorld, startWorker } from '../support/platform.js';
import { timeSkippingEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: WorkerWorld;
let calendarData: CalendarData;
let cal: WorkingCalendar;
let dept: string;
let otherDept: string;
let deptContact: { phone: string | null; email: string | null };

const SUPERVISOR: Actor = { id: 'sup-test', name: '督查室 测试', role: 'SUPERVISOR' };
const reviewer = (departmentCode: string): Actor => ({ id: `rev-${departmentCode}`, name: '审批员 测试', role: 'DEPARTMENT_REVIEWER', departmentCode });
let seq = 0;
/** The department's answer to an urge, vouched for as the API does (at the test server's time). */
const answer = async (id: string, actor: Actor, text: string) => vouched(testActorKey(), id, ANSWER_URGE, { actor, answer: text }, await env.currentTimeMs());
const uniq = () => `${process.pid}-${Date.now().toString(36)}-${++seq}`;

beforeAll(async () => {
  env = await timeSkippingEnv();
  world = await startWorker(env);
  calendarData = await loadCalendarData(world.db);
  cal = new WorkingCalendar(calendarData);
  const [a, b] = await world.db.department.findMany({ orderBy: { sortOrder: 'asc' }, take: 2 });
  dept = a!.code;
  otherDept = b!.code;
  deptContact = await world.db.notifyContact.findUniqueOrThrow({ where: { code: dept } });
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

async function skipTo(ms: number) {
  const now = await env.currentTimeMs();
  if (ms > now) await env.sleep(ms - now);
}

/** Starts on the test server's current day at 10:00 Beijing time (or the next day if already past). */
async function tenOClock(): Promise<number> {
  const now = await env.currentTimeMs();
  const today10 = startOfShanghaiDay(shanghaiDateOf(now)) + 10 * 3_600_000;
  const at = today10 > now ? today10 : today10 + 86_400_000;
  await skipTo(at);
  return at;
}

async function newFinding(source = 'HOTLINE_12345', complainantPhone?: string) {
  return world.db.finding.create({
    data: {
      source,
      kind: source === 'RATING' ? 'BAD_RATING' : 'COMPLAINT',
      externalRef: `T-${uniq()}`,
      occurredAt: new Date(await env.currentTimeMs()),
      recordedBy: 'test',
      departmentCode: dept,
      summary: '群众投诉窗口多次告知补正材料',
      ...(complainantPhone ? { complainantPhone } : {}),
    },
  });
}

async function startRectification(overrides: Partial<RectificationInput> = {}) {
  const finding = await newFinding(overrides.source, overrides.source === 'RATING' ? '13700001111' : undefined);
  const input: RectificationInput = {
    id: `ZG-T${finding.id}-${uniq()}`,
    findingId: String(finding.id),
    source: 'HOTLINE_12345',
    title: '多次告知补正材料',
    departmentCode: dept,
    situationCode: 'WS02_NOT_TOLD_AT_ONCE',
    deadlineDays: 5,
    warningDays: 2,
    escalateAfterDays: 3,
    createdBy: SUPERVISOR,
    calendar: calendarData,
    ...overrides,
  };
  const handle = await env.client.workflow.start('rectificationWorkflow', { taskQueue: TASK_QUEUE, workflowId: input.id, args: [input] });
  const state = () => handle.query(rectificationStateQuery) as Promise<RectificationState>;
  const act = async (name: keyof typeof rectificationUpdates, actor: Actor, payload: unknown) =>
    handle.executeUpdate(rectificationUpdates[name], {
      args: [vouched(testActorKey(), input.id, rectificationUpdateName(name), { actor, payload: payload as never }, await env.currentTimeMs())],
    });
  return { handle, input, state, act, findingId: finding.id };
}

/**
 * The replay guard for supervision workflows (as tests/workflow/replay.test.ts is for cases):
 * a finished history replays on today's code; RECORD_HISTORIES=1 keeps it as a JSON fixture, and
 * every fixture recorded by earlier versions must replay too.
 */
const FIXTURES = path.join(ROOT_DIR, 'tests', 'fixtures', 'histories');
const { History } = proto.temporal.api.history.v1;
/** Text fixtures: the protobuf object form, 64-bit numbers as strings and bytes as base64. */
const historyToJSON = (h: proto.temporal.api.history.v1.IHistory) =>
  JSON.stringify(History.toObject(History.fromObject(h), { longs: String, enums: String, bytes: String, defaults: false }), null, 1);
const historyFromJSON = (json: unknown) => History.fromObject(json as Record<string, unknown>);
async function replayAndMaybeRecord(handle: { fetchHistory(): Promise<proto.temporal.api.history.v1.IHistory>; workflowId: string }, name: string) {
  const history = await handle.fetchHistory();
  await Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH, dataConverter: platformDataConverter() }, history, handle.workflowId);
  if (process.env.RECORD_HISTORIES === '1') fs.writeFileSync(path.join(FIXTURES, `${name}.json`), historyToJSON(history));
}

const outboxKinds = async (ref: string) => (await world.db.outboxMessage.findMany({ where: { ref }, orderBy: { id: 'asc' } })).map((m) => `${m.kind}→${m.recipient}`);

describe('rectification deadlines (整改期限)', () => {
  it('when the department never reports, then it warns 2 working days before the deadline, is overdue from the end of the due date and escalates to the centre manager and the complaint centre 3 working days later', async () => {
    const start = await tenOClock();
    const r = await startRectification();
    const startDate = shanghaiDateOf(start);
    const dueDate = cal.addWorkingDays(startDate, 5).date;
    const warnDate = cal.addWorkingDays(startDate, 3).date; // 2 working days remain after it
    const escalateDate = cal.addWorkingDays(dueDate, 3).date;

    await eventually(async () => expect((await r.state()).dueDate).toBe(dueDate));
    await eventually(async () => expect(await outboxKinds(r.input.id)).toContain(`rectification.opened→${deptContact.phone}`));

    await skipTo(startOfShanghaiDay(warnDate) - 60_000);
    expect((await r.state()).warning).toBe(false);
    await skipTo(startOfShanghaiDay(warnDate) + 60_000);
    await eventually(async () => expect((await r.state()).warning).toBe(true));
    await eventually(async () => expect(await outboxKinds(r.input.id)).toContain(`rectification.warning→${deptContact.email}`));

    await skipTo(endOfShanghaiDay(dueDate) - 60_000);
    expect((await r.state()).overdue).toBe(false);
    await skipTo(endOfShanghaiDay(dueDate) + 60_000);
    await eventually(async () => expect((await r.state()).overdue).toBe(true));
    await eventually(async () => {
      const row = await world.db.rectification.findUniqueOrThrow({ where: { id: r.input.id } });
      expect(row.overdue).toBe(true);
      expect(row.escalated).toBe(false);
    });

    await skipTo(endOfShanghaiDay(escalateDate) - 60_000);
    expect((await r.state()).escalated).toBe(false);
    await skipTo(endOfShanghaiDay(escalateDate) + 60_000);
    await eventually(async () => expect((await r.state()).escalated).toBe(true));
    const [centre, complaint] = await Promise.all(['CENTRE_MANAGER', 'COMPLAINT_CENTRE'].map((code) => world.db.notifyContact.findUniqueOrThrow({ where: { code } })));
    await eventually(async () => {
      const kinds = await outboxKinds(r.input.id);
      expect(kinds).toContain(`rectification.escalated→${centre!.phone}`);
      expect(kinds).toContain(`rectification.escalated→${complaint!.email}`);
      const events = await world.db.supervisionEvent.findMany({ where: { streamId: r.input.id }, orderBy: { seq: 'asc' } });
      expect(events.map((e) => e.type)).toEqual(['CREATED', 'WARNING', 'OVERDUE', 'ESCALATED']);
    });

    // Late is still better than never: the report is taken, marked late.
    await r.act('submitReport', reviewer(dept), { report: '已组织窗口人员培训，落实一次性告知制度' });
    expect((await r.state()).status).toBe('SUBMITTED');
    expect((await r.state()).reports[0]).toMatchObject({ text: '已组织窗口人员培训，落实一次性告知制度' });
    await r.act('verify', SUPERVISOR, { note: '复查到位' });
    await r.act('close', SUPERVISOR, {});
    await r.handle.result();
    await replayAndMaybeRecord(r.handle, 'rectification-escalated-lifecycle');
  });

  it('when the department reports in time and the supervisor verifies and closes it, then it is never overdue and ends closed as rectified', async () => {
    const start = await tenOClock();
    const r = await startRectification();
    // Sent around the API (the temporal CLI, say): nobody vouched for the actor, so nothing changes.
    expect(await refusalOf(r.handle.executeUpdate(rectificationUpdates.submitReport, { args: [{ actor: reviewer(dept), payload: { report: '绕过平台' } as never }] }))).toMatchObject({
      kind: 'FORBIDDEN',
      rule: 'actor.not_vouched',
    });
    expect(await refusalOf(r.act('submitReport', reviewer(otherDept), { report: 'x' }))).toMatchObject({ kind: 'FORBIDDEN', rule: 'scope.department' });
    expect(await refusalOf(r.act('verify', SUPERVISOR, { note: '好' }))).toMatchObject({ kind: 'STATE_CONFLICT', rule: 'rectification.verify.status' });
    expect(await refusalOf(r.act('verify', reviewer(dept), { note: '自己验收' }))).toMatchObject({ kind: 'FORBIDDEN', rule: 'role.not_allowed' });
    await r.act('acknowledge', reviewer(dept), { note: '已收到' });
    await r.act('submitReport', reviewer(dept), { report: '已整改' });
    const dueDate = cal.addWorkingDays(shanghaiDateOf(start), 5).date;
    await skipTo(endOfShanghaiDay(cal.addWorkingDays(dueDate, 4).date));
    const waiting = await r.state();
    expect(waiting).toMatchObject({ status: 'SUBMITTED', overdue: false, escalated: false });
    await r.act('verify', SUPERVISOR, { note: '现场复查，整改到位' });
    await r.act('close', SUPERVISOR, { note: '销号' });
    const result = await r.handle.result();
    expect(result).toMatchObject({ status: 'CLOSED', outcome: 'RECTIFIED', overdue: false });
    await eventually(async () => expect((await world.db.rectification.findUniqueOrThrow({ where: { id: r.input.id } })).status).toBe('CLOSED'));
  });

  it('when a report is sent back with a new 2-working-day deadline, then the flags start over and it is overdue at the end of the new due date', async () => {
    await tenOClock();
    const r = await startRectification({ deadlineDays: 3 });
    await r.act('submitReport', reviewer(dept), { report: '初步整改' });
    const sentAt = await env.currentTimeMs();
    await r.act('sendBack', SUPERVISOR, { reason: '整改措施不具体', days: 2 });
    const newDue = cal.addWorkingDays(shanghaiDateOf(sentAt), 2).date;
    expect((await r.state()).dueDate).toBe(newDue);
    await skipTo(endOfShanghaiDay(newDue) - 60_000);
    expect((await r.state()).overdue).toBe(false);
    await skipTo(endOfShanghaiDay(newDue) + 60_000);
    await eventually(async () => expect((await r.state())).toMatchObject({ overdue: true, status: 'SENT_BACK' }));
  });

  it('when a bad rating is not verified within 1 working day, then the verification is reported overdue; an upheld appeal closes it and the applicant is told', async () => {
    const start = await tenOClock();
    const r = await startRectification({ source: 'RATING', verifyDays: 1, deadlineDays: 15, situationCode: undefined });
    expect((await r.state()).status).toBe('VERIFYING');
    const verifyDue = cal.addWorkingDays(shanghaiDateOf(start), 1).date;
    await skipTo(endOfShanghaiDay(verifyDue) - 60_000);
    expect((await r.state()).verificationOverdue).toBe(false);
    await skipTo(endOfShanghaiDay(verifyDue) + 60_000);
    await eventually(async () => expect((await r.state()).verificationOverdue).toBe(true));
    // Still verifying: the department's rectification timers have not started.
    expect((await r.state()).warning).toBe(false);
    await r.act('appeal', reviewer(dept), { reason: '申请人所述与监控录像不符' });
    expect(await refusalOf(r.act('appeal', reviewer(dept), { reason: '再申诉' }))).toMatchObject({ kind: 'STATE_CONFLICT', rule: 'rectification.appeal.once' });
    await r.act('decideAppeal', SUPERVISOR, { upheld: true, note: '经调取录像，差评不属实' });
    expect(await r.handle.result()).toMatchObject({ status: 'CLOSED', outcome: 'APPEAL_UPHELD' });
    await eventually(async () => expect(await outboxKinds(r.input.id)).toContain('rating.outcome→13700001111'));
  });

  it('when a hotline rectification is appealed, then it is refused: only bad ratings can be appealed', async () => {
    await tenOClock();
    const r = await startRectification();
    expect(await refusalOf(r.act('appeal', reviewer(dept), { reason: '不服' }))).toMatchObject({ kind: 'RULE_VIOLATION', rule: 'rectification.appeal.rating_only' });
  });
});

describe('calendar changes (a message, not a silent re-read)', () => {
  it('when a holiday is declared on a working day before the deadline, then an open rectification and an open urge move their deadlines one working day out and fall due only then', async () => {
    const start = await tenOClock();
    const startDate = shanghaiDateOf(start);
    const r = await startRectification();
    const urgeId = `DB-T-${uniq()}`;
    const urge = await env.client.workflow.start('urgeWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: urgeId,
      args: [{ id: urgeId, caseNo: '91234567890123456789', departmentCode: dept, itemName: '测试事项', note: '请回复', replyDays: 3, warningDays: 1, urgedBy: SUPERVISOR, calendar: calendarData } satisfies UrgeInput],
    });
    const holiday = cal.addWorkingDays(startDate, 2).date; // a working day inside both deadlines
    const changed: CalendarData = { ...calendarData, days: [...calendarData.days.filter((d) => d.date !== holiday), { date: holiday, kind: 'holiday', name: '临时假日' }] };
    const newCal = new WorkingCalendar(changed);
    const oldDue = cal.addWorkingDays(startDate, 5).date;
    const newDue = newCal.addWorkingDays(startDate, 5).date;
    const newUrgeDue = newCal.addWorkingDays(startDate, 3).date;
    expect(newDue).not.toBe(oldDue);
    await r.handle.signal(calendarChangedSignal, changed);
    await urge.signal(calendarChangedSignal, changed);
    await eventually(async () => expect((await r.state()).dueDate).toBe(newDue));
    await eventually(async () => expect(((await urge.query(urgeStateQuery)) as UrgeState).dueDate).toBe(newUrgeDue));
    await eventually(async () => {
      const events = await world.db.supervisionEvent.findMany({ where: { streamId: r.input.id, type: 'DUE_DATE_MOVED' } });
      expect(events.map((e) => e.detail)).toEqual([{ from: oldDue, to: newDue, reason: 'calendar' }]);
    });
    await skipTo(endOfShanghaiDay(oldDue) + 60_000);
    expect((await r.state()).overdue).toBe(false);
    await skipTo(endOfShanghaiDay(newDue) + 60_000);
    await eventually(async () => expect((await r.state()).overdue).toBe(true));
  });
});

describe('urges that must be answered (督办)', () => {
  async function startUrge(replyDays = 3) {
    const id = `DB-T-${uniq()}`;
    const input: UrgeInput = { id, caseNo: `9${Date.now()}`.slice(0, 20), departmentCode: dept, itemName: '测试事项', note: '请加快办理', replyDays, warningDays: 1, urgedBy: SUPERVISOR, calendar: calendarData };
    const handle = await env.client.workflow.start('urgeWorkflow', { taskQueue: TASK_QUEUE, workflowId: id, args: [input] });
    return { id, handle, state: () => handle.query(urgeStateQuery) as Promise<UrgeState> };
  }

  it('when the department does not answer, then it is reminded the working day before and at the end of the reply deadline the urge escalates and becomes a finding', async () => {
    const start = await tenOClock();
    const u = await startUrge(3);
    const dueDate = cal.addWorkingDays(shanghaiDateOf(start), 3).date;
    const remindDate = cal.addWorkingDays(shanghaiDateOf(start), 2).date;
    await eventually(async () => expect(await outboxKinds(u.id)).toContain(`urge.created→${deptContact.phone}`));
    await skipTo(startOfShanghaiDay(remindDate) + 60_000);
    await eventually(async () => expect((await u.state()).warned).toBe(true));
    await skipTo(endOfShanghaiDay(dueDate) - 60_000);
    expect((await u.state()).status).toBe('AWAITING_REPLY');
    await skipTo(endOfShanghaiDay(dueDate) + 60_000);
    await eventually(async () => expect((await u.state()).status).toBe('ESCALATED'));
    await eventually(async () => {
      const finding = await world.db.finding.findUniqueOrThrow({ where: { source_externalRef: { source: 'PLATFORM', externalRef: `urge:${u.id}` } } });
      expect(finding).toMatchObject({ kind: 'UNANSWERED_URGE', departmentCode: dept, situationCode: 'DP04_IGNORE_SUPERVISION', status: 'NEW' });
      expect((await world.db.urge.findUniqueOrThrow({ where: { id: u.id } })).findingId).toBe(finding.id);
    });
    // A late answer is still taken, and marked late.
    const answered = await u.handle.executeUpdate(answerUrgeUpdate, { args: [await answer(u.handle.workflowId, reviewer(dept), '已办结')] });
    expect(answered.answer).toMatchObject({ late: true });
    await u.handle.result();
    await replayAndMaybeRecord(u.handle, 'urge-escalated-lifecycle');
  });

  it('when the department answers in time, then nothing escalates and the urge is done', async () => {
    const start = await tenOClock();
    const u = await startUrge(2);
    expect(await refusalOf(u.handle.executeUpdate(answerUrgeUpdate, { args: [{ actor: reviewer(dept), answer: '绕过平台' }] }))).toMatchObject({ kind: 'FORBIDDEN', rule: 'actor.not_vouched' });
    expect(await refusalOf(u.handle.executeUpdate(answerUrgeUpdate, { args: [await answer(u.handle.workflowId, reviewer(otherDept), '不是我们')] }))).toMatchObject({ kind: 'FORBIDDEN', rule: 'scope.department' });
    await u.handle.executeUpdate(answerUrgeUpdate, { args: [await answer(u.handle.workflowId, reviewer(dept), '已安排专人办理，预计明日办结')] });
    expect(await u.handle.result()).toMatchObject({ status: 'ANSWERED', escalated: false, answer: { late: false } });
    await skipTo(endOfShanghaiDay(addCalendarDays(cal.addWorkingDays(shanghaiDateOf(start), 2).date, 3)));
    expect(await world.db.finding.count({ where: { externalRef: `urge:${u.id}` } })).toBe(0);
  });
});

describe('replaying supervision histories', () => {
  it('when the rectification and urge histories recorded from earlier versions are replayed, then every one replays', async () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => /^(rectification|urge)-.*\.json$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const history = historyFromJSON(JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')));
      await Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH, dataConverter: platformDataConverter() }, history, file.replace(/\.json$/, ''));
    }
  });
});
