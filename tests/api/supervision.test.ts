/**
 * Supervision and service quality through the API, against real PostgreSQL and a real Temporal
 * dev server: the negative-behaviour lists, a 12345 complaint from the inbound endpoint to a
 * closed rectification, an urge that must be answered, a bad rating that opens a rectification
 * by itself, and satisfaction figures.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type TestItem, eventually } from '../support/catalog.js';
import { supervisionItem } from '../support/supervision.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let manager: string;
let supervisor: string;
let clerk: string;
let reviewer: string;
let otherReviewer: string;
let item: TestItem;
const config = loadConfig();
const hotline = { authorization: `Bearer ${config.HOTLINE_TOKEN}` };
const uniq = () => `${process.pid}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  item = await supervisionItem(world.db);
  const other = await world.db.department.findFirstOrThrow({ where: { code: { not: item.departmentCode } }, orderBy: { sortOrder: 'asc' } });
  [manager, supervisor, clerk, reviewer, otherReviewer] = await Promise.all([
    world.login('manager'),
    world.login('supervisor'),
    world.login('clerk.a01'),
    world.login(reviewerUsername(item.departmentCode)),
    world.login(reviewerUsername(other.code)),
  ]);
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

async function caseInReview(phone = '13912345678') {
  const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '榆林市好评建材有限公司', phone }, submittedMaterials: item.requiredMaterials } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const caseNo = created.body.case.caseNo as string;
  // In review at the department, and in the read model the public pages read.
  await eventually(async () => expect((await world.db.case.findUnique({ where: { caseNo } }))?.status).toBe('IN_REVIEW'));
  return { caseNo, queryCode: created.body.queryCode as string };
}

async function complete(caseNo: string) {
  expect((await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '准予' } })).status).toBe(200);
  const out = await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: clerk, body: { method: 'WINDOW_PICKUP' } });
  expect(out.body.status).toBe('COMPLETED');
  await eventually(async () => expect((await world.db.case.findUniqueOrThrow({ where: { caseNo } })).status).toBe('COMPLETED'));
}

describe('negative-behaviour lists (负面行为清单)', () => {
  it('when anyone signed in reads the lists, then there are 11 situations in two groups, each with its basis and deadline', async () => {
    const r = await world.call('GET', '/api/v1/negative-situations', { token: clerk });
    expect(r.status).toBe(200);
    expect(r.body.groups).toEqual({ WINDOW_STAFF: '综窗工作人员', DEPARTMENT: '进驻部门' });
    const seeded = r.body.items.filter((s: { code: string }) => /^(WS|DP)\d\d_/.test(s.code));
    expect(seeded).toHaveLength(11);
    expect(new Set(seeded.map((s: { group: string }) => s.group))).toEqual(new Set(['WINDOW_STAFF', 'DEPARTMENT']));
    for (const s of seeded) {
      expect(s.basis).toMatch(/《.+》|GB\/T/);
      expect(s.rectifyDays).toBeGreaterThan(0);
    }
    expect((await world.call('GET', '/api/v1/negative-situations')).status).toBe(401);
  });

  it('when the centre manager changes a situation, then a new version is in force and the old one stays readable; others are refused and bad input names the field', async () => {
    const body = { group: 'WINDOW_STAFF', title: '脱岗离岗、窗口空岗', description: '工作时间无故脱岗、离岗超过15分钟，或窗口无人值守。', basis: 'GB/T 32169.3-2015', rectifyDays: 2, changeNote: '明确离岗时长' };
    expect((await world.call('PUT', '/api/v1/negative-situations/WS04_ABSENT_FROM_POST', { token: supervisor, body })).status).toBe(403);
    const bad = await world.call('PUT', '/api/v1/negative-situations/WS04_ABSENT_FROM_POST', { token: manager, body: { ...body, rectifyDays: 0, group: 'NOBODY' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.group', 'body.rectifyDays']);
    const ok = await world.call('PUT', '/api/v1/negative-situations/WS04_ABSENT_FROM_POST', { token: manager, body });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ code: 'WS04_ABSENT_FROM_POST', rectifyDays: 2, changeNote: '明确离岗时长' });
    const versions = await world.call('GET', '/api/v1/negative-situations/WS04_ABSENT_FROM_POST/versions', { token: clerk });
    expect(versions.body[0].version).toBe(ok.body.version);
    expect(versions.body.at(-1)).toMatchObject({ version: 1, rectifyDays: 1 });
    const list = await world.call('GET', '/api/v1/negative-situations', { token: clerk });
    expect(list.body.items.filter((s: { code: string }) => s.code === 'WS04_ABSENT_FROM_POST')).toHaveLength(1);
    expect((await world.call('PUT', '/api/v1/negative-situations/NO_SUCH_CODE', { token: manager, body })).status).toBe(404);
  });
});

describe('12345 hotline → finding → rectification', () => {
  it('when the hotline sends a complaint, then it is a finding once however often it is resent; a wrong credential is 401 and a malformed ticket a 400 naming the field', async () => {
    const ticket = { ticketNo: `12345-${uniq()}`, receivedAt: new Date().toISOString(), content: '窗口未一次性告知补正材料，跑了三趟', department: { code: item.departmentCode }, complainant: { name: '王先生', phone: '13800001234' }, situationCode: 'WS02_NOT_TOLD_AT_ONCE' };
    expect((await world.call('POST', '/api/v1/inbound/hotline', { body: ticket })).status).toBe(401);
    expect((await world.call('POST', '/api/v1/inbound/hotline', { body: ticket, headers: { authorization: `Bearer ${config.BUSINESS_PLATFORM_TOKEN}` } })).status).toBe(401);
    const bad = await world.call('POST', '/api/v1/inbound/hotline', { body: { ...ticket, receivedAt: 'yesterday', content: '' }, headers: hotline });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.content', 'body.receivedAt']);
    const first = await world.call('POST', '/api/v1/inbound/hotline', { body: ticket, headers: hotline });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ duplicate: false, status: 'NEW' });
    const again = await world.call('POST', '/api/v1/inbound/hotline', { body: ticket, headers: hotline });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ findingId: first.body.findingId, status: 'NEW', duplicate: true });
    const f = await world.call('GET', `/api/v1/findings/${first.body.findingId}`, { token: supervisor });
    expect(f.body).toMatchObject({ source: 'HOTLINE_12345', sourceName: '12345热线', kind: 'COMPLAINT', departmentCode: item.departmentCode, situationCode: 'WS02_NOT_TOLD_AT_ONCE', complainantPhone: '*******1234' });
    const ledger = await world.call('GET', `/api/v1/findings?source=HOTLINE_12345&status=NEW&departmentCode=${item.departmentCode}`, { token: supervisor });
    expect(ledger.body.items.map((x: { id: string }) => x.id)).toContain(first.body.findingId);
    expect((await world.call('GET', `/api/v1/findings?departmentCode=${item.departmentCode}`, { token: otherReviewer })).status).toBe(403);
  });

  it('when a supervisor confirms the complaint, then the department gets a rectification with the situation\'s deadline, reports, and the supervisor verifies and closes it', async () => {
    const ticket = { ticketNo: `12345-${uniq()}`, receivedAt: new Date().toISOString(), content: '部门要求提供办事指南外的证明', department: { code: item.departmentCode }, situationCode: 'DP05_EXTRA_CONDITIONS' };
    const { body: sent } = await world.call('POST', '/api/v1/inbound/hotline', { body: ticket, headers: hotline });
    expect((await world.call('POST', `/api/v1/findings/${sent.findingId}/confirm`, { token: reviewer, body: { note: '属实' } })).status).toBe(403);
    const confirmed = await world.call('POST', `/api/v1/findings/${sent.findingId}/confirm`, { token: supervisor, body: { note: '经调查属实' } });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const id = confirmed.body.rectificationId as string;
    expect(id).toBe(`ZG-${sent.findingId}`);
    expect((await world.call('POST', `/api/v1/findings/${sent.findingId}/confirm`, { token: supervisor, body: { note: '再次' } })).body.rule).toBe('finding.already_decided');

    // The deadline the calendar service gives for 10 working days from today (Asia/Shanghai).
    const calendar = await world.call('GET', `/api/v1/calendar/add-working-days?from=${shanghaiDateOf(Date.now())}&days=10`);
    const rect = await world.call('GET', `/api/v1/rectifications/${id}`, { token: reviewer });
    expect(rect.status).toBe(200);
    expect(rect.body).toMatchObject({ status: 'OPEN', departmentCode: item.departmentCode, deadlineDays: 10, situationCode: 'DP05_EXTRA_CONDITIONS' });
    expect(calendar.status).toBe(200);
    expect(rect.body.dueDate).toBe(calendar.body.date);
    expect((await world.call('GET', `/api/v1/rectifications/${id}`, { token: otherReviewer })).status).toBe(403);

    const early = await world.call('POST', `/api/v1/rectifications/${id}/verify`, { token: supervisor, body: { note: '验收' } });
    expect(early.status).toBe(409);
    expect(early.body.rule).toBe('rectification.verify.status');
    expect((await world.call('POST', `/api/v1/rectifications/${id}/submit-report`, { token: reviewer, body: { report: '' } })).status).toBe(400);
    expect((await world.call('POST', `/api/v1/rectifications/${id}/submit-report`, { token: supervisor, body: { report: '代交' } })).status).toBe(403);
    expect((await world.call('POST', `/api/v1/rectifications/${id}/acknowledge`, { token: reviewer, body: {} })).body.status).toBe('RECTIFYING');
    expect((await world.call('POST', `/api/v1/rectifications/${id}/submit-report`, { token: reviewer, body: { report: '已取消额外证明要求，更新办事指南' } })).body.status).toBe('SUBMITTED');
    const back = await world.call('POST', `/api/v1/rectifications/${id}/send-back`, { token: supervisor, body: { reason: '请附培训记录', days: 3 } });
    expect(back.body.status).toBe('SENT_BACK');
    await world.call('POST', `/api/v1/rectifications/${id}/submit-report`, { token: reviewer, body: { report: '已取消额外证明要求，附培训签到表' } });
    expect((await world.call('POST', `/api/v1/rectifications/${id}/verify`, { token: supervisor, body: { note: '复查到位' } })).body.status).toBe('VERIFIED');
    expect((await world.call('POST', `/api/v1/rectifications/${id}/close`, { token: manager, body: { note: '销号' } })).body).toMatchObject({ status: 'CLOSED', outcome: 'RECTIFIED' });
    expect((await world.call('POST', `/api/v1/rectifications/${id}/close`, { token: manager, body: {} })).status).toBe(409);

    await eventually(async () => {
      const list = await world.call('GET', `/api/v1/rectifications?status=CLOSED&departmentCode=${item.departmentCode}`, { token: reviewer });
      expect(list.body.items.find((r: { id: string }) => r.id === id)).toMatchObject({ statusName: '已销号', outcomeName: '整改到位' });
    });
    const events = await world.call('GET', `/api/v1/rectifications/${id}/events`, { token: supervisor });
    expect(events.body.map((e: { type: string }) => e.type)).toEqual(['CREATED', 'ACKNOWLEDGED', 'REPORT_SUBMITTED', 'SENT_BACK', 'REPORT_SUBMITTED', 'VERIFIED', 'CLOSED']);
    const notices = await world.db.outboxMessage.findMany({ where: { ref: id } });
    expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(['rectification.opened', 'rectification.sent_back', 'rectification.closed']));
  });

  it('when a department account tries to accept a case, then the violation also enters the ledger as a platform finding', async () => {
    const { caseNo } = await caseInReview();
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/accept`, { token: reviewer, body: {} })).status).toBe(403);
    const ledger = await world.call('GET', `/api/v1/findings?source=PLATFORM&kind=VIOLATION&caseNo=${caseNo}`, { token: supervisor });
    expect(ledger.body.items).toHaveLength(1);
    expect(ledger.body.items[0]).toMatchObject({ situationCode: 'DP02_BYPASS_SPLIT', departmentCode: item.departmentCode, kindName: '违反受审分离' });
  });
});

describe('urges that must be answered (督办)', () => {
  it('when a supervisor urges a case, then the department is notified, answers once, and the answer is on the urge', async () => {
    const { caseNo } = await caseInReview();
    const urged = await world.call('POST', `/api/v1/cases/${caseNo}/urge`, { token: supervisor, body: { note: '群众反映办理较慢，请加快', replyDays: 2 } });
    expect(urged.status, JSON.stringify(urged.body)).toBe(200);
    const id = urged.body.urge.id as string;
    expect(id).toBe(`DB-${caseNo}-1`);
    await eventually(async () => {
      const list = await world.call('GET', `/api/v1/urges?status=AWAITING_REPLY&caseNo=${caseNo}`, { token: reviewer });
      expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([id]);
      expect(list.body.items[0]).toMatchObject({ replyDays: 2, statusName: '待回复' });
    });
    const contact = await world.db.notifyContact.findUniqueOrThrow({ where: { code: item.departmentCode } });
    await eventually(async () => expect((await world.db.outboxMessage.findMany({ where: { ref: id, kind: 'urge.created' } })).map((m) => m.recipient).sort()).toEqual([contact.email, contact.phone].sort()));
    // The department desk shows it among the department's notifications, too.
    const inbox = await world.call('GET', '/api/v1/notifications?pageSize=100', { token: reviewer });
    expect(inbox.body.find((n: { kind: string; payload: { urgeId?: string } }) => n.kind === 'urge.created' && n.payload.urgeId === id)).toMatchObject({ title: `督办通知：办件${caseNo}`, read: false });
    expect((await world.call('POST', `/api/v1/urges/${id}/answer`, { token: otherReviewer, body: { answer: '不是我们' } })).status).toBe(403);
    expect((await world.call('POST', `/api/v1/urges/${id}/answer`, { token: reviewer, body: { answer: '' } })).status).toBe(400);
    const answered = await world.call('POST', `/api/v1/urges/${id}/answer`, { token: reviewer, body: { answer: '已安排专人，今日办结' } });
    expect(answered.body).toMatchObject({ status: 'ANSWERED', answer: { text: '已安排专人，今日办结', late: false } });
    const twice = await world.call('POST', `/api/v1/urges/${id}/answer`, { token: reviewer, body: { answer: '再答' } });
    expect(twice.status).toBe(409);
    expect(twice.body.rule).toBe('urge.answer.once');
    await eventually(async () => expect((await world.call('GET', `/api/v1/urges/${id}`, { token: supervisor })).body.answer.by).toBeTruthy());
  });

  it('when the department answers twice in quick succession, then the second is always a 409 urge.answer.once, even while the urge is closing', async () => {
    // The urge's workflow ends right after the first answer; a second answer that races its close
    // is aborted by Temporal as "not found", which once came back as a 500.
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { caseNo } = await caseInReview();
      const urged = await world.call('POST', `/api/v1/cases/${caseNo}/urge`, { token: supervisor, body: { note: '请加快', replyDays: 2 } });
      expect(urged.status, JSON.stringify(urged.body)).toBe(200);
      const id = urged.body.urge.id as string;
      expect((await world.call('POST', `/api/v1/urges/${id}/answer`, { token: reviewer, body: { answer: '已安排' } })).status).toBe(200);
      // Several later answers, a few milliseconds apart, so that some land while the urge closes.
      const later = await Promise.all(
        Array.from({ length: 16 }, (_, k) => k * 4).map(async (ms) => {
          await new Promise((resolve) => setTimeout(resolve, ms));
          return world.call('POST', `/api/v1/urges/${id}/answer`, { token: reviewer, body: { answer: `再答${ms}` } });
        }),
      );
      for (const twice of later) {
        expect(twice.body.rule, JSON.stringify(twice.body)).toBe('urge.answer.once');
        seen.push(twice.status);
      }
    }
    expect(seen).toEqual(Array(5 * 16).fill(409));
  });
});

describe('service rating (好差评)', () => {
  it('when the applicant rates a case not yet completed, then it is refused; once completed a bad rating opens a finding and a rectification to verify, and the second rating is refused', async () => {
    const { caseNo, queryCode } = await caseInReview('13955550000');
    const early = await world.call('POST', `/api/v1/public/cases/${caseNo}/rating`, { body: { queryCode, level: 1 } });
    expect(early.status).toBe(409);
    expect(early.body.rule).toBe('rating.not_completed');
    await complete(caseNo);
    const wrong = String((Number(queryCode) + 1) % 1_000_000).padStart(6, '0');
    expect((await world.call('POST', `/api/v1/public/cases/${caseNo}/rating`, { body: { queryCode: wrong, level: 1 } })).status).toBe(404);
    const noProof = await world.call('POST', `/api/v1/public/cases/${caseNo}/rating`, { body: { level: 9 } });
    expect(noProof.status).toBe(400);
    expect(noProof.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.level', 'body.queryCode']);

    const form = await world.call('GET', `/api/v1/public/cases/${caseNo}/rating?queryCode=${queryCode}`);
    expect(form.body).toMatchObject({ canRate: true, levels: { 1: '非常不满意', 5: '非常满意' } });
    const rated = await world.call('POST', `/api/v1/public/cases/${caseNo}/rating`, { body: { queryCode, level: 2, efficiency: 1, attitude: 3, comment: '等待时间太长' } });
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);
    expect(rated.body).toMatchObject({ levelName: '不满意', rectificationId: `ZG-${rated.body.findingId}` });
    const again = await world.call('POST', `/api/v1/public/cases/${caseNo}/rating`, { body: { queryCode, level: 5 } });
    expect(again.status).toBe(409);
    expect(again.body.rule).toBe('rating.already_given');

    const rect = await world.call('GET', `/api/v1/rectifications/${rated.body.rectificationId}`, { token: supervisor });
    expect(rect.body).toMatchObject({ status: 'VERIFYING', source: 'RATING', deadlineDays: 15, departmentCode: item.departmentCode });
    const rating = await world.db.serviceRating.findUniqueOrThrow({ where: { caseNo } });
    expect(rating).toMatchObject({ clerkName: '综合窗口A01 王敏', windowNo: 'A-01', departmentCode: item.departmentCode, efficiency: 1, attitude: 3, overall: 2 });

    // The department appeals; the supervisor upholds it: the rating no longer counts and the applicant is told.
    expect((await world.call('POST', `/api/v1/rectifications/${rated.body.rectificationId}/appeal`, { token: reviewer, body: { reason: '等待时间系申请人材料不全所致' } })).status).toBe(200);
    const decided = await world.call('POST', `/api/v1/rectifications/${rated.body.rectificationId}/decide-appeal`, { token: supervisor, body: { upheld: true, note: '经核实差评不属实' } });
    expect(decided.body).toMatchObject({ status: 'CLOSED', outcome: 'APPEAL_UPHELD' });
    await eventually(async () => {
      expect((await world.db.serviceRating.findUniqueOrThrow({ where: { caseNo } })).excluded).toBe(true);
      expect(await world.db.outboxMessage.count({ where: { ref: rated.body.rectificationId, kind: 'rating.outcome', recipient: '13955550000' } })).toBe(1);
    });
  });

  it('when applicants rate, then satisfaction per department, window and clerk counts every rating not excluded', async () => {
    const before = await world.call('GET', `/api/v1/ratings/statistics?groupBy=department&departmentCode=${item.departmentCode}`, { token: manager });
    const was = before.body.groups[0] ?? { rated: 0, satisfied: 0 };
    for (const level of [5, 4, 3]) {
      const { caseNo, queryCode } = await caseInReview();
      await complete(caseNo);
      expect((await world.call('POST', `/api/v1/public/cases/${caseNo}/rating`, { body: { queryCode, level } })).status).toBe(201);
    }
    // Two ratings of one case sent at the same moment: one is taken, the other refused.
    const { caseNo: raced, queryCode: racedCode } = await caseInReview();
    await complete(raced);
    const both = await Promise.all([1, 2].map(() => world.call('POST', `/api/v1/public/cases/${raced}/rating`, { body: { queryCode: racedCode, level: 4 } })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)!.body.rule).toBe('rating.already_given');

    const after = await world.call('GET', `/api/v1/ratings/statistics?groupBy=department&departmentCode=${item.departmentCode}`, { token: manager });
    const now = after.body.groups[0];
    expect(now.rated - was.rated).toBe(4);
    expect(now.satisfied - was.satisfied).toBe(4);
    expect(now.satisfactionRate).toBeGreaterThan(0);
    const byWindow = await world.call('GET', '/api/v1/ratings/statistics?groupBy=window', { token: manager });
    expect(byWindow.body.groups.find((g: { key: string }) => g.key === 'A-01').rated).toBeGreaterThanOrEqual(3);
    const byClerk = await world.call('GET', '/api/v1/ratings/statistics?groupBy=clerk', { token: reviewer });
    expect(byClerk.body.groups.every((g: { rated: number }) => g.rated > 0)).toBe(true);
    expect((await world.call('GET', '/api/v1/ratings/statistics?groupBy=planet', { token: manager })).status).toBe(400);

    // The big screen and the monthly report carry the same figures.
    const screen = await world.call('GET', '/api/v1/big-screen', { token: manager });
    expect(screen.status).toBe(200);
    const onScreen = screen.body.satisfaction.byDepartment.find((g: { key: string }) => g.key === item.departmentCode);
    expect(onScreen.rated).toBeGreaterThanOrEqual(3);
    expect(screen.body.satisfaction.overall.rated).toBeGreaterThanOrEqual(onScreen.rated);
    const month = shanghaiDateOf(Date.now()).slice(0, 7);
    expect((await world.call('POST', '/api/v1/reports/monthly', { token: manager, body: { month } })).status).toBe(200);
    const reports = await world.call('GET', `/api/v1/reports?month=${month}`, { token: manager });
    const json = reports.body.find((r: { scope: string; format: string }) => r.scope === item.departmentCode && r.format === 'JSON');
    const file = await fetch(`${world.baseUrl}${json.download}`, { headers: { authorization: `Bearer ${manager}` } }).then((r) => r.json() as Promise<{ satisfaction: { key: string; rated: number } }>);
    expect(file.satisfaction).toMatchObject({ key: item.departmentCode });
    expect(file.satisfaction.rated).toBeGreaterThanOrEqual(3);
  });
});

describe('who may call the supervision routes', () => {
  const ROUTES: [string, string, unknown?][] = [
    ['GET', '/api/v1/findings'],
    ['POST', '/api/v1/findings', { summary: '巡查发现窗口空岗' }],
    ['GET', '/api/v1/rectifications'],
    ['GET', '/api/v1/urges'],
    ['GET', '/api/v1/ratings'],
    ['GET', '/api/v1/ratings/statistics'],
    ['GET', '/api/v1/outbox'],
    ['GET', '/api/v1/outbox/dead-letters'],
  ];

  it('when nobody is signed in, then every supervision route answers 401; an applicant or account administrator gets 403 with the rule', async () => {
    const [applicant, admin] = await Promise.all([world.login('applicant'), world.login('admin')]);
    for (const [method, path, body] of ROUTES) {
      expect((await world.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
      for (const token of [applicant, admin]) {
        const r = await world.call(method, path, { token, body });
        expect(r.status, `${method} ${path}`).toBe(403);
        expect(r.body.rule).toBe('role.not_allowed');
      }
    }
  });

  it('when the complaint centre (政务监察投诉中心) signs in, then it reads the ledger and may record a patrol finding', async () => {
    const complaint = await world.login('complaint');
    for (const [method, path, body] of ROUTES) expect((await world.call(method, path, { token: complaint, body })).status, `${method} ${path}`).toBeLessThan(300);
  });
});
