/**
 * The platform under test: either a stack of its own (fresh DATA_DIR in a temp folder, free ports,
 * started exactly as `npm start` starts it), or the services already running (--use-running).
 * The isolated stack never shares data, ports or department endpoints with a developer's stack.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR, databaseUrl, loadConfig, temporalAddress } from '../../config/index.js';
import { freePort } from '../../scripts/temporal/provision.js';
import { type PlatformPids, findPlatformPids } from './proc.js';
import { profileEnv } from './profile.js';
import { sleep } from './sampling.js';
import { eachLine } from '../../scripts/platform/processes.js';

export type Storage = 'disk' | 'tmpfs';

/**
 * Where the isolated stack keeps PostgreSQL and the Temporal dev server's SQLite file. On disk,
 * every commit waits for an fsync, as in a developer's `npm start`; in tmpfs (RAM) it does not, so
 * the figures show the platform's own cost rather than the disk's.
 */
export function dataRoot(storage: Storage): string {
  if (storage === 'tmpfs') {
    try {
      fs.accessSync('/dev/shm', fs.constants.W_OK);
      return '/dev/shm';
    } catch {
      throw new Error('--storage tmpfs: /dev/shm is not available on this machine; use --storage disk');
    }
  }
  return os.tmpdir();
}

export interface Stack {
  kind: 'isolated' | 'running';
  apiUrl: string;
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  databaseUrl: string;
  /** Isolated only: from spawning `scripts/start.ts` to its "is up" line, as the bench saw it. */
  startupMs?: number;
  /** Isolated only: the start script's own figure in its "is up (N s)" line. */
  startupReportedS?: number;
  dataDir?: string;
  /** False once the isolated stack's start process has exited on its own. */
  alive(): boolean;
  pids(): PlatformPids;
  /** The last lines the start process printed (for diagnosing a failure). */
  tail(): string[];
  /** Error lines the platform printed during the run (the first of each kind), e.g. behind an HTTP 500. */
  errorLines(): string[];
  stop(): Promise<{ stopMs: number; forced: boolean }>;
}

const TAIL_LINES = 80;

/**
 * Starts `scripts/start.ts` with the benchmark's environment and waits for its "is up" line.
 * Node runs the script directly (not through the tsx CLI or npm) so that the pid we hold is the
 * start process itself and the worker and API are its children.
 */
export async function startIsolatedStack(opts: {
  timeoutMs: number;
  storage: Storage;
  log: (line: string) => void;
  profileDir?: string;
  startArgs?: string[];
  env?: NodeJS.ProcessEnv;
  dataDirPrefix?: string;
}): Promise<Stack> {
  const dataDir = fs.mkdtempSync(path.join(dataRoot(opts.storage), opts.dataDirPrefix ?? 'onewindow-bench-'));
  const [port, pgPort, temporalPort, uiPort, simulatorPort] = await distinctFreePorts(5);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(pgPort),
    TEMPORAL_DEV_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: String(uiPort),
    DEPARTMENT_SIMULATOR_PORT: String(simulatorPort),
    RATE_LIMIT_PER_MINUTE: '1000000',
    // start.ts waits for the API's "API listening" line, which the API logs at info: any quieter
    // level (warn, as one would pick for a benchmark) leaves `npm start` waiting forever. At info
    // the API logs nothing per request and the worker keeps the SDK at WARN, so the console stays quiet.
    LOG_LEVEL: 'info',
    NODE_ENV: 'development',
    ...opts.env,
  };
  // Inherited settings would point the "isolated" stack at shared services: a developer's database
  // or Temporal cluster, or real department systems. The bench's stack uses its own and the simulator.
  for (const key of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'DEPARTMENT_ENDPOINTS']) delete env[key];
  // --profile: every Node process of the stack (start script, worker, API) profiles itself and
  // writes its .cpuprofile when it stops; the suite keeps the worker's and the API's.
  if (opts.profileDir) {
    fs.mkdirSync(opts.profileDir, { recursive: true });
    Object.assign(env, profileEnv(opts.profileDir, env.NODE_OPTIONS));
  }
  const config = loadConfig(env);

  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...(opts.startArgs ?? [])], {
    cwd: ROOT_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C at the terminal reaches the bench alone, which then stops
    // the stack in order (start.ts stops the API, worker, Temporal and PostgreSQL itself).
    detached: true,
  });
  const lines: string[] = [];
  const errorLines = new Map<string, string>();
  let exited = false;
  let stopping = false;
  const exitPromise = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    exited = true;
    resolve(code);
  }));

  const ready = new Promise<{ reportedS: number }>((resolve, reject) => {
    const onLine = (line: string) => {
      lines.push(line);
      if (lines.length > TAIL_LINES) lines.shift();
      noteError(errorLines, line);
      const up = /the one-window platform is up \(([\d.]+) s\)/.exec(line);
      if (up) resolve({ reportedS: Number(up[1]) });
      if (/^start failed:/.test(line)) reject(new Error(line));
    };
    // Keep reading for the whole run: an unread pipe would fill and block the platform's logging.
    for (const stream of [child.stdout!, child.stderr!]) eachLine(stream, onLine);
    void exitPromise.then((code) => reject(new Error(`scripts/start.ts exited (code ${code}) before the platform was up`)));
    setTimeout(() => reject(new Error(`the platform was not up within ${opts.timeoutMs / 1000} s`)), opts.timeoutMs).unref();
  });

  const stack: Stack = {
    kind: 'isolated',
    apiUrl: `http://127.0.0.1:${port}`,
    temporalAddress: temporalAddress(config),
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    databaseUrl: databaseUrl(config),
    dataDir,
    alive: () => !exited,
    pids: () => findPlatformPids(child.pid),
    tail: () => [...lines],
    errorLines: () => [...errorLines.values()],
    stop: () => stopIsolated(child, exitPromise, () => exited, dataDir, () => (stopping = true)),
  };

  try {
    const { reportedS } = await ready;
    stack.startupMs = performance.now() - started;
    stack.startupReportedS = reportedS;
  } catch (e) {
    opts.log(`start-up failed; the start process said:\n${lines.slice(-30).map((l) => `    ${l}`).join('\n')}`);
    await stack.stop();
    throw e;
  }
  void exitPromise.then((code) => {
    if (!stopping) opts.log(`the platform stopped on its own (code ${code}); last lines:\n${lines.slice(-20).map((l) => `    ${l}`).join('\n')}`);
  });
  return stack;
}

