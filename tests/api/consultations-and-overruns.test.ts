/**
 * Issue 16 through the API, against real PostgreSQL and a real Temporal server: consultations
 * recorded at the window and counted; special-procedure and stage overruns as figures in the
 * statistics, on the big screen and in the monthly report; one clock at intake; the printed
 * one-time notice. Counts are asserted on an item of our own, created here.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../prisma/client.js';
import { projectCase } from '../../activities/projection.js';
import { monthlyFigures } from '../../activities/reports/figures.js';
import { renderCsv, renderJson, renderPdf } from '../../activities/reports/render.js';
import { PDFParse } from 'pdf-parse';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import type { CaseEvent, CaseView } from '../../domain/case/model.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { eventually } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';
import { syntheticView } from '../support/synthetic-view.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let manager: string;
let clerk: string;
let reviewer: string;
let otherReviewer: string;
let applicant: string;
let clerkId: string;
let dept: { code: string; name: string };
let zoneCode: string;
const item = { code: `TEST-I16-${Date.now().toString(36).toUpperCase()}`, name: '规则测试事项', materials: ['M01', 'M02', 'M03'] };
const today = () => shanghaiDateOf(Date.now());
const month = today().slice(0, 7);

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  manager = await world.login('manager');
  const departments = await world.db.department.findMany({ orderBy: { sortOrder: 'desc' }, take: 2 });
  dept = { code: departments[1]!.code, name: departments[1]!.name };
  const other = departments[0]!.code;
  zoneCode = (await world.db.zone.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } })).code;
  const created = await world.call('POST', '/api/v1/items', {
    token: manager,
    body: {
      code: item.code,
      departmentCode: dept.code,
      zoneCode,
      content: {
        name: item.name,
        itemType: 'LICENCE',
        channels: ['WINDOW', 'ONLINE'],
        statutoryLimitDays: 20,
        promisedLimitDays: 10,
        conditions: '申请材料齐全、符合法定形式',
        legalBasis: '《中华人民共和国行政许可法》第三十二条',
        resultType: '许可证',
        fee: '不收费',
        materials: [
          { code: 'M01', name: '申请表', description: '申请人签字的申请表原件', form: 'ORIGINAL', copies: 1, required: true, tolerable: false },
          { code: 'M02', name: '营业执照', description: '加盖公章的营业执照复印件', form: 'COPY', copies: 1, required: true, tolerable: false },
          { code: 'M03', name: '场所平面图', description: '经营场所平面布局图', form: 'ORIGINAL', copies: 1, required: true, tolerable: false },
        ],
        specialProcedures: [{ kind: 'SITE_SURVEY' }],
      },
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await world.call('POST', `/api/v1/items/${item.code}/publish`, { token: manager })).status).toBe(200);
  [clerk, reviewer, otherReviewer, applicant] = await Promise.all([world.login('clerk.a01'), world.login(reviewerUsername(dept.code)), world.login(reviewerUsername(other)), world.login('applicant')]);
  clerkId = (await world.db.user.findUniqueOrThrow({ where: { username: 'clerk.a01' } })).id;
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

const stats = (query: string) => world.call('GET', `/api/v1/statistics?from=${today()}&to=${today()}&itemCode=${item.code}&${query}`, { token: manager });

describe('consultations (咨询)', () => {
  it('when a clerk records a consultation, then it is listed, counted for its item and clerk, and linked once to the case that followed', async () => {
    const before = (await stats('groupBy=none')).body.total.consultations as number;
    const asked = await world.call('POST', '/api/v1/consultations', {
      token: clerk,
      body: { itemCode: item.code, applicant: { name: '王五', phone: '13800000000' }, question: '办理需要哪些材料？', answer: '申请表、营业执照和场所平面图，均可网上提交。' },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ itemCode: item.code, itemName: item.name, departmentCode: dept.code, mode: 'WINDOW', windowNo: 'A-01', applicantName: '王五', caseNo: null });

    const byStaff = await stats('groupBy=staff');
    expect(byStaff.body.total.consultations).toBe(before + 1);
    expect(byStaff.body.groups.find((g: { key: string }) => g.key === clerkId).consultations).toBeGreaterThanOrEqual(1);

    const listed = await world.call('GET', `/api/v1/consultations?itemCode=${item.code}&withCase=false`, { token: reviewer });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(asked.body.id);
    expect((await world.call('GET', `/api/v1/consultations?departmentCode=${dept.code}`, { token: otherReviewer })).body).toMatchObject({ status: 403, rule: 'scope.department' });

    const c = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '王五' }, submittedMaterials: item.materials } });
    expect(c.status).toBe(201);
    const caseNo = c.body.case.caseNo as string;
    await eventually(async () => expect(await world.db.case.findUnique({ where: { caseNo } })).not.toBeNull());
    const linked = await world.call('POST', `/api/v1/consultations/${asked.body.id}/case`, { token: clerk, body: { caseNo } });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body.caseNo).toBe(caseNo);
    expect((await world.call('POST', `/api/v1/consultations/${asked.body.id}/case`, { token: clerk, body: { caseNo } })).body).toMatchObject({ status: 409, rule: 'consultation.already_linked' });
  });

  it('when a consultation is incomplete, from the wrong role, about an unknown item or linked to an unknown case, then 400, 403, 404 and 422 name what is wrong', async () => {
    const bad = await world.call('POST', '/api/v1/consultations', { token: clerk, body: { itemCode: item.code, answer: '请带齐材料' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'body.question' })]));
    const body = { itemCode: item.code, question: '能否网上办理？', answer: '可以。' };
    expect((await world.call('POST', '/api/v1/consultations', { token: reviewer, body })).status).toBe(403);
    expect((await world.call('POST', '/api/v1/consultations', { token: applicant, body })).status).toBe(403);
    expect((await world.call('POST', '/api/v1/consultations', { body })).status).toBe(401);
    expect((await world.call('POST', '/api/v1/consultations', { token: clerk, body: { ...body, itemCode: 'NO-SUCH-ITEM' } })).status).toBe(404);
    const unknownCase = await world.call('POST', '/api/v1/consultations', { token: clerk, body: { ...body, caseNo: '61080020990101999999' } });
    expect(unknownCase.body).toMatchObject({ status: 422, rule: 'consultation.case_unknown' });
  });
});

// ───────────── overruns as figures: synthetic cases projected directly ─────────────

let synthetic = 0;
const syntheticCaseNo = () => `7${String(process.pid).padStart(7, '0').slice(-7)}${String(Date.now()).slice(-6)}${String(++synthetic).padStart(6, '0')}`.slice(0, 20);

const viewOf = (caseNo: string, lastSeq: number, over: Partial<CaseView> = {}): CaseView =>
  syntheticView(caseNo, { code: item.code, version: 1, name: item.name, departmentCode: dept.code, departmentName: dept.name, zoneCode }, { stateCode: 9, inSpecialProcedure: true, lastSeq, ...over });
const event = (seq: number, type: string, detail: Record<string, unknown> = {}): CaseEvent => ({ seq, at: Date.now(), type, stateCode: 9, detail });

describe('overruns in the figures', () => {
  it('when a special procedure, a pre-review and a hand-out run past their limits, then each is a figure in the statistics, on the big screen and in the monthly report, and the department is told', async () => {
    const [survey, prereview, output] = [syntheticCaseNo(), syntheticCaseNo(), syntheticCaseNo()];
    await projectCase(world.db, { view: viewOf(survey, 3), events: [event(1, 'RECEIVED'), event(2, 'ACCEPTED'), event(3, 'SPECIAL_PROCEDURE_OVERDUE', { kind: 'SITE_SURVEY', name: '现场踏勘', limitDays: 5, dueDate: today() })] });
    const waiting = { status: 'SUBMITTED' as const, stage: { kind: 'PRE_REVIEW' as const, name: '预审', startDate: today(), limitDays: 2, dueDate: today(), remainingWorkingDays: 0, warning: false, overdue: true } };
    await projectCase(world.db, { view: viewOf(prereview, 2, waiting), events: [event(1, 'RECEIVED'), event(2, 'PRE_REVIEW_OVERDUE', { name: '预审', limitDays: 2 })] });
    await projectCase(world.db, { view: viewOf(output, 2), events: [event(1, 'RECEIVED'), event(2, 'OUTPUT_OVERDUE', { name: '出件', limitDays: 3 })] });
    // A replayed projection counts nothing twice and tells nobody twice.
    await projectCase(world.db, { view: viewOf(survey, 3), events: [event(3, 'SPECIAL_PROCEDURE_OVERDUE', { kind: 'SITE_SURVEY', name: '现场踏勘', limitDays: 5 })] });

    const figures = (await stats('groupBy=none')).body.total;
    expect(figures).toMatchObject({ specialProcedureOverruns: 1, stageOverdue: { preReview: 1, output: 1 } });
    const drill = await world.call('GET', `/api/v1/statistics/cases?metric=specialProcedureOverruns&from=${today()}&to=${today()}&itemCode=${item.code}`, { token: manager });
    expect(drill.status, JSON.stringify(drill.body)).toBe(200);
    expect(drill.body.items.map((r: { caseNo: string }) => r.caseNo)).toEqual([survey]);

    const screen = await world.call('GET', '/api/v1/big-screen', { token: manager });
    expect(screen.status).toBe(200);
    expect(screen.body.last7Days.specialProcedureOverruns).toBeGreaterThanOrEqual(1);
    expect(screen.body.live.today.specialProcedureOverruns).toBeGreaterThanOrEqual(1);
    expect(screen.body.definitions).toContain('specialProcedureOverruns');
    expect(screen.body.live.stageOverdueNow.preReview).toBeGreaterThanOrEqual(1);
    const late = await world.call('GET', `/api/v1/cases?stage=PRE_REVIEW&stageOverdue=true&itemCode=${item.code}`, { token: manager });
    expect(late.body.items.map((r: { caseNo: string }) => r.caseNo)).toEqual([prereview]);
    expect(late.body.items[0]).toMatchObject({ stage: 'PRE_REVIEW', stageDueDate: today(), stageOverdue: true });

    const told = await world.db.notification.findMany({ where: { kind: 'SPECIAL_PROCEDURE_OVERDUE', payload: { path: ['caseNo'], equals: survey } } });
    expect(told).toHaveLength(1);
    expect(told[0]!.departmentCode).toBe(dept.code);

    // The monthly report's own figures and renderers (the report workflow runs these for every department).
    const monthly = await monthlyFigures(world.db, month);
    const scope = { kind: 'DEPARTMENT' as const, code: dept.code };
    const json = JSON.parse(renderJson(monthly, scope).toString('utf8'));
    expect(json.items.find((i: { code: string }) => i.code === item.code).figures).toMatchObject({ specialProcedureOverruns: 1, stageOverdue: { preReview: 1, output: 1 } });
    expect(json.analysis.join('')).toContain('特别程序超过其时限');
    const csv = renderCsv(monthly, scope).toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('特别程序超限');
    const pdf = await renderPdf(monthly, scope, new Date());
    const text = (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text;
    expect(text).toContain('特别程序超限');

    // The SQL rebuild counts the new figures (and consultations) by the same rules as the projector.
    const mine = async () =>
      (await world.db.statDaily.findMany({ where: { itemCode: item.code }, select: { day: true, staffId: true, metric: true, count: true }, orderBy: [{ day: 'asc' }, { staffId: 'asc' }, { metric: 'asc' }] })).map((r) => ({ ...r, day: r.day.toISOString() }));
    const incremental = await mine();
    expect(incremental.map((r) => r.metric)).toEqual(expect.arrayContaining(['SPECIAL_PROCEDURE_OVERDUE', 'PRE_REVIEW_OVERDUE', 'OUTPUT_OVERDUE']));
    // The rebuild is an operator's job, run as the schema's owner (the app's role may not rewrite rollups).
    const owner = createDb(process.env.DATABASE_URL!, 1);
    try {
      await owner.$executeRawUnsafe('SELECT statistics_rebuild()');
    } finally {
      await owner.$disconnect();
    }
    expect(await mine()).toEqual(incremental);
  });
});

describe('intake and the one-time notice through the API', () => {
  it('when the window accepts a case, then the API\'s answer and the case agree on the instant and the due date', async () => {
    const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '一个时钟' }, submittedMaterials: item.materials } });
    expect(created.status).toBe(201);
    const answered = created.body.case;
    const read = await world.call('GET', `/api/v1/cases/${answered.caseNo}`, { token: clerk });
    expect(read.body.acceptedAt).toBe(answered.acceptedAt);
    expect(read.body.submittedAt).toBe(answered.submittedAt);
    expect(read.body.dueDate).toBe(answered.dueDate);
  });

  it('when a clerk asks an online applicant for a correction without listing materials, then the printed notice lists every missing one and names clerk, window, contact line, date and signatures', async () => {
    const submitted = await world.call('POST', '/api/v1/cases', { token: applicant, body: { itemCode: item.code, applicant: { name: '网上申请人' }, submittedMaterials: ['M01'] } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    expect(submitted.body.case.stage).toMatchObject({ kind: 'PRE_REVIEW', limitDays: 2, startDate: today() });
    const caseNo = submitted.body.case.caseNo as string;
    const asked = await world.call('POST', `/api/v1/cases/${caseNo}/request-correction`, { token: clerk, body: { days: 5 } });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body.correction.items.map((i: { materialCode: string }) => i.materialCode)).toEqual(['M02', 'M03']);

    const notice = await world.call('GET', `/api/v1/cases/${caseNo}/notices/correction`, { token: clerk });
    expect(notice.status).toBe(200);
    const html = typeof notice.body === 'string' ? notice.body : JSON.stringify(notice.body);
    for (const text of ['营业执照', '场所平面图', '经办人：', '窗口号：A-01', '咨询电话：0912-12345', '申请人（代理人）签收', '告知日期：']) expect(html).toContain(text);
  });
});
