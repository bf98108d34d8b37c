/**
 * `npm run chaos`: the fault suite. Starts a platform of its own (a topology, see topology.ts),
 * streams cases through their whole life — window intake accepted at once, the department's
 * approval, output by post, confirmed delivery — as a client that retries every step with the same
 * Idempotency-Key, while it injects faults one after another: kill -9 of the worker and of the API
 * (with requests in flight), a restart of the Temporal dev server, PostgreSQL stopped and started,
 * department systems down. Then it checks every case the client created (chaos/verify.ts), prints
 * the table and exits 1 on any lost, duplicated, diverged, orphaned, stuck or unapplied case.
 *
 *   npm run chaos                       # 50 faults, at most 15 minutes of faults
 *   npm run chaos -- --quick            # one fault of each kind, a smoke run
 *   npm run chaos -- --faults 80 --duration 1200 --concurrency 8 --seed 7 --json out.json
 *
 * Traffic goes to 127.0.0.1 only.
 */
import fs from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../config/index.js';
import { createDb } from '../prisma/client.js';
import { DEMO_PASSWORD, reviewerUsername } from '../prisma/seed/users.js';
import { typicalItem } from '../bench/lib/fixtures.js';
import { platformDataConverter } from '../worker/codec.js';
import { caseStateQuery } from '../workflows/messages.js';
import { AttachedTopology, TOPOLOGIES, type Topology, type TopologyInfo, type TopologyProcess } from './topology.js';
import { type ClientCase, type Fault, type Observed, type ObservedWorkflow, type Step, formatTable, table, verify } from './verify.js';
import { apiRequest } from '../scripts/api-request.js';

// ── options

