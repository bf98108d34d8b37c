/**
 * The whole platform on the production Temporal server, every part a process of its own, as it
 * runs in production (docs/operations.md, "Cluster mode"):
 *
 *   postgres (embedded unless DATABASE_URL) ─ temporal, temporal_visibility, onewindow databases
 *   temporal-frontend · temporal-history-1 · temporal-history-2 · temporal-matching · temporal-worker-service
 *   worker-1 · worker-2 (case workflows, activities, outbox deliverers)
 *   api-1 · api-2 behind a round-robin proxy; department and notification simulators
 *
 * A module first (`startCluster` returns a handle: processes by role, kill -9 / restart one,
 * API URLs, stop all) so that the fault suite can drive it; `npm run cluster` is its CLI.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time.js';
import { type Config, loadConfig } from '../../config/index.js';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../postgres.js';
import { type Log, type Stops, prepareNamespace, startDatabase, startSimulators, waitForReady } from '../platform/boot.js';
import { ManagedProcess, nodeScript } from '../platform/processes.js';
import { freePort, waitForPort } from '../temporal/provision.js';
import {
  DYNAMIC_CONFIG_YAML,
  type TemporalService,
  extendVisibilitySchema,
  extraVisibilitySlots,
  pgEndpointOf,
  provisionTemporalServer,
  serverConfigYaml,
  setupTemporalSchemas,
} from '../temporal/server.js';
import { provisionTemporalUi, uiConfigYaml } from '../temporal/ui.js';
import { startUiGate } from '../temporal-ui-gate.js';
import { ensureWebBuild } from '../web-build.js';
import { loadSecrets } from '../../config/secrets.js';
import { CaseCodec } from '../../worker/codec.js';
import { type RoundRobinProxy, startRoundRobinProxy } from './proxy.js';

export type ClusterRole =
  | 'postgres'
  | 'temporal-frontend'
  | 'temporal-history-1'
  | 'temporal-history-2'
  | 'temporal-matching'
  | 'temporal-worker-service'
  | 'worker-1'
  | 'worker-2'
  | 'api-1'
  | 'api-2'
  | 'temporal-ui';

export interface ClusterProcess {
  role: ClusterRole;
  kind: 'database' | 'temporal' | 'worker' | 'api' | 'ui';
  pid: number | undefined;
  running: boolean;
  /** api-N: its base URL; temporal-frontend: its gRPC address. */
  address?: string;
  logFile?: string;
}

export interface ClusterOptions {
  /** Everything the cluster keeps: PostgreSQL data, secrets, generated Temporal configs, logs. Default DATA_DIR/cluster. */
  dataDir?: string;
  /** 'free': every port picked free (tests, the smoke check); 'default': the usual ports (PORT, 7233 …). */
  ports?: 'default' | 'free';
  /** Print the children's output (the CLI does; the fault suite may not). */
  echo?: boolean;
  log?: Log;
  /** The environment the settings are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Build the web front end when stale (default true). */
  web?: boolean;
  /** Run the Temporal Web UI behind the platform's read-only gate (default true; built the first time, skipped with a note if that fails). */
  ui?: boolean;
  /** Search attributes beyond the platform's list (workflows/search-attributes.ts), e.g. to try a list that outgrows the pre-allocated columns. */
  extraSearchAttributes?: readonly { name: string; type: string }[];
  /** Fixed for the life of the cluster's database (default 16; docs/operations.md explains the choice). */
  numHistoryShards?: number;
}

export interface Cluster {
  config: Config;
  dataDir: string;
  logDir: string;
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /** Each API copy directly, in role order (api-1, api-2). */
  apiUrls: string[];
  /** The round-robin entry in front of them (what a load balancer is in production). */
  entryUrl: string;
  /** Owner's URL of the platform database (migrations, checks). */
  databaseUrl: string;
  appDatabaseUrl: string;
  departmentSimulatorUrl: string;
  /** The read-only gate in front of the Temporal Web UI (undefined when it does not run). */
  temporalUiUrl: string | undefined;
  notificationSimulatorUrl: string;
  temporalServerVersion: string;
  /** The Go build's duration now (undefined: the binaries were cached). */
  buildSeconds: number | undefined;
  startupSeconds: number;
  processes(): ClusterProcess[];
  /** kill -9 (default) or another signal; the process stays down until `restart`. */
  kill(role: ClusterRole, signal?: NodeJS.Signals): Promise<void>;
  /** Starts the role again (stopping it first if it runs) and waits until it is ready. */
  restart(role: ClusterRole): Promise<void>;
  stop(): Promise<void>;
}

