/**
 * A topology is a running platform the fault suite can hurt: how to start it, what runs where
 * (processes with roles), how to kill -9 one process, hold one part down and bring it back, and
 * where the API is. The suite knows nothing else about the platform's shape, so the same run works
 * against `npm start` (one process of each) and against the cluster mode (several API processes,
 * workers, Temporal services).
 *
 * Roles: api, worker, temporal (the dev server), temporal-frontend, temporal-history,
 * temporal-matching, temporal-worker, postgres, simulator (department systems; `down` makes them
 * answer 503, `up` heals them). A process `kill`ed must be started again by the topology itself
 * (an orchestrator's restart policy); one taken `down` stays down until `up`.
 *
 * ControlledTopology speaks the control protocol that `scripts/start.ts --supervise --control-port N`
 * serves (see chaos/README.md); a cluster orchestrator that serves the same protocol needs only a
 * `launch` of its own.
 */
import { type Stack, startIsolatedStack } from '../bench/lib/stack.js';
import { freePort } from '../scripts/temporal/provision.js';

export type Role = 'api' | 'worker' | 'temporal' | 'temporal-frontend' | 'temporal-history' | 'temporal-matching' | 'temporal-worker' | 'postgres' | 'simulator';

export interface TopologyProcess {
  /** Unique within the topology, e.g. "api", "api-2", "worker-1", "history-2". */
  name: string;
  role: Role;
  /** null while it is not running. */
  pid: number | null;
  up: boolean;
  restarts?: number;
}

export interface TopologyInfo {
  kind: string;
  /** Every API process's base URL (a client may use any). */
  apiUrls: string[];
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /** The owner's database URL (for the verifier's reads). */
  databaseUrl: string;
  /** The platform's DATA_DIR (secrets.json there decodes Temporal payloads). */
  dataDir: string;
  processes: TopologyProcess[];
}

export interface Topology {
  launch(): Promise<TopologyInfo>;
  describe(): Promise<TopologyInfo>;
  /** kill -9 of one process; the topology restarts it. */
  kill(name: string): Promise<void>;
  /** Stops one part and keeps it down (PostgreSQL, Temporal, department systems…). */
  down(name: string): Promise<void>;
  /** Brings a part taken down back. */
  up(name: string): Promise<void>;
  /** Stops everything and removes what the run left behind. */
  shutdown(): Promise<void>;
  /** The last lines the platform printed (for a failure report). */
  tail(): string[];
  /** Error lines the platform printed (the first of each kind), if the topology collects them. */
  errors?(): string[];
}

/** A topology driven through the control endpoint (GET /topology, POST /processes/{name}/stop|start|kill). */
export abstract class ControlledTopology implements Topology {
  protected controlUrl = '';

  abstract launch(): Promise<TopologyInfo>;
  abstract shutdown(): Promise<void>;
  abstract tail(): string[];

  async describe(): Promise<TopologyInfo> {
    return (await this.control('GET', '/topology')) as TopologyInfo;
  }

  async kill(name: string): Promise<void> {
    await this.control('POST', `/processes/${encodeURIComponent(name)}/kill`);
  }

  async down(name: string): Promise<void> {
    await this.control('POST', `/processes/${encodeURIComponent(name)}/stop`);
  }

  async up(name: string): Promise<void> {
    await this.control('POST', `/processes/${encodeURIComponent(name)}/start`);
  }

  protected async control(method: string, path: string): Promise<unknown> {
    const r = await fetch(`${this.controlUrl}${path}`, { method, signal: AbortSignal.timeout(120_000) });
    const body = (await r.json()) as unknown;
    if (!r.ok) throw new Error(`control ${method} ${path}: ${r.status} ${JSON.stringify(body)}`);
    return body;
  }
}

/** `npm start` (scripts/start.ts) in a fresh DATA_DIR on free ports, supervised, with its control endpoint. */
export class NpmStartTopology extends ControlledTopology {
  private stack: Stack | undefined;

  constructor(private readonly opts: { log: (line: string) => void; timeoutMs?: number }) {
    super();
  }

