/**
 * (1) Baselines: what Temporal alone costs for the work an intake asks of it, measured against the
 * same server, by the same number of concurrent clients as the API phase, with workflows run by an
 * in-process worker on a task queue of its own.
 *   - raw start: a minimal workflow, `workflow.start` acknowledged — Temporal's floor;
 *   - raw start + query: the start followed by a query that waits for the first workflow task;
 *   - intake baseline: the Temporal work of one window intake and nothing of the platform's own —
 *     the same start (the case's input through the same encrypting codec, the same search
 *     attributes, summary, details and id policy), one workflow task that sets the accepted
 *     case's search attributes and current details (bench/workflows/intake-baseline.ts). Its rate
 *     is what the API's intake rate is judged against (issue 18: ≥ 0.8); its CPU is counted from
 *     the first start until visibility shows every workflow's attributes set.
 */
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { Actor } from '../../domain/case/model.js';
import { loadConfig } from '../../config/index.js';
import * as SA from '../../workflows/search-attributes.js';
import { intakeBaselineWorkflow, releaseIntakeSignal } from '../workflows/intake-baseline.js';
import { minimalStateQuery, minimalWorkflow, releaseSignal } from '../workflows/minimal.js';
import type { BenchContext } from '../lib/context.js';
import { tagOf } from '../lib/context.js';
import { caseTemplate, reserveCaseNos, windowCaseInput } from '../lib/fixtures.js';
import { type CpuSnapshot, cpuPer, cpuSnapshot } from '../lib/proc.js';
import { Failures, type LatencySummary, Samples, elapsed, errorKind, errorMessage, round, runPool, sleep } from '../lib/sampling.js';

const BENCH_WORKFLOWS = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

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
  /** Absent in runs made before it existed. */
  intake?: ThroughputResult & { attributesSet: number; attributesWallMs: number };
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

