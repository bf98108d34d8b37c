/**
 * (2) Platform: N window intakes accepted through the API by C concurrent clerks — sign-in token
 * check, validation, Idempotency-Key, item and calendar reads, case number, workflow start and
 * first query, audit row. The projection to the read model happens after the answer, in the
 * worker; the phase also times until every case shows IN_REVIEW there (end to end).
 */
import type { BenchContext } from '../lib/context.js';
import { tagOf } from '../lib/context.js';
import { cpuPer, cpuSnapshot } from '../lib/proc.js';
import { Failures, Samples, errorKind, errorMessage, phaseCutoff, round, runPool } from '../lib/sampling.js';
import { type ThroughputResult, throughputOf } from './baseline.js';

export interface PlatformResult {
  accept: ThroughputResult;
  /** Every accepted case IN_REVIEW in the read model (projection and department dispatch done). */
  endToEnd: { cases: number; reachedReview: number; wallMs: number; perSecond: number; reviewLagMs: ReturnType<Samples['summary']> };
  /** CPU milliseconds per case, by process, from the first request until every case was IN_REVIEW. */
  cpuMsPerCase: Record<string, number>;
  caseNos: string[];
}

export const WINDOW_INTAKE = (ctx: BenchContext, applicantName: string) => ({
  itemCode: ctx.typical.code,
  applicant: { name: applicantName },
  submittedMaterials: ctx.typical.requiredMaterials,
});

type Created = { case: { caseNo: string; status: string } };

export async function runPlatform(ctx: BenchContext, deadlineMs: number, drainMs: number): Promise<PlatformResult> {
  const { cases, concurrency } = ctx.opts;
  const tag = tagOf(ctx, 'accept');
  const cutoff = phaseCutoff(deadlineMs + drainMs);
  const post = (key: string) => ctx.clerk.call<Created>('POST', '/api/v1/cases', { body: WINDOW_INTAKE(ctx, tag), idempotencyKey: key, expect: 201, signal: cutoff.signal });

  const warm = Math.min(20, Math.ceil(cases / 10));
  const warmNos: string[] = [];
  await runPool({ count: warm, concurrency, deadlineMs }, async (i) => void warmNos.push((await post(`bench-${ctx.runId}-accept-warm-${i}`)).case.caseNo), () => {});
  // The warm-up cases finish their dispatch before timing starts, so they do not load the measured phase.
  await Promise.allSettled(warmNos.map((no) => ctx.watcher.waitInReview(no, drainMs, cutoff.signal)));

  const samples = new Samples();
  const lag = new Samples();
  const failures = new Failures();
  const caseNos: string[] = [];
  const arrivals: Promise<void>[] = [];
  let lastReview = 0;
  let reached = 0;
  const pids = ctx.stack.pids();
  const cpuBefore = cpuSnapshot(pids);
  const phaseStart = performance.now();
  const outcome = await runPool(
    { count: cases, concurrency, deadlineMs, shouldStop: () => !ctx.stack.alive() },
    async (i) => {
      const t0 = performance.now();
      const created = await post(`bench-${ctx.runId}-accept-${i}`);
      const answered = performance.now();
      samples.add(answered - t0);
      caseNos.push(created.case.caseNo);
      arrivals.push(
        ctx.watcher.waitInReview(created.case.caseNo, drainMs + deadlineMs, cutoff.signal).then(() => {
          const now = performance.now();
          lag.add(now - answered);
          lastReview = Math.max(lastReview, now);
          reached += 1;
        }),
      );
    },
    (e) => failures.add(errorKind(e), errorMessage(e)),
  );
  const accept = throughputOf(outcome, cases, samples, failures);
  await Promise.allSettled(arrivals);
  const cpuMsPerCase = cpuPer(cpuBefore, cpuSnapshot(pids), reached);
  cutoff.cancel();
  const wallMs = (lastReview || performance.now()) - phaseStart;
  ctx.log(`  API accept ${accept.perSecond}/s p50 ${accept.latencyMs.p50} ms p99 ${accept.latencyMs.p99} ms; all IN_REVIEW after ${round(wallMs / 1000)} s`);
  return {
    accept,
    endToEnd: { cases: caseNos.length, reachedReview: reached, wallMs: round(wallMs), perSecond: round(reached / (wallMs / 1000)), reviewLagMs: lag.summary() },
    cpuMsPerCase,
    caseNos: [...warmNos, ...caseNos],
  };
}