interface Options {
  faults: number;
  durationS: number;
  concurrency: number;
  seed: number;
  quick: boolean;
  json?: string;
  drainS: number;
  stepDeadlineS: number;
  topology: string;
  controlUrl?: string;
  /** Only the fault kinds whose name contains this (for chasing one defect). */
  only?: string;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { faults: 50, durationS: 900, concurrency: 6, seed: Date.now() % 100_000, quick: false, drainS: 180, stepDeadlineS: 240, topology: 'npm-start' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = (name: string) => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} needs a positive number`);
      return v;
    };
    if (a === '--quick') Object.assign(o, { quick: true, faults: 5, durationS: 180, concurrency: 4, drainS: 120 });
    else if (a === '--faults') o.faults = Math.floor(num(a));
    else if (a === '--duration') o.durationS = num(a);
    else if (a === '--concurrency') o.concurrency = Math.floor(num(a));
    else if (a === '--seed') o.seed = Math.floor(num(a));
    else if (a === '--drain') o.drainS = num(a);
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--topology') o.topology = argv[++i] ?? '';
    else if (a === '--only') o.only = argv[++i];
    else if (a === '--control-url') o.controlUrl = argv[++i];
    else if (a === '--help' || a === '-h') {
      console.log(`npm run chaos -- [--quick] [--faults N] [--duration SECONDS] [--concurrency N] [--seed N] [--drain SECONDS] [--json FILE] [--only KIND] [--topology ${Object.keys(TOPOLOGIES).join('|')} | --control-url URL]`);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return o;
}

const opts = parseOptions(process.argv.slice(2));
const t0 = Date.now();
const log = (msg: string) => console.log(`[chaos +${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${msg}`);
let rng = opts.seed;
const random = () => ((rng = (rng * 1103515245 + 12345) % 2147483648) / 2147483648);
const between = (lo: number, hi: number) => lo + random() * (hi - lo);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ── the client: every step retried with its Idempotency-Key until acknowledged

/** What the client sent under each Idempotency-Key, to send it again at the end (the key probe). */
interface SentStep {
  c: ClientCase;
  step: Step;
  username: string;
  method: string;
  path: string;
  body: unknown;
  expect: number;
}

class Api {
  inFlight = 0;
  serverErrors = 0;
  /** Approvals refused because a read had run ahead of the workflow (see lifecycle). */
  readAhead = 0;
  readonly errors: { at: number; detail: string }[] = [];
  readonly sent = new Map<string, SentStep>();
  private tokens = new Map<string, string>();

  constructor(private urls: string[]) {}

  setUrls(urls: string[]) {
    this.urls = urls;
  }

  private pick(): string {
    return this.urls[Math.floor(random() * this.urls.length)]!;
  }

  async raw(method: string, path: string, opts: { token?: string; body?: unknown; key?: string; timeoutMs?: number } = {}): Promise<{ status: number; body: any; retryAfter?: number }> {
    this.inFlight += 1;
    try {
      return await apiRequest(`${this.pick()}${path}`, method, opts);
    } finally {
      this.inFlight -= 1;
    }
  }

  async token(username: string, fresh = false): Promise<string> {
    if (!fresh && this.tokens.has(username)) return this.tokens.get(username)!;
    for (;;) {
      const r = await this.raw('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD } }).catch(() => undefined);
      if (r?.status === 200) {
        this.tokens.set(username, r.body.token as string);
        return r.body.token as string;
      }
      await sleep(1_000);
    }
  }

  /**
   * One step, retried until the platform acknowledges it or refuses it for good (a 4xx other than
   * "in progress"), or its deadline passes. Network errors, 5xx, 429 and idempotency.in_progress are retried.
   */
  async step(c: ClientCase, step: Step, username: string, method: string, path: string, body: unknown, deadlineMs: number, stop: () => boolean, expect = 200, click = 1): Promise<any> {
    // A new click is a new key (a refusal is the answer its key keeps); retries of one click share it.
    const key = click === 1 ? `${c.id}-${step}` : `${c.id}-${step}-${click}`;
    this.sent.set(key, { c, step, username, method, path, body, expect });
    c.tried[step] ??= Date.now();
    const until = Date.now() + deadlineMs;
    let last = 'no answer';
    for (let attempt = 0; Date.now() < until && !stop(); attempt++) {
      const r = await this.raw(method, path, { token: await this.token(username), body, key }).catch((e: Error) => ({ status: 0, body: { detail: e.message }, retryAfter: undefined }));
      if (r.status === expect) {
        c.acked[step] = Date.now();
        return r.body;
      }
      last = `${r.status} ${r.body?.rule ?? ''} ${String(r.body?.detail ?? '').slice(0, 160)}`.trim();
      if (r.status === 401) {
        await this.token(username, true);
        continue;
      }
      if (r.status === 500) {
        c.serverErrors += 1;
        this.serverErrors += 1;
        this.errors.push({ at: Date.now(), detail: `${c.id} ${step} ${method} ${path}: ${String(r.body?.detail ?? '').slice(0, 200)}` });
      }
      const retryable = r.status === 0 || r.status >= 500 || r.status === 429 || (r.status === 409 && r.body?.rule === 'idempotency.in_progress');
      if (!retryable) break;
      await sleep(Math.min((r.retryAfter ?? 0) * 1000 || 300 * 2 ** Math.min(attempt, 3), 3_000) * between(0.5, 1));
    }
    c.gaveUp = { step, lastAnswer: last };
    throw new Error(`${c.id} ${step}: ${last}`);
  }
}

// ── faults

interface FaultKind {
  kind: string;
  applies(info: TopologyInfo): boolean;
  /** Injects the fault; resolves when the disturbance is over (the part killed, or the outage ended). */
  inject(t: Topology, info: TopologyInfo, api: Api): Promise<string>;
}

const ofRole = (info: TopologyInfo, role: TopologyProcess['role']) => info.processes.filter((p) => p.role === role);
const anyOf = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;

/** kill -9 of one process of the role, chosen at random. */
const killOneOf = (kind: string, role: TopologyProcess['role']): FaultKind => ({
  kind,
  applies: (i) => ofRole(i, role).length > 0,
  inject: async (t, i) => {
    const p = anyOf(ofRole(i, role));
    await t.kill(p.name);
    return p.name;
  },
});

const FAULT_KINDS: FaultKind[] = [
  killOneOf('kill -9 worker', 'worker'),
  {
    kind: 'kill -9 API mid-request',
    applies: (i) => ofRole(i, 'api').length > 0,
    inject: async (t, i, api) => {
      const p = anyOf(ofRole(i, 'api'));
      // In the middle of requests: wait (briefly) until some are in flight.
      for (let k = 0; k < 40 && api.inFlight < 2; k++) await sleep(50);
      const cut = api.inFlight;
      await t.kill(p.name);
      return `${p.name}, ${cut} requests in flight`;
    },
  },
  {
    kind: 'restart Temporal',
    applies: (i) => ofRole(i, 'temporal').length > 0,
    inject: async (t, i) => {
      const p = anyOf(ofRole(i, 'temporal'));
      await t.down(p.name);
      await sleep(between(1_000, 3_000));
      await t.up(p.name);
      return p.name;
    },
  },
  killOneOf('kill -9 Temporal history', 'temporal-history'),
  {
    kind: 'PostgreSQL stop/start',
    applies: (i) => ofRole(i, 'postgres').length > 0,
    inject: async (t, i) => {
      const p = anyOf(ofRole(i, 'postgres'));
      await t.down(p.name);
      const ms = between(3_000, 8_000);
      await sleep(ms);
      await t.up(p.name);
      return `${p.name} down ${(ms / 1000).toFixed(1)} s`;
    },
  },
  {
    kind: 'department systems down',
    applies: (i) => ofRole(i, 'simulator').length > 0,
    inject: async (t, i) => {
      const p = anyOf(ofRole(i, 'simulator'));
      await t.down(p.name);
      const ms = between(4_000, 10_000);
      await sleep(ms);
      await t.up(p.name);
      return `down ${(ms / 1000).toFixed(1)} s`;
    },
  },
];

/** Until every API answers ready (PostgreSQL, Temporal, a polling worker) and a case read goes through. */
async function waitWhole(api: Api, urls: string[], probeCaseNo: string | undefined, clerk: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ready = await Promise.all(urls.map((u) => fetch(`${u}/readyz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false)));
    if (ready.every(Boolean)) {
      if (!probeCaseNo) return true;
      const r = await api.raw('GET', `/api/v1/cases/${probeCaseNo}`, { token: clerk, timeoutMs: 5_000 }).catch(() => undefined);
      if (r?.status === 200) return true;
    }
    await sleep(250);
  }
  return false;
}