  async launch(): Promise<TopologyInfo> {
    const port = await freePort();
    this.controlUrl = `http://127.0.0.1:${port}`;
    this.stack = await startIsolatedStack({
      timeoutMs: this.opts.timeoutMs ?? 300_000,
      storage: 'disk',
      log: this.opts.log,
      startArgs: ['--supervise', '--control-port', String(port)],
      dataDirPrefix: 'onewindow-chaos-',
      // Its own notification simulator ports too, so a developer's `npm start` is never in the way.
      env: { LOG_LEVEL: 'info', NOTIFY_SIMULATOR_PORT: String(await freePort()), NOTIFY_SMTP_SIMULATOR_PORT: String(await freePort()) },
    });
    return this.describe();
  }

  async shutdown(): Promise<void> {
    await this.stack?.stop();
  }

  tail(): string[] {
    return this.stack?.tail() ?? [];
  }

  errors(): string[] {
    return this.stack?.errorLines() ?? [];
  }
}

/**
 * A platform already running with a control endpoint (e.g. started by hand with `--supervise
 * --control-port N`): the suite attaches to it and leaves it running at the end.
 */
export class AttachedTopology extends ControlledTopology {
  constructor(controlUrl: string) {
    super();
    this.controlUrl = controlUrl.replace(/\/$/, '');
  }

  launch(): Promise<TopologyInfo> {
    return this.describe();
  }

  async shutdown(): Promise<void> {
    // Not ours to stop.
  }

  tail(): string[] {
    return [];
  }
}

/** The topologies `npm run chaos -- --topology NAME` can start (default npm-start). */
export const TOPOLOGIES: Record<string, (opts: { log: (line: string) => void }) => Topology> = {
  'npm-start': (opts) => new NpmStartTopology(opts),
};

/**
 * Cluster mode (scripts/cluster): Temporal as separate services on PostgreSQL, two workers and two
 * API copies, driven through the launcher's handle. A killed process is started again at once, as
 * an orchestrator's restart policy would; PostgreSQL goes down by a fast shutdown.
 */
export class ClusterTopology implements Topology {
  private cluster: import('../scripts/cluster/index.js').Cluster | undefined;
  private simulatorDown = false;

  constructor(private readonly opts: { log: (line: string) => void }) {}

  async launch(): Promise<TopologyInfo> {
    const { startCluster } = await import('../scripts/cluster/index.js');
    const os = await import('node:os');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-chaos-cluster-'));
    this.cluster = await startCluster({ dataDir, ports: 'free', echo: false, ui: false, log: this.opts.log });
    return this.describe();
  }

  async describe(): Promise<TopologyInfo> {
    const c = this.need();
    const roleOf = (r: string): Role =>
      r === 'postgres' ? 'postgres' : r.startsWith('temporal-history') ? 'temporal-history' : r === 'temporal-frontend' ? 'temporal-frontend' : r === 'temporal-matching' ? 'temporal-matching' : r === 'temporal-worker-service' ? 'temporal-worker' : r.startsWith('worker') ? 'worker' : 'api';
    const processes: TopologyProcess[] = c
      .processes()
      .filter((p) => p.kind !== 'ui')
      .map((p) => ({ name: p.role, role: roleOf(p.role), pid: p.running ? (p.pid ?? null) : null, up: p.running }));
    processes.push({ name: 'departments', role: 'simulator', pid: process.pid, up: !this.simulatorDown });
    return { kind: 'cluster', apiUrls: c.apiUrls, temporalAddress: c.temporalAddress, namespace: c.namespace, taskQueue: c.taskQueue, databaseUrl: c.databaseUrl, dataDir: c.config.DATA_DIR, processes };
  }

  async kill(name: string): Promise<void> {
    const c = this.need();
    await c.kill(name as never, 'SIGKILL');
    await c.restart(name as never);
  }

  async down(name: string): Promise<void> {
    if (name === 'departments') return this.simulatorMode('down');
    await this.need().kill(name as never, 'SIGINT');
  }

  async up(name: string): Promise<void> {
    if (name === 'departments') return this.simulatorMode('up');
    await this.need().restart(name as never);
  }

  async shutdown(): Promise<void> {
    await this.cluster?.stop();
  }

  tail(): string[] {
    return [];
  }

  private async simulatorMode(mode: 'up' | 'down'): Promise<void> {
    const r = await fetch(`${this.need().departmentSimulatorUrl}/admin/mode`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode }) });
    if (!r.ok) throw new Error(`department simulator mode ${mode}: ${r.status}`);
    this.simulatorDown = mode === 'down';
  }

  private need() {
    if (!this.cluster) throw new Error('the cluster is not running');
    return this.cluster;
  }
}

TOPOLOGIES.cluster = (opts) => new ClusterTopology(opts);
