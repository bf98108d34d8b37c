/**
 * The online channel (一网) in a real browser against the real stack: an applicant registers on
 * the portal, applies with a real file, is told once what is missing, uploads it, and downloads
 * an electronic result whose code the public verification confirms. The front desk's and the
 * department's steps are taken through the API (their desks have browser tests of their own).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type BrowserWorld, SCREENSHOT_DIR, screenshot, signIn, startBrowser } from '../support/browser.js';
import { eventually } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let web: BrowserWorld;

interface Item {
  code: string;
  name: string;
  departmentCode: string;
  required: { code: string; name: string }[];
}

/** A published online item without tolerance, with at least two required materials. */
async function onlineItem(): Promise<Item> {
  const versions = await world.db.serviceItemVersion.findMany({
    where: { state: 'PUBLISHED', item: { status: 'ACTIVE' }, channels: { has: 'ONLINE' }, toleranceAllowed: false },
    include: { item: true },
    orderBy: { itemCode: 'asc' },
    take: 50,
  });
  for (const v of versions) {
    const required = (v.materials as { code: string; name: string; required: boolean }[]).filter((m) => m.required);
    if (required.length >= 2) return { code: v.itemCode, name: v.name, departmentCode: v.item.departmentCode, required: required.map((m) => ({ code: m.code, name: m.name })) };
  }
  throw new Error('no seeded online item with two required materials');
}

const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) => expect.poll(fn, { timeout: opts.timeout ?? 20_000, interval: 200 });
const scanPdf = (label: string) => ({ name: `${label}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`) });

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  web = await startBrowser();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  let n = 0;
  for (const c of web.browser.contexts()) for (const p of c.pages()) await screenshot(p, `failed-portal-${n++}`).catch(() => undefined);
});

afterAll(async () => {
  await web?.stop();
  await world?.stop();
  await env?.teardown();
});

describe('the applicant portal (一网通办) in a browser', () => {
  it('when an applicant applies online with a file, is told once what is missing and uploads it, then the approved result downloads as a PDF whose code verifies', async () => {
    const item = await onlineItem();
    const [first, second] = item.required as [Item['required'][number], Item['required'][number]];
    const { page } = await web.open();
    const username = `portal.${Date.now().toString(36)}`;

    // Register (a local account) and land in the portal.
    await page.goto(`${world.baseUrl}/portal`);
    await page.getByRole('tab', { name: '注册' }).click();
    const form = page.getByRole('tabpanel', { name: '注册' });
    await form.getByLabel('账号').fill(username);
    await form.getByLabel('设置密码').fill('portal-pass-2026');
    await form.getByLabel('姓名或单位名称').fill('王小明');
    await form.getByLabel('手机号码').fill('13912345678');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.getByText('我的办件').waitFor();

    // Find the item, read its guide, attach only the first required material, submit.
    await page.getByLabel('搜索事项').fill(item.code);
    await page.getByLabel('搜索事项').press('Enter');
    await page.getByRole('link', { name: '查看指南并申报' }).first().click();
    await page.getByText(`办事指南：${item.name}`).waitFor();
    await screenshot(page, 'portal-apply');
    await page.getByRole('row', { name: new RegExp(first.name) }).locator('input[type=file]').setInputFiles(scanPdf('first'));
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/portal\/cases\/\d{20}/);
    const caseNo = page.url().match(/\d{20}/)![0];
    await page.getByText(`办件 ${caseNo}`).waitFor();
    await poll(async () => (await page.getByTestId('portal-documents').textContent()) ?? '').toContain('first.pdf');

    // The front desk pre-reviews and tells once what is missing (the platform lists it itself).
    const clerk = await world.login('clerk.a01');
    const notice = await world.call('POST', `/api/v1/cases/${caseNo}/request-correction`, { token: clerk, body: { items: [], days: 5 } });
    expect(notice.status).toBe(200);

    // The applicant reads the notice online and uploads what was missing.
    await page.getByText('一次性告知单').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('portal-notice').textContent()).toContain(second.name);
    await screenshot(page, 'portal-notice');
    const missing = item.required.slice(1);
    for (const [n, m] of missing.entries()) {
      await page.getByTestId('portal-notice').getByRole('listitem').filter({ hasText: m.name }).locator('input[type=file]').setInputFiles(scanPdf(`missing-${n + 1}`));
    }
    await page.getByRole('button', { name: '提交补正材料' }).click();
    await poll(async () => (await page.getByTestId('portal-documents').textContent()) ?? '').toContain(`missing-${missing.length}.pdf`);
    await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: clerk })).body.status).toBe('SUBMITTED'), 20_000);

    // Accepted, approved, issued electronically (the desks' steps).
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/accept`, { token: clerk, body: {} })).status).toBe(200);
    const reviewer = await world.login(reviewerUsername(item.departmentCode));
    await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer })).body.status).toBe('IN_REVIEW'), 30_000);
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '经审查，符合法定条件，准予许可。' } })).status).toBe(200);
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: clerk, body: { method: 'ELECTRONIC' } })).status).toBe(200);

    // The applicant downloads the electronic result; its code verifies in public.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载电子文书' }).click({ timeout: 20_000 });
    const file = path.join(SCREENSHOT_DIR, `result-${caseNo}.pdf`);
    await (await download).saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const code = ((await page.getByText(/核验码：/).textContent()) ?? '').replace(/^.*核验码：/, '').trim();
    expect(code).toMatch(new RegExp(`^${caseNo}-`));
    const verified = await world.call('GET', `/api/v1/public/verify/${code}`);
    expect(verified.body).toMatchObject({ genuine: true, caseNo, decision: 'APPROVED' });
    expect(await page.getByRole('link', { name: '评价本次服务' }).getAttribute('href')).toBe(`/portal/rate?caseNo=${caseNo}`);
    await screenshot(page, 'portal-result');
    fs.rmSync(file, { force: true });

    // The front desk opens the same files from the case file (one store for both channels).
    const desk = (await web.open()).page;
    await signIn(desk, world.baseUrl, 'clerk.a01');
    await desk.getByRole('heading', { name: '综合窗口' }).waitFor();
    await desk.goto(`${world.baseUrl}/cases/${caseNo}`);
    const files = desk.getByTestId('case-documents');
    await poll(async () => (await files.textContent()) ?? '').toContain('first.pdf');
    expect(await files.textContent()).toContain('电子文书');
    const opened = desk.waitForEvent('popup');
    await files.getByText('first.pdf').click();
    expect((await opened).url()).toMatch(/^blob:/);
    await files.scrollIntoViewIfNeeded();
    await files.screenshot({ path: path.join(SCREENSHOT_DIR, 'case-file-documents.png') });
    await eventually(async () => expect(await world.db.auditLog.count({ where: { caseNo, action: 'document.read', username: 'clerk.a01' } })).toBeGreaterThan(0));
  });
});


