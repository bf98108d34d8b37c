/**
 * The supervisor console (督查督办), the department's 整改督办 tabs and the public rating page in
 * a real browser (Debian's Chromium via playwright-core) against the real stack: PostgreSQL, a
 * Temporal dev server, the worker, the department simulator and the API serving the built web.
 * Set-up the console does not own (the hotline's call, a clerk's intake, the department's
 * approval) goes through the API; everything a supervisor, a department or an applicant does here
 * is clicked. Each test saves a screenshot (tests/e2e/screenshots).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type BrowserWorld, confirmDialog, modal, screenshot, signIn, startBrowser } from '../support/browser.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let web: BrowserWorld;
let item: TestItem;
let supervisor: Page;
let department: Page;
let clerkToken: string;
let reviewerToken: string;
const config = loadConfig();
const uniq = () => `${process.pid}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The machine is shared and slow at times: wait for what the user would see, up to 20 s. */
const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) => expect.poll(fn, { timeout: opts.timeout ?? 20_000, interval: 100 });
/** The open dialog (an Ant Design modal) with the given title text. */
const drawer = (page: Page) => page.locator('.ant-drawer');

/** A case accepted at the window and in review at the department (set-up through the API). */
async function caseInReview(): Promise<{ caseNo: string; queryCode: string }> {
  const created = await world.call('POST', '/api/v1/cases', { token: clerkToken, body: { itemCode: item.code, applicant: { name: '榆林市督查测试商贸有限公司', phone: '13912340000' }, submittedMaterials: item.requiredMaterials } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const caseNo = created.body.case.caseNo as string;
  await eventually(async () => expect((await world.db.case.findUnique({ where: { caseNo } }))?.status).toBe('IN_REVIEW'), 30_000);
  return { caseNo, queryCode: created.body.queryCode as string };
}

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  web = await startBrowser();
  item = await findItem(world.db, { channel: 'WINDOW', tolerance: false });
  [clerkToken, reviewerToken] = await Promise.all([world.login('clerk.a01'), world.login(reviewerUsername(item.departmentCode))]);
  supervisor = (await web.open()).page;
  department = (await web.open()).page;
  await signIn(supervisor, world.baseUrl, 'supervisor');
  await supervisor.getByRole('heading', { name: '督查督办' }).waitFor();
  await signIn(department, world.baseUrl, reviewerUsername(item.departmentCode));
  await department.getByRole('heading', { name: '部门审批' }).waitFor();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  let n = 0;
  for (const c of web.browser.contexts()) for (const p of c.pages()) await screenshot(p, `failed-supervision-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}-${n++}`).catch(() => undefined);
});

afterAll(async () => {
  await web?.stop();
  await world?.stop();
  await env?.teardown();
});

