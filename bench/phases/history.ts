/**
 * (4) History size of completed cases, from Temporal's own history (every run of the workflow, in
 * case it continued as new): the typical path (window intake → approve → window hand-out) and a
 * heavy one — an online application corrected once before acceptance, then three pauses and two
 * special procedures during review, approved and handed out.
 */
import type { Client } from '@temporalio/client';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import proto from '@temporalio/proto';
import type { BenchContext } from '../lib/context.js';
import { tagOf } from '../lib/context.js';
import { phaseCutoff, round } from '../lib/sampling.js';

const { EventType } = proto.temporal.api.enums.v1;

export interface HistoryCount {
  caseNo: string;
  events: number;
  runs: number;
  status: string;
  /** How many events of each type: shows where a history's length comes from. */
  byType: Record<string, number>;
  /** The history's size as Temporal stores it (protobuf, payloads encrypted): what the capacity model's storage needs. */
  bytes?: number;
}

/** Waits (bounded) for the workflow to close, then counts the events of all its runs. */
export async function countHistory(temporal: Client, caseNo: string, waitMs: number): Promise<HistoryCount> {
  const handle = temporal.workflow.getHandle(caseNo);
  await Promise.race([handle.result().catch(() => undefined), new Promise((r) => setTimeout(r, waitMs).unref())]);
  const description = await handle.describe();
  let events = 0;
  let runs = 0;
  let bytes = 0;
  const byType: Record<string, number> = {};
  // Follow the chain of runs backwards: each run's first event names the run it continued.
  for (let runId: string | undefined = description.runId; runId && runs < 50; runs += 1) {
    const history: History = await temporal.workflow.getHandle(caseNo, runId).fetchHistory();
    const list = history.events ?? [];
    events += list.length;
    bytes += proto.temporal.api.history.v1.History.encode(history).finish().length;
    for (const e of list) {
      const type = (e.eventType != null ? (EventType[e.eventType] ?? String(e.eventType)) : 'UNKNOWN').replace(/^EVENT_TYPE_/, '');
      byType[type] = (byType[type] ?? 0) + 1;
    }
    const previous: string | null | undefined = list[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId;
    runId = previous || undefined;
  }
  return { caseNo, events, runs, status: description.status.name, byType, bytes };
}

export interface TypicalHistoryResult {
  measured: number;
  median: number;
  max: number;
  cases: HistoryCount[];
}

export async function typicalHistory(ctx: BenchContext, caseNos: string[], sample = 10): Promise<TypicalHistoryResult> {
  // Spread over the whole phase: the first cases to complete ran on a less loaded platform.
  const step = Math.max(1, caseNos.length / sample);
  const picked = Array.from({ length: Math.min(sample, caseNos.length) }, (_, i) => caseNos[Math.floor(i * step)]!);
  const counts: HistoryCount[] = [];
  for (const caseNo of picked) counts.push(await countHistory(ctx.temporal, caseNo, 10_000));
  const sorted = counts.map((c) => c.events).sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : Number.NaN;
  ctx.log(`  typical history: ${median} events (median of ${counts.length}), status ${counts[0]?.status ?? '—'}`);
  return { measured: counts.length, median, max: sorted.at(-1) ?? Number.NaN, cases: counts };
}

export interface HeavyHistoryResult extends HistoryCount {
  item: string;
  steps: string[];
  wallMs: number;
}

/** One heavy case through the API, each step by the role that takes it in the hall. */
export async function heavyHistory(ctx: BenchContext, limitMs: number): Promise<HeavyHistoryResult> {
  const started = performance.now();
  const { signal, cancel } = phaseCutoff(limitMs);
  try {
    return await heavyCase(ctx, signal, limitMs, started);
  } finally {
    cancel();
  }
}

async function heavyCase(ctx: BenchContext, signal: AbortSignal, limitMs: number, started: number): Promise<HeavyHistoryResult> {
  const item = ctx.heavy;
  const steps: string[] = [];
  const key = (step: string) => `bench-${ctx.runId}-heavy-${steps.length}-${step}`;
  const held = item.requiredMaterials[0]!;
  const act = async (who: 'clerk' | 'applicant' | 'reviewer', action: string, body: unknown) => {
    const session = who === 'clerk' ? ctx.clerk : who === 'applicant' ? ctx.applicant : ctx.heavyReviewer;
    await session.call('POST', `/api/v1/cases/${caseNo}/${action}`, { body, idempotencyKey: key(action), signal });
    steps.push(`${who}:${action}`);
  };

  // Online submission with one required material missing, so the one-time notice has something to list.
  const created = await ctx.applicant.call<{ case: { caseNo: string } }>('POST', '/api/v1/cases', {
    body: { itemCode: item.code, applicant: { name: tagOf(ctx, 'heavy') }, submittedMaterials: item.requiredMaterials.slice(1) },
    idempotencyKey: key('submit'),
    expect: 201,
    signal,
  });
  const caseNo = created.case.caseNo;
  steps.push('applicant:submit');
  await act('clerk', 'request-correction', { items: [{ materialCode: held, name: held, problem: '未提交（压测）' }], days: 5 });
  await act('applicant', 'supply-correction', { materialCodes: [held] });
  await act('clerk', 'accept', {});
  await ctx.watcher.waitInReview(caseNo, limitMs, signal);
  steps.push('department:received');
  const reasons = ['FORCE_MAJEURE', 'AWAITING_HIGHER_AUTHORITY', 'FORCE_MAJEURE'];
  for (const [i, reason] of reasons.entries()) {
    await act('reviewer', 'pause', { reason, note: `第${i + 1}次暂停（压测）` });
    await act('reviewer', 'resume', { note: '恢复' });
  }
  for (const kind of item.procedures) {
    await act('reviewer', 'start-special-procedure', { kind, reason: '特别程序（压测）' });
    await act('reviewer', 'finish-special-procedure', { result: '完成' });
  }
  await act('reviewer', 'approve', { opinion: '准予（压测）' });
  await act('clerk', 'issue-output', { method: 'WINDOW_PICKUP' });
  const count = await countHistory(ctx.temporal, caseNo, 10_000);
  ctx.log(`  heavy history: ${count.events} events (${item.code}, procedures ${item.procedures.join(' + ')}), status ${count.status}`);
  return { ...count, item: item.code, steps, wallMs: round(performance.now() - started) };
}
