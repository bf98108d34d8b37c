/**
 * A real Chromium (Debian's, provisioned by scripts/browser.ts) driven by playwright-core against
 * the real stack, at a window PC's 1366×768. Screenshots go to tests/e2e/screenshots (ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
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