describe('the supervisor console (督查督办) and the department\'s 整改督办 in a browser', () => {
  it('when the 12345 hotline sends a complaint, then it is in the ledger; confirmed, it is a rectification with a deadline; the department reports, the supervisor verifies and it closes', async () => {
    const content = `窗口未一次性告知补正材料，群众往返三次（${uniq()}）`;
    const sent = await world.call('POST', '/api/v1/inbound/hotline', {
      headers: { authorization: `Bearer ${config.HOTLINE_TOKEN}` },
      body: { ticketNo: `12345-${uniq()}`, receivedAt: new Date().toISOString(), content, department: { code: item.departmentCode }, complainant: { name: '王先生', phone: '13800001234' }, situationCode: 'WS02_NOT_TOLD_AT_ONCE' },
    });
    expect(sent.status).toBe(201);
    const rectId = `ZG-${sent.body.findingId}`;

    // The supervisor lands on the ledger; the 12345 source shows the complaint (the list refreshes by itself).
    expect(await supervisor.getByRole('menu').first().textContent()).toContain('督查督办');
    await supervisor.getByTestId('source-filter').getByText('12345热线', { exact: true }).click();
    const row = supervisor.getByTestId('ledger').getByRole('row').filter({ hasText: content });
    await row.waitFor();
    expect(await row.textContent()).toContain('待核实');
    await row.getByRole('button', { name: '确认转整改' }).click();
    const confirm = modal(supervisor, '并转整改');
    // The department and the situation come from the hotline's ticket; the deadline from the situation.
    await poll(() => confirm.textContent()).toContain('未一次性告知');
    await confirm.getByLabel('核实意见').fill('经调取窗口录像核实，情况属实');
    await confirmDialog(confirm);
    await confirm.waitFor({ state: 'hidden' });
    await poll(() => row.textContent()).toContain(`整改 ${rectId}`);
    expect(await row.textContent()).toContain('已确认');

    // The rectification list: state and the deadline in working days, as a date.
    await supervisor.getByRole('tab', { name: '整改清单' }).click();
    const rect = supervisor.getByTestId('rectifications').getByRole('row', { name: new RegExp(rectId) });
    await rect.waitFor();
    await poll(() => rect.textContent()).toContain('待整改');
    expect(await rect.textContent()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日前/);
    await screenshot(supervisor, 'supervisor-rectifications');

    // The department: its 整改督办 page lists the rectification; it submits its report.
    await department.getByRole('menuitem', { name: '整改督办' }).click();
    await department.getByRole('heading', { name: '整改督办' }).waitFor();
    const mine = department.getByTestId('rectifications').getByRole('row', { name: new RegExp(rectId) });
    await mine.click();
    await poll(() => drawer(department).getByTestId('rect-status').textContent()).toBe('待整改');
    expect(await drawer(department).textContent()).toContain('3 个工作日');
    expect(await drawer(department).textContent()).toContain('未一次性告知');
    await drawer(department).getByRole('button', { name: '提交整改报告' }).click();
    const report = modal(department, '提交整改报告');
    await report.getByLabel('整改报告').fill('已对窗口人员开展一次性告知制度培训，补正清单模板已更新，并电话回访投诉人。');
    await confirmDialog(report);
    await poll(() => drawer(department).getByTestId('rect-status').textContent()).toBe('已提交整改报告');
    expect(await drawer(department).getByRole('button', { name: '提交整改报告' }).isDisabled()).toBe(true);
    await screenshot(department, 'department-rectification-reported');

    // The supervisor verifies, then closes (销号).
    await rect.click();
    const d = drawer(supervisor);
    await poll(() => d.getByTestId('rect-status').textContent()).toBe('已提交整改报告');
    expect(await d.getByTestId('report-text').textContent()).toContain('一次性告知制度培训');
    await d.getByRole('button', { name: '验收通过' }).click();
    const verify = modal(supervisor, '验收通过');
    await verify.getByLabel('验收意见').fill('整改到位');
    await confirmDialog(verify);
    await poll(() => d.getByTestId('rect-status').textContent()).toBe('已验收');
    await d.getByRole('button', { name: '销号' }).click();
    await confirmDialog(modal(supervisor, '销号'));
    await poll(() => d.getByTestId('rect-status').textContent()).toBe('已销号');
    await poll(() => d.getByTestId('rect-timeline').textContent()).toContain('销号');
    const timeline = (await d.getByTestId('rect-timeline').textContent()) ?? '';
    for (const step of ['立项', '提交整改报告', '验收通过', '销号']) expect(timeline).toContain(step);
    await screenshot(supervisor, 'supervisor-rectification-closed');
    await d.locator('.ant-drawer-close').click();
  });

  it('when a supervisor urges a case, then the department sees it to answer, answers, and the supervisor reads the answer', async () => {
    const { caseNo } = await caseInReview();
    await supervisor.getByRole('tab', { name: '督办' }).click();
    await supervisor.getByRole('button', { name: '发起督办' }).click();
    const form = modal(supervisor, '发起督办');
    await form.getByLabel('办件编号').fill(caseNo);
    await form.getByLabel('督办事项').fill('请说明本件审批进度并加快办理');
    await confirmDialog(form, '督办');
    await form.waitFor({ state: 'hidden' });
    const urge = supervisor.getByTestId('urges').getByRole('row', { name: new RegExp(caseNo) });
    await poll(() => urge.textContent()).toContain('待回复');
    expect(await urge.textContent()).toContain('3个工作日');

    await department.goto(`${world.baseUrl}/rectify/urges`);
    const owed = department.getByTestId('my-urges').getByRole('row', { name: new RegExp(caseNo) });
    await owed.getByRole('button', { name: '回复' }).click();
    const answer = modal(department, '回复督办');
    await answer.getByLabel('回复内容').fill('材料已审查完毕，今日内作出决定');
    await confirmDialog(answer, '回复');
    await answer.waitFor({ state: 'hidden' });
    // Answered, it leaves the department's 待回复 list.
    await owed.waitFor({ state: 'detached' });
    await screenshot(department, 'department-urge-answered');

    await poll(() => urge.textContent()).toContain('已回复');
    expect(await urge.getByTestId('urge-answer').textContent()).toContain('今日内作出决定');
    await screenshot(supervisor, 'supervisor-urges');
  });

  it('when an applicant gives a bad rating on the public page, then a finding and its verification open by themselves; the department appeals and, upheld, the rating is not counted', async () => {
    const { caseNo, queryCode } = await caseInReview();
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewerToken, body: { opinion: '准予' } })).status).toBe(200);
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: clerkToken, body: { method: 'WINDOW_PICKUP' } })).body.status).toBe('COMPLETED');
    await eventually(async () => expect((await world.db.case.findUniqueOrThrow({ where: { caseNo } })).status).toBe('COMPLETED'), 30_000);

    // The applicant: no sign-in, the case number and the query code from the receipt.
    const { page } = await web.open();
    await page.goto(`${world.baseUrl}/portal/rate`);
    await page.getByLabel('办件编号').fill(caseNo);
    await page.getByLabel('查询码').fill(queryCode);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await poll(() => page.getByTestId('public-status').textContent()).toBe('已办结');
    await page.locator('.ant-radio-button-wrapper', { hasText: '非常不满意' }).click();
    await page.locator('.ant-form-item', { hasText: '服务态度' }).getByText('不满意', { exact: true }).click();
    await page.getByLabel('意见和建议').fill('窗口人员态度生硬，解释不清楚');
    await screenshot(page, 'public-rating-form');
    await page.getByRole('button', { name: '提交评价' }).click();
    await poll(() => page.getByTestId('rating-done').textContent()).toContain('1个工作日内回访核实');
    await screenshot(page, 'public-rating-done');
    // Once only: asking again shows the rating given.
    await page.reload();
    await page.getByLabel('办件编号').fill(caseNo);
    await page.getByLabel('查询码').fill(queryCode);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByText('每件办件只能评价一次').waitFor();

    // The supervisor: the bad rating is in the ledger with its rectification, and in 好差评.
    await supervisor.getByRole('tab', { name: '问题台账' }).click();
    await supervisor.getByTestId('source-filter').getByText('好差评', { exact: true }).click();
    const finding = supervisor.getByTestId('ledger').getByRole('row', { name: new RegExp(caseNo) });
    await poll(() => finding.textContent()).toContain('差评');
    await poll(() => finding.textContent()).toMatch(/整改 ZG-\d+/);
    await finding.getByRole('button', { name: /整改 ZG-/ }).click();
    await poll(() => drawer(supervisor).getByTestId('rect-status').textContent()).toBe('回访核实中');
    expect(await drawer(supervisor).textContent()).toContain('回访核实期限');
    await screenshot(supervisor, 'supervisor-bad-rating');
    await drawer(supervisor).locator('.ant-drawer-close').click();
    await supervisor.getByRole('tab', { name: '好差评' }).click();
    const rated = supervisor.getByTestId('ratings').getByRole('row', { name: new RegExp(caseNo) });
    await poll(() => rated.textContent()).toContain('非常不满意');
    expect(await rated.textContent()).toContain('1 / 1 / 1 / 2');

    // The department holds the rating false and appeals (申诉复核); the supervisor upholds it.
    await department.goto(`${world.baseUrl}/rectify/ratings`);
    const mine = department.getByTestId('my-ratings').getByRole('row', { name: new RegExp(caseNo) });
    await mine.getByRole('button', { name: '核实整改 / 申诉' }).click();
    await poll(() => drawer(department).getByTestId('rect-status').textContent()).toBe('回访核实中');
    await drawer(department).getByRole('button', { name: '申诉复核' }).click();
    const appeal = modal(department, '申诉复核');
    await appeal.getByLabel('申诉理由').fill('申请人当日未到本部门窗口，评价对象有误，有监控记录为证');
    await confirmDialog(appeal);
    await poll(() => drawer(department).textContent()).toContain('申诉复核（待裁定）');
    expect(await drawer(department).getByRole('button', { name: '申诉复核' }).isDisabled()).toBe(true);
    await screenshot(department, 'department-appeal');
    await drawer(department).locator('.ant-drawer-close').click();

    await rated.getByRole('button', { name: /整改 ZG-/ }).click();
    await poll(() => drawer(supervisor).textContent()).toContain('申诉复核（待裁定）');
    await drawer(supervisor).getByRole('button', { name: '裁定申诉' }).click();
    const decide = modal(supervisor, '裁定申诉');
    // The dialog may still be opening: click the choice until it is taken (a click during the
    // opening animation is lost, and the form then asks for the choice, as seen under load).
    const upheld = decide.getByRole('radio', { name: '申诉成立（差评不计入统计）' });
    await poll(async () => {
      if (!(await upheld.isChecked())) await decide.getByText('申诉成立（差评不计入统计）').click();
      return upheld.isChecked();
    }).toBe(true);
    await decide.getByLabel('裁定意见').fill('经调取监控核实，申诉属实');
    await confirmDialog(decide);
    await poll(() => drawer(supervisor).getByTestId('rect-status').textContent()).toBe('已销号');
    expect(await drawer(supervisor).textContent()).toContain('申诉成立');
    await drawer(supervisor).locator('.ant-drawer-close').click();
    await poll(() => rated.textContent()).toContain('申诉成立不计');
  });

  it('when a supervisor records a daily-patrol finding, then it is in the ledger beside the other sources; judged unfounded, it shows 不属实', async () => {
    await world.call('POST', '/api/v1/inbound/business-platform', {
      headers: { authorization: `Bearer ${config.BUSINESS_PLATFORM_TOKEN}` },
      body: { ticketNo: `YS-${uniq()}`, receivedAt: new Date().toISOString(), category: 'FEEDBACK', content: '企业反映同一材料被要求重复提交', department: { code: item.departmentCode } },
    });
    await supervisor.getByRole('tab', { name: '问题台账' }).click();
    await supervisor.getByRole('button', { name: '录入巡查问题' }).click();
    const form = modal(supervisor, '录入日常巡查问题');
    await form.getByRole('button', { name: '登记' }).click();
    // Nothing typed: the form names what is missing and sends nothing.
    await form.getByText('请填写问题概述').waitFor();
    await form.getByLabel('问题概述').fill('A-03窗口10:20–10:45无人值守');
    await form.getByLabel('窗口号').fill('A-03');
    await form.getByLabel('巡查记录与证据').fill('巡查时窗口空岗25分钟，现场有2名群众等候；已拍照留存。');
    await confirmDialog(form, '登记');
    await form.waitFor({ state: 'hidden' });
    const row = supervisor.getByTestId('ledger').getByRole('row').filter({ hasText: 'A-03窗口10:20' });
    await poll(() => row.textContent()).toContain('日常巡查');
    expect(await row.textContent()).toContain('待核实');
    await screenshot(supervisor, 'supervisor-console');

    await row.getByRole('button', { name: '不属实' }).click();
    const dismiss = modal(supervisor, '不属实');
    await dismiss.getByLabel('不属实说明').fill('经核实该窗口当时为午间轮岗，有备岗人员');
    await confirmDialog(dismiss);
    await dismiss.waitFor({ state: 'hidden' });
    await poll(() => row.getByTestId('finding-status').textContent()).toBe('不属实');
    expect(await row.getByRole('button', { name: '确认转整改' }).count()).toBe(0);

    // The negative-behaviour lists: 11 situations in two groups, each with its deadline; only the centre manager edits.
    await supervisor.getByRole('tab', { name: '负面行为清单' }).click();
    const windowStaff = supervisor.getByTestId('list-WINDOW_STAFF').locator('tbody tr.ant-table-row');
    const departments = supervisor.getByTestId('list-DEPARTMENT').locator('tbody tr.ant-table-row');
    await poll(() => windowStaff.count()).toBe(6);
    expect(await departments.count()).toBe(5);
    expect(await windowStaff.first().textContent()).toMatch(/\d+个工作日/);
    expect(await supervisor.getByRole('button', { name: '修改' }).count()).toBe(0);
    await screenshot(supervisor, 'supervisor-negative-lists');
  });
});
