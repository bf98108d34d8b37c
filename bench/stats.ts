/**
 * Statistics at scale: the rollups the projector keeps against the naive GROUP BY over raw
 * case_event rows, on the same seeded read model, in the same run.
 *
 *   npx tsx bench/stats.ts [--quick] [--cases N] [--days D] [--iterations K] [--keep]
 *
 * Starts an embedded PostgreSQL in a temporary folder, migrates it, seeds the catalog and then
 * N cases (default 1,000,000; --quick 100,000) spread over the last D days (default 365) with
 * their events, in SQL (generate_series), and builds the rollups with statistics_rebuild() — the
 * same function an operator would run. Before timing, the rollup and naive answers must agree
 * exactly, or the run is void. Then it times, interleaved, the statistics query (30 days grouped
 * by department; and by item, which needs the detailed rollup) and the big-screen payload, each
 * through the rollups and through raw events. Prints a table and writes
 * bench/results/stats-<time>.json.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type DailyDepartmentCounts, bigScreen, rollupCounts } from '../api/services/statistics.js';
import { addCalendarDays, shanghaiDateOf, startOfShanghaiDay } from '../domain/calendar/dates.js';
import { METRICS, type Metric, figuresOf } from '../domain/statistics.js';
import { type Db, Prisma, createDb } from '../prisma/client.js';
import { ensureDatabase, migrate } from '../prisma/migrate.js';
import { seedCatalog } from '../prisma/seed/catalog.js';
import { startEmbeddedPostgres } from '../scripts/postgres.js';
import { freePort } from '../scripts/temporal/provision.js';

export interface StatsBenchOptions {
  /** 100,000 cases and fewer timed runs. */
  quick?: boolean;
  cases?: number;
  /** Days the cases are spread over, ending now. */
  days?: number;
  /** Timed runs of each rollup query (the naive ones get a quarter, at least 10: they are slow). */
  iterations?: number;
  /** Keep the PostgreSQL folder (its path is printed) instead of deleting it. */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface LatencyFigures {
  samples: number;
  medianMs: number;
  p99Ms: number;
}

export interface StatsBenchQuery {
  query: string;
  rollup: LatencyFigures;
  naive: LatencyFigures;
  /** naive median ÷ rollup median */
  ratio: number;
}

export interface StatsBenchResult {
  benchmark: 'stats';
  startedAt: string;
  node: string;
  machine: { cpus: number; cpuModel: string; memoryMib: number };
  cases: number;
  days: number;
  seeded: {
    events: number;
    statDailyRows: number;
    statDepartmentDailyRows: number;
    /** Rows each side reads for the 30-day question. */
    eventsIn30Days: number;
    departmentRollupRowsIn30Days: number;
    seedSeconds: number;
    rebuildSeconds: number;
    databaseMib: number;
  };
  queries: StatsBenchQuery[];
}

const DEFAULTS = { cases: 1_000_000, days: 365, iterations: 200 };
const QUICK = { cases: 100_000, days: 365, iterations: 100 };
const WARMUP = 3;

