/**
 * The figures a run is judged and compared by. `TARGETS_ISSUE_18` are the targets of issue 18 (a
 * case at a third of today's cost), each with the figure the issue started from; `figuresOf`
 * flattens a run's results into named numbers, so that two runs' JSON files — this run's and the
 * previous one's — can be compared figure by figure (bench/lib/compare.ts). Both read only the
 * results' structure, so older JSON files, written before a field existed, still compare.
 */
import type { BenchResults } from './suite.js';
import { type Row, int, ms, perS, verdict } from './report.js';
import { temporalWritesOf } from './temporal-cost.js';

/** Issue 18's targets, reported against, never tuned to. */
export const TARGETS = {
  cpuMsPerCase: 70,
  typicalHistoryEvents: 25,
  closedLoopCasesPerS: 20,
  sustainedRate: 15,
  sustainedS: 60,
  staffActionP99Ms: 300,
  toReviewP99Ms: 500,
  apiToIntakeBaseline: 0.8,
  workerKibPerOpenCase: 150,
  workerMibAt10k: 1024,
  openCasesAt: 10_000,
  calendarSpeedup: 5,
} as const;

export const CPU_ORDER = ['worker', 'temporal', 'api', 'postgres', 'start+simulator', 'bench'] as const;
export const CPU_NAMES: Record<string, string> = { worker: 'worker', api: 'API', temporal: 'Temporal', postgres: 'PostgreSQL', 'start+simulator': 'simulator', bench: 'bench' };

export const cpuTotal = (c: Record<string, number> | undefined) => (c && Object.keys(c).length ? Object.values(c).reduce((a, b) => a + b, 0) : undefined);

/** "worker 41 · Temporal 30 · … = 97 ms": where the machine's CPU went per case (parts under 0.5 ms left out). */
export function cpuSplit(c: Record<string, number> | undefined): string {
  const total = cpuTotal(c);
  if (total === undefined || !c) return '—';
  const parts = CPU_ORDER.filter((k) => (c[k] ?? 0) >= 0.5).map((k) => `${CPU_NAMES[k]} ${Math.round(c[k]!)}`);
  return `${parts.join(' · ')} = ${Math.round(total)} ms`;
}

/** The addWorkingDays workload of everyday limits (1–60 working days), the one the target names. */
export function calendarTargetCase(r: Pick<BenchResults, 'calendar'>) {
  const add = (r.calendar?.cases ?? []).filter((c) => c.operation === 'addWorkingDays');
  return add.find((c) => /1–60\b/.test(c.workload)) ?? add[0];
}

/** "WorkflowTaskScheduled 12 · ActivityTaskScheduled 6 · …": the biggest event types of one history. */
export function eventTypes(byType: Record<string, number> | undefined, top = 6): string {
  if (!byType) return '—';
  const pretty = (t: string) => t.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
  const sorted = Object.entries(byType).sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, top).map(([t, n]) => `${pretty(t)} ${n}`);
  const rest = sorted.slice(top).reduce((a, [, n]) => a + n, 0);
  return `${shown.join(' · ')}${rest ? ` · others ${rest}` : ''}`;
}