async function stopIsolated(
  child: ChildProcess,
  exitPromise: Promise<number | null>,
  exited: () => boolean,
  dataDir: string,
  markStopping: () => void,
): Promise<{ stopMs: number; forced: boolean }> {
  markStopping();
  const started = performance.now();
  let forced = false;
  if (!exited() && child.pid !== undefined) {
    child.kill('SIGINT');
    const done = await Promise.race([exitPromise.then(() => true), sleep(60_000).then(() => false)]);
    if (!done) {
      // start.ts gives each part 10 s; past a minute something hangs. The group is ours alone
      // (detached above): the start process and the children it spawned.
      forced = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await Promise.race([exitPromise, sleep(5_000)]);
    }
  }
  const stopMs = performance.now() - started;
  try {
    fs.rmSync(dataDir, { recursive: true, force: true });
  } catch {
    // A PostgreSQL killed above may still hold files for a moment; the temp folder is the OS's to clean.
  }
  return { stopMs, forced };
}

/** The services configured in this environment (the same variables `npm start` reads). */
export async function useRunningStack(): Promise<Stack> {
  const config = loadConfig();
  const apiUrl = `http://${config.HOST}:${config.PORT}`;
  const ready = await fetch(`${apiUrl}/readyz`, { signal: AbortSignal.timeout(5_000) }).then(
    (r) => r.ok,
    () => false,
  );
  if (!ready) throw new Error(`--use-running: nothing ready at ${apiUrl}/readyz; start the platform (npm start) or drop the flag`);
  return {
    kind: 'running',
    apiUrl,
    temporalAddress: temporalAddress(config),
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    databaseUrl: databaseUrl(config),
    alive: () => true,
    pids: () => findPlatformPids(undefined, config.TEMPORAL_ADDRESS ? undefined : config.TEMPORAL_DEV_PORT),
    tail: () => [],
    errorLines: () => [],
    stop: async () => ({ stopMs: 0, forced: false }),
  };
}

const MAX_ERROR_KINDS = 20;

/**
 * Keeps the first line of each kind of error the platform logs (pino level ≥ 50, or a line that
 * says error): the API answers an unexpected failure with a bare 500 and logs the cause here.
 */
function noteError(seen: Map<string, string>, line: string): void {
  const pino = /"level":(\d+)/.exec(line);
  const isError = pino ? Number(pino[1]) >= 50 : /\b(error|exception|unhandled)\b/i.test(line);
  if (!isError || seen.size >= MAX_ERROR_KINDS) return;
  // Group by the message without numbers, ids and times, so a thousand timeouts count as one kind.
  const msg = /"msg":"([^"]*)"/.exec(line)?.[1] ?? line;
  const errMsg = /"message":"([^"]{0,200})/.exec(line)?.[1] ?? '';
  const key = `${msg} ${errMsg}`.replace(/[0-9a-f-]{8,}|\d+/gi, '#').slice(0, 200);
  if (!seen.has(key)) seen.set(key, line.slice(0, 1500));
}

async function distinctFreePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  for (let i = 0; ports.size < n && i < n * 10; i += 1) ports.add(await freePort());
  if (ports.size < n) throw new Error('could not find enough free ports');
  return [...ports];
}