export async function runStatsBench(opts: StatsBenchOptions = {}): Promise<StatsBenchResult> {
  const base = opts.quick ? QUICK : DEFAULTS;
  const cases = opts.cases ?? base.cases;
  const days = opts.days ?? base.days;
  const iterations = opts.iterations ?? base.iterations;
  const log = opts.log ?? ((l: string) => console.log(`[stats] ${l}`));
  const startedAt = new Date().toISOString();

  const dir = mkdtempSync(join(os.tmpdir(), 'onewindow-stats-bench-'));
  chmodSync(dir, 0o711); // ours; the server user (when we run as root) passes through it
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), log });
  const url = pg.url('onewindow_stats_bench');
  let db: Db | undefined;
  try {
    await ensureDatabase(url);
    await migrate(url);
    db = createDb(url, 4);
    await seedCatalog(db);
    log(`catalog seeded; seeding ${cases.toLocaleString('en-US')} cases over ${days} days…`);

    const now = Date.now();
    let t = performance.now();
    await seedCases(db, cases, days, now);
    // As autovacuum would have by then: the rebuild's plan depends on knowing the tables' sizes.
    await db.$executeRawUnsafe('ANALYZE case_event, case_snapshot');
    const seedSeconds = (performance.now() - t) / 1000;
    log(`cases and events seeded in ${seedSeconds.toFixed(1)} s; building the rollups…`);
    t = performance.now();
    await db.$executeRawUnsafe('SELECT statistics_rebuild()');
    const rebuildSeconds = (performance.now() - t) / 1000;
    await db.$executeRawUnsafe('VACUUM ANALYZE');
    log(`rollups built in ${rebuildSeconds.toFixed(1)} s`);

    const today = shanghaiDateOf(now);
    const q30 = { from: addCalendarDays(today, -29), to: today };
    const [sizes] = await db.$queryRaw<{ events: bigint; daily: bigint; dept: bigint; events30: bigint; dept30: bigint; mib: bigint }[]>`
      SELECT (SELECT count(*) FROM case_event) AS events,
             (SELECT count(*) FROM stat_daily) AS daily,
             (SELECT count(*) FROM stat_department_daily) AS dept,
             (SELECT count(*) FROM case_event WHERE at >= ${new Date(startOfShanghaiDay(q30.from))} AND at < ${new Date(startOfShanghaiDay(addCalendarDays(today, 1)))}) AS events30,
             (SELECT count(*) FROM stat_department_daily WHERE day BETWEEN ${q30.from}::date AND ${q30.to}::date) AS dept30,
             (pg_database_size(current_database()) / 1048576) AS mib`;

    // The two sides must give the same answer, or the timings compare different things.
    for (const groupBy of ['department', 'item'] as const) {
      const rolled = fold((await rollupCounts(db, { ...q30, groupBy })).rows);
      const naive = fold(await naiveCounts(db, q30.from, q30.to, groupBy));
      if (JSON.stringify(rolled) !== JSON.stringify(naive)) throw new Error(`30 days by ${groupBy}: the rollup and raw-event answers differ — the benchmark is void`);
    }
    const screenRolled = await bigScreen(db, now);
    const screenNaive = await bigScreen(db, now, naiveDailyDepartmentCounts);
    if (JSON.stringify({ ...screenRolled, generatedAt: '' }) !== JSON.stringify({ ...screenNaive, generatedAt: '' })) {
      throw new Error('big screen: the rollup and raw-event payloads differ — the benchmark is void');
    }
    log('rollup and raw-event answers agree; timing…');

    const naiveIterations = Math.max(10, Math.round(iterations / 4));
    const pairs: { query: string; rollup: () => Promise<unknown>; naive: () => Promise<unknown> }[] = [
      {
        query: 'statistics, 30 days by department',
        rollup: async () => fold((await rollupCounts(db!, { ...q30, groupBy: 'department' })).rows),
        naive: async () => fold(await naiveCounts(db!, q30.from, q30.to, 'department')),
      },
      {
        query: 'statistics, 30 days by item',
        rollup: async () => fold((await rollupCounts(db!, { ...q30, groupBy: 'item' })).rows),
        naive: async () => fold(await naiveCounts(db!, q30.from, q30.to, 'item')),
      },
      {
        query: 'big screen (7 days, lists, ranking)',
        rollup: () => bigScreen(db!, now),
        naive: () => bigScreen(db!, now, naiveDailyDepartmentCounts),
      },
    ];
    const queries: StatsBenchQuery[] = [];
    for (const p of pairs) {
      for (let i = 0; i < WARMUP; i++) {
        await p.rollup();
        await p.naive();
      }
      const rolled: number[] = [];
      const naive: number[] = [];
      // Interleaved, so that a noisy moment on the machine hurts both sides alike.
      for (let i = 0; i < Math.max(iterations, naiveIterations); i++) {
        if (i < iterations) rolled.push(await timed(p.rollup));
        if (i < naiveIterations) naive.push(await timed(p.naive));
      }
      const r = latency(rolled);
      const n = latency(naive);
      queries.push({ query: p.query, rollup: r, naive: n, ratio: Math.round((n.medianMs / r.medianMs) * 10) / 10 });
      log(`${p.query}: rollup ${r.medianMs} ms, raw events ${n.medianMs} ms (median)`);
    }

    return {
      benchmark: 'stats',
      startedAt,
      node: process.version,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryMib: Math.round(os.totalmem() / 2 ** 20) },
      cases,
      days,
      seeded: {
        events: Number(sizes!.events),
        statDailyRows: Number(sizes!.daily),
        statDepartmentDailyRows: Number(sizes!.dept),
        eventsIn30Days: Number(sizes!.events30),
        departmentRollupRowsIn30Days: Number(sizes!.dept30),
        seedSeconds: Math.round(seedSeconds * 10) / 10,
        rebuildSeconds: Math.round(rebuildSeconds * 10) / 10,
        databaseMib: Number(sizes!.mib),
      },
      queries,
    };
  } finally {
    await db?.$disconnect();
    await pg.stop();
    if (opts.keep) log(`PostgreSQL data kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function latency(samples: number[]): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { samples: sorted.length, medianMs: round(at(0.5)), p99Ms: round(at(0.99)) };
}

/** Figures per key, keys sorted: the shape both sides are compared and timed in. */
function fold(rows: { key: string; metric: Metric; n: number }[]): [string, ReturnType<typeof figuresOf>][] {
  const byKey = new Map<string, Partial<Record<Metric, number>>>();
  for (const r of rows) {
    const c = byKey.get(r.key) ?? {};
    c[r.metric] = (c[r.metric] ?? 0) + r.n;
    byKey.set(r.key, c);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, c]) => [k, figuresOf(c)]);
}

// ───────────── the naive side: the same definitions, over raw events on every call ─────────────

const COUNTED_TYPES = METRICS.filter((m) => m !== 'COMPLETED_ON_TIME');
const SHANGHAI_DAY = Prisma.sql`to_char(((e.at AT TIME ZONE 'UTC') + interval '8 hours')::date, 'YYYY-MM-DD')`;

async function naiveCounts(db: Db, from: string, to: string, groupBy: 'department' | 'item'): Promise<{ key: string; metric: Metric; n: number }[]> {
  const key = groupBy === 'department' ? Prisma.sql`s.department_code` : Prisma.sql`s.item_code`;
  const rows = await db.$queryRaw<{ key: string; metric: Metric; n: bigint }[]>`
    WITH ev AS (
      SELECT ${key} AS key, e.type, e.case_no, e.seq
      FROM case_event e JOIN case_snapshot s ON s.case_no = e.case_no
      WHERE e.at >= ${new Date(startOfShanghaiDay(from))} AND e.at < ${new Date(startOfShanghaiDay(addCalendarDays(to, 1)))}
        AND e.type = ANY(${COUNTED_TYPES}::text[])
    ), flagged AS (
      SELECT key, type, EXISTS (SELECT 1 FROM case_event o WHERE o.case_no = ev.case_no AND o.type = 'OVERDUE' AND o.seq < ev.seq) AS after_overdue FROM ev
    )
    SELECT key, type AS metric, count(*)::bigint AS n FROM flagged WHERE type <> 'OVERDUE' OR NOT after_overdue GROUP BY 1, 2
    UNION ALL
    SELECT key, 'COMPLETED_ON_TIME', count(*)::bigint FROM flagged WHERE type = 'COMPLETED' AND NOT after_overdue GROUP BY 1`;
  return rows.map((r) => ({ key: r.key, metric: r.metric, n: Number(r.n) }));
}

const naiveDailyDepartmentCounts: DailyDepartmentCounts = (db, from, to) => db.$queryRaw`
  WITH ev AS (
    SELECT ${SHANGHAI_DAY} AS day, s.department_code, e.type, e.case_no, e.seq
    FROM case_event e JOIN case_snapshot s ON s.case_no = e.case_no
    WHERE e.at >= ${new Date(startOfShanghaiDay(from))} AND e.at < ${new Date(startOfShanghaiDay(addCalendarDays(to, 1)))}
      AND e.type = ANY(${COUNTED_TYPES}::text[])
  ), flagged AS (
    SELECT day, department_code, type, EXISTS (SELECT 1 FROM case_event o WHERE o.case_no = ev.case_no AND o.type = 'OVERDUE' AND o.seq < ev.seq) AS after_overdue FROM ev
  )
  SELECT day, department_code, type AS metric, count(*)::bigint AS n FROM flagged WHERE type <> 'OVERDUE' OR NOT after_overdue GROUP BY 1, 2, 3
  UNION ALL
  SELECT day, department_code, 'COMPLETED_ON_TIME', count(*)::bigint FROM flagged WHERE type = 'COMPLETED' AND NOT after_overdue GROUP BY 1, 2`;

// ───────────── seeding ─────────────

/**
 * N cases over the last `days` days, in three statements. Items are drawn with a skew (a few
 * popular items, a long tail), 35 % online; 3 % refused, 2 % withdrawn, 1 % terminated; of the
 * rest 4 % returned once, 8 % paused, 4 % through a special procedure, 6 % overdue; 90 % of
 * decisions approve; results are handed out a day after the decision. Anything whose time has
 * not come yet has not happened: recent cases are still open. Event sequence numbers follow the
 * order of a case's life, so "first overdue" and "completed after an overdue" mean what they do
 * on the platform.
 */
async function seedCases(db: Db, n: number, days: number, now: number): Promise<void> {
  // Utility statements (CREATE TABLE AS) take no bind parameters; these values are our own numbers.
  if (!Number.isInteger(n) || !Number.isInteger(days)) throw new Error('cases and days must be whole numbers');
  const nowAt = `'${new Date(now).toISOString()}'::timestamptz`;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL synchronous_commit = off');
      await tx.$executeRawUnsafe('SELECT setseed(0.2026)');
      await tx.$executeRawUnsafe(`
        CREATE TEMP TABLE bench_item ON COMMIT DROP AS
        SELECT (row_number() OVER (ORDER BY si.code) - 1)::int AS i, si.code, si.department_code, si.zone_code, v.name
        FROM service_item si JOIN service_item_version v ON v.item_code = si.code AND v.version = si.published_version
        WHERE si.status = 'ACTIVE'`);
      await tx.$executeRawUnsafe(`
        CREATE TEMP TABLE bench_case ON COMMIT DROP AS
        WITH r AS (
          SELECT g, random() AS r_item, random() AS r_sub, random() AS r_out, random() AS r_dec, random() AS r_ch,
                 random() AS r_clerk, random() AS r_ret, random() AS r_ovd, random() AS r_pause, random() AS r_sp, random() AS r_rev
          FROM generate_series(1, ${n}) g
        ), t AS (
          SELECT r.*, it.code AS item_code, it.name AS item_name, it.department_code, it.zone_code,
                 ${nowAt} - (r.r_sub * ${days}) * interval '1 day' AS submitted_at
          FROM r JOIN bench_item it ON it.i = floor(power(r.r_item, 2) * (SELECT count(*) FROM bench_item))::int
        )
        SELECT '7' || lpad(g::text, 19, '0') AS case_no, item_code, item_name, department_code, zone_code,
               CASE WHEN r_ch < 0.35 THEN 'ONLINE' ELSE 'WINDOW' END AS channel,
               'bench-clerk-' || floor(r_clerk * 40)::int AS clerk_id,
               'bench-reviewer-' || department_code || '-' || floor(r_rev * 2)::int AS reviewer_id,
               submitted_at,
               r_out < 0.03 AS refused,
               r_out >= 0.03 AND r_out < 0.05 AS withdrawn,
               r_out >= 0.05 AND r_out < 0.06 AS terminated,
               r_ret < 0.04 AS returned,
               r_pause < 0.08 AS paused,
               r_sp < 0.04 AS special,
               r_ovd < 0.06 AS overdue,
               r_dec < 0.9 AS approved,
               submitted_at + interval '20 minutes' AS accepted_at,
               submitted_at + interval '20 minutes' + interval '15 days' AS due_at,
               submitted_at + interval '20 minutes' + CASE WHEN r_ovd < 0.06 THEN interval '15 days' + r_dec * interval '5 days' ELSE interval '7 days' + r_dec * interval '7 days' END AS decided_at
        FROM t`);
      await tx.$executeRawUnsafe(`
        INSERT INTO case_snapshot (case_no, item_code, item_version, item_name, department_code, zone_code, channel, applicant_name,
                                   status, state_code, submitted_at, accepted_at, accepted_by, due_date, due_at, warning, overdue, ever_overdue,
                                   returned, decision, decided_at, completed_at, last_event_seq, view, updated_at)
        SELECT case_no, item_code, 1, item_name, department_code, zone_code, channel, '基准测试申请人',
               status, 8, submitted_at, CASE WHEN refused THEN NULL ELSE accepted_at END, CASE WHEN refused THEN NULL ELSE clerk_id END,
               CASE WHEN refused THEN NULL ELSE (((due_at AT TIME ZONE 'UTC') + interval '8 hours')::date) END,
               CASE WHEN refused THEN NULL ELSE due_at END,
               status = 'IN_REVIEW' AND due_at > ${nowAt} AND due_at - ${nowAt} < interval '2 days',
               status = 'IN_REVIEW' AND overdue AND due_at <= ${nowAt},
               overdue AND due_at <= ${nowAt} AND NOT (withdrawn OR terminated),
               returned AND status NOT IN ('REFUSED', 'WITHDRAWN', 'TERMINATED'),
               CASE WHEN status IN ('DECIDED', 'COMPLETED') THEN CASE WHEN approved THEN 'APPROVED' ELSE 'DENIED' END END,
               CASE WHEN status IN ('DECIDED', 'COMPLETED') THEN decided_at END,
               CASE WHEN status = 'COMPLETED' THEN decided_at + interval '1 day' END,
               13, '{}'::jsonb, ${nowAt}
        FROM (
          SELECT b.*,
                 CASE WHEN refused THEN 'REFUSED'
                      WHEN withdrawn AND accepted_at + interval '2 days' <= ${nowAt} THEN 'WITHDRAWN'
                      WHEN terminated AND accepted_at + interval '2 days' <= ${nowAt} THEN 'TERMINATED'
                      WHEN NOT (withdrawn OR terminated) AND decided_at + interval '1 day' <= ${nowAt} THEN 'COMPLETED'
                      WHEN NOT (withdrawn OR terminated) AND decided_at <= ${nowAt} THEN 'DECIDED'
                      ELSE 'IN_REVIEW' END AS status
          FROM bench_case b
        ) c`);
      // One row per event that has happened by now; sequence numbers in the order of a case's life.
      await tx.$executeRawUnsafe(`
        INSERT INTO case_event (case_no, seq, at, type, state_code, actor_id, actor_name, actor_role, detail)
        SELECT b.case_no, ev.seq, ev.at, ev.type, 8, ev.actor_id, ev.actor_id, ev.actor_role, '{}'::jsonb
        FROM bench_case b
        CROSS JOIN LATERAL (VALUES
          (1, 'RECEIVED', b.submitted_at, b.clerk_id, 'FRONT_DESK_CLERK', true),
          (2, 'REFUSED', b.accepted_at, b.clerk_id, 'FRONT_DESK_CLERK', b.refused),
          (2, 'ACCEPTED', b.accepted_at, b.clerk_id, 'FRONT_DESK_CLERK', NOT b.refused),
          (3, 'TRANSFERRED', b.accepted_at + interval '1 minute', NULL, NULL, NOT b.refused),
          (4, 'WITHDRAWN', b.accepted_at + interval '2 days', b.clerk_id, 'FRONT_DESK_CLERK', b.withdrawn),
          (4, 'TERMINATED', b.accepted_at + interval '2 days', b.clerk_id, 'FRONT_DESK_CLERK', b.terminated),
          (5, 'SPECIAL_PROCEDURE_STARTED', b.accepted_at + interval '1 day', b.reviewer_id, 'DEPARTMENT_REVIEWER', b.special AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (6, 'SPECIAL_PROCEDURE_FINISHED', b.accepted_at + interval '2 days', b.reviewer_id, 'DEPARTMENT_REVIEWER', b.special AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (7, 'PAUSED', b.accepted_at + interval '3 days', b.reviewer_id, 'DEPARTMENT_REVIEWER', b.paused AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (8, 'RESUMED', b.accepted_at + interval '4 days', b.reviewer_id, 'DEPARTMENT_REVIEWER', b.paused AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (9, 'RETURNED', b.accepted_at + interval '5 days', b.reviewer_id, 'DEPARTMENT_REVIEWER', b.returned AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (10, 'RESUBMITTED', b.accepted_at + interval '6 days', b.clerk_id, 'FRONT_DESK_CLERK', b.returned AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (11, 'OVERDUE', b.due_at, NULL, NULL, b.overdue AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (12, 'APPROVED', b.decided_at, b.reviewer_id, 'DEPARTMENT_REVIEWER', b.approved AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (12, 'DENIED', b.decided_at, b.reviewer_id, 'DEPARTMENT_REVIEWER', NOT b.approved AND NOT (b.refused OR b.withdrawn OR b.terminated)),
          (13, 'OUTPUT_ISSUED', b.decided_at + interval '1 day', b.clerk_id, 'FRONT_DESK_CLERK', NOT (b.refused OR b.withdrawn OR b.terminated)),
          (14, 'COMPLETED', b.decided_at + interval '1 day', b.clerk_id, 'FRONT_DESK_CLERK', NOT (b.refused OR b.withdrawn OR b.terminated))
        ) AS ev(seq, type, at, actor_id, actor_role, happens)
        WHERE ev.happens AND ev.at <= ${nowAt}`);
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
}

// ───────────── command line ─────────────

export function formatStatsBench(r: StatsBenchResult): string {
  const header = ['query', 'rollup median', 'rollup p99', 'raw median', 'raw p99', 'raw ÷ rollup'];
  const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
  const rows = r.queries.map((q) => [q.query, ms(q.rollup.medianMs), ms(q.rollup.p99Ms), ms(q.naive.medianMs), ms(q.naive.p99Ms), `${q.ratio}×`]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const s = r.seeded;
  const int = (v: number) => v.toLocaleString('en-US');
  return [
    `${int(r.cases)} cases over ${r.days} days: ${int(s.events)} events, ${int(s.statDailyRows)} detailed and ${int(s.statDepartmentDailyRows)} department rollup rows, ${int(s.databaseMib)} MiB`,
    `seeded in ${s.seedSeconds} s, rollups rebuilt in ${s.rebuildSeconds} s; the 30-day question reads ${int(s.departmentRollupRowsIn30Days)} rollup rows instead of ${int(s.eventsIn30Days)} events`,
    `samples: rollup ${r.queries[0]?.rollup.samples ?? 0}, raw ${r.queries[0]?.naive.samples ?? 0} per query (p99 of few samples is close to the maximum)`,
    '',
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      cases: { type: 'string' },
      days: { type: 'string' },
      iterations: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const count = (name: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const v = Number(raw);
    if (!Number.isInteger(v) || v <= 0) {
      console.error(`--${name} must be a positive whole number, got ${raw}`);
      process.exit(2);
    }
    return v;
  };
  const cases = count('cases', values.cases);
  const days = count('days', values.days);
  const iterations = count('iterations', values.iterations);
  const result = await runStatsBench({
    quick: values.quick,
    keep: values.keep,
    ...(cases !== undefined ? { cases } : {}),
    ...(days !== undefined ? { days } : {}),
    ...(iterations !== undefined ? { iterations } : {}),
  });
  console.log(`\nstatistics benchmark — node ${result.node}, ${result.machine.cpus} × ${result.machine.cpuModel}\n`);
  console.log(formatStatsBench(result));
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `stats-${result.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
