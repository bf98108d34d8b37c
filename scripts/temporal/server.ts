/**
 * The production Temporal server (not the dev server): built from the Go module proxy with the
 * ordinary Go client, cached outside git, version-pinned here and only here.
 *
 *   GOTOOLCHAIN=go1.27.3 GOBIN=<cache> go install go.temporal.io/server/cmd/server@<v> go.temporal.io/server/cmd/tools/sql@<v>
 *
 * The first build takes about five minutes and 160 MB; later starts reuse the binaries. The
 * module itself (in `go env GOMODCACHE`) ships the PostgreSQL schemas the schema tool applies and
 * the config templates our generated config follows (config/development-postgres12.yaml).
 *
 * Run directly (`npm run temporal:server:provision`) to build ahead of time.
 */
import { DEV_SERVER_DYNAMIC_CONFIG } from './dev-server.js';
import { isExecutable } from './provision.js';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The one place the production server's version is pinned: bump deliberately (and read its release notes' schema changes). */
export const TEMPORAL_SERVER = { module: 'go.temporal.io/server', version: 'v1.32.2', goToolchain: 'go1.27.3' } as const;

export interface TemporalServerBinaries {
  version: string;
  /** `temporal-server` (cmd/server). */
  server: string;
  /** `temporal-sql-tool` (cmd/tools/sql). */
  sqlTool: string;
  /** The module's source folder in the Go module cache: schema/ and config/ live there. */
  moduleDir: string;
  /** How long the build took now (undefined: found in the cache). */
  buildSeconds?: number;
}

type Log = (line: string) => void;

/** Where the binaries are cached: TEMPORAL_SERVER_BIN_DIR, else ~/.cache/onewindow/temporal-server/<version> (shared by every checkout). */
export function serverBinDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEMPORAL_SERVER_BIN_DIR ?? path.join(os.homedir(), '.cache', 'onewindow', 'temporal-server', TEMPORAL_SERVER.version, 'bin');
}

const goEnv = () => ({ ...process.env, GOTOOLCHAIN: TEMPORAL_SERVER.goToolchain, GOFLAGS: '-mod=mod' });

async function goCommand(): Promise<string> {
  for (const candidate of [process.env.GO, 'go', '/usr/local/go/bin/go'].filter(Boolean) as string[]) {
    try {
      await run(candidate, ['version'], { timeout: 120_000, env: goEnv() });
      return candidate;
    } catch {
      /* next */
    }
  }
  throw new Error('no Go toolchain found: install Go (any version; GOTOOLCHAIN fetches the pinned one from the Go module proxy), or set TEMPORAL_SERVER_BIN_DIR to a folder holding `server` and `sql` built from go.temporal.io/server ' + TEMPORAL_SERVER.version);
}

/** The module's source folder, downloading the module (not building) when the cache lost it. */
async function moduleDir(go: string): Promise<string> {
  const { stdout } = await run(go, ['env', 'GOMODCACHE'], { env: goEnv(), timeout: 120_000 });
  const dir = path.join(stdout.trim(), `${TEMPORAL_SERVER.module}@${TEMPORAL_SERVER.version}`);
  if (fs.existsSync(path.join(dir, 'schema', 'postgresql', 'v12'))) return dir;
  const dl = await run(go, ['mod', 'download', '-json', `${TEMPORAL_SERVER.module}@${TEMPORAL_SERVER.version}`], {
    env: goEnv(),
    cwd: os.tmpdir(),
    timeout: 900_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return (JSON.parse(dl.stdout) as { Dir: string }).Dir;
}

/** Finds the cached binaries, or builds them (minutes, the first time). */
export async function provisionTemporalServer(log: Log = (l) => console.log(`[temporal-server] ${l}`)): Promise<TemporalServerBinaries> {
  const bin = serverBinDir();
  const server = path.join(bin, 'server');
  const sqlTool = path.join(bin, 'sql');
  const go = await goCommand();
  let buildSeconds: number | undefined;
  if (!isExecutable(server) || !isExecutable(sqlTool)) {
    log(`building ${TEMPORAL_SERVER.module} ${TEMPORAL_SERVER.version} (cmd/server, cmd/tools/sql) with ${TEMPORAL_SERVER.goToolchain} into ${bin}: about 5 minutes and 160 MB the first time`);
    fs.mkdirSync(bin, { recursive: true });
    const t0 = Date.now();
    await new Promise<void>((resolve, reject) => {
      const p = spawn(go, ['install', `${TEMPORAL_SERVER.module}/cmd/server@${TEMPORAL_SERVER.version}`, `${TEMPORAL_SERVER.module}/cmd/tools/sql@${TEMPORAL_SERVER.version}`], {
        env: { ...goEnv(), GOBIN: bin },
        cwd: os.tmpdir(),
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      p.once('error', reject);
      p.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`go install exited with code ${code}`))));
    });
    buildSeconds = (Date.now() - t0) / 1000;
    log(`built in ${buildSeconds.toFixed(0)} s`);
  }
  const { stdout } = await run(server, ['--version'], { timeout: 30_000 }).catch(() => ({ stdout: '' }));
  if (stdout && !stdout.includes(TEMPORAL_SERVER.version.slice(1))) throw new Error(`${server} says "${stdout.trim()}", not ${TEMPORAL_SERVER.version}: remove ${bin} to rebuild`);
  return { version: TEMPORAL_SERVER.version, server, sqlTool, moduleDir: await moduleDir(go), ...(buildSeconds !== undefined ? { buildSeconds } : {}) };
}