export async function runBaseline(ctx: BenchContext, deadlineMs: number, drainMs: number): Promise<BaselineResult> {
  const { cases, concurrency } = ctx.opts;
  const taskQueue = `bench-baseline-${ctx.runId}`;
  const connection = await NativeConnection.connect({ address: ctx.stack.temporalAddress });
  const bundleStarted = performance.now();
  // The platform's codec: the intake baseline's input is encrypted and decoded as a case's is.
  const worker = await Worker.create({ connection, namespace: ctx.stack.namespace, taskQueue, workflowsPath: BENCH_WORKFLOWS, dataConverter: ctx.dataConverter });
  const workerBundleMs = elapsed(bundleStarted);
  const running = worker.run();
  const minimal: string[] = [];
  const intakes: string[] = [];
  const pids = ctx.stack.pids();
  try {
    /** N operations by C clients after a few unmeasured ones (connections, first activations). */
    const measure = async (variant: string, op: (i: number, warm: boolean) => Promise<unknown>, settle?: (before: CpuSnapshot) => Promise<CpuSnapshot>) => {
      const warm = Math.min(20, Math.ceil(cases / 10));
      await runPool({ count: warm, concurrency, deadlineMs }, async (i) => void (await op(i, true)), () => {});
      const samples = new Samples();
      const failures = new Failures();
      const cpuBefore = cpuSnapshot(pids);
      const outcome = await runPool(
        { count: cases, concurrency, deadlineMs, shouldStop: () => !ctx.stack.alive() },
        async (i) => {
          const t0 = performance.now();
          await op(i, false);
          samples.add(elapsed(t0));
        },
        (e) => failures.add(errorKind(e), errorMessage(e)),
      );
      const cpuAfter = settle ? await settle(cpuBefore) : cpuSnapshot(pids);
      ctx.log(`  ${variant}: ${round(outcome.succeeded / (outcome.wallMs / 1000))}/s p50 ${samples.summary().p50} ms`);
      return { ...throughputOf(outcome, cases, samples, failures), cpuMsPerOp: cpuPer(cpuBefore, cpuAfter, outcome.succeeded) };
    };

    const startMinimal = async (id: string) => {
      const handle = await ctx.temporal.workflow.start(minimalWorkflow, {
        taskQueue,
        workflowId: id,
        // Should the release below not reach a workflow (the run cut short), the server closes it.
        workflowRunTimeout: '10 minutes',
      });
      minimal.push(id);
      return handle;
    };
    const id = (variant: string, i: number, warm: boolean) => `bench-${ctx.runId}-minimal-${variant}${warm ? '-warm' : ''}-${i}`;
    const start = await measure('raw start', (i, warm) => startMinimal(id('start', i, warm)));
    const startAndQuery = await measure('raw start + query', async (i, warm) => (await startMinimal(id('query', i, warm))).query(minimalStateQuery));

    // The intake baseline: a case's input and start options, case numbers from the platform's sequence.
    const template = await caseTemplate(ctx.db, ctx.typical.code);
    const warm = Math.min(20, Math.ceil(cases / 10));
    const caseNos = await reserveCaseNos(ctx.db, cases + warm);
    const user = ctx.clerk.user!;
    const clerk: Actor = { id: user.id, name: user.displayName, role: 'FRONT_DESK_CLERK' };
    const warningDays = loadConfig().WARNING_WORKING_DAYS;
    const tag = tagOf(ctx, 'baseline');
    const startIntake = async (caseNo: string) => {
      const input = windowCaseInput(template, caseNo, tag, clerk, warningDays);
      await ctx.temporal.workflow.start(intakeBaselineWorkflow, {
        taskQueue,
        workflowId: `bench-${caseNo}`,
        args: [{ input }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        workflowRunTimeout: '10 minutes',
        typedSearchAttributes: [
          { key: SA.CaseNo, value: caseNo },
          { key: SA.ItemCode, value: template.item.code },
          { key: SA.DepartmentCode, value: template.item.departmentCode },
          { key: SA.CaseStatus, value: 'SUBMITTED' },
          { key: SA.CaseChannel, value: 'WINDOW' },
        ],
        staticSummary: `${caseNo} · ${template.itemName} · ${template.departmentName}`,
        staticDetails: `申请人 ${tag}；综合窗口 ${user.displayName} 收件；事项 ${template.item.code} 第 ${template.item.version} 版`,
      });
      intakes.push(`bench-${caseNo}`);
    };
    // Every measured workflow has had its task once visibility shows its attributes set.
    let attributesSet = 0;
    let attributesWallMs = 0;
    const attributesDone = async (): Promise<CpuSnapshot> => {
      const t0 = performance.now();
      const query = `TaskQueue="${taskQueue}" AND CaseStatus="IN_REVIEW"`;
      while (performance.now() - t0 < drainMs) {
        attributesSet = (await ctx.temporal.workflow.count(query)).count;
        if (attributesSet >= intakes.length) break;
        await sleep(100);
      }
      attributesWallMs = elapsed(t0);
      return cpuSnapshot(pids);
    };
    const intakeResult = await measure('intake baseline', (i, isWarm) => startIntake(caseNos[isWarm ? cases + i : i]!), attributesDone);
    return { taskQueue, workerBundleMs: round(workerBundleMs), start, startAndQuery, intake: { ...intakeResult, attributesSet, attributesWallMs: round(attributesWallMs) } };
  } finally {
    // Close the baseline's workflows so they leave nothing open (least of all on a --use-running server).
    const release = async (ids: string[], signal: typeof releaseSignal) =>
      runPool({ count: ids.length, concurrency, deadlineMs: 30_000 }, async (i) => ctx.temporal.workflow.getHandle(ids[i]!).signal(signal), () => {});
    await release(minimal, releaseSignal);
    await release(intakes, releaseIntakeSignal);
    worker.shutdown();
    await running;
    await connection.close();
  }
}
