/**
 * The whole benchmark, in one run on one machine: start (or find) the platform, run the phases in
 * an order where each leaves the next a quiet system, print one table, write the JSON.
 */
import { loadConfig } from '../../config/index.js';
import { loadSecrets } from '../../config/secrets.js';
import { platformDataConverter } from '../../worker/codec.js';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { ROOT_DIR } from '../../config/index.js';
import { type Db, createDb } from '../../prisma/client.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type CalendarBenchResult, runCalendarBench } from '../calendar.js';
import { type BaselineResult, runBaseline } from '../phases/baseline.js';
import { type HeavyHistoryResult, type TypicalHistoryResult, heavyHistory, typicalHistory } from '../phases/history.js';
import { type ClosedLoopResult, type SustainedResult, runClosedLoop, runSustained } from '../phases/lifecycle.js';
import { type OpenCasesResult, runOpenCases, terminateOpenCases } from '../phases/open-cases.js';
import { type PlatformResult, runPlatform } from '../phases/platform.js';
import { ApiClient, Session } from './api-client.js';
import type { BenchContext } from './context.js';
import { heavyItem, typicalItem } from './fixtures.js';
import { type BenchOptions, limitsOf } from './options.js';
import { InReviewWatcher } from './read-model.js';
import { waitForIdle } from './proc.js';
import { type DbWritesPerCase, dbCounters, dbWritesPer } from './db-stats.js';
import { type Comparison, compareRuns, findPreviousRun, formatComparison } from './compare.js';
import { type ProfileSummary, collectProfiles, formatProfiles } from './profile.js';
import { type Row, formatTable, int, mb, ms, perS, verdict } from './report.js';
import { temporalWritesOf } from './temporal-cost.js';
import { TARGETS, cpuSplit as cpu, eventTypes, figuresOf, targetRows } from './targets.js';
import { CUT_OFF, round } from './sampling.js';
import { type Stack, startIsolatedStack, useRunningStack } from './stack.js';

export interface BenchResults {
  benchmark: 'platform';
  startedAt: string;
  finishedAt?: string;
  wallS?: number;
  runId: string;
  machine: { node: string; cpus: number; cpuModel: string; memoryMib: number; platform: string };
  git?: { commit: string; dirty: boolean };
  options: BenchOptions;
  stack?: { kind: Stack['kind']; apiUrl: string; temporalAddress: string; startupMs?: number; startupReportedS?: number; stopMs?: number; stopForced?: boolean };
  calendar?: CalendarBenchResult;
  baseline?: BaselineResult;
  platform?: Omit<PlatformResult, 'caseNos'>;
  lifecycle?: Omit<ClosedLoopResult, 'completedCaseNos' | 'openCaseNos'> & { dbWritesPerCase?: DbWritesPerCase };
  sustained?: Omit<SustainedResult, 'openCaseNos'>;
  history?: { typical?: TypicalHistoryResult; heavy?: HeavyHistoryResult };
  openCases?: Omit<OpenCasesResult, 'caseNos'>;
  cleanup?: { closed: number; failed: number };
  /** The first line of each kind of error the platform logged during the run. */
  platformErrors?: string[];
  /** The start process's last lines, when the platform stopped before the bench was done. */
  stackTail?: string[];
  /** How long the platform took to go quiet before each phase. */
  settling: { before: string; waitedMs: number; settled: boolean }[];
  errors: Record<string, string>;
  table?: Row[];
  /** Every figure as a flat, named number (bench/lib/targets.ts): what the next run compares with. */
  figures?: ReturnType<typeof figuresOf>;
  /** This run against the previous run of the same kind. */
  comparison?: Comparison;
  /** --profile: the folder with the worker's and API's .cpuprofile files, and where their time went. */
  profile?: { dir: string; summaries: ProfileSummary[] };
}

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');

