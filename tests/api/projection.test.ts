/**
 * The read-model projection (activities/projection.ts) as one SQL statement: whatever is replayed
 * or retried counts once — events, audit rows, outbox notices, overrun notices, findings, rollups —
 * a snapshot never goes back to an older view, and listeners hear only of what was new.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCase, CASE_EVENTS_CHANNEL, type CaseEventsNotice } from '../../activities/projection.js';
import type { CaseEvent, CaseView } from '../../domain/case/model.js';
import { type Db, createDb } from '../../prisma/client.js';
import { syntheticView } from '../support/synthetic-view.js';

let db: Db;
let owner: Db;
const notices = { publicBaseUrl: 'https://zwfw.example.gov.cn', linkSecret: 'projection-test-secret' };
const DEPT = 'PJ-TEST-DEPT';
const ITEM = `PJ-TEST-${process.pid}`;

beforeAll(() => {
  db = createDb(process.env.APP_DATABASE_URL ?? process.env.DATABASE_URL!, 2);
  owner = createDb(process.env.DATABASE_URL!, 1);
});

afterAll(async () => {
  await owner?.outboxMessage.deleteMany({ where: { ref: { startsWith: '9PJ' } } });
  await db?.$disconnect();
  await owner?.$disconnect();
});

let n = 0;
const caseNoOf = () => `9PJ${String(process.pid).slice(-5)}${String(Date.now()).slice(-8)}${String(++n).padStart(3, '0')}`.slice(0, 20);

const viewOf = (caseNo: string, over: Partial<CaseView>): CaseView =>
  syntheticView(caseNo, { code: ITEM, version: 1, name: '投影测试事项', departmentCode: DEPT, departmentName: '投影测试部门', zoneCode: 'PJ' }, {
    applicant: { name: '投影测试申请人', phone: '13800000001' },
    acceptedBy: '投影测试窗口',
    dueDate: '2030-01-10',
    ...over,
  });

const CLERK = { id: 'pj-clerk', name: '投影测试窗口', role: 'FRONT_DESK_CLERK' } as const;
const event = (seq: number, type: string, detail: Record<string, unknown> = {}, actor?: typeof CLERK): CaseEvent =>
  ({ seq, at: Date.now(), type, stateCode: 8, ...(actor ? { actor } : {}), detail }) as CaseEvent;

async function counts(caseNo: string) {
  const [events, audits, outbox, overruns, findings] = await Promise.all([
    owner.caseEvent.count({ where: { caseNo } }),
    owner.auditLog.count({ where: { caseNo } }),
    owner.outboxMessage.count({ where: { ref: caseNo } }),
    owner.notification.count({ where: { payload: { path: ['caseNo'], equals: caseNo } } }),
    owner.finding.count({ where: { caseNo } }),
  ]);
  return { events, audits, outbox, overruns, findings };
}

async function metric(caseDay: string, name: string): Promise<number> {
  const rows = await owner.$queryRaw<{ n: number }[]>`SELECT COALESCE(sum(count), 0)::int AS n FROM stat_daily WHERE item_code = ${ITEM} AND metric = ${name} AND day = ${caseDay}::date`;
  return rows[0]!.n;
}

describe('the case projection', () => {
  it('when the same events are projected again (a retry, a replay), then nothing is written or counted twice and listeners hear only of the first time', async () => {
    const caseNo = caseNoOf();
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const acceptedBefore = await metric(today, 'ACCEPTED');
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const heard: CaseEventsNotice[] = [];
    listener.on('notification', (m) => {
      const notice = JSON.parse(m.payload ?? '{}') as CaseEventsNotice;
      if (notice.caseNo === caseNo) heard.push(notice);
    });
    await listener.query(`LISTEN ${CASE_EVENTS_CHANNEL}`);
    try {
      const batch = {
        view: viewOf(caseNo, { lastSeq: 3 }),
        events: [event(1, 'RECEIVED', {}, CLERK), event(2, 'ACCEPTED', {}, CLERK), event(3, 'SPECIAL_PROCEDURE_OVERDUE', { name: '现场踏勘', limitDays: 5 })],
      };
      await projectCase(db, batch, notices);
      const first = await counts(caseNo);
      expect(first).toEqual({ events: 3, audits: 3, outbox: 1, overruns: 1, findings: 0 });
      expect(await metric(today, 'ACCEPTED')).toBe(acceptedBefore + 1);

      await projectCase(db, batch, notices);
      await Promise.all([projectCase(db, batch, notices), projectCase(db, batch, notices)]);
      expect(await counts(caseNo)).toEqual(first);
      expect(await metric(today, 'ACCEPTED')).toBe(acceptedBefore + 1);

      await new Promise((r) => setTimeout(r, 300));
      expect(heard).toEqual([{ caseNo, departmentCode: DEPT, itemCode: ITEM, status: 'IN_REVIEW', seqs: [1, 2, 3], types: ['RECEIVED', 'ACCEPTED', 'SPECIAL_PROCEDURE_OVERDUE'] }]);
      const sms = await owner.outboxMessage.findFirstOrThrow({ where: { ref: caseNo } });
      expect(sms).toMatchObject({ kind: 'case.accepted', channel: 'SMS', recipient: '13800000001', dedupeKey: `case:${caseNo}:2:SMS:13800000001` });
      expect(sms.body).toContain('承诺办结日期2030-01-10');
    } finally {
      await listener.end();
    }
  });

  it('when an older view arrives after a newer one, then the snapshot keeps the newer one and the older one\'s events still land', async () => {
    const caseNo = caseNoOf();
    await projectCase(db, { view: viewOf(caseNo, { lastSeq: 1, status: 'TRANSFERRING' }), events: [event(1, 'RECEIVED')] });
    await projectCase(db, { view: viewOf(caseNo, { lastSeq: 3, status: 'DECIDED', decision: 'APPROVED' }), events: [event(3, 'APPROVED')] });
    await projectCase(db, { view: viewOf(caseNo, { lastSeq: 2, status: 'IN_REVIEW' }), events: [event(2, 'DELIVERED')] });
    const row = await owner.case.findUniqueOrThrow({ where: { caseNo }, select: { status: true, lastEventSeq: true, decision: true } });
    expect(row).toEqual({ status: 'DECIDED', lastEventSeq: 3, decision: 'APPROVED' });
    expect((await owner.caseEvent.findMany({ where: { caseNo }, select: { seq: true }, orderBy: { seq: 'asc' } })).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('when a case is overdue twice and then completed, then it counts as overdue once, completed once, not on time, and enters the problem ledger once', async () => {
    const caseNo = caseNoOf();
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const before = { overdue: await metric(today, 'OVERDUE'), completed: await metric(today, 'COMPLETED'), onTime: await metric(today, 'COMPLETED_ON_TIME') };
    await projectCase(db, { view: viewOf(caseNo, { lastSeq: 2, overdue: true, everOverdue: true }), events: [event(1, 'RECEIVED'), event(2, 'OVERDUE', { dueDate: '2030-01-10' })] }, notices);
    await projectCase(db, { view: viewOf(caseNo, { lastSeq: 5, status: 'COMPLETED', overdue: true, everOverdue: true }), events: [event(3, 'RESUMED'), event(4, 'OVERDUE', { dueDate: '2030-01-12' }), event(5, 'COMPLETED', {}, CLERK)] }, notices);
    expect(await metric(today, 'OVERDUE')).toBe(before.overdue + 1);
    expect(await metric(today, 'COMPLETED')).toBe(before.completed + 1);
    expect(await metric(today, 'COMPLETED_ON_TIME')).toBe(before.onTime);
    expect((await counts(caseNo)).findings).toBe(1);
  });
});
