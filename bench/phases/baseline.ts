/**
 * (1) Raw baseline: minimal workflows started with the Temporal client straight against the same
 * server, by the same number of concurrent clients as the API phase, run by an in-process worker
 * on a task queue of their own. Two figures:
 *   - start: `workflow.start` acknowledged — what "raw workflow starts" means in the targets;
 *   - start + query: the two Temporal calls the API makes to open a case (the query waits for the
 *     workflow's first task), so the API's own overhead can be told apart from Temporal's.
 */
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker } from '@temporalio/worker';
import { minimalStateQuery, minimalWorkflow, releaseSignal } from '../workflows/minimal.js';
import type { BenchContext } from '../lib/context.js';
import { cpuPer, cpuSnapshot } from '../lib/proc.js';
import { Failures, type LatencySummary, Samples, elapsed, errorKind, errorMessage, round, runPool } from '../lib/sampling.js';

const MINIMAL_WORKFLOWS = fileURLToPath(new URL('../workflows/minimal.ts', import.meta.url));

export interface ThroughputResult {
  attempted: number;
  succeeded: number;
  notStarted: number;
  wallMs: number;
  perSecond: number;
  latencyMs: LatencySummary;
  failures: ReturnType<Failures['toJSON']>;
  /** CPU milliseconds per successful operation, by process. */
  cpuMsPerOp?: Record<string, number>;
}

export interface BaselineResult {
  taskQueue: string;
  workerBundleMs: number;
  start: ThroughputResult;
  startAndQuery: ThroughputResult;
}

export function throughputOf(outcome: { succeeded: number; notStarted: number; wallMs: number }, attempted: number, samples: Samples, failures: Failures): ThroughputResult {
  return {
    attempted,
    succeeded: outcome.succeeded,
    notStarted: outcome.notStarted,
    wallMs: round(outcome.wallMs),
    perSecond: round(outcome.succeeded / (outcome.wallMs / 1000)),
    latencyMs: samples.summary(),
    failures: failures.toJSON(),
  };
}

export async function runBaseline(ctx: BenchContext, deadlineMs: number): Promise<BaselineResult> {
  const { cases, concurrency } = ctx.opts;
  const taskQueue = `bench-minimal-${ctx.runId}`;
  const connection = await NativeConnection.connect({ address: ctx.stack.temporalAddress });
  const bundleStarted = performance.now();
  const worker = await Worker.create({ connection, namespace: ctx.stack.namespace, taskQueue, workflowsPath: MINIMAL_WORKFLOWS });
  const workerBundleMs = elapsed(bundleStarted);
  const running = worker.run();
  const started: string[] = [];
  const pids = ctx.stack.pids();
  try {
    const start = async (id: string) => {
      const handle = await ctx.temporal.workflow.start(minimalWorkflow, {
        taskQueue,
        workflowId: id,
        // Should the release below not reach a workflow (the run cut short), the server closes it.
        workflowRunTimeout: '10 minutes',
      });
      started.push(id);
      return handle;
    };
    const measure = async (variant: string, op: (id: string) => Promise<unknown>) => {
      // A few unmeasured starts first: connection set-up and the worker's first activations are
      // start-up costs, not per-workflow costs (the API phase gets the same warm-up).
      const warm = Math.min(20, Math.ceil(cases / 10));
      await runPool({ count: warm, concurrency, deadlineMs }, async (i) => void (await op(`bench-${ctx.runId}-minimal-${variant}-warm-${i}`)), () => {});
      const samples = new Samples();
      const failures = new Failures();
      const cpuBefore = cpuSnapshot(pids);
      const outcome = await runPool(
        { count: cases, concurrency, deadlineMs, shouldStop: () => !ctx.stack.alive() },
        async (i) => {
          const t0 = performance.now();
          await op(`bench-${ctx.runId}-minimal-${variant}-${i}`);
          samples.add(elapsed(t0));
        },
        (e) => failures.add(errorKind(e), errorMessage(e)),
      );
      return { ...throughputOf(outcome, cases, samples, failures), cpuMsPerOp: cpuPer(cpuBefore, cpuSnapshot(pids), outcome.succeeded) };
    };
    const startOnly = await measure('start', start);
    const startAndQuery = await measure('query', async (id) => (await start(id)).query(minimalStateQuery));
    ctx.log(`  raw start ${startOnly.perSecond}/s p50 ${startOnly.latencyMs.p50} ms; start+query ${startAndQuery.perSecond}/s p50 ${startAndQuery.latencyMs.p50} ms`);
    return { taskQueue, workerBundleMs: round(workerBundleMs), start: startOnly, startAndQuery };
  } finally {
    // Close the baseline's workflows so they leave nothing open (least of all on a --use-running server).
    await runPool(
      { count: started.length, concurrency, deadlineMs: 30_000 },
      async (i) => ctx.temporal.workflow.getHandle(started[i]!).signal(releaseSignal),
      () => {},
    );
    worker.shutdown();
    await running;
    await connection.close();
  }
}