export async function runSuite(opts: BenchOptions): Promise<number> {
  const t0 = performance.now();
  const log = (line: string) => console.log(`[bench +${((performance.now() - t0) / 1000).toFixed(1)}s] ${line}`);
  const startedAt = new Date();
  const runId = `${startedAt.toISOString().replace(/\D/g, '').slice(2, 14)}-${crypto.randomBytes(2).toString('hex')}`;
  const limits = limitsOf(opts);
  const results: BenchResults = {
    benchmark: 'platform',
    startedAt: startedAt.toISOString(),
    runId,
    machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryMib: Math.round(os.totalmem() / 2 ** 20), platform: `${os.platform()} ${os.release()}` },
    ...gitInfo(),
    options: opts,
    settling: [],
    errors: {},
  };
  // The SDK's INFO and WARN lines (worker state changes; "no activities registered" for the
  // baseline's workflow-only worker) would bury the progress lines; and the bench
  // handles Ctrl-C itself, so the SDK must not shut its worker down behind our back.
  Runtime.install({ logger: new DefaultLogger('ERROR'), shutdownSignals: [] });

  log(`${opts.quick ? 'quick' : 'full'} run ${runId}: N=${opts.cases} C=${opts.concurrency} sustained ${opts.rate}/s × ${opts.durationS} s, K=${int(opts.openCases)} open cases, ${opts.useRunning ? 'running services' : `isolated stack, data on ${opts.storage}`}`);

  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    log(`${name}…`);
    try {
      return await fn();
    } catch (e) {
      results.errors[name] = e instanceof Error ? e.message : String(e);
      log(`${name} failed: ${results.errors[name]}`);
      return undefined;
    }
  };

  // CPU-bound and independent of the platform: run it before anything else is running.
  results.calendar = await phase('calendar', async () => runCalendarBench({ quick: opts.quick }));

  let stack: Stack | undefined;
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted: stopping the platform');
    void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  // 'on', not 'once': under tsx a signal with no listener left ends the process before the stop.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // --profile: the isolated stack's Node processes write .cpuprofile files here when they stop.
  const profileDir = opts.profile && !opts.useRunning ? path.join(RESULTS_DIR, `profile-${runId}`) : undefined;
  if (opts.profile && opts.useRunning) log('--profile needs the isolated stack (the running platform was started without --cpu-prof); no profiles this time');
  let profiledPids: { worker?: number; api?: number } = {};
  let db: Db | undefined;
  let connection: Connection | undefined;
  let watcher: InReviewWatcher | undefined;
  const leftOpen: string[] = [];
  try {
    stack = await phase('start-up', () => (opts.useRunning ? useRunningStack() : startIsolatedStack({ timeoutMs: limits.startupMs, storage: opts.storage, log, ...(profileDir ? { profileDir } : {}) })));
    if (!stack) throw new Error('no platform to measure');
    results.stack = { kind: stack.kind, apiUrl: stack.apiUrl, temporalAddress: stack.temporalAddress, ...(stack.startupMs !== undefined ? { startupMs: round(stack.startupMs), startupReportedS: stack.startupReportedS } : {}) };
    if (stack.startupMs !== undefined) log(`platform up after ${round(stack.startupMs / 1000)} s (${stack.apiUrl}, Temporal ${stack.temporalAddress})`);

    db = createDb(stack.databaseUrl, 4);
    connection = await Connection.connect({ address: stack.temporalAddress });
    // The stack's own keys (its DATA_DIR, or the running platform's): payloads are encrypted, actors vouched for.
    const stackConfig = loadConfig({ ...process.env, ...(stack.dataDir ? { DATA_DIR: stack.dataDir } : {}) });
    const dataConverter = platformDataConverter(stackConfig);
    const temporal = new Client({ connection, namespace: stack.namespace, dataConverter });
    const actorKey = loadSecrets(stackConfig).actorKey;
    const api = new ApiClient(stack.apiUrl);
    const [typical, heavy] = await Promise.all([typicalItem(db), heavyItem(db)]);
    const clerk = new Session(api, 'clerk.a01');
    const applicant = new Session(api, 'applicant');
    const reviewer = new Session(api, reviewerUsername(typical.departmentCode));
    const heavyReviewer = reviewer.username === reviewerUsername(heavy.departmentCode) ? reviewer : new Session(api, reviewerUsername(heavy.departmentCode));
    await Promise.all([clerk, applicant, reviewer, heavyReviewer].map((s) => s.token()));
    watcher = new InReviewWatcher(db).start();
    const ctx: BenchContext = { opts, runId, stack, db, temporal, dataConverter, actorKey, api, clerk, applicant, reviewer, heavyReviewer, typical, heavy, watcher, log };
    const workerPid = stack.pids().worker;
    profiledPids = { worker: workerPid, api: stack.pids().api };
    /**
     * Each phase starts on a quiet platform: whatever the previous phase left in flight inside the
     * platform (dispatches, projections of cut-off cases) would otherwise be measured twice.
     */
    const settle = async (before: string) => {
      if (workerPid === undefined) return;
      const idle = await waitForIdle(workerPid, limits.settleMs, { intervalMs: 500, quietSamples: 2 });
      results.settling.push({ before, waitedMs: round(idle.waitedMs), settled: idle.settled });
      if (!idle.settled) log(`  the worker was still busy after ${round(idle.waitedMs / 1000)} s; measuring ${before} anyway`);
    };
    log(`typical item ${typical.code} (${typical.departmentCode}); heavy item ${heavy.code} (${heavy.departmentCode}, ${heavy.procedures.join(' + ')})`);

    await settle('1 raw baseline');
    results.baseline = await phase('1 raw baseline', () => runBaseline(ctx, limits.baselineMs, limits.drainMs));
    await settle('2 platform acceptance');
    const platform = await phase('2 platform acceptance', () => runPlatform(ctx, limits.platformMs, limits.drainMs));
    if (platform) {
      const { caseNos, ...rest } = platform;
      results.platform = rest;
      leftOpen.push(...caseNos);
    }
    await settle('3 lifecycle (closed loop)');
    const dbBefore = await dbCounters(db);
    const lifecycle = await phase('3 lifecycle (closed loop)', () => runClosedLoop(ctx, limits.lifecycleMs, limits.drainMs));
    if (lifecycle) {
      const { completedCaseNos: _ids, openCaseNos, ...rest } = lifecycle;
      results.lifecycle = rest;
      leftOpen.push(...openCaseNos);
    }
    await settle('3 lifecycle (sustained)');
    // After the settle: the projections of the phase's last cases are written by then. Cut-off
    // cases' writes are counted too, as their CPU is; with few cut off the error is small.
    const dbWrites = dbWritesPer(dbBefore, await dbCounters(db), lifecycle?.completed ?? 0);
    if (results.lifecycle && dbWrites) results.lifecycle.dbWritesPerCase = dbWrites;
    const sustained = await phase('3 lifecycle (sustained)', () => runSustained(ctx, limits.drainMs));
    if (sustained) {
      const { openCaseNos, ...rest } = sustained;
      results.sustained = rest;
      leftOpen.push(...openCaseNos);
    }
    results.history = {};
    results.history.typical = await phase('4 history (typical)', () => typicalHistory(ctx, lifecycle?.completedCaseNos ?? []));
    await settle('4 history (heavy)');
    results.history.heavy = await phase('4 history (heavy)', () => heavyHistory(ctx, limits.heavyMs));
    await settle('6 open cases');
    // Stopping the stack takes a few seconds; the open-cases phase must leave them to it.
    const stopReserveMs = 6_000;
    // Quick mode: at least half a minute, or on a loaded machine no open case reaches its timers.
    const openMs = limits.totalBudgetMs === undefined ? limits.openCasesMs : Math.max(30_000, Math.min(limits.openCasesMs, limits.totalBudgetMs - (performance.now() - t0) - limits.idleMs - stopReserveMs));
    const open = await phase('6 open cases', () => runOpenCases(ctx, openMs, limits.idleMs));
    if (open) {
      const { caseNos, ...rest } = open;
      results.openCases = rest;
      leftOpen.push(...caseNos);
    }
    if (stack.kind === 'running' && leftOpen.length > 0) {
      results.cleanup = await phase(`closing the ${int(leftOpen.length)} cases left open`, () => terminateOpenCases(ctx, leftOpen, opts.quick ? 60_000 : 900_000));
    }
  } catch (e) {
    // Set-up outside a phase failed (no platform, sign-in, catalog): the table still says so.
    results.errors.setup = e instanceof Error ? e.message : String(e);
    log(`set-up failed: ${results.errors.setup}`);
  } finally {
    await watcher?.stop();
    await connection?.close().catch(() => undefined);
    await db?.$disconnect().catch(() => undefined);
    if (stack) results.platformErrors = stack.errorLines();
    // A platform that stopped on its own explains itself in its last lines.
    if (stack && !stack.alive()) results.stackTail = stack.tail();
    if (stack && !interrupted) {
      log(stack.kind === 'isolated' ? 'stopping the platform' : 'leaving the running platform running');
      const stopped = await stack.stop();
      if (results.stack) Object.assign(results.stack, { stopMs: round(stopped.stopMs), stopForced: stopped.forced });
      if (profileDir) results.profile = { dir: path.relative(ROOT_DIR, profileDir), summaries: collectProfiles(profileDir, profiledPids) };
    }
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  results.finishedAt = new Date().toISOString();
  results.wallS = round((performance.now() - t0) / 1000);
  results.table = rowsOf(results);
  results.figures = figuresOf(results);
  results.comparison = compareRuns(findPreviousRun(RESULTS_DIR, results), results);
  const where = opts.useRunning ? 'running services' : `isolated stack, data on ${opts.storage}`;
  console.log(`\nOne-window platform benchmark — ${opts.quick ? 'quick' : 'full'} run ${runId} (${where}), ${results.machine.cpus} cores, node ${results.machine.node}, ${results.wallS} s in all\n`);
  console.log(formatTable(results.table));
  for (const [name, message] of Object.entries(results.errors)) console.log(`\n${name} did not complete: ${message}`);
  if (results.platformErrors?.length) console.log(`\nthe platform logged ${results.platformErrors.length} kind(s) of error; see platformErrors in the JSON`);
  console.log(`\n${formatComparison(results.comparison)}`);
  if (results.profile && profileDir) console.log(`\n${formatProfiles(results.profile.summaries, profileDir)}`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `run-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(ROOT_DIR, file)}`);
  return Object.keys(results.errors).length > 0 ? 1 : 0;
}

