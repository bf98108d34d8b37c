/**
 * `npm start`: the whole platform on one machine, with nothing set.
 *   PostgreSQL (embedded, unless DATABASE_URL) → migrations and seed → Temporal dev server with
 *   its Web UI (unless TEMPORAL_ADDRESS) and the search attributes → department simulator →
 *   worker → API. Waits for each, prints the URLs and demo accounts; Ctrl-C stops everything.
 * Data persists in DATA_DIR, so a second start finds earlier cases and workflows.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ROOT_DIR, databaseUrl, loadConfig, temporalAddress } from '../config/index.js';
import { createDb } from '../prisma/client.js';
import { appDatabaseUrl, embeddedAppRolePassword, loadSecrets } from '../config/secrets.js';
import { enableAppRoleLogin } from '../prisma/app-role.js';
import { ensureDatabase, migrate } from '../prisma/migrate.js';
import { seedAll } from '../prisma/seed/index.js';
import { DEMO_PASSWORD, demoAccounts } from '../prisma/seed/users.js';
import { CaseCodec, platformDataConverter } from '../worker/codec.js';
import { CASE_SEARCH_ATTRIBUTES } from '../workflows/search-attributes.js';
import { startDepartmentSimulator } from './department-simulator.js';
import { startNotificationSimulator } from './notification-simulator.js';
import { startEmbeddedPostgres } from './postgres.js';
import { startUiGate } from './temporal-ui-gate.js';
import { executableOf, freePort, provision, waitForPort } from './temporal/provision.js';
import { ensureWebBuild } from './web-build.js';
import { ensureMonthlyReportSchedule } from './temporal/schedules.js';
import { devServerFlags, dynamicConfigFlags } from './temporal/dev-server.js';
import { registerSearchAttributes } from './temporal/search-attributes.js';

const t0 = Date.now();
const config = loadConfig();
const log = (msg: string) => console.log(`[start +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const stops: (() => Promise<void>)[] = [];
let stopping = false;

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  for (const stop of stops.reverse()) await stop().catch((e: unknown) => console.error(`  stop failed: ${(e as Error).message}`));
  log('stopped');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0)); // 'on', not 'once': tsx exits at once when no listener is left
process.on('SIGTERM', () => void stopAll(0));

function child(name: string, script: string, env: NodeJS.ProcessEnv, readyLine: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let ready = false;
    const onLine = (line: string) => {
      if (line.trim()) console.log(`[${name}] ${line}`);
      if (!ready && readyLine.test(line)) {
        ready = true;
        resolve(p);
      }
    };
    for (const stream of [p.stdout, p.stderr]) {
      let buf = '';
      stream!.on('data', (d: Buffer) => {
        buf += d.toString();
        const lines = buf.split('\n');
        buf = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    p.once('exit', (code) => {
      if (!ready) reject(new Error(`${name} exited with code ${code} before it was ready`));
      else if (!stopping) {
        console.error(`[${name}] exited unexpectedly (code ${code}); stopping the platform`);
        void stopAll(1);
      }
    });
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          if (p.exitCode !== null) return resolve();
          p.once('exit', () => resolve());
          p.kill('SIGTERM');
          setTimeout(() => p.kill('SIGKILL'), 10_000).unref();
        }),
    );
  });
}

try {
  fs.mkdirSync(config.DATA_DIR, { recursive: true });

  // ── PostgreSQL
  let dbUrl = config.DATABASE_URL;
  if (!dbUrl) {
    log(`starting embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT} (data in ${path.join(config.DATA_DIR, 'postgres')})`);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(config.DATA_DIR, 'postgres'), port: config.EMBEDDED_PG_PORT, log });
    stops.push(() => pg.stop());
    dbUrl = databaseUrl(config);
  } else {
    log('using the PostgreSQL at DATABASE_URL');
  }
  await ensureDatabase(dbUrl);
  const migrated = await migrate(dbUrl, log);
  log(`database schema current (${migrated.applied.length} migrations applied now, ${migrated.alreadyApplied} before)`);
  // The API and the worker connect as the least-privileged role (it cannot rewrite the audit log).
  const appDbUrl = config.DATABASE_URL ? appDatabaseUrl(config) : await enableAppRoleLogin(dbUrl, embeddedAppRolePassword(config));
  if (config.DATABASE_URL && !config.APP_DATABASE_URL) log('APP_DATABASE_URL is not set: the API and the worker use DATABASE_URL (see docs/operations.md, least privilege)');
  const db = createDb(dbUrl, 2);
  const seeded = await seedAll(db, { demoUsers: config.SEED_DEMO_USERS });
  log(`seeded: ${JSON.stringify(seeded)}`);

  // ── Temporal
  const address = temporalAddress(config);
  let uiInternalPort: number | undefined;
  if (!config.TEMPORAL_ADDRESS) {
    const cli = await provision('cli', (l) => log(l));
    const dbFilename = path.join(config.DATA_DIR, 'temporal.db');
    if (cli.path) {
      // The dev server's own UI listens on an internal port; operators reach it through the
      // read-only gate (scripts/temporal-ui-gate.ts) on TEMPORAL_UI_PORT, which also decodes payloads.
      uiInternalPort = await freePort();
      log(`starting Temporal dev server on ${address}, Web UI on port ${config.TEMPORAL_UI_PORT} (read-only gate; state in ${dbFilename})`);
      const logFile = fs.openSync(path.join(config.DATA_DIR, 'temporal.log'), 'a');
      const server = spawn(
        cli.path,
        ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(config.TEMPORAL_DEV_PORT), '--ui-ip', '127.0.0.1', '--ui-port', String(uiInternalPort),
          '--ui-codec-endpoint', `http://127.0.0.1:${config.TEMPORAL_UI_PORT}/_ow/codec`, '--ui-disable-news-fetch',
          '--db-filename', dbFilename, '--namespace', config.TEMPORAL_NAMESPACE, '--log-level', 'warn', ...devServerFlags()],
        { stdio: ['ignore', logFile, logFile] },
      );
      stops.push(
        () =>
          new Promise<void>((resolve) => {
            if (server.exitCode !== null) return resolve();
            server.once('exit', () => resolve());
            server.kill('SIGTERM');
            setTimeout(() => server.kill('SIGKILL'), 10_000).unref();
          }),
      );
      server.once('exit', (code) => {
        if (!stopping) {
          console.error(`Temporal dev server exited (code ${code}); see ${path.join(config.DATA_DIR, 'temporal.log')}`);
          void stopAll(1);
        }
      });
      await waitForPort(config.TEMPORAL_DEV_PORT, 60_000);
    } else {
      log('starting Temporal dev server through the SDK download');
      const env = await TestWorkflowEnvironment.createLocal({
        server: {
          executable: executableOf(cli),
          ip: '127.0.0.1',
          port: config.TEMPORAL_DEV_PORT,
          ui: true,
          uiPort: config.TEMPORAL_UI_PORT,
          dbFilename,
          namespace: config.TEMPORAL_NAMESPACE,
          searchAttributes: [...CASE_SEARCH_ATTRIBUTES],
          extraArgs: dynamicConfigFlags(),
        },
      });
      stops.push(() => env.teardown());
    }
  }
  const connection = await Connection.connect({ address });
  await registerSearchAttributes(connection, config.TEMPORAL_NAMESPACE);
  const schedule = await ensureMonthlyReportSchedule(new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: platformDataConverter(config) }), config.TEMPORAL_TASK_QUEUE);
  await connection.close();
  log(`Temporal ready at ${address} (monthly report schedule ${schedule})`);

  // ── the web front end (built when missing or older than its sources), then simulator, worker, API
  await ensureWebBuild({ log });
  const sim = await startDepartmentSimulator(config.DEPARTMENT_SIMULATOR_PORT);
  stops.push(() => sim.close());
  log(`department simulator on ${sim.url}`);
  // Catches every SMS and e-mail (unless SMS_GATEWAY_URL / SMTP_PORT point elsewhere) and plays the 12345 hotline.
  const notices = await startNotificationSimulator({
    httpPort: config.NOTIFY_SIMULATOR_PORT,
    smtpPort: config.NOTIFY_SMTP_SIMULATOR_PORT,
    apiUrl: `http://${config.HOST}:${config.PORT}`,
    hotlineToken: config.HOTLINE_TOKEN,
    businessPlatformToken: config.BUSINESS_PLATFORM_TOKEN,
  });
  stops.push(() => notices.close());
  log(`notification simulator on ${notices.url} (SMTP port ${notices.smtpPort})`);
  const env = { ...process.env, DATABASE_URL: dbUrl, APP_DATABASE_URL: appDbUrl, TEMPORAL_ADDRESS: address };
  await child('worker', 'worker/main.ts', env, /worker ready/);
  await child('api', 'api/main.ts', env, /API listening/);
  const api = `http://${config.HOST}:${config.PORT}`;
  for (let i = 0; ; i++) {
    const ready = await fetch(`${api}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (i > 100) throw new Error('the API did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }

  if (uiInternalPort) {
    const secrets = loadSecrets(config);
    const gate = await startUiGate({ upstream: `http://127.0.0.1:${uiInternalPort}`, apiUrl: api, codec: new CaseCodec(secrets.payload, secrets.actorKey), host: '127.0.0.1', port: config.TEMPORAL_UI_PORT });
    stops.push(() => gate.close());
    log(`Temporal UI gate on ${gate.url} (sign in as a manager or supervisor; read-only; decodes payloads)`);
  }

  const accounts = await demoAccounts(db);
  await db.$disconnect();
  const startupSeconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`
一窗综合受理平台 — the one-window platform is up (${startupSeconds} s)

  Web desks      ${api}/               (综合窗口 /window · 部门审批 /department · 办件查询 /cases)
  API            ${api}/api/v1
  API docs       ${api}/api/docs          (OpenAPI: ${api}/api/openapi.json)
  Temporal UI    ${config.TEMPORAL_ADDRESS ? '(external cluster: use its UI)' : `http://127.0.0.1:${config.TEMPORAL_UI_PORT}  (read-only; sign in as manager or supervisor)`}
  Readiness      ${api}/readyz
  Department simulator ${sim.url}/admin/health
  Notifications  ${notices.url}             (caught SMS and e-mail; buttons send 12345 hotline tickets)

Demo accounts (password for all: ${DEMO_PASSWORD})${config.SEED_DEMO_USERS ? '' : ' — not seeded (SEED_DEMO_USERS=false)'}
${accounts
  .filter((a) => a.role !== 'DEPARTMENT_REVIEWER' || a === accounts.find((x) => x.role === 'DEPARTMENT_REVIEWER'))
  .map((a) => `  ${a.username.padEnd(22)} ${a.role.padEnd(20)} ${a.displayName}`)
  .join('\n')}
  … and one reviewer per department: reviewer.<department code in lower case> (${accounts.filter((a) => a.role === 'DEPARTMENT_REVIEWER').length} in all)

Press Ctrl-C to stop everything.`);
} catch (e) {
  console.error(`start failed: ${e instanceof Error ? e.message : String(e)}`);
  await stopAll(1);
}
