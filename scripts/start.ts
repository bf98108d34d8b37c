/**
 * `npm start`: the whole platform on one machine, with nothing set.
 *   PostgreSQL (embedded, unless DATABASE_URL) → migrations and seed → Temporal dev server with
 *   its Web UI (unless TEMPORAL_ADDRESS) and the search attributes → department simulator →
 *   worker → API. Waits for each, prints the URLs and demo accounts; Ctrl-C stops everything.
 * Data persists in DATA_DIR, so a second start finds earlier cases and workflows.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ROOT_DIR, loadConfig, temporalAddress, temporalConnectionOptions } from '../config/index.js';
import { loadSecrets } from '../config/secrets.js';
import { CaseCodec } from '../worker/codec.js';
import { CASE_SEARCH_ATTRIBUTES } from '../workflows/search-attributes.js';
import { demoAccountLines, prepareNamespace, startDatabase, startSimulators, waitForReady } from './platform/boot.js';
import { stopChild } from './platform/processes.js';
import { startEmbeddedPostgres } from './postgres.js';
import { startUiGate } from './temporal-ui-gate.js';
import { executableOf, freePort, provision, waitForPort } from './temporal/provision.js';
import { ensureWebBuild } from './web-build.js';
import { devServerFlags, dynamicConfigFlags } from './temporal/dev-server.js';

const t0 = Date.now();
const config = loadConfig();
/**
 * Options for fault tests (chaos/): `--supervise` restarts a part that dies (worker, API, Temporal
 * dev server) as an orchestrator would, instead of stopping the platform; `--control-port N` opens
 * a control endpoint on 127.0.0.1:N (GET /topology; POST /processes/{name}/stop|start|kill),
 * described in chaos/README.md. Neither is needed for ordinary use.
 */
const argv = process.argv.slice(2);
const supervise = argv.includes('--supervise');
const controlPortArg = argv.indexOf('--control-port');
const controlPort = controlPortArg >= 0 ? Number(argv[controlPortArg + 1]) : undefined;
if (controlPort !== undefined && !(Number.isInteger(controlPort) && controlPort > 0 && controlPort < 65536)) {
  console.error('--control-port needs a port number');
  process.exit(2);
}

/** A part of the platform this process runs, for the control endpoint and the supervisor. */
interface Managed {
  name: string;
  role: 'postgres' | 'temporal' | 'worker' | 'api' | 'simulator';
  pid(): number | undefined;
  /** Held stopped on purpose (control endpoint): the supervisor leaves it down. */
  held: boolean;
  restarts: number;
  start(): Promise<void>;
  stop(): Promise<void>;
}
const managed = new Map<string, Managed>();
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

/** A platform process (worker, API) run by this one; with --supervise it is started again when it dies. */
async function child(name: 'worker' | 'api', script: string, env: NodeJS.ProcessEnv, readyLine: RegExp): Promise<void> {
  let current: ChildProcess | undefined;
  const m: Managed = {
    name,
    role: name,
    pid: () => (current && current.exitCode === null && current.signalCode === null ? current.pid : undefined),
    held: false,
    restarts: 0,
    start: async () => {
      m.held = false;
      current = await spawnChild(name, script, env, readyLine, (p) => (current = p), (code, signal) => {
        if (stopping) return;
        if (!supervise) {
          console.error(`[${name}] exited unexpectedly (code ${code}); stopping the platform`);
          void stopAll(1);
          return;
        }
        if (m.held) return;
        console.error(`[${name}] exited (${signal ?? `code ${code}`}); restarting it`);
        void restart(m);
      });
    },
    stop: async () => {
      m.held = true;
      await stopChild(current);
    },
  };
  managed.set(name, m);
  stops.push(() => m.stop());
  await m.start();
}

/** Starts a supervised part again, retrying until it is up (or the platform stops, or it is held). */
async function restart(m: Managed): Promise<void> {
  for (let attempt = 0; !stopping && !m.held; attempt++) {
    await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** attempt, 5_000)));
    if (stopping || m.held) return;
    try {
      await m.start();
      m.restarts += 1;
      log(`${m.name} restarted`);
      return;
    } catch (e) {
      console.error(`[${m.name}] restart failed: ${(e as Error).message}`);
    }
  }
}

function spawnChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  readyLine: RegExp,
  /** Told at once, so that a stop while it starts reaches it. */
  onSpawn: (p: ChildProcess) => void,
  onExit: (code: number | null, signal: NodeJS.Signals | null) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    onSpawn(p);
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
    p.once('exit', (code, signal) => {
      if (!ready) reject(new Error(`${name} exited with code ${code ?? signal} before it was ready`));
      else onExit(code, signal);
    });
  });
}

