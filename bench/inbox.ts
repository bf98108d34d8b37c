/**
 * Budget check: the department inbox (部门审批) of a department with 10,000 open cases answers in
 * under 200 ms at p95 — server-side paging from the read model, never workflow queries.
 *
 *   npx tsx bench/inbox.ts [--open 10000] [--requests 200] [--budget-ms 200] [--keep]
 *
 * Starts an embedded PostgreSQL in a temporary folder, migrates and seeds it (catalog, calendar,
 * demo accounts), then writes the read model straight into case_snapshot with generate_series:
 * N open cases of one department (a mix of statuses, due dates, warning/overdue, paused and
 * special-procedure flags) plus as many again spread over other departments and closed cases.
 * The real Express app (no Temporal needed for reads) listens on 127.0.0.1; the department's
 * reviewer signs in and each inbox query is asked sequentially, after a warm-up, exactly as the
 * desk asks it (open cases by due date, 20 a page, with the counts). Prints p50/p95/max per
 * query, writes bench/results/inbox-<time>.json and exits non-zero over budget.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../api/app.js';
import { ROOT_DIR, loadConfig } from '../config/index.js';
import { createDb } from '../prisma/client.js';
import { ensureDatabase, migrate } from '../prisma/migrate.js';
import { seedAll } from '../prisma/seed/index.js';
import { DEMO_PASSWORD, reviewerUsername } from '../prisma/seed/users.js';
import { startEmbeddedPostgres } from '../scripts/postgres.js';
import { freePort } from '../scripts/temporal/provision.js';

const { values } = parseArgs({
  options: {
    open: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '200' },
    'budget-ms': { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
  },
});
const OPEN = Number(values.open);
const REQUESTS = Number(values.requests);
const BUDGET = Number(values['budget-ms']);
const log = (l: string) => console.log(`[inbox] ${l}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-inbox-bench-'));
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), log });
const url = pg.url('onewindow_inbox_bench');
let code = 1;
try {
  await ensureDatabase(url);
  await migrate(url);
  const db = createDb(url, 8);
  await seedAll(db, { demoUsers: true });
  // The department with the most published items plays the busy one.
  const [busy] = await db.$queryRaw<{ department_code: string }[]>`
    SELECT department_code FROM service_item WHERE published_version IS NOT NULL GROUP BY department_code ORDER BY count(*) DESC LIMIT 1`;
  const dept = busy!.department_code;
  log(`seeding ${OPEN.toLocaleString('en-US')} open cases of ${dept}, and as many others…`);
  const t0 = performance.now();
  // Open cases of the busy department: statuses and flags in realistic proportions.
  await db.$executeRaw`
    INSERT INTO case_snapshot (case_no, item_code, item_version, item_name, department_code, zone_code, channel, applicant_name,
      status, state_code, submitted_at, accepted_at, due_date, warning, overdue, ever_overdue, paused, in_special_procedure,
      last_event_seq, view, updated_at)
    SELECT '9' || lpad(g::text, 19, '0'), i.code, 1, '基准测试事项' || (g % 40), ${dept}, i.zone_code, CASE WHEN g % 3 = 0 THEN 'ONLINE' ELSE 'WINDOW' END,
      '基准测试申请人有限公司' || g,
      (ARRAY['IN_REVIEW','IN_REVIEW','IN_REVIEW','IN_REVIEW','TRANSFERRING','RETURNED','DECIDED','SUBMITTED'])[1 + g % 8], 8,
      now() - (g % 60) * interval '1 day', now() - (g % 60) * interval '1 day',
      current_date + ((g % 50) - 10), (g % 50) BETWEEN 10 AND 12, (g % 50) < 10, (g % 50) < 10, g % 17 = 0, g % 23 = 0,
      5, '{}'::jsonb, now()
    FROM generate_series(1, ${OPEN}) AS g,
      LATERAL (SELECT code, zone_code FROM service_item WHERE department_code = ${dept} ORDER BY code OFFSET (g % 5) LIMIT 1) AS i`;
  // The rest of the hall: other departments' open cases and closed cases of every department.
  await db.$executeRaw`
    INSERT INTO case_snapshot (case_no, item_code, item_version, item_name, department_code, zone_code, channel, applicant_name,
      status, state_code, submitted_at, due_date, last_event_seq, view, updated_at)
    SELECT '8' || lpad(g::text, 19, '0'), i.code, 1, '其他事项', i.department_code, i.zone_code, 'WINDOW', '其他申请人' || g,
      CASE WHEN g % 2 = 0 THEN 'COMPLETED' ELSE 'IN_REVIEW' END, 8, now() - (g % 300) * interval '1 day', current_date + (g % 20), 5, '{}'::jsonb, now()
    FROM generate_series(1, ${OPEN}) AS g,
      LATERAL (SELECT code, zone_code, department_code FROM service_item WHERE department_code <> ${dept} ORDER BY code OFFSET (g % 700) LIMIT 1) AS i`;
  await db.$executeRawUnsafe('ANALYZE case_snapshot');
  log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const app = createApp({ config, db, temporal: {} as never, logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: reviewerUsername(dept), password: DEMO_PASSWORD }) });
  const { token } = (await login.json()) as { token: string };

  const queries: Record<string, string> = {
    'inbox first page (open, by due date, with counts)': 'open=true&sort=dueDate&withCounts=true&page=1&pageSize=20',
    'inbox page 250 (deep paging)': 'open=true&sort=dueDate&withCounts=true&page=250&pageSize=20',
    'inbox overdue only': 'open=true&sort=dueDate&withCounts=true&overdue=true&page=1&pageSize=20',
    'inbox paused only': 'open=true&sort=dueDate&withCounts=true&paused=true&page=1&pageSize=20',
    'inbox by status IN_REVIEW': 'status=IN_REVIEW&sort=dueDate&withCounts=true&page=1&pageSize=20',
  };
  const results: { query: string; total: number; p50: number; p95: number; max: number }[] = [];
  for (const [name, q] of Object.entries(queries)) {
    const ask = async () => {
      const t = performance.now();
      const res = await fetch(`${base}/api/v1/cases?${q}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as { total: number; counts?: { open: number } };
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status} ${JSON.stringify(body)}`);
      return { ms: performance.now() - t, body };
    };
    for (let i = 0; i < 10; i++) await ask();
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await ask();
      times.push(r.ms);
      total = r.body.total;
      if (r.body.counts && r.body.counts.open !== OPEN) throw new Error(`${name}: counts.open is ${r.body.counts.open}, expected ${OPEN}`);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
    results.push({ query: name, total, p50: Math.round(at(50) * 10) / 10, p95: Math.round(at(95) * 10) / 10, max: Math.round(times.at(-1)! * 10) / 10 });
  }
  server.close();
  await db.$disconnect();

  console.log(`\nDepartment ${dept}: ${OPEN.toLocaleString('en-US')} open cases (${(2 * OPEN).toLocaleString('en-US')} rows in the read model), ${REQUESTS} sequential requests per query over HTTP`);
  console.log(`${'query'.padEnd(52)} ${'rows'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const r of results) console.log(`${r.query.padEnd(52)} ${String(r.total).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)} ${String(r.max).padStart(8)}`);
  const worst = Math.max(...results.map((r) => r.p95));
  console.log(`INBOX p95 (worst query): ${worst} ms (budget ${BUDGET} ms) — ${worst <= BUDGET ? 'within budget' : 'OVER BUDGET'}`);
  const out = path.join(ROOT_DIR, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `inbox-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify({ department: dept, open: OPEN, requests: REQUESTS, budgetMs: BUDGET, results }, null, 2));
  code = worst <= BUDGET ? 0 : 1;
} finally {
  await pg.stop();
  if (values.keep) log(`kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
