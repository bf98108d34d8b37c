/**
 * (3) Full lifecycle through the API: the clerk accepts at the window, the case travels to the
 * department (read model shows IN_REVIEW), the reviewer approves, the clerk hands the result out
 * at the window (WINDOW_PICKUP completes the case).
 *   - closed loop: N cases by C concurrent pipelines, as fast as the platform answers;
 *   - sustained: an open loop offering `rate` cases per second for `duration` seconds, whatever
 *     the answers' speed, with the intake backlog sampled every second and the worker's and the
 *     API's memory sampled throughout.
 */
import type { BenchContext } from '../lib/context.js';
import { tagOf } from '../lib/context.js';
import { MemorySampler, cpuPer, cpuSnapshot, readMemory } from '../lib/proc.js';
import { Failures, type LatencySummary, Samples, elapsed, errorKind, errorMessage, phaseCutoff, round, runPool, sleep, slope } from '../lib/sampling.js';
import { WINDOW_INTAKE } from './platform.js';

interface ActionSamples {
  accept: Samples;
  toReview: Samples;
  approve: Samples;
  issueOutput: Samples;
  wholeCase: Samples;
}

const newActionSamples = (): ActionSamples => ({ accept: new Samples(), toReview: new Samples(), approve: new Samples(), issueOutput: new Samples(), wholeCase: new Samples() });

export type ActionSummaries = Record<keyof ActionSamples, LatencySummary>;

const summarise = (s: ActionSamples): ActionSummaries => ({
  accept: s.accept.summary(),
  toReview: s.toReview.summary(),
  approve: s.approve.summary(),
  issueOutput: s.issueOutput.summary(),
  wholeCase: s.wholeCase.summary(),
});

/** One case from window intake to completion; throws at the first refused or failed step. */
async function oneCase(
  ctx: BenchContext,
  samples: ActionSamples,
  tag: string,
  key: string,
  opts: { reviewWaitMs: number; signal: AbortSignal; onAccepted?: (caseNo: string) => void },
): Promise<string> {
  const { signal } = opts;
  const t0 = performance.now();
  const created = await ctx.clerk.call<{ case: { caseNo: string } }>('POST', '/api/v1/cases', { body: WINDOW_INTAKE(ctx, tag), idempotencyKey: `${key}-accept`, expect: 201, signal });
  const caseNo = created.case.caseNo;
  const t1 = performance.now();
  samples.accept.add(t1 - t0);
  opts.onAccepted?.(caseNo);
  await ctx.watcher.waitInReview(caseNo, opts.reviewWaitMs, signal);
  const t2 = performance.now();
  samples.toReview.add(t2 - t1);
  await ctx.reviewer.call('POST', `/api/v1/cases/${caseNo}/approve`, { body: { opinion: '准予（压测）' }, idempotencyKey: `${key}-approve`, signal });
  const t3 = performance.now();
  samples.approve.add(t3 - t2);
  const done = await ctx.clerk.call<{ status: string }>('POST', `/api/v1/cases/${caseNo}/issue-output`, { body: { method: 'WINDOW_PICKUP' }, idempotencyKey: `${key}-output`, signal });
  const t4 = performance.now();
  samples.issueOutput.add(t4 - t3);
  if (done.status !== 'COMPLETED') throw new Error(`case ${caseNo} is ${done.status} after the window hand-out, not COMPLETED`);
  samples.wholeCase.add(t4 - t0);
  return caseNo;
}

export interface ClosedLoopResult {
  attempted: number;
  completed: number;
  notStarted: number;
  wallMs: number;
  casesPerSecond: number;
  latencyMs: ActionSummaries;
  failures: ReturnType<Failures['toJSON']>;
  /** CPU milliseconds per completed case, by process. */
  cpuMsPerCase: Record<string, number>;
  completedCaseNos: string[];
  /** Accepted but not completed (refused step, cut off): still open on the platform. */
  openCaseNos: string[];
}