// ── persistence: the `temporal` and `temporal_visibility` databases

export interface PgEndpoint {
  host: string;
  port: number;
  user: string;
  password: string;
  /** TLS to PostgreSQL (a managed server): verify the server against this CA file, or the system roots. */
  tls?: { caFile?: string; serverName?: string } | undefined;
}

export function pgEndpointOf(url: string): PgEndpoint {
  const u = new URL(url);
  const sslmode = u.searchParams.get('sslmode');
  const tls = sslmode && sslmode !== 'disable' ? { caFile: u.searchParams.get('sslrootcert') ?? undefined, serverName: u.hostname } : undefined;
  return { host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), tls };
}

export const TEMPORAL_DATABASES = { default: 'temporal', visibility: 'temporal_visibility' } as const;

/**
 * Creates the two databases when missing and brings their schemas up to the module's version
 * with its own schema tool (create-database, setup-schema -v 0.0 on a fresh one, update-schema).
 */
export async function setupTemporalSchemas(bins: TemporalServerBinaries, db: PgEndpoint, log: Log): Promise<void> {
  const base = ['--plugin', 'postgres12', '--endpoint', db.host, '--port', String(db.port), '--user', db.user, '--password', db.password];
  if (db.tls) base.push('--tls', ...(db.tls.caFile ? ['--tls-ca-file', db.tls.caFile] : []), ...(db.tls.serverName ? ['--tls-server-name', db.tls.serverName] : []));
  const schemaRoot = path.join(bins.moduleDir, 'schema', 'postgresql', 'v12');
  for (const [kind, name] of Object.entries(TEMPORAL_DATABASES)) {
    const folder = path.join(schemaRoot, kind === 'default' ? 'temporal' : 'visibility', 'versioned');
    const tool = (args: string[]) => run(bins.sqlTool, [...base, '--database', name, ...args], { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    if (!(await databaseExists(db, name))) await tool(['create-database']);
    if (!(await hasSchemaVersion(db, name))) await tool(['setup-schema', '-v', '0.0']);
    await tool(['update-schema', '-d', folder]);
    log(`database ${name}: schema current (${path.relative(bins.moduleDir, folder)})`);
  }
}

function client(db: PgEndpoint, database: string): pg.Client {
  return new pg.Client({
    host: db.host,
    port: db.port,
    user: db.user,
    password: db.password,
    database,
    ...(db.tls ? { ssl: { ...(db.tls.caFile ? { ca: fs.readFileSync(db.tls.caFile, 'utf8') } : {}), servername: db.tls.serverName } } : {}),
  });
}

async function databaseExists(db: PgEndpoint, name: string): Promise<boolean> {
  const c = client(db, 'postgres');
  await c.connect();
  try {
    return (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await c.end();
  }
}

async function hasSchemaVersion(db: PgEndpoint, name: string): Promise<boolean> {
  const c = client(db, name);
  await c.connect();
  try {
    return (await c.query("SELECT to_regclass('public.schema_version') IS NOT NULL AS ok")).rows[0].ok === true;
  } finally {
    await c.end();
  }
}

// ── room for the platform's search attributes in PostgreSQL visibility

/**
 * SQL visibility keeps custom search attributes in pre-allocated columns (Bool01…Bool03,
 * Keyword01…Keyword10 …): at most that many per type and namespace. When the platform's list
 * (workflows/search-attributes.ts, read, never copied) needs more of a type, we add the columns
 * and their indexes the way the module's schema defines them, and tell the server through
 * `visibility.persistenceCustomSearchAttributes`.
 */
export const SQL_VISIBILITY_DEFAULT_SLOTS: Record<string, number> = { BOOL: 3, DATETIME: 3, KEYWORD: 10, INT: 3, DOUBLE: 3, TEXT: 3, KEYWORD_LIST: 3 };
const SLOT_COLUMN: Record<string, { prefix: string; sql: (col: string) => string } | undefined> = {
  BOOL: { prefix: 'Bool', sql: (c) => `BOOLEAN GENERATED ALWAYS AS ((search_attributes->'${c}')::boolean) STORED` },
  DATETIME: { prefix: 'Datetime', sql: (c) => `TIMESTAMP GENERATED ALWAYS AS (convert_ts(search_attributes->>'${c}')) STORED` },
  KEYWORD: { prefix: 'Keyword', sql: (c) => `VARCHAR(255) GENERATED ALWAYS AS (search_attributes->>'${c}') STORED` },
  INT: { prefix: 'Int', sql: (c) => `BIGINT GENERATED ALWAYS AS ((search_attributes->'${c}')::bigint) STORED` },
  DOUBLE: { prefix: 'Double', sql: (c) => `DECIMAL(20, 5) GENERATED ALWAYS AS ((search_attributes->'${c}')::decimal) STORED` },
};

/** Per type (server shorthand, e.g. `Bool`), the slots needed beyond the defaults; empty when the defaults hold the list. */
export function extraVisibilitySlots(attributes: readonly { name: string; type: string }[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const a of attributes) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  const out: Record<string, number> = {};
  for (const [type, n] of counts) {
    if (n <= (SQL_VISIBILITY_DEFAULT_SLOTS[type] ?? 0)) continue;
    const col = SLOT_COLUMN[type];
    if (!col) throw new Error(`workflows/search-attributes.ts has ${n} search attributes of type ${type}; PostgreSQL visibility holds ${SQL_VISIBILITY_DEFAULT_SLOTS[type]} and this launcher adds columns only for ${Object.keys(SLOT_COLUMN).join(', ')}`);
    if (n > 99) throw new Error(`at most 99 search attributes of type ${type}`);
    out[col.prefix] = n;
  }
  return out;
}

/** Adds the columns and indexes `extraVisibilitySlots` asks for (idempotent). */
export async function extendVisibilitySchema(db: PgEndpoint, slots: Record<string, number>, log: Log): Promise<void> {
  if (Object.keys(slots).length === 0) return;
  const c = client(db, TEMPORAL_DATABASES.visibility);
  await c.connect();
  try {
    for (const [type, def] of Object.entries(SLOT_COLUMN)) {
      const want = def && slots[def.prefix];
      if (!def || !want) continue;
      for (let i = SQL_VISIBILITY_DEFAULT_SLOTS[type]! + 1; i <= want; i++) {
        const col = `${def.prefix}${String(i).padStart(2, '0')}`;
        await c.query(`ALTER TABLE executions_visibility ADD COLUMN IF NOT EXISTS ${col} ${def.sql(col)}`);
        await c.query(
          `CREATE INDEX IF NOT EXISTS by_${def.prefix.toLowerCase()}_${String(i).padStart(2, '0')} ON executions_visibility (namespace_id, ${col}, (COALESCE(close_time, '9999-12-31 23:59:59')) DESC, start_time DESC, run_id)`,
        );
      }
    }
  } finally {
    await c.end();
  }
  log(`visibility: room for ${Object.entries(slots).map(([t, n]) => `${n} ${t}`).join(', ')} search attributes (columns added beyond the module's schema)`);
}

// ── the generated config, one file per process (each its own ports)

export type TemporalService = 'frontend' | 'history' | 'matching' | 'worker';

export interface ServerConfigInput {
  db: PgEndpoint;
  /** Fixed for the life of the cluster's database: choose before the first start (docs/operations.md). */
  numHistoryShards: number;
  frontendAddress: string;
  service: TemporalService;
  /** Ports of every service (the membership monitor tracks the services listed); this process's own service with its own ports. */
  ports: Record<TemporalService, { grpcPort: number; membershipPort: number; httpPort?: number }>;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  dynamicConfigFile: string;
  /** From extraVisibilitySlots: pre-allocated search-attribute columns per type beyond the defaults. */
  visibilitySlots?: Record<string, number>;
}

const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar is a JSON string

function datastore(db: PgEndpoint, database: string, maxConns: number): string {
  const tls = db.tls
    ? `
        tls:
          enabled: true
          enableHostVerification: true${db.tls.caFile ? `\n          caFile: ${q(db.tls.caFile)}` : ''}${db.tls.serverName ? `\n          serverName: ${q(db.tls.serverName)}` : ''}`
    : '';
  return `
      sql:
        pluginName: "postgres12"
        databaseName: ${q(database)}
        connectAddr: ${q(`${db.host}:${db.port}`)}
        connectProtocol: "tcp"
        user: ${q(db.user)}
        password: ${q(db.password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: "1h"${tls}`;
}

/** A config file for one process, after the module's config/development-postgres12.yaml (no archival, no pprof, no metrics port clashes). */
export function serverConfigYaml(c: ServerConfigInput): string {
  const services = (Object.entries(c.ports) as [TemporalService, ServerConfigInput['ports'][TemporalService]][])
    .map(
      ([name, p]) => `
  ${name}:
    rpc:
      grpcPort: ${p.grpcPort}
      membershipPort: ${p.membershipPort}
      bindOnLocalHost: true${p.httpPort ? `\n      httpPort: ${p.httpPort}` : ''}`,
    )
    .join('');
  return `# Generated at start by scripts/temporal/server.ts (${TEMPORAL_SERVER.version}, service ${c.service}); edits are overwritten.
log:
  stdout: true
  level: ${c.logLevel ?? 'warn'}

persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: ${c.numHistoryShards}
  datastores:
    postgres-default:${datastore(c.db, TEMPORAL_DATABASES.default, 10)}
    postgres-visibility:${datastore(c.db, TEMPORAL_DATABASES.visibility, 4)}

global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"

services:${services}

clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: ${q(c.frontendAddress)}

dcRedirectionPolicy:
  policy: "noop"

publicClient:
  hostPort: ${q(c.frontendAddress)}

dynamicConfigClient:
  filepath: ${q(c.dynamicConfigFile)}
  pollInterval: "10s"
${
  c.visibilitySlots && Object.keys(c.visibilitySlots).length
    ? `
visibility:
  persistenceCustomSearchAttributes:
${Object.entries(c.visibilitySlots).map(([t, n]) => `    ${t}: ${n}`).join('\n')}
`
    : ''
}`;
}

/** Dynamic config shared by every process of the cluster. */
export const DYNAMIC_CONFIG_YAML = `# Generated by scripts/temporal/server.ts.
# Search attributes added through the operator service are seen at once by every frontend.
system.forceSearchAttributesCacheRefreshOnRead:
  - value: true
    constraints: {}
frontend.enableUpdateWorkflowExecution:
  - value: true
frontend.enableUpdateWorkflowExecutionAsyncAccepted:
  - value: true
# The platform's own settings, as on the dev server (scripts/temporal/dev-server.ts).
${Object.entries(DEV_SERVER_DYNAMIC_CONFIG)
  .map(([key, value]) => `${key}:\n  - value: ${value}\n`)
  .join('')}`;

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const b = await provisionTemporalServer();
  console.log(`temporal-server ${b.version}: ${b.server}\nschema tool: ${b.sqlTool}\nmodule: ${b.moduleDir}${b.buildSeconds !== undefined ? `\nbuilt in ${b.buildSeconds.toFixed(0)} s` : ' (cached)'}`);
}
