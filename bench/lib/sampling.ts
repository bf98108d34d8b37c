/**
 * Latency samples, percentiles and a bounded load loop. Every loop here stops by itself: after a
 * fixed number of operations or at a deadline, whichever comes first.
 */
import { setMaxListeners } from 'node:events';

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export class Samples {
  private readonly values: number[] = [];

  add(ms: number): void {
    this.values.push(ms);
  }

  get count(): number {
    return this.values.length;
  }

  /**
   * Nearest-rank percentiles: every reported figure is a latency that was actually observed, so
   * a p99 over 100 samples is the second-worst request, not an interpolation.
   */
  summary(): LatencySummary {
    const sorted = [...this.values].sort((a, b) => a - b);
    const n = sorted.length;
    const at = (p: number) => (n === 0 ? Number.NaN : sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]!);
    return {
      count: n,
      p50: round(at(50)),
      p90: round(at(90)),
      p99: round(at(99)),
      max: round(n ? sorted[n - 1]! : Number.NaN),
      mean: round(n ? sorted.reduce((s, v) => s + v, 0) / n : Number.NaN),
    };
  }
}

export const round = (v: number, digits = 1) => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : v);

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Milliseconds since `since` (a performance.now() reading). */
export const elapsed = (since: number) => performance.now() - since;

/** Counts failures by a short label (HTTP status, error class) so the table can show what went wrong. */
export class Failures {
  readonly byKind: Record<string, number> = {};
  private readonly examplesByKind: Record<string, string[]> = {};

  add(kind: string, message: string): void {
    this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
    const examples = (this.examplesByKind[kind] ??= []);
    if (examples.length < 3) examples.push(message.slice(0, 300));
  }

  get total(): number {
    return Object.values(this.byKind).reduce((s, n) => s + n, 0);
  }

  /** A snapshot: late failures (after a phase's report) must not change a report already made. */
  toJSON() {
    return {
      total: this.total,
      byKind: { ...this.byKind },
      examples: Object.fromEntries(Object.entries(this.examplesByKind).map(([k, v]) => [k, [...v]])),
    };
  }
}

export interface PoolOutcome {
  /** Operations that finished without throwing. */
  succeeded: number;
  failed: number;
  /** Operations never started because the deadline passed first. */
  notStarted: number;
  wallMs: number;
}

/**
 * Runs `task(0..count-1)` with at most `concurrency` in flight (closed loop: each client issues its
 * next request when the previous one answered). New operations stop at the deadline; operations
 * already in flight finish (their own timeouts bound them).
 */
export async function runPool(
  opts: { count: number; concurrency: number; deadlineMs: number; shouldStop?: () => boolean },
  task: (i: number) => Promise<void>,
  onError: (e: unknown, i: number) => void,
): Promise<PoolOutcome> {
  const started = performance.now();
  const deadline = started + opts.deadlineMs;
  let next = 0;
  let succeeded = 0;
  let failed = 0;
  const client = async () => {
    while (next < opts.count && performance.now() < deadline && !opts.shouldStop?.()) {
      const i = next++;
      try {
        await task(i);
        succeeded += 1;
      } catch (e) {
        failed += 1;
        onError(e, i);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, opts.count)) }, client));
  return { succeeded, failed, notStarted: opts.count - next, wallMs: elapsed(started) };
}

/** Least-squares slope of y over x (per unit of x); 0 for fewer than two points. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return 0;
  return points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

/** The failure kind under which cut-off requests are counted (apart from real failures). */
export const CUT_OFF = 'PhaseCutOff';

export function errorKind(e: unknown): string {
  if (e && typeof e === 'object') {
    const status = (e as { status?: unknown }).status;
    if (typeof status === 'number') return `HTTP ${status}`;
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && name) return name;
  }
  return 'Error';
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Aborts whatever a phase still has in flight `afterMs` from now: a late request would otherwise
 * keep loading the platform while the next phase measures it.
 */
export function phaseCutoff(afterMs: number): { signal: AbortSignal; cancel: () => void } {
  const controller = new AbortController();
  // Every request and every wait of the phase listens to this one signal: hundreds, by design.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(new PhaseCutOff()), afterMs);
  return { signal: controller.signal, cancel: () => (clearTimeout(timer), controller.abort(new PhaseCutOff())) };
}

/** The reason an in-flight request or wait was aborted: its phase ended, the platform did not fail it. */
export class PhaseCutOff extends Error {
  override name = CUT_OFF;
  constructor() {
    super('still in flight when the phase ended');
  }
}