function gitInfo(): { git?: { commit: string; dirty: boolean } } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().length > 0;
    return { git: { commit, dirty } };
  } catch {
    return {};
  }
}

const lat = (l: { p50: number; p99: number } | undefined) => (l ? `p50 ${ms(l.p50)} · p99 ${ms(l.p99)}` : '—');
/** " · 3 failed · 10 cut off": real failures apart from requests still in flight when their phase ended. */
const errs = (f: { total: number; byKind: Record<string, number> } | undefined) => {
  if (!f) return '';
  const cut = f.byKind[CUT_OFF] ?? 0;
  return `${f.total - cut > 0 ? ` · ${int(f.total - cut)} failed` : ''}${cut > 0 ? ` · ${int(cut)} cut off` : ''}`;
};

/** Turns the results into the table's rows; a phase that did not run shows as such, never as a zero. */
export function rowsOf(r: BenchResults): Row[] {
  const rows: Row[] = targetRows(r);
  const o = r.options;
  const missing = (section: string, measure: string, phase: string) => rows.push({ section, measure, value: r.errors[phase] ? `did not complete (${r.errors[phase]!.slice(0, 60)})` : 'not run' });

  // 1 — raw baseline
  const b = r.baseline;
  if (b) {
    rows.push({ section: '1 raw', measure: `Temporal start, minimal workflow (N=${o.cases}, C=${o.concurrency})`, value: `${perS(b.start.perSecond)} · ${lat(b.start.latencyMs)}${errs(b.start.failures)}` });
    rows.push({ section: '1 raw', measure: 'Temporal start + first query (the API\'s two calls)', value: `${perS(b.startAndQuery.perSecond)} · ${lat(b.startAndQuery.latencyMs)}${errs(b.startAndQuery.failures)}` });
    rows.push({ section: '1 raw', measure: '  CPU per start + query, by process', value: cpu(b.startAndQuery.cpuMsPerOp) });
    const ib = b.intake;
    if (ib) {
      rows.push({ section: '1 raw', measure: 'intake baseline: a case\'s start, one task setting search attributes', value: `${perS(ib.perSecond)} · ${lat(ib.latencyMs)}${errs(ib.failures)} · ${int(ib.attributesSet)} with attributes set after ${(ib.attributesWallMs / 1000).toFixed(1)} s` });
      rows.push({ section: '1 raw', measure: '  CPU per intake baseline workflow, by process', value: cpu(ib.cpuMsPerOp) });
    }
  } else missing('1 raw', 'Temporal start, minimal workflow', '1 raw baseline');

  // 2 — platform acceptance
  const p = r.platform;
  if (p) {
    rows.push({ section: '2 API', measure: `POST /cases window intake (N=${o.cases}, C=${o.concurrency})`, value: `${perS(p.accept.perSecond)} · ${lat(p.accept.latencyMs)}${errs(p.accept.failures)}` });
    if (b) {
      const ratio = p.accept.perSecond / b.start.perSecond;
      if (b.intake) rows.push({ section: '2 API', measure: 'API throughput ÷ intake baseline throughput', value: (p.accept.perSecond / b.intake.perSecond).toFixed(2) });
      rows.push({ section: '2 API', measure: 'API throughput ÷ raw start throughput', value: ratio.toFixed(2) });
      rows.push({ section: '2 API', measure: 'API throughput ÷ raw start + query throughput', value: (p.accept.perSecond / b.startAndQuery.perSecond).toFixed(2) });
    }
    rows.push({
      section: '2 API',
      measure: 'accepted → IN_REVIEW in the read model (end to end)',
      value: `${int(p.endToEnd.reachedReview)}/${int(p.endToEnd.cases)} in ${(p.endToEnd.wallMs / 1000).toFixed(1)} s = ${perS(p.endToEnd.perSecond)} · lag ${lat(p.endToEnd.reviewLagMs)}`,
    });
    rows.push({ section: '2 API', measure: '  CPU per case accepted and IN_REVIEW, by process', value: cpu(p.cpuMsPerCase) });
  } else missing('2 API', 'POST /cases window intake', '2 platform acceptance');

  // 3 — lifecycle
  const l = r.lifecycle;
  if (l) {
    rows.push({ section: '3 lifecycle', measure: `closed loop accept→approve→issue-output (N=${o.cases}, C=${o.concurrency})`, value: `${int(l.completed)}/${int(l.attempted)} completed at ${perS(l.casesPerSecond)}${errs(l.failures)}` });
    rows.push({ section: '3 lifecycle', measure: '  accept (POST /cases)', value: lat(l.latencyMs.accept) });
    rows.push({ section: '3 lifecycle', measure: '  accepted → IN_REVIEW (dispatch, projection)', value: lat(l.latencyMs.toReview) });
    rows.push({ section: '3 lifecycle', measure: '  approve', value: lat(l.latencyMs.approve) });
    rows.push({ section: '3 lifecycle', measure: '  issue-output (WINDOW_PICKUP completes)', value: lat(l.latencyMs.issueOutput) });
    rows.push({ section: '3 lifecycle', measure: '  CPU per completed case, by process', value: cpu(l.cpuMsPerCase) });
    const w = l.dbWritesPerCase;
    if (w) rows.push({ section: '3 lifecycle', measure: '  PostgreSQL writes per completed case', value: `${w.rowsWritten} rows (${w.rowsInserted} inserted · ${w.rowsUpdated} updated · ${w.rowsDeleted} deleted) · WAL ${w.walKib} KiB · size +${w.sizeKib} KiB` });
  } else missing('3 lifecycle', 'closed loop', '3 lifecycle (closed loop)');
  const s = r.sustained;
  if (s) {
    rows.push({
      section: '3 sustained',
      measure: `offered ${s.offeredRate} cases/s for ${s.durationS} s`,
      value: `achieved ${perS(s.achievedCasesPerSecond)} (${int(s.completed)}/${int(s.offered)} completed, ${int(s.dropped)} dropped${s.unfinished ? `, ${int(s.unfinished)} unfinished at the cut-off` : ''})${errs(s.failures)}`,
      target: `${s.offeredRate}/s`,
      result: verdict(s.achievedCasesPerSecond >= 0.95 * s.offeredRate && s.dropped === 0 && s.failures.total === 0 && s.unfinished === 0),
    });
    for (const [name, key] of [['accept', 'accept'], ['approve', 'approve'], ['issue-output', 'issueOutput']] as const) {
      const x = s.latencyMs[key];
      rows.push({ section: '3 sustained', measure: `  staff action: ${name}`, value: lat(x), target: `p99 ≤ ${TARGETS.staffActionP99Ms} ms`, result: x.count ? verdict(x.p99 <= TARGETS.staffActionP99Ms) : 'n/a' });
    }
    rows.push({ section: '3 sustained', measure: '  accepted → IN_REVIEW', value: lat(s.latencyMs.toReview) });
    rows.push({
      section: '3 sustained',
      measure: '  backlog (arrived, not yet IN_REVIEW)',
      value: `${s.backlog.first} → ${s.backlog.last} (max ${s.backlog.max}, slope ${s.backlog.slopePerS}/s); at the end ${s.backlog.samples.at(-1)?.awaitingAnswer ?? 0} awaiting the API's answer, ${s.backlog.samples.at(-1)?.acceptedNotInReview ?? 0} accepted`,
      target: 'flat',
      result: verdict(s.backlog.flat),
    });
  } else missing('3 sustained', 'sustained rate', '3 lifecycle (sustained)');

  // 4 — history
  const ht = r.history?.typical;
  if (ht && ht.measured > 0) {
    const median = ht.cases.find((c) => c.events === ht.median) ?? ht.cases[0];
    const kib = (b: number | undefined) => (b === undefined ? '' : `, ${(b / 1024).toFixed(1)} KiB`);
    rows.push({ section: '4 history', measure: `typical completed case (median of ${ht.measured})`, value: `${ht.median} events (max ${ht.max})${kib(median?.bytes)}` });
    rows.push({ section: '4 history', measure: '  its event types', value: eventTypes(median?.byType, 8) });
    if (median) {
      const t = temporalWritesOf(median.byType);
      rows.push({ section: '4 history', measure: '  its Temporal persistence, estimated (docs/operations.md)', value: `${t.shardTransactions} shard transactions · ${t.tasks} queue tasks · ${t.visibilityWrites} visibility writes ≈ ${t.sqlStatements} SQL statements` });
    }
  } else missing('4 history', 'typical completed case', '4 history (typical)');
  const hh = r.history?.heavy;
  if (hh) rows.push({ section: '4 history', measure: 'heavy: correction, 3 pauses, 2 special procedures', value: `${hh.events} events (${hh.status.toLowerCase()}, ${hh.runs} run${hh.runs > 1 ? 's' : ''}${hh.bytes !== undefined ? `, ${(hh.bytes / 1024).toFixed(1)} KiB` : ''})` });
  else missing('4 history', 'heavy case', '4 history (heavy)');

  // 5 — start-up
  if (r.stack?.startupMs !== undefined) {
    rows.push({ section: '5 start-up', measure: 'npm start to ready (fresh DATA_DIR: initdb, migrate, seed)', value: `${(r.stack.startupMs / 1000).toFixed(1)} s (start script says ${r.stack.startupReportedS} s)` });
  } else rows.push({ section: '5 start-up', measure: 'npm start to ready', value: r.stack?.kind === 'running' ? 'not measured (--use-running)' : 'not run' });

  // 6 — memory
  if (s) {
    rows.push({ section: '6 memory', measure: `worker peak RSS during the sustained phase`, value: s.memory.worker ? `${mb(s.memory.worker.peakRssMib)} (VmHWM since start ${mb(s.memory.worker.hwmMib)})` : 'worker process not found' });
    rows.push({ section: '6 memory', measure: 'API peak RSS during the sustained phase', value: s.memory.api ? `${mb(s.memory.api.peakRssMib)} (VmHWM since start ${mb(s.memory.api.hwmMib)})` : 'API process not found' });
    if (s.memory.temporal) rows.push({ section: '6 memory', measure: 'Temporal dev server peak RSS, same phase', value: mb(s.memory.temporal.peakRssMib) });
  }
  const oc = r.openCases;
  if (oc) {
    const after = oc.worker?.after?.rssMib;
    const what = oc.inReview >= oc.started ? `${int(oc.inReview)} open cases on timers` : `${int(oc.started)} started cases, ${int(oc.inReview)} of them on timers`;
    rows.push({
      section: '6 memory',
      measure: `worker RSS with ${what}${oc.idle.settled ? '' : ' (worker not yet idle)'}`,
      value: oc.worker ? `${mb(after)} (${mb(oc.worker.before?.rssMib)} before, ${oc.worker.perOpenCaseKb ?? '—'} KiB per case; VmHWM ${mb(oc.worker.after?.hwmMib)})` : 'worker process not found',
    });
    if (oc.inReview < oc.requested) rows.push({ section: '6 memory', measure: '  open cases that reached review in time', value: `${int(oc.inReview)}/${int(oc.requested)} (started ${int(oc.started)})` });
    rows.push({ section: '6 memory', measure: '  open cases created (direct starts) → in review', value: `${perS(oc.startsPerSecond)} starts; ${int(oc.inReview)} in review after ${(oc.settleWallMs / 1000).toFixed(1)} s` });
    rows.push({ section: '6 memory', measure: '  CPU per open case in review, by process', value: cpu(oc.cpuMsPerCase) });
    if (oc.temporal?.after) rows.push({ section: '6 memory', measure: '  Temporal dev server RSS with them', value: mb(oc.temporal.after.rssMib) });
  } else missing('6 memory', 'worker RSS with open cases', '6 open cases');

  // 7 — calendar
  for (const c of r.calendar?.cases ?? []) {
    rows.push({ section: '7 calendar', measure: `${c.operation}, ${c.workload}`, value: `${int(c.fastOpsPerSec)} ops/s (${c.speedup}× day-by-day)` });
  }
  if (!r.calendar) missing('7 calendar', 'working-day arithmetic', 'calendar');
  return rows;
}