try {
  // ── PostgreSQL, migrations, the least-privileged role, the seed
  const { dbUrl, appDbUrl, db, embedded } = await startDatabase(config, log, stops);
  if (embedded) {
    // The fault suite stops and starts it (control endpoint); the first handle's stop stays harmless.
    let pg = embedded;
    let pgUp = true;
    const pgManaged: Managed = {
      name: 'postgres',
      role: 'postgres',
      pid: () => (pgUp ? postmasterPid(pg.dataDir) : undefined),
      held: false,
      restarts: 0,
      start: async () => {
        if (pgUp) return;
        pg = await startEmbeddedPostgres({ dataDir: path.join(config.DATA_DIR, 'postgres'), port: config.EMBEDDED_PG_PORT, log });
        pgUp = true;
        pgManaged.held = false;
        pgManaged.restarts += 1;
      },
      stop: async () => {
        pgManaged.held = true;
        if (!pgUp) return;
        pgUp = false;
        await pg.stop();
      },
    };
    managed.set('postgres', pgManaged);
    stops.push(() => pgManaged.stop());
  }

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
      const cliPath = cli.path;
      let server: ChildProcess | undefined;
      const temporalManaged: Managed = {
        name: 'temporal',
        role: 'temporal',
        pid: () => (server && server.exitCode === null && server.signalCode === null ? server.pid : undefined),
        held: false,
        restarts: 0,
        start: async () => {
          temporalManaged.held = false;
          const p = spawn(
            cliPath,
            ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(config.TEMPORAL_DEV_PORT), '--ui-ip', '127.0.0.1', '--ui-port', String(uiInternalPort),
              '--ui-codec-endpoint', `http://127.0.0.1:${config.TEMPORAL_UI_PORT}/_ow/codec`, '--ui-disable-news-fetch',
              '--db-filename', dbFilename, '--namespace', config.TEMPORAL_NAMESPACE, '--log-level', 'warn', ...devServerFlags()],
            { stdio: ['ignore', logFile, logFile] },
          );
          server = p;
          p.once('exit', (code, signal) => {
            if (stopping || temporalManaged.held || server !== p) return;
            if (!supervise) {
              console.error(`Temporal dev server exited (code ${code}); see ${path.join(config.DATA_DIR, 'temporal.log')}`);
              void stopAll(1);
              return;
            }
            console.error(`Temporal dev server exited (${signal ?? `code ${code}`}); restarting it`);
            void restart(temporalManaged);
          });
          await waitForPort(config.TEMPORAL_DEV_PORT, 60_000);
        },
        stop: async () => {
          temporalManaged.held = true;
          await stopChild(server);
        },
      };
      managed.set('temporal', temporalManaged);
      stops.push(() => temporalManaged.stop());
      await temporalManaged.start();
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
  managed.set('departments', { name: 'departments', role: 'simulator', pid: () => process.pid, held: false, restarts: 0, start: async () => sim.setMode('up'), stop: async () => sim.setMode('down') });
  const env = { ...process.env, DATABASE_URL: dbUrl, APP_DATABASE_URL: appDbUrl, TEMPORAL_ADDRESS: address };
  await child('worker', 'worker/main.ts', env, /worker ready/);
  await child('api', 'api/main.ts', env, /API listening/);
  const api = `http://${config.HOST}:${config.PORT}`;
  if (controlPort !== undefined) {
    const control = await startControl(controlPort, { apiUrls: [api], temporalAddress: address, databaseUrl: dbUrl, appDatabaseUrl: appDbUrl, simulatorUrl: sim.url });
    stops.push(() => new Promise<void>((r) => control.close(() => r())));
    log(`control endpoint on http://127.0.0.1:${controlPort} (fault tests)`);
  }
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

/** PostgreSQL's postmaster pid, from the first line of postmaster.pid. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The control endpoint of --control-port (127.0.0.1 only), for the fault suite: what runs where,
 * and stop/start/kill of one part. The protocol is the topology interface of chaos/README.md.
 */
function startControl(port: number, where: { apiUrls: string[]; temporalAddress: string; databaseUrl: string; appDatabaseUrl: string; simulatorUrl: string }): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const processes = () => [...managed.values()].map((m) => ({ name: m.name, role: m.role, pid: m.pid() ?? null, up: m.pid() !== undefined && !m.held, held: m.held, restarts: m.restarts }));
    void (async () => {
      if (req.method === 'GET' && req.url === '/topology') {
        return send(200, { kind: 'npm-start', ...where, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE, dataDir: config.DATA_DIR, supervised: supervise, processes: processes() });
      }
      const m = /^\/processes\/([\w.-]+)\/(stop|start|kill)$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) return send(404, { error: 'GET /topology, POST /processes/{name}/stop|start|kill' });
      const target = managed.get(m[1]!);
      if (!target) return send(404, { error: `no process ${m[1]}` });
      if (m[2] === 'stop') await target.stop();
      else if (m[2] === 'start') await target.start();
      else {
        const pid = target.pid();
        if (pid === undefined || target.role === 'simulator') return send(409, { error: `${target.name} has no process of its own to kill` });
        process.kill(pid, 'SIGKILL');
      }
      send(200, { processes: processes() });
    })().catch((e: unknown) => send(500, { error: (e as Error).message }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