const TEMPORAL_ROLES: { role: ClusterRole; service: TemporalService }[] = [
  { role: 'temporal-history-1', service: 'history' },
  { role: 'temporal-history-2', service: 'history' },
  { role: 'temporal-matching', service: 'matching' },
  { role: 'temporal-frontend', service: 'frontend' },
  { role: 'temporal-worker-service', service: 'worker' },
];

/** Default ports of the Temporal services (gRPC, membership) after the module's development config. */
const DEFAULT_TEMPORAL_PORTS: Record<string, [number, number]> = {
  'temporal-frontend': [7233, 6933],
  'temporal-history-1': [7234, 6934],
  'temporal-history-2': [7244, 6944],
  'temporal-matching': [7235, 6935],
  'temporal-worker-service': [7239, 6939],
};

export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const t0 = Date.now();
  const log: Log = opts.log ?? ((m) => console.log(`[cluster +${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`));
  const baseEnv = opts.env ?? process.env;
  const baseConfig = loadConfig(baseEnv);
  const dataDir = path.resolve(opts.dataDir ?? path.join(baseConfig.DATA_DIR, 'cluster'));
  const logDir = path.join(dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const free = opts.ports === 'free';
  const port = async (fixed: number) => (free ? freePort() : fixed);

  // Every setting the children read, derived once: they all see the same world.
  const settings: Record<string, string> = {
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await port(baseConfig.EMBEDDED_PG_PORT)),
    DEPARTMENT_SIMULATOR_PORT: String(await port(baseConfig.DEPARTMENT_SIMULATOR_PORT)),
    NOTIFY_SIMULATOR_PORT: String(await port(baseConfig.NOTIFY_SIMULATOR_PORT)),
    NOTIFY_SMTP_SIMULATOR_PORT: String(await port(baseConfig.NOTIFY_SMTP_SIMULATOR_PORT)),
    PORT: String(await port(baseConfig.PORT)),
  };
  const temporalPorts: Record<string, [number, number]> = {};
  for (const { role } of TEMPORAL_ROLES) {
    const [g, m] = DEFAULT_TEMPORAL_PORTS[role]!;
    temporalPorts[role] = free ? [await freePort(), await freeMembershipPort()] : role === 'temporal-frontend' ? [baseConfig.TEMPORAL_DEV_PORT, m] : [g, m];
  }
  const frontendAddress = `127.0.0.1:${temporalPorts['temporal-frontend']![0]}`;
  settings.TEMPORAL_ADDRESS = frontendAddress;
  const apiPorts = free ? [await freePort(), await freePort()] : [Number(settings.PORT) + 1, Number(settings.PORT) + 2];
  const entryPort = Number(settings.PORT);
  if (!baseEnv.PUBLIC_BASE_URL) settings.PUBLIC_BASE_URL = `http://127.0.0.1:${entryPort}`;
  const config = loadConfig({ ...baseEnv, ...settings });

  const stops: Stops = [];
  const members = new Map<ClusterRole, ManagedProcess>();
  let stopping = false;
  const onUnexpectedExit = (p: ManagedProcess, code: number | null, signal: NodeJS.Signals | null) => {
    if (!stopping) log(`${p.role} exited on its own (${code ?? signal}); it stays down until restarted (log: ${p.spec.logFile ?? '-'})`);
  };
  // The embedded PostgreSQL is stopped last, whichever server runs then (a restart replaces it).
  let embedded: RunningPostgres | undefined;
  const stopAll = async () => {
    stopping = true;
    for (const stop of stops.splice(0).reverse()) await stop().catch((e: unknown) => log(`stop failed: ${(e as Error).message}`));
    const pg = embedded;
    embedded = undefined;
    await pg?.stop().catch((e: unknown) => log(`stop failed: ${(e as Error).message}`));
  };

  try {
    // ── the Temporal server binaries (built once, minutes) while nothing else waits on them
    const binaries = provisionTemporalServer((l) => log(`temporal-server: ${l}`));
    const uiBinary =
      opts.ui === false
        ? Promise.resolve(undefined)
        : provisionTemporalUi((l) => log(`temporal-ui: ${l}`)).catch((e: unknown) => {
            log(`the Temporal Web UI will not run: its build failed (${(e as Error).message.split('\n')[0]})`);
            return undefined;
          });

    // ── PostgreSQL: the platform's database, migrated and seeded
    const database = await startDatabase(config, log, []);
    embedded = database.embedded;
    const bins = await binaries;
    log(`temporal-server ${bins.version}: ${bins.server}${bins.buildSeconds !== undefined ? ` (built now in ${bins.buildSeconds.toFixed(0)} s)` : ' (cached build)'}`);

    // ── Temporal's own databases, schema by the module's tool; room for our search attributes
    const endpoint = pgEndpointOf(database.dbUrl);
    await setupTemporalSchemas(bins, endpoint, log);
    const attributes = [...CASE_SEARCH_ATTRIBUTES, ...(opts.extraSearchAttributes ?? [])];
    const slots = extraVisibilitySlots(attributes);
    await extendVisibilitySchema(endpoint, slots, log);

    // ── the five Temporal services, one config file each
    const configDir = path.join(dataDir, 'temporal');
    fs.mkdirSync(configDir, { recursive: true });
    const dynamicConfigFile = path.join(configDir, 'dynamicconfig.yaml');
    fs.writeFileSync(dynamicConfigFile, DYNAMIC_CONFIG_YAML);
    const numHistoryShards = opts.numHistoryShards ?? 16;
    for (const { role, service } of TEMPORAL_ROLES) {
      const [grpcPort] = temporalPorts[role]!;
      const file = path.join(configDir, `${role}.yaml`);
      const portsOf = (r: ClusterRole) => ({ grpcPort: temporalPorts[r]![0], membershipPort: temporalPorts[r]![1] });
      const ports = {
        frontend: { ...portsOf('temporal-frontend'), ...(free ? {} : { httpPort: 7243 }) },
        history: portsOf(service === 'history' ? role : 'temporal-history-1'),
        matching: portsOf('temporal-matching'),
        worker: portsOf('temporal-worker-service'),
      };
      fs.writeFileSync(
        file,
        serverConfigYaml({ db: endpoint, numHistoryShards, frontendAddress, service, ports, dynamicConfigFile, visibilitySlots: slots }),
        { mode: 0o600 }, // it holds the database password
      );
      const p = new ManagedProcess(
        {
          role,
          command: bins.server,
          args: ['--config-file', file, '--allow-no-auth', 'start', '--service', service],
          logFile: path.join(logDir, `${role}.log`),
          echo: false,
          readyCheck: () => waitForPort(grpcPort, 0).then(() => true),
          readyTimeoutMs: 120_000,
        },
        onUnexpectedExit,
      );
      members.set(role, p);
      stops.push(() => p.stop());
    }
    log(`starting Temporal: frontend ${frontendAddress}, two history hosts, matching, worker service (${numHistoryShards} history shards; logs in ${logDir})`);
    // One first: on a fresh database the first process writes the cluster's metadata, and
    // processes racing to write it fail. The others then join its membership ring together.
    await members.get('temporal-history-1')!.start();
    await Promise.all(TEMPORAL_ROLES.filter(({ role }) => role !== 'temporal-history-1').map(({ role }) => members.get(role)!.start()));
    const connection = await connectWhenServing(frontendAddress, config.TEMPORAL_NAMESPACE, log);
    const schedule = await retrying(() => prepareNamespace(connection, config, attributes), 60_000);
    await connection.close();
    log(`Temporal ready at ${frontendAddress}: namespace ${config.TEMPORAL_NAMESPACE}, ${attributes.length} search attributes, monthly report schedule ${schedule}`);

    // ── the web front end, the simulators, two workers, two API copies and their entry
    if (opts.web !== false) await ensureWebBuild({ log });
    const entryUrl = `http://${config.HOST}:${entryPort}`;
    const sims = await startSimulators(config, entryUrl, log, stops);
    // API copies believe X-Forwarded-For from the local proxy only.
    const childEnv = { ...baseEnv, ...settings, DATABASE_URL: database.dbUrl, APP_DATABASE_URL: database.appDbUrl, TRUST_PROXY: baseEnv.TRUST_PROXY ?? 'loopback' };
    const echo = opts.echo ?? false;
    for (const n of [1, 2] as const) {
      const role = `worker-${n}` as const;
      const p = new ManagedProcess(nodeScript(role, 'worker/main.ts', childEnv, /worker ready/, { logFile: path.join(logDir, `${role}.log`), echo, readyTimeoutMs: 300_000 }), onUnexpectedExit);
      members.set(role, p);
      stops.push(() => p.stop());
    }
    const apiUrls = apiPorts.map((p) => `http://${config.HOST}:${p}`);
    for (const n of [1, 2] as const) {
      const role = `api-${n}` as const;
      const p = new ManagedProcess(
        nodeScript(role, 'api/main.ts', { ...childEnv, PORT: String(apiPorts[n - 1]) }, /API listening/, { logFile: path.join(logDir, `${role}.log`), echo, readyTimeoutMs: 300_000 }),
        onUnexpectedExit,
      );
      members.set(role, p);
      stops.push(() => p.stop());
    }
    // Two at a time: two cores, and each tsx start compiles the code base.
    await Promise.all([members.get('worker-1')!.start(), members.get('worker-2')!.start()]);
    await Promise.all([members.get('api-1')!.start(), members.get('api-2')!.start()]);
    const proxy: RoundRobinProxy = await startRoundRobinProxy({ host: config.HOST, port: entryPort, backends: () => apiUrls });
    stops.push(() => proxy.close());
    await Promise.all(apiUrls.map((u) => waitForReady(u, 60_000)));

    await database.db.$disconnect();

    // ── the Temporal Web UI (Temporal's own UI server) behind the read-only gate, as in `npm start`
    let temporalUiUrl: string | undefined;
    const ui = await uiBinary;
    if (ui) {
      const internalPort = await freePort();
      const gatePort = free ? await freePort() : config.TEMPORAL_UI_PORT;
      const uiRoot = path.join(dataDir, 'temporal-ui');
      fs.mkdirSync(path.join(uiRoot, 'config'), { recursive: true });
      const yaml = uiConfigYaml({ frontendAddress, port: internalPort, namespace: config.TEMPORAL_NAMESPACE, codecEndpoint: `http://127.0.0.1:${gatePort}/_ow/codec`, gateOrigin: `http://127.0.0.1:${gatePort}` });
      for (const f of ['base.yaml', 'cluster.yaml']) fs.writeFileSync(path.join(uiRoot, 'config', f), yaml);
      const p = new ManagedProcess(
        { role: 'temporal-ui', command: ui.path, args: ['--root', uiRoot, '--config', 'config', '--env', 'cluster', 'start'], logFile: path.join(logDir, 'temporal-ui.log'), readyCheck: () => waitForPort(internalPort, 0).then(() => true), readyTimeoutMs: 60_000 },
        onUnexpectedExit,
      );
      members.set('temporal-ui', p);
      stops.push(() => p.stop());
      await p.start();
      const secrets = loadSecrets(config);
      const gate = await startUiGate({ upstream: `http://127.0.0.1:${internalPort}`, apiUrl: proxy.url, codec: new CaseCodec(secrets.payload, secrets.actorKey), host: '127.0.0.1', port: gatePort });
      stops.push(() => gate.close());
      temporalUiUrl = gate.url;
      log(`Temporal UI gate on ${gate.url} (sign in as a manager or supervisor; read-only; decodes payloads)`);
    }
    const startupSeconds = (Date.now() - t0) / 1000;
    const pgPort = config.EMBEDDED_PG_PORT;
    const cluster: Cluster = {
      config,
      dataDir,
      logDir,
      temporalAddress: frontendAddress,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      apiUrls,
      entryUrl: proxy.url,
      databaseUrl: database.dbUrl,
      appDatabaseUrl: database.appDbUrl,
      departmentSimulatorUrl: sims.departments.url,
      temporalUiUrl,
      notificationSimulatorUrl: sims.notices.url,
      temporalServerVersion: bins.version,
      buildSeconds: bins.buildSeconds,
      startupSeconds,
      processes() {
        const list: ClusterProcess[] = [];
        if (!config.DATABASE_URL) list.push({ role: 'postgres', kind: 'database', pid: undefined, running: embedded !== undefined, address: `127.0.0.1:${pgPort}` });
        for (const [role, p] of members) {
          const kind = role === 'temporal-ui' ? 'ui' : role.startsWith('temporal-') ? 'temporal' : role.startsWith('api-') ? 'api' : 'worker';
          const address = role.startsWith('api-') ? apiUrls[Number(role.slice(4)) - 1] : role === 'temporal-frontend' ? frontendAddress : undefined;
          list.push({ role, kind, pid: p.pid, running: p.running, ...(address ? { address } : {}), ...(p.spec.logFile ? { logFile: p.spec.logFile } : {}) });
        }
        return list;
      },
      async kill(role, signal = 'SIGKILL') {
        if (role === 'postgres') {
          if (!embedded) throw new Error('the database is external (DATABASE_URL): the cluster does not run it');
          const pg = embedded;
          embedded = undefined;
          await pg.stop(); // a fast shutdown: open transactions are cut, as in a crash, but the pid stays with the module
          return;
        }
        const p = members.get(role);
        if (!p) throw new Error(`no process with role ${role}; roles: ${[...members.keys()].join(', ')}`);
        await p.kill(signal);
      },
      async restart(role) {
        if (role === 'postgres') {
          if (config.DATABASE_URL) throw new Error('the database is external (DATABASE_URL): the cluster does not run it');
          if (embedded) await embedded.stop();
          embedded = await startEmbeddedPostgres({ dataDir: path.join(config.DATA_DIR, 'postgres'), port: pgPort, log });
          return;
        }
        const p = members.get(role);
        if (!p) throw new Error(`no process with role ${role}; roles: ${[...members.keys()].join(', ')}`);
        await p.restart();
      },
      stop: stopAll,
    };
    return cluster;
  } catch (e) {
    await stopAll();
    throw e;
  }
}

