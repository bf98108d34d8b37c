/**
 * Integration tests share one real PostgreSQL: the embedded server in a throw-away folder on a
 * free port (or, when TEST_DATABASE_URL is set, a fresh database on that server). The schema is
 * migrated and the catalog, calendar and demo accounts seeded once. Temporal binaries are
 * provisioned here so each test file can start its own server quickly.
 */
import type { TestProject } from 'vitest/node';
import { createDb } from '../../prisma/client.js';
import { enableAppRoleLogin } from '../../prisma/app-role.js';
import { ensureDatabase, migrate } from '../../prisma/migrate.js';
import { seedAll } from '../../prisma/seed/index.js';
import { startThrowawayPostgres } from '../../scripts/postgres.js';
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
    const pg = await startThrowawayPostgres({ port: await freePort() });
    url = pg.url('onewindow_test');
    stop = pg.stop;
  }
  await ensureDatabase(url);
  await migrate(url);
  const db = createDb(url, 2);
  await seedAll(db, { demoUsers: true });
  await db.$disconnect();
  process.env.DATABASE_URL = url;
  // The platform under test connects as the least-privileged role, as in production.
  process.env.APP_DATABASE_URL = await enableAppRoleLogin(url, 'test-app-role-password');
  return guardedTeardown(stop);
}

/**
 * vitest only logs an error thrown by a global teardown and then exits 0; and when a teardown
 * listed after this one throws, this one never runs. Either way the run did not end cleanly, so the
 * exit code says so: a failure here sets it, and a teardown that never ran is caught at exit.
 */
function guardedTeardown(stop: () => Promise<void>): () => Promise<void> {
  let done = false;
  process.on('exit', () => {
    if (done) return;
    console.error('the integration tests\' global teardown did not run to its end (another teardown failed before it, or it was interrupted)');
    process.exitCode = 1;
  });
  return async () => {
    try {
      await stop();
      done = true;
    } catch (e) {
      process.exitCode = 1;
      throw e;
    }
  };
}