export async function runClosedLoop(ctx: BenchContext, deadlineMs: number, graceMs: number): Promise<ClosedLoopResult> {
  const { cases, concurrency } = ctx.opts;
  const tag = tagOf(ctx, 'lifecycle');
  const samples = newActionSamples();
  const failures = new Failures();
  const completedCaseNos: string[] = [];
  const accepted = new Set<string>();
  const cutoff = phaseCutoff(deadlineMs + graceMs);
  const pids = ctx.stack.pids();
  const cpuBefore = cpuSnapshot(pids);
  const outcome = await runPool(
    { count: cases, concurrency, deadlineMs, shouldStop: () => !ctx.stack.alive() },
    async (i) => {
      const caseNo = await oneCase(ctx, samples, tag, `bench-${ctx.runId}-life-${i}`, { reviewWaitMs: deadlineMs + graceMs, signal: cutoff.signal, onAccepted: (no) => accepted.add(no) });
      accepted.delete(caseNo);
      completedCaseNos.push(caseNo);
    },
    (e) => failures.add(errorKind(e), errorMessage(e)),
  );
  cutoff.cancel();
  const cpuMsPerCase = cpuPer(cpuBefore, cpuSnapshot(pids), outcome.succeeded);
  const result: ClosedLoopResult = {
    attempted: cases,
    completed: outcome.succeeded,
    notStarted: outcome.notStarted,
    wallMs: round(outcome.wallMs),
    casesPerSecond: round(outcome.succeeded / (outcome.wallMs / 1000)),
    latencyMs: summarise(samples),
    failures: failures.toJSON(),
    cpuMsPerCase,
    completedCaseNos,
    openCaseNos: [...accepted],
  };
  ctx.log(`  lifecycle ${result.completed}/${cases} cases at ${result.casesPerSecond}/s; p99 accept ${result.latencyMs.accept.p99} approve ${result.latencyMs.approve.p99} issue-output ${result.latencyMs.issueOutput.p99} ms`);
  return result;
}

export interface SustainedResult {
  offeredRate: number;
  durationS: number;
  offered: number;
  /** Arrivals not started because too many cases were still in flight (the platform fell behind). */
  dropped: number;
  accepted: number;
  completed: number;
  /** Accepted cases per second over the offered window. */
  acceptedPerSecond: number;
  /** Completions per second, between the first and the last completion. */
  achievedCasesPerSecond: number;
  latencyMs: ActionSummaries;
  /**
   * Arrivals not yet at the department: intakes the API has not answered yet plus accepted cases
   * not yet IN_REVIEW. Both count: when the API is the bottleneck, the queue forms before acceptance.
   */
  backlog: {
    samples: { atS: number; backlog: number; awaitingAnswer: number; acceptedNotInReview: number; inFlight: number }[];
    first: number;
    last: number;
    max: number;
    slopePerS: number;
    flat: boolean;
    flatRule: string;
  };
  memory: { worker?: { peakRssMib: number; hwmMib?: number }; api?: { peakRssMib: number; hwmMib?: number }; temporal?: { peakRssMib: number }; pids: Record<string, number | undefined>; note?: string };
  failures: ReturnType<Failures['toJSON']>;
  /** CPU milliseconds per completed case, by process, over the whole phase (cut-off cases' work included). */
  cpuMsPerCase: Record<string, number>;
  /** In-flight cases still unfinished when the drain time ran out. */
  unfinished: number;
  /** Accepted but not completed: still open on the platform. */
  openCaseNos: string[];
}

