/**
 * The hall's daily work in a real browser (Debian's Chromium, driven by playwright-core) against
 * the real stack: PostgreSQL, a Temporal dev server, the worker, the department simulator and the
 * API serving the built web front end. Each test saves a screenshot (tests/e2e/screenshots).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { findItem } from '../support/catalog.js';
import { type BrowserWorld, confirmDialog, modal, pressIn, screenshot, signIn, startBrowser } from '../support/browser.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let web: BrowserWorld;
let clerkPage: Page;

interface Item {
  code: string;
  departmentCode: string;
  required: { code: string; name: string }[];
}

/** A published window item without tolerance, with at least two required materials. */
async function windowItem(): Promise<Item> {
  const versions = await world.db.serviceItemVersion.findMany({
    where: { state: 'PUBLISHED', item: { status: 'ACTIVE' }, channels: { has: 'WINDOW' }, toleranceAllowed: false },
    include: { item: true },
    orderBy: { itemCode: 'asc' },
    take: 50,
  });
  for (const v of versions) {
    const required = (v.materials as { code: string; name: string; required: boolean }[]).filter((m) => m.required);
    if (required.length >= 2) return { code: v.itemCode, departmentCode: v.item.departmentCode, required: required.map((m) => ({ code: m.code, name: m.name })) };
  }
  throw new Error('no seeded window item with two required materials');
}

async function findItemAtDesk(page: Page, code: string) {
  await page.getByLabel('事项名称或编码').fill(code);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await page.getByRole('row', { name: new RegExp(code) }).click();
  await page.getByRole('tab', { name: '预审', exact: true }).waitFor();
}

/** The machine is shared and slow at times: wait for what the user would see, up to 20 s. */
const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) => expect.poll(fn, { timeout: opts.timeout ?? 20_000, interval: 100 });

/** What the page functions below use of the browser (this file is type-checked without the DOM library). */
interface BrowserGlobals {
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

let item: Item;
let caseNo: string;
const COMPANY = '榆林市高新区星辰新材料科技研发与技术转移服务有限责任公司';

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  web = await startBrowser();
  item = await windowItem();
  clerkPage = (await web.open()).page;
});

afterEach(async (ctx) => {
  // A failed step leaves a picture of every open page behind, to see what the user saw.
  if (ctx.task.result?.state !== 'fail') return;
  let n = 0;
  for (const c of web.browser.contexts()) for (const p of c.pages()) await screenshot(p, `failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}-${n++}`).catch(() => undefined);
});

afterAll(async () => {
  await web?.stop();
  await world?.stop();
  await env?.teardown();
});

