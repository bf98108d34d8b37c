/**
 * `npm run cluster:check`: the cluster's smoke test (not part of `npm test`: it needs the Go build).
 *
 * Starts the whole cluster from nothing (fresh data folder, every port free), then:
 *   cases are taken in through API copy 1 and approved by the department through API copy 2;
 *   one history host is killed with SIGKILL; the cases continue: the front desk issues every
 *   output through API copy 1 (retrying on 503 with the same Idempotency-Key, as a client does)
 *   and each case reads COMPLETED on copy 2 and in the read model; the history host restarts and
 *   rejoins, and one more case goes through; an API copy is killed (the entry answers from the
 *   other) and restarted; PostgreSQL is stopped (the API's /readyz says 503) and restarted (the
 *   API recovers by itself).
 * Prints the figures (build, start-up, recovery) and writes them to <data>/result.json; exits 1
 * on any failure. Several cases, so that the killed host surely owned some of their shards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../config/index.js';
import { DEMO_PASSWORD, reviewerUsername } from '../../prisma/seed/users.js';
import { type Cluster, startCluster } from './index.js';
import { apiRequest } from '../api-request.js';

const CASES = 8;
const t0 = Date.now();
const log = (m: string) => console.log(`[check +${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const dataDir = path.join(loadConfig().DATA_DIR, 'cluster-check');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.rmSync(`${dataDir}.location`, { force: true });

let cluster: Cluster | undefined;
const figures: Record<string, number | string> = {};

const call = (base: string, method: string, url: string, opts: { token?: string; body?: unknown; key?: string } = {}) => apiRequest(`${base}/api/v1${url}`, method, opts);

/** A client's retry: the same request and Idempotency-Key again while the answer is 503 (or the connection fails). */
async function withRetry(what: string, send: () => Promise<{ status: number; body: any }>, timeoutMs = 120_000) {
  const started = Date.now();
  let retries = 0;
  for (;;) {
    const r = await send().catch((e: Error) => ({ status: 0, body: e.message }));
    if (r.status !== 503 && r.status !== 0 && r.status !== 504) return { ...r, retries, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: still ${r.status} after ${timeoutMs / 1000} s: ${JSON.stringify(r.body)}`);
    retries += 1;
    await new Promise((res) => setTimeout(res, 500));
  }
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function expect(cond: boolean, what: string): void {
  if (!cond) throw new Error(`failed: ${what}`);
  log(`ok: ${what}`);
}

try {
  log(`starting the cluster from nothing in ${dataDir}`);
  cluster = await startCluster({ dataDir, ports: 'free', web: false, log: (m) => log(`  ${m}`) });
  figures.temporalServer = cluster.temporalServerVersion;
  figures.buildSeconds = cluster.buildSeconds !== undefined ? Math.round(cluster.buildSeconds) : 'cached';
  figures.startupSeconds = Number(cluster.startupSeconds.toFixed(1));
  log(`cluster up in ${cluster.startupSeconds.toFixed(1)} s: ${cluster.processes().map((p) => p.role).join(', ')}`);
  const [api1, api2] = cluster.apiUrls as [string, string];

  const db = new pg.Client({ connectionString: cluster.databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ item_code: string; department_code: string; materials: { code: string; required: boolean }[] }>(
    `SELECT v.item_code, i.department_code, v.materials FROM service_item_version v JOIN service_item i ON i.code = v.item_code
      WHERE v.state = 'PUBLISHED' AND i.status = 'ACTIVE' AND 'WINDOW' = ANY(v.channels) AND v.tolerance_allowed = false
      ORDER BY v.item_code LIMIT 1`,
  );
  const item = rows[0]!;
  const login = async (base: string, username: string) => {
    const r = await call(base, 'POST', '/auth/login', { body: { username, password: DEMO_PASSWORD } });
    if (r.status !== 200) throw new Error(`login ${username} on ${base}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.token as string;
  };
  const clerk = await login(api1, 'clerk.a01');
  const reviewer = await login(api2, reviewerUsername(item.department_code));

  // ── intake on copy 1, approval on copy 2
  const caseNos: string[] = [];
  for (let i = 0; i < CASES; i++) {
    const r = await call(api1, 'POST', '/cases', {
      token: clerk,
      key: `cluster-check-intake-${crypto.randomUUID()}`,
      body: { itemCode: item.item_code, applicant: { name: `集群冒烟测试有限公司${i + 1}` }, submittedMaterials: item.materials.filter((m) => m.required).map((m) => m.code) },
    });
    if (r.status !== 201) throw new Error(`intake on api-1: ${r.status} ${JSON.stringify(r.body)}`);
    caseNos.push(r.body.case.caseNo as string);
  }
  expect(caseNos.length === CASES, `${CASES} cases taken in through api-1`);
  for (const caseNo of caseNos) {
    await until(`${caseNo} IN_REVIEW on api-2`, async () => ((await call(api2, 'GET', `/cases/${caseNo}`, { token: reviewer })).body?.status === 'IN_REVIEW' ? true : undefined));
    const r = await call(api2, 'POST', `/cases/${caseNo}/approve`, { token: reviewer, key: `cluster-check-approve-${caseNo}`, body: { opinion: '准予（集群冒烟测试）' } });
    if (r.status !== 200) throw new Error(`approve ${caseNo} on api-2: ${r.status} ${JSON.stringify(r.body)}`);
  }
  expect(true, `${CASES} cases approved by the department through api-2`);

  // Which shards hold these cases (Temporal's own table): the killed host owned some of the 16.
  const temporalDb = new pg.Client({ connectionString: cluster.databaseUrl.replace(/\/[^/?]+(\?|$)/, '/temporal$1') });
  await temporalDb.connect();
  const shards = (await temporalDb.query<{ shard_id: number }>('SELECT DISTINCT shard_id FROM executions WHERE workflow_id = ANY($1) ORDER BY 1', [caseNos])).rows.map((r) => r.shard_id);
  await temporalDb.end();
  figures.caseShards = shards.join(' ');

  // ── kill -9 one history host; the cases continue
  const killedAt = Date.now();
  await cluster.kill('temporal-history-1');
  log('killed temporal-history-1 (SIGKILL)');
  const outputs = await Promise.all(
    caseNos.map((caseNo) => {
      const key = `cluster-check-output-${caseNo}`;
      return withRetry(`issue-output ${caseNo}`, () => call(api1, 'POST', `/cases/${caseNo}/issue-output`, { token: clerk, key, body: { method: 'WINDOW_PICKUP' } }));
    }),
  );
  const bad = outputs.filter((o) => o.status !== 200 || o.body?.status !== 'COMPLETED');
  figures.recoveryMsAfterHistoryKill = Math.max(...outputs.map((o) => o.ms));
  figures.clientRetries = outputs.reduce((n, o) => n + o.retries, 0);
  expect(bad.length === 0, `every output issued through api-1 after the kill (${((Date.now() - killedAt) / 1000).toFixed(1)} s, ${figures.clientRetries} client retries on 503)${bad.length ? `: ${JSON.stringify(bad[0])}` : ''}`);
  for (const caseNo of caseNos) {
    await until(`${caseNo} COMPLETED on api-2`, async () => ((await call(api2, 'GET', `/cases/${caseNo}`, { token: reviewer })).body?.status === 'COMPLETED' ? true : undefined));
  }
  const projected = await until('the read model', async () => {
    const n = Number((await db.query(`SELECT count(*) AS n FROM case_snapshot WHERE case_no = ANY($1) AND status = 'COMPLETED'`, [caseNos])).rows[0].n);
    return n === CASES ? n : undefined;
  });
  expect(projected === CASES, `every case COMPLETED on api-2 and in the read model`);

  // ── the operators' view: the Temporal UI (behind the read-only gate) finds them by search attribute
  if (cluster.temporalUiUrl) {
    const signIn = await fetch(`${cluster.temporalUiUrl}/_ow/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `username=manager&password=${DEMO_PASSWORD}` });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const query = encodeURIComponent(`CaseStatus="COMPLETED" AND DepartmentCode="${item.department_code}"`);
    const listed = await until('the cases in the Temporal UI', async () => {
      const r = await fetch(`${cluster!.temporalUiUrl}/api/v1/namespaces/${cluster!.namespace}/workflows?query=${query}`, { headers: { cookie } });
      const ids = ((await r.json()) as { executions?: { execution: { workflowId: string } }[] }).executions?.map((e) => e.execution.workflowId) ?? [];
      return caseNos.every((c) => ids.includes(c)) ? ids.length : undefined;
    }, 30_000);
    expect(listed >= CASES, `the Temporal UI (read-only gate, signed in as manager) lists the ${CASES} cases by CaseStatus="COMPLETED" (PostgreSQL visibility)`);
  }

  // ── the host comes back and rejoins; one more case goes through on both copies
  const restartAt = Date.now();
  await cluster.restart('temporal-history-1');
  figures.historyRestartSeconds = Number(((Date.now() - restartAt) / 1000).toFixed(1));
  const again = await withRetry('intake after the restart', () =>
    call(api2, 'POST', '/cases', { token: clerk, key: 'cluster-check-after-restart', body: { itemCode: item.item_code, applicant: { name: '集群冒烟测试（重启后）' }, submittedMaterials: item.materials.filter((m) => m.required).map((m) => m.code) } }),
  );
  expect(again.status === 201, 'a new case taken in through api-2 after temporal-history-1 rejoined');
  await db.end();

  // ── the handle the fault suite uses: an API copy and the database, killed and brought back
  await cluster.kill('api-1');
  const viaEntry = await Promise.all([0, 1, 2, 3].map(() => fetch(`${cluster!.entryUrl}/readyz`).then((r) => r.status)));
  expect(viaEntry.every((s) => s === 200), `with api-1 killed, the round-robin entry answers from api-2 (${viaEntry.join(' ')})`);
  await cluster.restart('api-1');
  expect((await fetch(`${api1}/readyz`)).status === 200, 'api-1 restarted and ready');
  if (cluster.processes().some((p) => p.role === 'postgres')) {
    await cluster.kill('postgres');
    const down = await fetch(`${api2}/readyz`, { signal: AbortSignal.timeout(15_000) });
    const reason = JSON.stringify(await down.json().catch(() => ({})));
    expect(down.status === 503, `with PostgreSQL stopped, /readyz answers 503 (${reason})`);
    await cluster.restart('postgres');
    await until('readiness after PostgreSQL came back', async () => ((await fetch(`${api2}/readyz`)).status === 200 ? true : undefined), 60_000);
    const after = await withRetry('a case read after PostgreSQL came back', () => call(api2, 'GET', `/cases/${caseNos[0]}`, { token: reviewer }));
    expect(after.status === 200 && after.body.status === 'COMPLETED', 'PostgreSQL restarted: the API recovered by itself and reads the case');
  }

  figures.totalSeconds = Number(((Date.now() - t0) / 1000).toFixed(1));
  fs.writeFileSync(path.join(dataDir, 'result.json'), `${JSON.stringify({ at: new Date().toISOString(), result: 'passed', ...figures }, null, 2)}\n`);
  console.log(`\ncluster check PASSED\n${Object.entries(figures).map(([k, v]) => `  ${k.padEnd(28)} ${v}`).join('\n')}\n`);
  await cluster.stop();
  process.exit(0);
} catch (e) {
  console.error(`\ncluster check FAILED: ${e instanceof Error ? e.message : String(e)}${cluster ? `\n  logs: ${cluster.logDir}` : ''}`);
  await cluster?.stop().catch(() => undefined);
  process.exit(1);
}
