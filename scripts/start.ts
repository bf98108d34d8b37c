/**
 * `npm start`: the whole platform on one machine, with nothing set.
 *   PostgreSQL (embedded, unless DATABASE_URL) → migrations and seed → Temporal dev server with
 *   its Web UI (unless TEMPORAL_ADDRESS) and the search attributes → department simulator →
 *   worker → API. Waits for each, prints the URLs and demo accounts; Ctrl-C stops everything.
 * Data persists in DATA_DIR, so a second start finds earlier cases and workflows.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ROOT_DIR, loadConfig, temporalAddress, temporalConnectionOptions } from '../config/index.js';
import { loadSecrets } from '../config/secrets.js';
import { CaseCodec } from '../worker/codec.js';
import { CASE_SEARCH_ATTRIBUTES } from '../workflows/search-attributes.js';
import { demoAccountLines, prepareNamespace, startDatabase, startSimulators, waitForReady } from './platform/boot.js';
import { ManagedProcess, nodeScript } from './platform/processes.js';
import { startUiGate } from './temporal-ui-gate.js';
import { executableOf, freePort, provision, waitForPort } from './temporal/provision.js';
import { ensureWebBuild } from './web-build.js';
import { devServerFlags, dynamicConfigFlags } from './temporal/dev-server.js';

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

/** A child process of the platform; its unexpected end stops everything. */
async function child(name: string, script: string, env: NodeJS.ProcessEnv, readyLine: RegExp): Promise<ManagedProcess> {
  const p = new ManagedProcess(nodeScript(name, script, env, readyLine, { echo: true, readyTimeoutMs: 300_000 }), (_p, code) => {
    if (stopping) return;
    console.error(`[${name}] exited unexpectedly (code ${code}); stopping the platform`);
    void stopAll(1);
  });
  stops.push(() => p.stop());
  await p.start();
  return p;
}

try {
  // ── PostgreSQL, migrations, the least-privileged role, the seed
  const { dbUrl, appDbUrl, db } = await startDatabase(config, log, stops);

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
  const connection = await Connection.connect({ ...temporalConnectionOptions(config), address });
  const schedule = await prepareNamespace(connection, config);
  await connection.close();
  log(`Temporal ready at ${address} (monthly report schedule ${schedule})`);

  // ── the web front end (built when missing or older than its sources), then simulator, worker, API
  await ensureWebBuild({ log });
  const { departments: sim, notices } = await startSimulators(config, `http://${config.HOST}:${config.PORT}`, log, stops);
  const env = { ...process.env, DATABASE_URL: dbUrl, APP_DATABASE_URL: appDbUrl, TEMPORAL_ADDRESS: address };
  await child('worker', 'worker/main.ts', env, /worker ready/);
  await child('api', 'api/main.ts', env, /API listening/);
  const api = `http://${config.HOST}:${config.PORT}`;
  await waitForReady(api, 10_000);

  if (uiInternalPort) {
    const secrets = loadSecrets(config);
    const gate = await startUiGate({ upstream: `http://127.0.0.1:${uiInternalPort}`, apiUrl: api, codec: new CaseCodec(secrets.payload, secrets.actorKey), host: '127.0.0.1', port: config.TEMPORAL_UI_PORT });
    stops.push(() => gate.close());
    log(`Temporal UI gate on ${gate.url} (sign in as a manager or supervisor; read-only; decodes payloads)`);
  }

  const accounts = await demoAccountLines(db, config);
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

${accounts}

Press Ctrl-C to stop everything.`);
} catch (e) {
  console.error(`start failed: ${e instanceof Error ? e.message : String(e)}`);
  await stopAll(1);
}
