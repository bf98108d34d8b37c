/**
 * Integration tests share one real PostgreSQL: the embedded server in a throw-away folder on a
 * free port (or, when TEST_DATABASE_URL is set, a fresh database on that server). The schema is
 * migrated and the catalog, calendar and demo accounts seeded once. Temporal binaries are
 * provisioned here so each test file can start its own server quickly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../prisma/client.js';
import { ensureDatabase, migrate } from '../../prisma/migrate.js';
import { seedAll } from '../../prisma/seed/index.js';
import { startEmbeddedPostgres } from '../../scripts/postgres.js';
import { freePort, provision } from '../../scripts/temporal/provision.js';
import { ensureChromium } from '../../scripts/browser.js';
import { ensureWebBuild } from '../../scripts/web-build.js';

export default async function setup(_project: TestProject) {
  const [testServer, cli] = await Promise.all([provision('test-server'), provision('cli')]);
  // The browser tests open the built web front end in Debian's Chromium: both ready before any file runs.
  await ensureWebBuild({ log: (l) => console.log(`[web] ${l}`) });
  process.env.CHROMIUM_PATH ??= ensureChromium((l) => console.log(`[browser] ${l}`));
  if (testServer.path) process.env.TEMPORAL_TEST_SERVER_PATH = testServer.path;
  if (cli.path) process.env.TEMPORAL_CLI_PATH = cli.path;

  let stop: () => Promise<void> = async () => {};
  let url: string;
  if (process.env.TEST_DATABASE_URL) {
    const u = new URL(process.env.TEST_DATABASE_URL);
    u.pathname = `/onewindow_test_${process.pid}`;
    url = u.toString();
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort() });
    url = pg.url('onewindow_test');
    stop = async () => {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  await ensureDatabase(url);
  await migrate(url);
  const db = createDb(url, 2);
  await seedAll(db, { demoUsers: true });
  await db.$disconnect();
  process.env.DATABASE_URL = url;
  return async () => {
    await stop();
  };
}