/** Waits until the frontend serves and the namespace exists (registering it on a fresh cluster). */
async function connectWhenServing(address: string, namespace: string, log: Log): Promise<Connection> {
  const connection = await retrying(() => Connection.connect({ address, connectTimeout: 5_000 }), 120_000);
  await retrying(async () => {
    await connection.workflowService.getSystemInfo({});
  }, 120_000);
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } catch {
    await retrying(async () => {
      try {
        await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('30 days'), description: '一窗综合受理平台 — cases, rectifications, urges, reports' });
        log(`namespace ${namespace} registered (retention 30 days)`);
      } catch (e) {
        if ((e as { code?: number }).code !== 6 /* ALREADY_EXISTS */) throw e;
      }
    }, 60_000);
  }
  // A new namespace reaches every service's cache within seconds.
  await retrying(async () => {
    await connection.workflowService.describeNamespace({ namespace });
  }, 60_000);
  return connection;
}

/**
 * Temporal keeps membership ports in a smallint column (cluster_membership.rpc_port): they must be
 * below 32768, where the system's ephemeral ports (what `freePort` gets) never are.
 */
async function freeMembershipPort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const candidate = 20_000 + Math.floor(Math.random() * 12_000);
    const ok = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(candidate, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (ok) return candidate;
  }
  throw new Error('no free port between 20000 and 32000 for Temporal membership');
}

async function retrying<T>(fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  const started = Date.now();
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() - started > timeoutMs) throw e;
      await new Promise((r) => setTimeout(r, Math.min(2_000, 200 * (i + 1))));
    }
  }
}