export async function runSustained(ctx: BenchContext, drainMs: number): Promise<SustainedResult> {
  const { rate, durationS } = ctx.opts;
  const tag = tagOf(ctx, 'sustained');
  const samples = newActionSamples();
  const failures = new Failures();
  const pids = ctx.stack.pids();
  const sampler = new MemorySampler({ worker: pids.worker, api: pids.api, temporal: pids.temporal }).start();
  const cpuBefore = cpuSnapshot(pids);
  // Thirty seconds' worth of arrivals in flight at most: beyond that the platform is clearly not
  // keeping up, and piling on more would only measure the bench's own queue.
  const maxInFlight = Math.max(10, Math.ceil(rate * 30));
  const intervalMs = 1000 / rate;
  const windowMs = durationS * 1000;
  const inFlight = new Set<Promise<void>>();
  const completions: number[] = [];
  let offered = 0;
  let dropped = 0;
  let accepted = 0;
  const open = new Set<string>();
  const backlogSamples: SustainedResult['backlog']['samples'] = [];
  const started = performance.now();
  const cutoff = phaseCutoff(windowMs + drainMs);
  let awaitingAnswer = 0;
  const backlogTimer = setInterval(() => {
    const acceptedNotInReview = ctx.watcher.backlog;
    backlogSamples.push({ atS: round(elapsed(started) / 1000), backlog: awaitingAnswer + acceptedNotInReview, awaitingAnswer, acceptedNotInReview, inFlight: inFlight.size });
  }, 1000);

  try {
    for (let k = 0; ; k += 1) {
      const due = started + k * intervalMs;
      if (due - started >= windowMs || !ctx.stack.alive()) break;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      offered += 1;
      if (inFlight.size >= maxInFlight) {
        dropped += 1;
        continue;
      }
      let answered = false;
      const onAccepted = (caseNo: string) => {
        answered = true;
        awaitingAnswer -= 1;
        accepted += 1;
        open.add(caseNo);
      };
      awaitingAnswer += 1;
      const p: Promise<void> = oneCase(ctx, samples, tag, `bench-${ctx.runId}-sus-${k}`, { reviewWaitMs: windowMs + drainMs, signal: cutoff.signal, onAccepted }).then(
        (caseNo) => {
          open.delete(caseNo);
          completions.push(performance.now());
        },
        (e: unknown) => failures.add(errorKind(e), errorMessage(e)),
      ).finally(() => {
        if (!answered) awaitingAnswer -= 1;
        inFlight.delete(p);
      });
      inFlight.add(p);
    }
  } finally {
    clearInterval(backlogTimer);
  }
  const arrivalsEnd = performance.now();
  await Promise.race([Promise.allSettled([...inFlight]), sleep(drainMs)]);
  const peaks = sampler.stop();
  const cpuMsPerCase = cpuPer(cpuBefore, cpuSnapshot(pids), completions.length);
  const unfinished = inFlight.size;
  // Whatever is still in flight is cut off now and counted as unfinished, not as a failure.
  const failuresAtEnd = failures.toJSON();
  cutoff.cancel();
  await Promise.allSettled([...inFlight]);

  const points = backlogSamples.map((s) => ({ x: s.atS, y: s.backlog }));
  const slopePerS = slope(points);
  const limit = Math.max(0.1, 0.05 * rate);
  const sorted = [...completions].sort((a, b) => a - b);
  const achieved = sorted.length >= 2 ? (sorted.length - 1) / ((sorted.at(-1)! - sorted[0]!) / 1000) : 0;
  const memOf = (pid: number | undefined) => (pid !== undefined ? readMemory(pid) : undefined);
  const result: SustainedResult = {
    offeredRate: rate,
    durationS,
    offered,
    dropped,
    accepted,
    completed: completions.length,
    acceptedPerSecond: round(accepted / ((arrivalsEnd - started) / 1000)),
    achievedCasesPerSecond: round(achieved),
    latencyMs: summarise(samples),
    backlog: {
      samples: backlogSamples,
      first: backlogSamples[0]?.backlog ?? 0,
      last: backlogSamples.at(-1)?.backlog ?? 0,
      max: Math.max(0, ...backlogSamples.map((s) => s.backlog)),
      slopePerS: round(slopePerS, 3),
      flat: dropped === 0 && slopePerS <= limit,
      flatRule: `no arrival dropped and the backlog's least-squares slope ≤ ${round(limit, 2)} cases/s (5% of the offered rate)`,
    },
    memory: {
      ...(peaks.worker !== undefined ? { worker: { peakRssMib: peaks.worker, ...(memOf(pids.worker) ? { hwmMib: memOf(pids.worker)!.hwmMib } : {}) } } : {}),
      ...(peaks.api !== undefined ? { api: { peakRssMib: peaks.api, ...(memOf(pids.api) ? { hwmMib: memOf(pids.api)!.hwmMib } : {}) } } : {}),
      ...(peaks.temporal !== undefined ? { temporal: { peakRssMib: peaks.temporal } } : {}),
      pids: { worker: pids.worker, api: pids.api, temporal: pids.temporal },
      ...(pids.note ? { note: pids.note } : {}),
    },
    failures: failuresAtEnd,
    cpuMsPerCase,
    unfinished,
    openCaseNos: [...open],
  };
  ctx.log(
    `  sustained: offered ${offered} (${dropped} dropped), completed ${result.completed} at ${result.achievedCasesPerSecond}/s; ` +
      `backlog ${result.backlog.first}→${result.backlog.last} (slope ${result.backlog.slopePerS}/s); p99 approve ${result.latencyMs.approve.p99} ms`,
  );
  return result;
}
