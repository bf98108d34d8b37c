/**
 * The monthly analysis report: produced on demand by the same workflow the schedule runs, one
 * overall and one per department in PDF, CSV and JSON; the PDF's Chinese text is extractable.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { MONTHLY_REPORT_SCHEDULE_ID, ensureMonthlyReportSchedule } from '../../scripts/temporal/schedules.js';
import { eventually } from '../support/catalog.js';
import { TASK_QUEUE, type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let manager: string;
let clerk: string;
let reviewer: string;
let dept: { code: string; name: string };
let item: { code: string; materials: string[] };
const month = shanghaiDateOf(Date.now()).slice(0, 7);

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  manager = await world.login('manager');
  // The report's department totals include other test files' cases, so the exact counts are
  // asserted on an item of our own, created and published here in a department late in the list.
  const last = await world.db.department.findFirstOrThrow({ orderBy: { sortOrder: 'desc' } });
  const zone = await world.db.zone.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } });
  dept = { code: last.code, name: last.name };
  item = { code: `TEST-RPT-${Date.now().toString(36).toUpperCase()}`, materials: ['M01', 'M02'] };
  const created = await world.call('POST', '/api/v1/items', {
    token: manager,
    body: {
      code: item.code,
      departmentCode: dept.code,
      zoneCode: zone.code,
      content: {
        name: '统计报告测试事项',
        itemType: 'FILING',
        channels: ['WINDOW'],
        statutoryLimitDays: 20,
        promisedLimitDays: 5,
        conditions: '申请材料齐全',
        legalBasis: '《中华人民共和国行政许可法》第三十二条',
        resultType: '备案回执',
        fee: '不收费',
        materials: [
          { code: 'M01', name: '备案申请表', description: '申请人签字的申请表原件', form: 'ORIGINAL', copies: 1, required: true, tolerable: false },
          { code: 'M02', name: '营业执照', description: '加盖公章的营业执照复印件', form: 'COPY', copies: 1, required: true, tolerable: false },
        ],
        specialProcedures: [],
      },
    },
  });
  expect(created.status).toBe(201);
  expect((await world.call('POST', `/api/v1/items/${item.code}/publish`, { token: manager })).status).toBe(200);
  [clerk, reviewer] = await Promise.all([world.login('clerk.a01'), world.login(reviewerUsername(dept.code))]);
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

async function runReport() {
  const r = await world.call('POST', '/api/v1/reports/monthly', { token: manager, body: { month } });
  expect(r.status).toBe(200);
  const list = await world.call('GET', `/api/v1/reports?month=${month}`, { token: manager });
  const file = async (scope: string, format: string) => {
    const meta = list.body.find((x: { scope: string; format: string }) => x.scope === scope && x.format === format);
    const res = await fetch(`${world.baseUrl}${meta.download}`, { headers: { authorization: `Bearer ${manager}` } });
    expect(res.status).toBe(200);
    return { type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  };
  return { result: r.body, list: list.body, file };
}

describe('monthly analysis report', () => {
  it('when cases are accepted, approved, returned and completed, then the month\'s report counts them for the department, in every format', async () => {
    const before = JSON.parse((await (await runReport()).file(dept.code, 'JSON')).bytes.toString('utf8'));
    expect(before.items.find((i: { code: string }) => i.code === item.code)).toBeUndefined();

    const caseNos: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: `报告测试企业${i}` }, submittedMaterials: item.materials } });
      expect(c.status).toBe(201);
      caseNos.push(c.body.case.caseNo);
    }
    for (const caseNo of caseNos) {
      await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer })).body.status).toBe('IN_REVIEW'));
    }
    const act = (caseNo: string, action: string, token: string, body: unknown) => world.call('POST', `/api/v1/cases/${caseNo}/${action}`, { token, body });
    expect((await act(caseNos[0]!, 'approve', reviewer, { opinion: '准予' })).status).toBe(200);
    expect((await act(caseNos[1]!, 'approve', reviewer, { opinion: '准予' })).status).toBe(200);
    expect((await act(caseNos[2]!, 'return', reviewer, { reason: '材料与窗口受理标准不符' })).status).toBe(200);
    expect((await act(caseNos[0]!, 'issue-output', clerk, { method: 'ELECTRONIC' })).status).toBe(200);
    await eventually(async () => expect(await world.db.caseEvent.count({ where: { caseNo: { in: caseNos } } })).toBe(3 * 3 + 3 + 2));

    const after = await runReport();
    expect(after.result).toMatchObject({ month, reports: 3 * 26 });
    const json = JSON.parse((await after.file(dept.code, 'JSON')).bytes.toString('utf8'));
    expect(json.department).toEqual(dept);
    const mine = json.items.find((i: { code: string }) => i.code === item.code);
    expect(mine.figures).toMatchObject({ accepted: 3, approved: 2, completed: 1, returned: 1, returnedRate: 0.3333, overdue: 0, overdueRate: 0, interrupted: 0 });
    expect(json.figures.accepted - before.figures.accepted).toBeGreaterThanOrEqual(3);
    expect(json.figures.returnedRate).toBeCloseTo(json.figures.returned / json.figures.accepted, 4);

    const overall = JSON.parse((await after.file('ALL', 'JSON')).bytes.toString('utf8'));
    const pdf = await after.file('ALL', 'PDF');
    expect(pdf.type).toBe('application/pdf');
    const text = (await new PDFParse({ data: new Uint8Array(pdf.bytes) }).getText()).text;
    expect(text).toContain('统计分析报告');
    expect(text).toContain(dept.name);
    expect(text).toContain(`受理：${overall.figures.accepted}`);
    expect(text).toContain(`办结：${overall.figures.completed}`);

    const csv = (await after.file(dept.code, 'CSV')).bytes.toString('utf8');
    expect(csv.startsWith('\uFEFF月份,事项编码,事项')).toBe(true);
    expect(csv).toContain(item.code);

    // The department sees its own report and its notification, not the others'.
    const own = await world.call('GET', `/api/v1/reports?month=${month}`, { token: reviewer });
    expect(new Set(own.body.map((r: { scope: string }) => r.scope))).toEqual(new Set([dept.code]));
    expect((await world.call('GET', `/api/v1/reports?month=${month}&scope=ALL`, { token: reviewer })).status).toBe(403);
    const notes = await world.call('GET', '/api/v1/notifications', { token: reviewer });
    expect(notes.body[0]).toMatchObject({ kind: 'MONTHLY_REPORT', payload: { month } });
    expect(notes.body[0].title).toContain(dept.name);
  });

  it('when a month has not begun, then the report is refused naming the month', async () => {
    const r = await world.call('POST', '/api/v1/reports/monthly', { token: manager, body: { month: '2099-01' } });
    expect(r.status).toBe(422);
    expect(r.body.errors[0].field).toBe('body.month');
  });

  it('when the platform starts, then a schedule runs the report on the 1st of each month at 08:00 Asia/Shanghai, created once', async () => {
    expect(await ensureMonthlyReportSchedule(env.client, TASK_QUEUE)).toBe('created');
    expect(await ensureMonthlyReportSchedule(env.client, TASK_QUEUE)).toBe('exists');
    const described = await env.client.schedule.getHandle(MONTHLY_REPORT_SCHEDULE_ID).describe();
    expect(described.spec.timezone).toBe('Asia/Shanghai');
    expect(described.spec.calendars?.[0]).toMatchObject({ dayOfMonth: [{ start: 1, end: 1, step: 1 }], hour: [{ start: 8, end: 8, step: 1 }] });
    const next = described.info.nextActionTimes[0]!;
    expect(shanghaiDateOf(next.getTime()).slice(8)).toBe('01');
    expect(new Date(next.getTime() + 8 * 3_600_000).getUTCHours()).toBe(8);
  });
});
