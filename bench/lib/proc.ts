/**
 * Resident memory of the platform's processes, read from /proc (Linux): VmRSS is what a process
 * holds now, VmHWM the most it ever held. VmHWM includes start-up (the worker bundles its
 * workflows with webpack then), so peaks during a phase come from our own sampling of VmRSS.
 */
import fs from 'node:fs';

export interface Memory {
  rssMib: number;
  hwmMib: number;
}

/** undefined when the process is gone or /proc is unavailable. */
export function readMemory(pid: number): Memory | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMib: Math.round(kb('VmRSS') / 102.4) / 10, hwmMib: Math.round(kb('VmHWM') / 102.4) / 10 };
  } catch {
    return undefined;
  }
}

interface ProcEntry {
  pid: number;
  ppid: number;
  cmdline: string;
}

function listProcesses(): ProcEntry[] {
  const entries: ProcEntry[] = [];
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return entries;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may contain spaces and parentheses: fields resume after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      entries.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // The process ended while we looked.
    }
  }
  return entries;
}

export interface PlatformPids {
  worker?: number;
  api?: number;
  temporal?: number;
  /** The start process (it also runs the department simulator); isolated stack only. */
  start?: number;
  /** PostgreSQL's processes (postmaster and backends); isolated stack only — elsewhere they cannot be told apart from other clusters'. */
  postgres?: number[];
  /** Set when a name matched more than one process (e.g. several workers in --use-running). */
  note?: string;
}

const ROLES = {
  worker: (cmd: string) => /\bworker\/main\.ts\b/.test(cmd),
  api: (cmd: string) => /\bapi\/main\.ts\b/.test(cmd),
  temporal: (cmd: string) => /\bserver start-dev\b/.test(cmd),
} as const;

/**
 * The worker, API and Temporal dev server processes. Under `root` (our own start process) only its
 * descendants count, so a developer's `npm start` running beside the benchmark is never measured.
 */
export function findPlatformPids(root?: number, temporalPort?: number): PlatformPids {
  const all = listProcesses();
  let pool = all.filter((p) => p.pid !== process.pid);
  if (root !== undefined) {
    const descendants = new Set<number>([root]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all) {
        if (descendants.has(p.ppid) && !descendants.has(p.pid)) {
          descendants.add(p.pid);
          grew = true;
        }
      }
    }
    pool = all.filter((p) => descendants.has(p.pid) && p.pid !== root);
  }
  const found: PlatformPids = {};
  const notes: string[] = [];
  for (const [role, matches] of Object.entries(ROLES) as [keyof typeof ROLES, (c: string) => boolean][]) {
    // A wrapper (npx, tsx's CLI) and the node process it runs both carry the script name: the
    // innermost one is the process doing the work.
    // Test runs start dev servers of their own: the platform's is the one on its port.
    const hits = pool.filter((p) => matches(p.cmdline) && (role !== 'temporal' || temporalPort === undefined || new RegExp(`--port[= ]${temporalPort}\\b`).test(p.cmdline)));
    const innermost = hits.filter((h) => !hits.some((o) => o.ppid === h.pid));
    if (innermost.length > 1) notes.push(`${innermost.length} ${role} processes (measured pid ${innermost[0]!.pid})`);
    if (innermost[0]) found[role] = innermost[0].pid;
  }
  if (root !== undefined) {
    found.start = root;
    found.postgres = pool.filter((p) => /(^|\/)postgres(\s|:|$)/.test(p.cmdline)).map((p) => p.pid);
  }
  if (notes.length) found.note = notes.join('; ');
  return found;
}

export type CpuSnapshot = Record<string, number>;

/**
 * CPU seconds used so far by each part of the platform, and by the bench process itself. The
 * difference of two snapshots divided by the cases handled in between is each part's CPU cost
 * per case — on a machine where CPU is the limit, that says where the time goes.
 */
export function cpuSnapshot(pids: PlatformPids): CpuSnapshot {
  const out: CpuSnapshot = {};
  const add = (role: string, pid: number | undefined, withReapedChildren = false) => {
    const s = pid === undefined ? undefined : cpuSeconds(pid, withReapedChildren);
    if (s !== undefined) out[role] = (out[role] ?? 0) + s;
  };
  add('worker', pids.worker);
  add('api', pids.api);
  add('temporal', pids.temporal);
  add('start+simulator', pids.start);
  // A backend that ends between two snapshots takes its CPU time out of the living processes' sum
  // and into its parent's: counting reaped children keeps the difference whole.
  // Backends also start during a phase: look them up afresh at every snapshot.
  const postgres = pids.start !== undefined ? (findPlatformPids(pids.start).postgres ?? []) : (pids.postgres ?? []);
  for (const pid of postgres) add('postgres', pid, true);
  const own = process.cpuUsage();
  out.bench = (own.user + own.system) / 1e6;
  return out;
}

/** CPU milliseconds per unit of work between two snapshots (parts that vanished in between are left out). */
export function cpuPer(before: CpuSnapshot, after: CpuSnapshot, units: number): Record<string, number> {
  const out: Record<string, number> = {};
  if (units <= 0) return out;
  for (const [role, end] of Object.entries(after)) {
    const start = before[role];
    if (start === undefined) continue;
    out[role] = Math.round(((end - start) * 1000 * 10) / units) / 10;
  }
  return out;
}

/** Samples VmRSS of a few processes at an interval and keeps each one's maximum. */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  readonly peakRssMib: Record<string, number> = {};
  samples = 0;

  constructor(
    private readonly pids: Record<string, number | undefined>,
    private readonly intervalMs = 500,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): Record<string, number> {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return this.peakRssMib;
  }

  private sample(): void {
    this.samples += 1;
    for (const [name, pid] of Object.entries(this.pids)) {
      if (pid === undefined) continue;
      const m = readMemory(pid);
      if (m && !(m.rssMib <= (this.peakRssMib[name] ?? -1))) this.peakRssMib[name] = m.rssMib;
    }
  }
}

/** Linux reports CPU time in clock ticks; 100 per second on every mainstream kernel configuration. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) the process has used so far; undefined when it is gone. With
 * `withReapedChildren`, also what its exited children used (PostgreSQL's backends come and go;
 * the postmaster inherits their time when they end).
 */
export function cpuSeconds(pid: number, withReapedChildren = false): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name, state is fields[0]: utime (field 14) is fields[11], stime fields[12],
    // cutime and cstime (fields 16, 17) fields[13] and fields[14].
    const own = Number(fields[11]) + Number(fields[12]);
    const children = withReapedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return (own + children) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * Waits until the process uses under `maxShare` of one core for `quietSamples` consecutive
 * intervals, or the time runs out. Returns how long that took and whether it did settle.
 */
export async function waitForIdle(
  pid: number,
  timeoutMs: number,
  opts: { maxShare?: number; intervalMs?: number; quietSamples?: number } = {},
): Promise<{ settled: boolean; waitedMs: number }> {
  const { maxShare = 0.05, intervalMs = 1000, quietSamples = 2 } = opts;
  const started = performance.now();
  let quiet = 0;
  let before = cpuSeconds(pid);
  while (performance.now() - started < timeoutMs && before !== undefined) {
    await new Promise((r) => setTimeout(r, intervalMs));
    const now = cpuSeconds(pid);
    if (now === undefined) break;
    quiet = now - before < maxShare * (intervalMs / 1000) ? quiet + 1 : 0;
    before = now;
    if (quiet >= quietSamples) return { settled: true, waitedMs: performance.now() - started };
  }
  return { settled: false, waitedMs: performance.now() - started };
}