// ── the run

async function main() {
  log(`seed ${opts.seed}; ${opts.faults} faults within ${opts.durationS} s; ${opts.concurrency} clients`);
  const make = TOPOLOGIES[opts.topology];
  if (!opts.controlUrl && !make) throw new Error(`unknown topology ${opts.topology}; known: ${Object.keys(TOPOLOGIES).join(', ')}`);
  const topology: Topology = opts.controlUrl ? new AttachedTopology(opts.controlUrl) : make!({ log });
  let info = await topology.launch();
  log(`platform up (${info.kind}): API ${info.apiUrls.join(', ')}; processes ${info.processes.map((p) => `${p.name}(${p.role})`).join(', ')}`);
  let exitCode = 1;
  try {
    exitCode = await run(topology, info);
  } catch (e) {
    console.error(`chaos run failed: ${(e as Error).stack ?? e}`);
    console.error(topology.tail().slice(-30).join('\n'));
  } finally {
    info = await topology.describe().catch(() => info);
    log('stopping the platform');
    await topology.shutdown();
  }
  process.exit(exitCode);
}

async function run(topology: Topology, info: TopologyInfo): Promise<number> {
  const ownerDb = createDb(info.databaseUrl, 2);
  const item = await typicalItem(ownerDb);
  const reviewer = reviewerUsername(item.departmentCode);
  const api = new Api(info.apiUrls);
  await api.token('clerk.a01');
  await api.token(reviewer);
  const runId = `chaos${opts.seed}`;
  const cases: ClientCase[] = [];
  let stopNew = false;
  let hardStop = false;
  let lastCaseNo: string | undefined;
  const stepDeadline = opts.stepDeadlineS * 1000;

  const lifecycle = async (c: ClientCase) => {
    const stop = () => hardStop;
    const created = await api.step(c, 'intake', 'clerk.a01', 'POST', '/api/v1/cases', { itemCode: item.code, applicant: { name: c.id }, submittedMaterials: item.requiredMaterials }, stepDeadline, stop, 201);
    c.caseNo = created.case.caseNo as string;
    lastCaseNo = c.caseNo;
    // The department sees the case once the workflow delivered it to the department's system.
    const until = Date.now() + stepDeadline;
    for (let click = 1; ; click++) {
      for (;;) {
        const r = await api.raw('GET', `/api/v1/cases/${c.caseNo}`, { token: await api.token(reviewer) }).catch(() => undefined);
        if (r?.status === 200 && r.body.status === 'IN_REVIEW') break;
        if (r?.status === 401) await api.token(reviewer, true);
        if (Date.now() > until || hardStop) {
          c.gaveUp = { step: 'approve', lastAnswer: `never IN_REVIEW (last ${r?.status} ${r?.body?.status ?? ''})` };
          throw new Error(`${c.id} never reached IN_REVIEW`);
        }
        await sleep(500);
      }
      try {
        await api.step(c, 'approve', reviewer, 'POST', `/api/v1/cases/${c.caseNo}/approve`, { opinion: '准予（故障演练）' }, Math.max(1, until - Date.now()), stop, 200, click);
        break;
      } catch (e) {
        // A case read answers from the read model, which can run ahead of the workflow: a workflow
        // task that projected the delivery was lost with the database, and its re-run found the
        // department down, so the hand-over is still under way. The workflow refuses the
        // approval naming that status; a reviewer waits for the case to reach the desk and tries
        // again, and so does this client (the run counts how often).
        if (!/^409 approve\.status .*TRANSFERRING/.test(c.gaveUp?.lastAnswer ?? '') || Date.now() > until || hardStop) throw e;
        c.gaveUp = undefined;
        api.readAhead += 1;
        log(`  client: ${c.id} approve refused while the hand-over is under way (the read it acted on ran ahead of the workflow); waiting for IN_REVIEW again`);
        await sleep(1_000);
      }
    }
    await api.step(c, 'issueOutput', 'clerk.a01', 'POST', `/api/v1/cases/${c.caseNo}/issue-output`, { method: 'POST', trackingNo: `EMS${c.id.replace(/\D/g, '').slice(-10)}` }, stepDeadline, stop);
    await api.step(c, 'confirmDelivery', 'clerk.a01', 'POST', `/api/v1/cases/${c.caseNo}/confirm-delivery`, { note: '已签收' }, stepDeadline, stop);
  };

  let next = 0;
  const clients = Array.from({ length: opts.concurrency }, async () => {
    while (!stopNew) {
      const c: ClientCase = { id: `${runId}-${String(next++).padStart(5, '0')}`, tried: {}, acked: {}, serverErrors: 0 };
      cases.push(c);
      await lifecycle(c).catch((e: Error) => log(`  client: ${e.message}`));
    }
  });

  // Warm-up: traffic flows before the first fault.
  await sleep(opts.quick ? 5_000 : 10_000);
  const faults: (Fault & { detail: string; recovered: boolean })[] = [];
  const kinds = FAULT_KINDS.filter((k) => k.applies(info) && (!opts.only || k.kind.toLowerCase().includes(opts.only.toLowerCase())));
  if (kinds.length === 0) throw new Error(`no fault kind applies${opts.only ? ` matching "${opts.only}"` : ''}`);
  log(`fault kinds: ${kinds.map((k) => k.kind).join(', ')}`);
  const deadline = t0 + opts.durationS * 1000;
  let order: FaultKind[] = [];
  while (faults.length < opts.faults && Date.now() < deadline) {
    if (order.length === 0) order = [...kinds].sort(() => random() - 0.5);
    const kind = order.pop()!;
    info = await topology.describe();
    const at = Date.now();
    let detail: string;
    try {
      detail = await kind.inject(topology, info, api);
    } catch (e) {
      log(`  could not inject ${kind.kind}: ${(e as Error).message}`);
      await sleep(2_000);
      continue;
    }
    const over = Date.now();
    const whole = await waitWhole(api, info.apiUrls, lastCaseNo, await api.token('clerk.a01'), 120_000);
    const recoveryMs = Date.now() - over;
    faults.push({ kind: kind.kind, at, detail, recovered: whole, ...(whole ? { recoveryMs } : {}) });
    log(`fault ${String(faults.length).padStart(2)} ${kind.kind} (${detail}): ${whole ? `whole again ${(recoveryMs / 1000).toFixed(1)} s later` : 'NOT whole after 120 s'}; ${cases.length} cases so far`);
    await sleep(between(1_500, 4_000));
  }

  log(`faults done (${faults.length}); no new cases, draining the ones in flight (at most ${opts.drainS} s)`);
  stopNew = true;
  const drained = await Promise.race([Promise.all(clients).then(() => true), sleep(opts.drainS * 1000).then(() => false)]);
  if (!drained) {
    hardStop = true;
    await Promise.race([Promise.all(clients), sleep(35_000)]);
  }

  // ── the key probe: a key left in progress must not be stuck — the same request with the same
  // key gets the original outcome (a process that died after answering leaves its key so).
  const ownerDbKeys = await ownerDb.idempotencyRecord.findMany({ where: { state: 'IN_PROGRESS' }, select: { key: true, owner: true, leaseUntil: true, createdAt: true } });
  const stuckKeys: Observed['stuckKeys'] = [];
  let recoveredKeys = 0;
  for (const r of ownerDbKeys) {
    const sent = api.sent.get(r.key);
    log(`  key in progress: ${r.key} (owner ${r.owner}, lease until ${r.leaseUntil?.toISOString()}, claimed ${r.createdAt.toISOString()}): sending it again`);
    const probe: ClientCase = { id: sent?.c.id ?? r.key, tried: {}, acked: {}, serverErrors: 0 };
    const answer = sent ? await api.step(probe, sent.step, sent.username, sent.method, sent.path, sent.body, 60_000, () => false, sent.expect).catch(() => undefined) : undefined;
    const sameCase = !sent || sent.step !== 'intake' || answer?.case?.caseNo === sent.c.caseNo;
    if (answer && sameCase) recoveredKeys += 1;
    else stuckKeys.push({ key: r.key, at: r.createdAt.getTime() });
    log(`    → ${answer ? `answered${sameCase ? ' with the original outcome' : ` with ANOTHER case ${answer?.case?.caseNo}`}` : `not answered: ${probe.gaveUp?.lastAnswer ?? 'unknown key'}`}`);
  }

  // ── observe
  log('observing Temporal, the read model, the statistics and the idempotency keys');
  const config = loadConfig({ ...process.env, DATA_DIR: info.dataDir });
  const connection = await Connection.connect({ address: info.temporalAddress });
  const client = new Client({ connection, namespace: info.namespace, dataConverter: platformDataConverter(config) });
  const workflows: ObservedWorkflow[] = [];
  const ids: string[] = [];
  for await (const w of client.workflow.list({ query: 'WorkflowType="caseWorkflow"' })) ids.push(w.workflowId);
  await pool(ids, 8, async (id) => {
    const h = client.workflow.getHandle(id);
    const state = await h.query(caseStateQuery).catch(() => undefined);
    const history = await h.fetchHistory();
    const updates: Record<string, number> = {};
    for (const e of history.events ?? []) {
      const name = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name;
      if (name) updates[name] = (updates[name] ?? 0) + 1;
    }
    workflows.push({ caseNo: id, ...(state ? { clientId: state.applicant.name, status: state.status } : {}), updates });
  });
  // The read model catches up with each workflow by itself; give it a moment before judging.
  const wfStatus = new Map(workflows.map((w) => [w.caseNo, w.status]));
  let readModel: Observed['readModel'] = [];
  for (let i = 0; i < 60; i++) {
    const rows = await ownerDb.case.findMany({ select: { caseNo: true, applicantName: true, status: true } });
    readModel = rows.map((r) => ({ caseNo: r.caseNo, clientId: r.applicantName, status: r.status }));
    const behind = readModel.filter((r) => wfStatus.get(r.caseNo) !== undefined && wfStatus.get(r.caseNo) !== r.status).length + workflows.filter((w) => !readModel.some((r) => r.caseNo === w.caseNo)).length;
    if (behind === 0) break;
    await sleep(1_000);
  }
  const manager = await api.token('manager');
  const stats = await api.raw('GET', '/api/v1/statistics?groupBy=none', { token: manager });
  const statistics = { accepted: Number(stats.body?.total?.accepted ?? -1), completed: Number(stats.body?.total?.completed ?? -1) };
  // Keys left in progress by a process that died are taken over by the next retry; at the end the client retried everything it could.
  await connection.close();
  await ownerDb.$disconnect();

  const verdict = verify(cases, { workflows, readModel, statistics, stuckKeys, serverErrors: api.errors });
  const rows = table(faults, verdict.findings);
  console.log('');
  console.log(formatTable(rows));
  console.log('');
  console.log(`cases: ${verdict.cases.created} created by the client, ${verdict.cases.acknowledged} acknowledged, ${verdict.cases.completed} completed; ${workflows.length} workflows in Temporal; ${readModel.length} in the read model`);
  console.log(`statistics: accepted ${statistics.accepted} (workflows ${verdict.statistics.expected.accepted}), completed ${statistics.completed} (workflows ${verdict.statistics.expected.completed})`);
  console.log(`500 answers seen by the client: ${api.serverErrors}; faults not recovered within 120 s: ${faults.filter((f) => !f.recovered).length}`);
  console.log(`approvals refused while the hand-over was still under way (a read ran ahead of the workflow), then retried: ${api.readAhead}`);
  console.log(`idempotency keys left in progress at the end: ${ownerDbKeys.length} (answered with their original outcome when sent again: ${recoveredKeys}; stuck: ${stuckKeys.length})`);
  console.log(`problems: ${Object.entries(verdict.counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const f of verdict.findings.slice(0, 40)) console.log(`  ${f.kind}: ${f.caseNo ?? f.clientId ?? ''} ${f.detail}`);
  if (failed0(verdict)) {
    const errors = topology.errors?.() ?? [];
    if (errors.length) console.log(`\nerror lines the platform printed (first of each kind):\n${errors.map((l) => `  ${l.slice(0, 600)}`).join('\n')}`);
  }
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify({ opts, faults, rows, verdict, statistics, keysLeftInProgress: ownerDbKeys.length, recoveredKeys }, null, 2));
  const failed = verdict.findings.length > 0 || faults.some((f) => !f.recovered) || faults.length < Math.min(opts.faults, 1);
  console.log(failed ? '\nCHAOS: FAILED' : `\nCHAOS: PASSED (${faults.length} faults, ${verdict.cases.created} cases, nothing lost, duplicated, diverged, orphaned or stuck)`);
  return failed ? 1 : 0;
}

const failed0 = (v: { findings: unknown[] }) => v.findings.length > 0;

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++]!);
  }));
}

await main();