describe('the window desk (综合窗口) and the department desk (部门审批) in a browser', () => {
  it('when a clerk types a wrong password, then the sign-in page says so in Chinese', async () => {
    await signIn(clerkPage, world.baseUrl, 'clerk.a01', 'not-the-password');
    await poll(() => clerkPage.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
  });

  it('when a clerk signs in and accepts a case by clicking, then the case is accepted and its receipt carries the clerk and the window', async () => {
    await signIn(clerkPage, world.baseUrl, 'clerk.a01');
    await clerkPage.getByRole('heading', { name: '综合窗口' }).waitFor();
    // The navigation offers only what a clerk may use.
    const nav = await clerkPage.getByRole('menu').first().textContent();
    expect(nav).toContain('综合窗口');
    expect(nav).not.toContain('部门审批');
    // The hall gets the production build: Ant Design's development build marks its classes.
    expect(await clerkPage.locator('[class*="css-dev-only-do-not-override"]').count()).toBe(0);

    await findItemAtDesk(clerkPage, item.code);
    for (const m of item.required) await clerkPage.getByLabel(`已收 ${m.name}`).check();
    await clerkPage.getByLabel('企业名称').fill(COMPANY);
    await clerkPage.getByLabel('统一社会信用代码').fill('91610800MA70XXXX1K');
    await poll(() => clerkPage.getByTestId('missing-summary').textContent()).toContain('必需材料齐全');
    await screenshot(clerkPage, 'window-pre-review');
    const popup = clerkPage.waitForEvent('popup');
    await clerkPage.getByRole('button', { name: '受理', exact: true }).click();

    const text = (await clerkPage.getByTestId('new-case-no').textContent()) ?? '';
    caseNo = text.match(/\d{20}/)?.[0] ?? '';
    expect(caseNo).toMatch(/^\d{20}$/);
    await screenshot(clerkPage, 'window-accepted');

    const notice = await popup;
    const frame = notice.frameLocator('iframe');
    await frame.getByRole('heading', { name: '受理通知书' }).waitFor();
    const body = (await frame.locator('body').textContent()) ?? '';
    expect(body).toContain(caseNo);
    expect(body).toContain(COMPANY);
    expect(body).toMatch(/经办人：.+窗口：A-01/);
    await screenshot(notice, 'notice-acceptance');
    await notice.close();
  });

  it('when a reviewer of another department opens the case, then it is not in their inbox and the case file says it belongs to another department', async () => {
    const other = (await world.db.department.findFirst({ where: { code: { not: item.departmentCode } }, orderBy: { code: 'asc' } }))!;
    const { page } = await web.open();
    await signIn(page, world.baseUrl, reviewerUsername(other.code));
    await page.getByRole('heading', { name: '部门审批' }).waitFor();
    await page.getByTestId('inbox-counts').waitFor();
    expect(await page.getByText(caseNo).count()).toBe(0);
    await page.goto(`${world.baseUrl}/cases/${caseNo}`);
    await poll(() => page.getByTestId('case-error').textContent()).toContain('该办件属于其他部门');
    await screenshot(page, 'other-department-refused');
  });

  it('when a reviewer tries a refused action, then its Chinese reason shows; when the reviewer approves from the inbox, then the case waits for output', async () => {
    const { page } = await web.open();
    await signIn(page, world.baseUrl, reviewerUsername(item.departmentCode));
    await page.getByRole('heading', { name: '部门审批' }).waitFor();
    // The case reaches the department's system, then the inbox (it refreshes by itself).
    const row = page.getByRole('row', { name: new RegExp(caseNo) });
    await row.waitFor({ timeout: 30_000 });
    await poll(() => row.textContent(), { timeout: 30_000 }).toContain('审批中');
    expect(await row.textContent()).toContain('剩余');
    await screenshot(page, 'department-inbox');
    await row.click();
    const actions = page.getByTestId('case-actions');
    await actions.waitFor();
    await poll(() => actions.getByRole('button', { name: '准予' }).isEnabled()).toBe(true);

    // 暂停 for a missing tolerated material, on a case accepted with every material: refused by the rules.
    await actions.getByRole('button', { name: '暂停' }).click();
    const dialog = modal(page, '暂停原因');
    await dialog.getByText('容缺件未提交', { exact: true }).click();
    await poll(() => dialog.getByRole('radio', { name: '容缺件未提交' }).isChecked()).toBe(true);
    await dialog.getByLabel('暂停说明').fill('等待申请人补交材料');
    await confirmDialog(dialog);
    await poll(() => dialog.getByTestId('dialog-error').textContent()).toContain('本件没有未补交的容缺材料');
    expect(await dialog.getByTestId('dialog-error').textContent()).toContain('pause.no_tolerated_material_missing');
    await screenshot(page, 'department-refused-action');
    await dialog.getByRole('button', { name: '取消' }).click();

    await actions.getByRole('button', { name: '准予' }).click();
    const approve = modal(page, '审批意见');
    await approve.getByLabel('审批意见').fill('材料齐全，符合法定条件，准予许可');
    await confirmDialog(approve);
    await poll(() => page.locator('.ant-drawer').getByTestId('status').first().textContent()).toBe('待出件');
    expect(await actions.getByRole('button', { name: '准予' }).isDisabled()).toBe(true);
    await approve.waitFor({ state: 'hidden' });
    await page.waitForTimeout(500); // the drawer's fade, for the picture only
    await screenshot(page, 'department-approved');
  });

  it('when the clerk hands the result out at the window, then the case file shows 已办结 with its timeline', async () => {
    await clerkPage.goto(`${world.baseUrl}/window/output`);
    const row = clerkPage.getByRole('row', { name: new RegExp(caseNo) });
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: '出件' }).click();
    const dialog = modal(clerkPage, '出件方式');
    await poll(() => dialog.textContent()).toContain('准予许可');
    await dialog.getByText('窗口领取', { exact: true }).click();
    await confirmDialog(dialog, '确认出件');
    await row.waitFor({ state: 'detached' });

    await clerkPage.goto(`${world.baseUrl}/cases/${caseNo}`);
    await clerkPage.getByRole('heading', { name: '办件详情' }).waitFor();
    await poll(() => clerkPage.getByTestId('status').first().textContent()).toBe('已办结');
    await poll(() => clerkPage.getByTestId('timeline').textContent()).toContain('办结');
    const timeline = (await clerkPage.getByTestId('timeline').textContent()) ?? '';
    for (const step of ['收件', '受理', '准予许可', '出件']) expect(timeline).toContain(step);
    await screenshot(clerkPage, 'case-file-completed');
  });

  it('when the access token has expired, then the desk renews it without the clerk noticing; when the session is gone, then sign-in says it expired', async () => {
    const before = await clerkPage.evaluate(() => {
      const s = JSON.parse((globalThis as unknown as BrowserGlobals).localStorage.getItem('onewindow.session')!);
      (globalThis as unknown as BrowserGlobals).localStorage.setItem('onewindow.session', JSON.stringify({ ...s, token: 'expired.token.value', expiresAt: Date.now() - 1000 }));
      return s.refreshToken as string;
    });
    // The case file needs a signed-in request (the case list would do too, but other test files'
    // new cases can push this one off its first page).
    await clerkPage.goto(`${world.baseUrl}/cases/${caseNo}`);
    await clerkPage.getByRole('heading', { name: '办件详情' }).waitFor();
    await poll(async () => (await clerkPage.locator('body').textContent()) ?? '').toContain(caseNo);
    const after = await clerkPage.evaluate(() => JSON.parse((globalThis as unknown as BrowserGlobals).localStorage.getItem('onewindow.session')!) as { token: string; refreshToken: string; expiresAt: number });
    expect(after.refreshToken).not.toBe(before);
    expect(after.token).not.toBe('expired.token.value');
    expect(after.expiresAt).toBeGreaterThan(Date.now());

    // A session whose refresh token no longer works ends: the desk asks to sign in again, in Chinese.
    const { page } = await web.open();
    await signIn(page, world.baseUrl, 'clerk.a02');
    await page.getByRole('heading', { name: '综合窗口' }).waitFor();
    await page.evaluate(() => {
      const s = JSON.parse((globalThis as unknown as BrowserGlobals).localStorage.getItem('onewindow.session')!);
      (globalThis as unknown as BrowserGlobals).localStorage.setItem('onewindow.session', JSON.stringify({ ...s, token: 'expired.token.value', refreshToken: 'revoked', expiresAt: Date.now() - 1000 }));
    });
    await page.goto(`${world.baseUrl}/cases`);
    await poll(() => page.url()).toContain('/login');
    await page.getByText('登录已过期，请重新登录').waitFor();
  });

  it('when required materials are missing, then the one-time notice lists every one of them', async () => {
    await clerkPage.goto(`${world.baseUrl}/window`);
    await findItemAtDesk(clerkPage, item.code);
    await clerkPage.getByText('个人', { exact: true }).click();
    await clerkPage.getByLabel('申请人姓名').fill('张三');
    await poll(() => clerkPage.getByTestId('missing-summary').textContent()).toContain(`缺少 ${item.required.length} 项必需材料`);
    await clerkPage.getByRole('button', { name: '一次性告知' }).click();
    const dialog = modal(clerkPage, '确认告知并打印');
    const listed = (await dialog.getByTestId('correction-items').textContent()) ?? '';
    for (const m of item.required) expect(listed).toContain(m.name);
    const popup = clerkPage.waitForEvent('popup');
    await pressIn(dialog, '确认告知并打印');
    const notice = await popup;
    const frame = notice.frameLocator('iframe');
    await frame.getByRole('heading', { name: '预受理和一次性告知单' }).waitFor();
    const rows = frame.locator('table').first().locator('tr'); // the materials; the signature block follows
    expect(await rows.count()).toBe(item.required.length + 1);
    const body = (await frame.locator('body').textContent()) ?? '';
    for (const m of item.required) expect(body).toContain(m.name);
    await screenshot(notice, 'notice-correction');
    await notice.close();
    await poll(() => clerkPage.getByTestId('new-case-no').textContent()).toMatch(/\d{20}/);
  });

  it('when an applicant submits online, then the clerk sees it waiting with its age, pre-reviews it with the materials ticked, and accepts it', async () => {
    const online = await findItem(world.db, { channel: 'ONLINE', tolerance: false });
    const applicant = await world.login('applicant');
    const submitted = await world.call('POST', '/api/v1/cases', { token: applicant, body: { itemCode: online.code, applicant: { name: '网上申报测试人' }, submittedMaterials: online.requiredMaterials } });
    expect(submitted.status).toBe(201);
    const onlineCase = submitted.body.case.caseNo as string;

    await clerkPage.goto(`${world.baseUrl}/window/online`);
    const row = clerkPage.getByRole('row', { name: new RegExp(onlineCase) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/分钟|小时|天/);
    await row.getByRole('button', { name: '预审' }).click();
    const drawer = clerkPage.locator('.ant-drawer');
    await poll(() => drawer.getByTestId('missing-summary').textContent()).toContain('必需材料齐全');
    await screenshot(clerkPage, 'window-online-pre-review');
    const popup = clerkPage.waitForEvent('popup');
    await drawer.getByRole('button', { name: '受理', exact: true }).click();
    const notice = await popup;
    await notice.frameLocator('iframe').getByRole('heading', { name: '受理通知书' }).waitFor();
    await notice.close();
    await row.waitFor({ state: 'detached' });
    await clerkPage.goto(`${world.baseUrl}/cases/${onlineCase}`);
    await poll(() => clerkPage.getByTestId('status').first().textContent()).toMatch(/已受理|审批中/);
  });
});
