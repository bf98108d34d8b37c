/**
 * A real Chromium (Debian's, provisioned by scripts/browser.ts) driven by playwright-core against
 * the real stack, at a window PC's 1366×768. Screenshots go to tests/e2e/screenshots (ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { ROOT_DIR } from '../../config/index.js';
import { DEMO_PASSWORD } from '../../prisma/seed/users.js';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/browser.js';

export const SCREENSHOT_DIR = path.join(ROOT_DIR, 'tests', 'e2e', 'screenshots');

export interface BrowserWorld {
  browser: Browser;
  /** A fresh context (own storage: own session) with one page. */
  open(): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

export async function startBrowser(): Promise<BrowserWorld> {
  const executablePath = process.env.CHROMIUM_PATH ?? ensureChromium();
  // playwright's launch() gives Chromium a fresh temporary profile (--user-data-dir) of its own.
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    async open() {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      context.setDefaultTimeout(20_000);
      contexts.push(context);
      return { context, page: await context.newPage() };
    },
    async stop() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
    },
  };
}

export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** An Ant Design dialog (modal or confirm) by a text it shows: its title, a label or a button. */
export const modal = (page: Page, text: string): Locator => page.locator('.ant-modal-container').filter({ hasText: text });

/**
 * Waits until a dialog or a pop-confirm has finished opening: Ant Design zooms it in, and a click
 * that lands while the zoom runs can be lost (CI saw it twice: the 销号 dialog and the 停用
 * confirm stayed open with no request made and no refusal shown).
 */
export async function opened(layer: Locator): Promise<void> {
  await layer.waitFor();
  const deadline = Date.now() + 5_000;
  const zooming = () => layer.evaluate((el) => /zoom(-big)?-(appear|enter)/.test((el.closest('.ant-modal, .ant-popover') ?? el).className));
  while ((await zooming()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

/** Clicks a button of a dialog or pop-confirm once it has opened. */
export async function pressIn(layer: Locator, button: string): Promise<void> {
  await opened(layer);
  await layer.getByRole('button', { name: button }).click();
}

/**
 * Presses a dialog's submit button (确定 unless named) once it has opened, and waits for it to
 * close (or to show its refusal). A click the dialog still did not take is given again, as a
 * person would; never while a request runs (the button spins) or after a refusal is shown.
 */
export async function confirmDialog(dialog: Locator, button = '确定'): Promise<void> {
  await opened(dialog);
  for (let click = 1; ; click++) {
    await dialog.getByRole('button', { name: button }).click();
    const closed = await dialog.waitFor({ state: 'hidden', timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (closed) return;
    if ((await dialog.getByTestId('dialog-error').count()) > 0) return; // refused: the test reads why
    const working = (await dialog.locator('.ant-btn-loading').count()) > 0;
    if (working || click >= 3) {
      await dialog.waitFor({ state: 'hidden' });
      return;
    }
  }
}
