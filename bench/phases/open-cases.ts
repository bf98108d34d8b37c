/**
 * (6b) Worker memory with K open cases waiting on their timers. The cases are window intakes
 * started directly with the Temporal client (the same input, id, search attributes and summary as
 * the API gives them; the API's own cost is measured in phase 2), each one then goes through the
 * worker as usual — projection, dispatch to the department, IN_REVIEW — and waits for its warning
 * and due-date timers. Memory is read once the read model shows them all in review and the worker
 * has gone quiet.
 */
import { loadConfig } from '../../config/index.js';
import type { Actor } from '../../domain/case/model.js';
import { vouchedRequest } from '../../worker/codec.js';
import { actionUpdates } from '../../workflows/messages.js';
import { caseStart } from '../../api/services/case-start.js';
import type { BenchContext } from '../lib/context.js';
import { tagOf } from '../lib/context.js';
import { caseTemplate, reserveCaseNos, windowCaseInput } from '../lib/fixtures.js';
import { type Memory, cpuPer, cpuSnapshot, readMemory, waitForIdle } from '../lib/proc.js';
import { Failures, elapsed, errorKind, errorMessage, round, runPool, sleep } from '../lib/sampling.js';

/** Direct starts in flight at once: enough to keep the server busy, few enough for two cores. */
const START_CONCURRENCY = 16;

export interface OpenCasesResult {
  requested: number;
  started: number;
  inReview: number;
  startWallMs: number;
  startsPerSecond: number;
  /** From the first start until the read model showed every started case IN_REVIEW (or time ran out). */
  settleWallMs: number;
  idle: { settled: boolean; waitedMs: number };
  /** CPU milliseconds per case that reached review, by process (starts included). */
  cpuMsPerCase: Record<string, number>;
  worker?: { before?: Memory; after?: Memory; perOpenCaseKb?: number };
  temporal?: { before?: Memory; after?: Memory };
  pid?: number;
  failures: ReturnType<Failures['toJSON']>;
  caseNos: string[];
}

export async function runOpenCases(ctx: BenchContext, timeoutMs: number, idleMs: number): Promise<OpenCasesResult> {
  const requested = ctx.opts.openCases;
  const pids = ctx.stack.pids();
  const workerBefore = pids.worker !== undefined ? readMemory(pids.worker) : undefined;
  const temporalBefore = pids.temporal !== undefined ? readMemory(pids.temporal) : undefined;
  const tag = tagOf(ctx, 'open');
  const cpuBefore = cpuSnapshot(pids);
  const template = await caseTemplate(ctx.db, ctx.typical.code);
  const caseNos = await reserveCaseNos(ctx.db, requested);
  const user = ctx.clerk.user!;
  const clerk: Actor = { id: user.id, name: user.displayName, role: 'FRONT_DESK_CLERK' };
  const warningDays = loadConfig().WARNING_WORKING_DAYS;
  const failures = new Failures();
  const started: string[] = [];
  const t0 = performance.now();
  const deadline = t0 + timeoutMs;

  const outcome = await runPool(
    { count: requested, concurrency: START_CONCURRENCY, deadlineMs: timeoutMs, shouldStop: () => !ctx.stack.alive() },
    async (i) => {
      const caseNo = caseNos[i]!;
      await ctx.temporal.workflow.start('caseWorkflow', caseStart(windowCaseInput(template, caseNo, tag, clerk, warningDays), { taskQueue: ctx.stack.taskQueue, now: Date.now() }).options);
      started.push(caseNo);
    },
    (e) => failures.add(errorKind(e), errorMessage(e)),
  );
  const startWallMs = elapsed(t0);
  ctx.log(`  started ${started.length}/${requested} open cases in ${round(startWallMs / 1000)} s; waiting for them to reach the department`);

  let inReview = 0;
  while (performance.now() < deadline && ctx.stack.alive()) {
    inReview = await ctx.db.case.count({ where: { applicantName: tag, status: 'IN_REVIEW' } });
    if (inReview >= started.length) break;
    await sleep(1000);
  }
  const settleWallMs = elapsed(t0);
  const cpuMsPerCase = cpuPer(cpuBefore, cpuSnapshot(pids), inReview);
  // A worker with cases still on their way to the department is busy by definition: waiting for
  // it to go quiet would only spend the time budget.
  const idle = pids.worker !== undefined && inReview >= started.length ? await waitForIdle(pids.worker, idleMs) : { settled: false, waitedMs: 0 };
  const workerAfter = pids.worker !== undefined ? readMemory(pids.worker) : undefined;
  const temporalAfter = pids.temporal !== undefined ? readMemory(pids.temporal) : undefined;
  const perOpenCaseKb = workerBefore && workerAfter && started.length > 0 ? round(((workerAfter.rssMib - workerBefore.rssMib) * 1024) / started.length) : undefined;
  ctx.log(`  ${inReview} open cases in review after ${round(settleWallMs / 1000)} s; worker RSS ${workerBefore?.rssMib ?? '?'} → ${workerAfter?.rssMib ?? '?'} MB (idle: ${idle.settled})`);
  return {
    requested,
    started: started.length,
    inReview,
    startWallMs: round(startWallMs),
    startsPerSecond: round(outcome.succeeded / (startWallMs / 1000)),
    settleWallMs: round(settleWallMs),
    idle: { settled: idle.settled, waitedMs: round(idle.waitedMs) },
    cpuMsPerCase,
    ...(pids.worker !== undefined ? { worker: { before: workerBefore, after: workerAfter, ...(perOpenCaseKb !== undefined ? { perOpenCaseKb } : {}) }, pid: pids.worker } : {}),
    ...(pids.temporal !== undefined ? { temporal: { before: temporalBefore, after: temporalAfter } } : {}),
    failures: failures.toJSON(),
    caseNos: started,
  };
}

/**
 * --use-running only: closes the cases the benchmark left open, so a shared platform's open-case
 * counts and overdue figures are not skewed by them. Bounded like every loop here.
 */
export async function terminateOpenCases(ctx: BenchContext, caseNos: string[], deadlineMs: number): Promise<{ closed: number; failed: number }> {
  const user = ctx.clerk.user!;
  const actor: Actor = { id: user.id, name: user.displayName, role: 'FRONT_DESK_CLERK' };
  const outcome = await runPool(
    { count: caseNos.length, concurrency: START_CONCURRENCY, deadlineMs },
    async (i) => {
      await ctx.temporal.workflow
        .getHandle(caseNos[i]!)
        .executeUpdate(actionUpdates.terminate, { args: [vouchedRequest(ctx.actorKey, caseNos[i]!, 'terminate', actor, { reason: `benchmark ${ctx.runId} clean-up` }, Date.now())] });
    },
    () => {},
  );
  return { closed: outcome.succeeded, failed: outcome.failed + outcome.notStarted };
}
