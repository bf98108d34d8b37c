/**
 * The monthly analysis report: produced on demand by the same workflow the schedule runs, one
 * overall and one per department in PDF, CSV and JSON; the PDF's Chinese text is extractable.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import { rate } from '../../domain/statistics.js';
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

/** The numbers the summary's sentences state, read back from the PDF's text (whitespace removed). */
function summaryNumbers(flat: string, name: string) {
  const m = (re: RegExp) => {
    const found = re.exec(flat);
    expect(found, `${re} in ${flat.slice(0, 600)}`).not.toBeNull();
    return found!.slice(1).map((x) => (x === '—' ? null : x));
  };
  const [accepted, approved, completed] = m(new RegExp(`${name}本月受理(\\d+)件，审批准予(\\d+)件，办结(\\d+)件。`));
  const [overdue, overdueRate, returned, returnedRate] = m(/超期(\d+)件，超期率([\d.]+%|—)；退件(\d+)件，退件率([\d.]+%|—)/);
  const [interrupted] = m(/中断(\d+)件次/);
  return { accepted, approved, completed, overdue, overdueRate, returned, returnedRate, interrupted };
}

/** The same numbers, from the figures, as the report prints them. */
function summaryOf(f: any) {
  const pct = (r: number | null) => (r === null ? null : `${(r * 100).toFixed(1)}%`);
  return {
    accepted: String(f.accepted),
    approved: String(f.approved),
    completed: String(f.completed),
    overdue: String(f.overdue),
    overdueRate: pct(f.overdueRate),
    returned: String(f.returned),
    returnedRate: pct(f.returnedRate),
    interrupted: String(f.interrupted),
  };
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
    // Rates are rounded to four decimals (domain/statistics rate): 1 of 32 is 0.0313, not 0.03125 (a CI run hit that half).
    expect(json.figures.returnedRate).toBe(rate(json.figures.returned, json.figures.accepted));

    const overall = JSON.parse((await after.file('ALL', 'JSON')).bytes.toString('utf8'));
    const pdf = await after.file('ALL', 'PDF');
    expect(pdf.type).toBe('application/pdf');
    const text = (await new PDFParse({ data: new Uint8Array(pdf.bytes) }).getText()).text;
    expect(text).toContain('统计分析报告');
    expect(text).toContain(dept.name);
    expect(text).toContain(`受理：${overall.figures.accepted}`);
    expect(text).toContain(`办结：${overall.figures.completed}`);

    // The summary's sentences say the same numbers as the figures, each with its own word.
    const flat = text.replace(/\s+/g, '');
    expect(summaryNumbers(flat, '全市')).toEqual(summaryOf(overall.figures));
    expect(flat).not.toContain('其中准予');
    expect(flat).toMatch(/生成时间：\d{4}-\d{2}-\d{2}\d{2}:\d{2}（北京时间）/);
    expect(flat).not.toContain('UTC');
    expect(flat).toContain('报送：市营商办、中心领导及各窗口部门');
    // The charts are in the PDF as vectors, with their Chinese titles.
    expect(flat).toContain('本月每日趋势');
    expect(flat).toContain('部门办结排名');
    expect(overall.daily).toHaveLength(Number(overall.to.slice(8)));
    expect(overall.daily.reduce((n: number, d: any) => n + d.figures.accepted, 0)).toBe(overall.figures.accepted);
    expect(overall.daily.reduce((n: number, d: any) => n + d.figures.completed, 0)).toBe(overall.figures.completed);

    // The department's report: our item alone has 2 approvals and 1 completion this month.
    const deptPdf = (await new PDFParse({ data: new Uint8Array((await after.file(dept.code, 'PDF')).bytes) }).getText()).text.replace(/\s+/g, '');
    expect(summaryNumbers(deptPdf, dept.name)).toEqual(summaryOf(json.figures));
    expect(deptPdf).toContain(`报送：${dept.name}；抄送：市营商办`);

    // Told: the business-environment office, the centre and every window department.
    const told = await world.call('GET', `/api/v1/reports/monthly/${month}/recipients`, { token: manager });
    expect(told.status).toBe(200);
    const latest = told.body.items.filter((n: any) => n.at === told.body.items[0].at);
    expect(latest.find((n: any) => n.recipient === 'BUSINESS_ENVIRONMENT_OFFICE')).toMatchObject({ name: '市营商办', departmentCode: null });
    expect(latest.filter((n: any) => n.recipient === 'CENTRE')).toHaveLength(1);
    expect(latest.filter((n: any) => n.recipient === 'DEPARTMENT').map((n: any) => n.departmentCode).sort()).toEqual(
      (await world.db.department.findMany({ select: { code: true } })).map((d) => d.code).sort(),
    );
    expect(after.result.notifications).toBe(latest.length);
    expect((await world.call('GET', `/api/v1/reports/monthly/${month}/recipients`, { token: reviewer })).status).toBe(403);
    // The centre's inbox holds its own notice, not the copy addressed to the office.
    const centre = await world.call('GET', '/api/v1/notifications', { token: manager });
    expect(centre.body[0]).toMatchObject({ kind: 'MONTHLY_REPORT', payload: { month } });
    expect(centre.body.filter((n: any) => n.title.startsWith('市营商办'))).toEqual([]);

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
  }, 120_000); // two runs of the report: 2 × 26 PDFs with charts, slow on a loaded 2-core machine

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