/** One row per target of issue 18: this run's figure, the target (and where the issue started), met or not. */
export function targetRows(r: BenchResults): Row[] {
  const section = '0 targets';
  const rows: Row[] = [];
  const add = (measure: string, value: string | undefined, target: string, ok: boolean | undefined) =>
    rows.push({ section, measure, value: value ?? 'not measured', target, result: value === undefined ? 'n/a' : verdict(ok) });
  const o = r.options;
  const l = r.lifecycle;

  const cpu = cpuTotal(l?.cpuMsPerCase);
  add('CPU per completed case, all processes', cpu === undefined ? undefined : cpuSplit(l?.cpuMsPerCase), `≤ ${TARGETS.cpuMsPerCase} ms (was 172)`, cpu !== undefined && cpu <= TARGETS.cpuMsPerCase);

  const ht = r.history?.typical;
  add('history events, typical case (accept → approve → output)', ht?.measured ? `${ht.median} events (median of ${ht.measured}, max ${ht.max})` : undefined, `≤ ${TARGETS.typicalHistoryEvents} (was 48)`, ht ? ht.median <= TARGETS.typicalHistoryEvents : undefined);

  add(`closed-loop full cases/s (C=${o.concurrency})`, l ? `${perS(l.casesPerSecond)} (${int(l.completed)}/${int(l.attempted)})` : undefined, `≥ ${TARGETS.closedLoopCasesPerS} (was 9.4)`, l ? l.casesPerSecond >= TARGETS.closedLoopCasesPerS : undefined);

  const s = r.sustained;
  if (s) {
    const p99s = [s.latencyMs.accept, s.latencyMs.approve, s.latencyMs.issueOutput].map((x) => (x.count ? x.p99 : Number.POSITIVE_INFINITY));
    const worst = Math.max(...p99s);
    const short = s.offeredRate < TARGETS.sustainedRate || s.durationS < TARGETS.sustainedS;
    add(
      `sustained ${s.offeredRate} cases/s offered for ${s.durationS} s${short ? ` (target's load: ${TARGETS.sustainedRate}/s × ${TARGETS.sustainedS} s)` : ''}`,
      `backlog ${s.backlog.flat ? 'flat' : 'growing'} (slope ${s.backlog.slopePerS}/s, ${int(s.dropped)} dropped) · worst action p99 ${ms(worst)}`,
      `flat, p99 ≤ ${TARGETS.staffActionP99Ms} ms`,
      s.offeredRate >= TARGETS.sustainedRate && s.backlog.flat && s.dropped === 0 && s.unfinished === 0 && worst <= TARGETS.staffActionP99Ms,
    );
  } else add(`sustained ${TARGETS.sustainedRate} cases/s offered for ${TARGETS.sustainedS} s`, undefined, `flat, p99 ≤ ${TARGETS.staffActionP99Ms} ms`, undefined);

  const toReview = l?.latencyMs.toReview;
  add(`accepted → IN_REVIEW in the read model, p99 at C=${o.concurrency}`, toReview?.count ? ms(toReview.p99) : undefined, `≤ ${TARGETS.toReviewP99Ms} ms (was 3.9 s)`, toReview ? toReview.p99 <= TARGETS.toReviewP99Ms : undefined);

  const ratio = apiToIntakeBaseline(r);
  add('API intake ÷ intake baseline (start, one workflow task, search attributes)', ratio === undefined ? undefined : `${ratio.toFixed(2)} (${perS(r.platform?.accept.perSecond)} ÷ ${perS(r.baseline?.intake?.perSecond)})`, `≥ ${TARGETS.apiToIntakeBaseline}`, ratio === undefined ? undefined : ratio >= TARGETS.apiToIntakeBaseline);

  const oc = r.openCases;
  const perCase = oc?.worker?.perOpenCaseKb;
  const after = oc?.worker?.after?.rssMib;
  const full = oc ? oc.inReview >= TARGETS.openCasesAt : false;
  // Judged only when every started case reached its timers: a case still on its way holds less.
  const settled = oc !== undefined && oc.started > 0 && oc.inReview >= oc.started;
  add(
    'worker memory per open case on a timer',
    perCase === undefined || !oc
      ? undefined
      : `${perCase} KiB per case (${settled ? `${int(oc.inReview)} on timers` : `${int(oc.started)} started, only ${int(oc.inReview)} on timers`}: ${Math.round(after ?? Number.NaN)} MiB${full ? '' : `; ${int(TARGETS.openCasesAt)} not measured`})`,
    `≤ ${TARGETS.workerKibPerOpenCase} KiB, ${int(TARGETS.openCasesAt)} < 1 GiB (was ~450 KiB)`,
    !settled || perCase === undefined ? undefined : perCase <= TARGETS.workerKibPerOpenCase && (!full || (after ?? Number.POSITIVE_INFINITY) < TARGETS.workerMibAt10k),
  );

  const cal = calendarTargetCase(r);
  add('calendar addWorkingDays, limits 1–60 wd ÷ day-by-day loop', cal ? `${cal.speedup}×` : undefined, `≥ ${TARGETS.calendarSpeedup}× (was 0.5×)`, cal ? cal.speedup >= TARGETS.calendarSpeedup : undefined);
  return rows;
}

export function apiToIntakeBaseline(r: Pick<BenchResults, 'platform' | 'baseline'>): number | undefined {
  const api = r.platform?.accept.perSecond;
  const base = r.baseline?.intake?.perSecond;
  return api === undefined || !base ? undefined : api / base;
}

export interface Figure {
  value: number;
  unit: string;
  /** Which way is an improvement. */
  better: 'higher' | 'lower';
}

/** Every figure of a run as a flat, named number: what two runs are compared by. */
export function figuresOf(r: BenchResults): Record<string, Figure> {
  const out: Record<string, Figure> = {};
  const put = (name: string, value: number | undefined, unit: string, better: Figure['better']) => {
    if (value !== undefined && Number.isFinite(value)) out[name] = { value: Math.round(value * 100) / 100, unit, better };
  };
  const cpu = (prefix: string, c: Record<string, number> | undefined) => {
    put(`${prefix} CPU per case, all processes`, cpuTotal(c), 'ms', 'lower');
    for (const k of CPU_ORDER) put(`${prefix} CPU per case, ${CPU_NAMES[k]}`, c?.[k], 'ms', 'lower');
  };
  const b = r.baseline;
  put('raw start', b?.start.perSecond, '/s', 'higher');
  put('raw start + query', b?.startAndQuery.perSecond, '/s', 'higher');
  put('intake baseline', b?.intake?.perSecond, '/s', 'higher');
  put('intake baseline CPU per start, all processes', cpuTotal(b?.intake?.cpuMsPerOp), 'ms', 'lower');
  const p = r.platform;
  put('API intake', p?.accept.perSecond, '/s', 'higher');
  put('API intake p99', p?.accept.latencyMs.p99, 'ms', 'lower');
  put('API intake ÷ intake baseline', apiToIntakeBaseline(r), '×', 'higher');
  put('API intake ÷ raw start', p && b ? p.accept.perSecond / b.start.perSecond : undefined, '×', 'higher');
  put('intake → IN_REVIEW lag p99 (phase 2)', p?.endToEnd.reviewLagMs.p99, 'ms', 'lower');
  cpu('intake to IN_REVIEW:', p?.cpuMsPerCase);
  const l = r.lifecycle;
  put('closed-loop cases/s', l?.casesPerSecond, '/s', 'higher');
  for (const k of ['accept', 'toReview', 'approve', 'issueOutput'] as const) put(`closed loop ${k} p99`, l?.latencyMs[k].p99, 'ms', 'lower');
  cpu('completed case:', l?.cpuMsPerCase);
  put('completed case: PostgreSQL rows written', l?.dbWritesPerCase?.rowsWritten, 'rows', 'lower');
  put('completed case: PostgreSQL WAL', l?.dbWritesPerCase?.walKib, 'KiB', 'lower');
  const s = r.sustained;
  put('sustained achieved', s?.achievedCasesPerSecond, '/s', 'higher');
  put('sustained backlog slope', s?.backlog.slopePerS, '/s', 'lower');
  for (const k of ['accept', 'approve', 'issueOutput'] as const) put(`sustained ${k} p99`, s?.latencyMs[k].p99, 'ms', 'lower');
  put('history, typical case (median)', r.history?.typical?.median, 'events', 'lower');
  put('history, heavy case', r.history?.heavy?.events, 'events', 'lower');
  const typical = r.history?.typical?.cases.find((c) => c.events === r.history?.typical?.median);
  put('typical case: Temporal SQL statements (estimate)', typical ? temporalWritesOf(typical.byType).sqlStatements : undefined, '', 'lower');
  put('start-up', r.stack?.startupMs === undefined ? undefined : r.stack.startupMs / 1000, 's', 'lower');
  put('worker peak RSS, sustained', s?.memory.worker?.peakRssMib, 'MiB', 'lower');
  put('worker memory per open case', r.openCases?.worker?.perOpenCaseKb, 'KiB', 'lower');
  put('open case CPU, all processes', cpuTotal(r.openCases?.cpuMsPerCase), 'ms', 'lower');
  put('calendar addWorkingDays 1–60 speed-up', calendarTargetCase(r)?.speedup, '×', 'higher');
  return out;
}
