/**
 * Working-day arithmetic: the calendar's fast path against the day-by-day definition, on the same
 * seeded random inputs, in the same process.
 *
 *   npx tsx bench/calendar.ts [--quick] [--ops N] [--seed S]
 *
 * Two workloads: everyday limits (1–60 working days, ranges up to 90 calendar days — statutory
 * limits, special procedures, pauses) and long ones (up to 1000 working days, the platform's
 * maximum), where the day-by-day walk is at its worst. Start dates fall in 2024–2028, across
 * official and provisional years. A third figure times only the date-string conversions every
 * call makes, to show how much of a call is arithmetic at all. Prints a table and writes
 * bench/results/calendar-<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_WORKING_DAYS, WorkingCalendar } from '../domain/calendar/calendar.js';
import { fromDayNumber, toDayNumber } from '../domain/calendar/dates.js';
import { naiveAddWorkingDays, naiveCountWorkingDays } from '../domain/calendar/naive.js';
import { OFFICIAL_CALENDAR } from '../domain/calendar/official-days.js';

export interface CalendarBenchOptions {
  /** Operations timed per implementation and case. */
  ops?: number;
  /** Fewer operations, for CI and smoke runs. */
  quick?: boolean;
  seed?: number;
}

export interface CalendarBenchCase {
  operation: 'addWorkingDays' | 'countWorkingDays';
  workload: string;
  ops: number;
  fastOpsPerSec: number;
  naiveOpsPerSec: number;
  /** fast ÷ naive */
  speedup: number;
  /**
   * The date conversions alone (parse the input dates, format the output date): a ceiling that
   * no working-day arithmetic on `YYYY-MM-DD` strings can beat; both implementations pay it.
   */
  dateCodecOpsPerSec: number;
}

export interface CalendarBenchResult {
  benchmark: 'calendar';
  startedAt: string;
  node: string;
  seed: number;
  ops: number;
  cases: CalendarBenchCase[];
}

const DEFAULT_OPS = 100_000;
const QUICK_OPS = 20_000;
const DEFAULT_SEED = 20250101;
const TIMED_PASSES = 5;

type Timing = { opsPerSec: number; checksum: number };

const WORKLOADS = [
  { name: 'limits 1–60 wd', maxWorkingDays: 60, maxRangeDays: 90 },
  { name: `limits 1–${MAX_WORKING_DAYS} wd`, maxWorkingDays: MAX_WORKING_DAYS, maxRangeDays: 1400 },
] as const;

/** mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Inputs {
  from: string[];
  to: string[];
  n: number[];
}

function makeInputs(random: () => number, ops: number, maxWorkingDays: number, maxRangeDays: number): Inputs {
  const first = toDayNumber('2024-01-01');
  const span = toDayNumber('2028-12-31') - first + 1;
  const inputs: Inputs = { from: [], to: [], n: [] };
  for (let i = 0; i < ops; i += 1) {
    const start = first + Math.floor(random() * span);
    inputs.from.push(fromDayNumber(start));
    inputs.to.push(fromDayNumber(start + Math.floor(random() * (maxRangeDays + 1))));
    inputs.n.push(1 + Math.floor(random() * maxWorkingDays));
  }
  return inputs;
}

/**
 * Times each implementation the same way: one pass over every input to warm the JIT, then
 * TIMED_PASSES passes each, interleaved (fast, naive, codec, fast, …), keeping each one's fastest.
 * A short warm-up left the fast path (timed first, ~0.1 µs a call) partly unoptimised while it was
 * timed, and on a shared machine one pass of a few milliseconds is easily hit by another process;
 * interleaving lets every implementation meet the same load, and the best pass is what the code
 * costs. The returned checksums are compared between implementations: they keep the work from
 * being optimised away and prove both computed the same answers.
 */
function timeInterleaved(ops: number, impls: ((i: number) => number)[]): { opsPerSec: number; checksum: number }[] {
  for (const op of impls) for (let i = 0; i < ops; i += 1) op(i);
  const out = impls.map(() => ({ best: Number.POSITIVE_INFINITY, checksum: 0 }));
  for (let pass = 0; pass < TIMED_PASSES; pass += 1) {
    impls.forEach((op, k) => {
      let checksum = 0;
      const started = process.hrtime.bigint();
      for (let i = 0; i < ops; i += 1) checksum = (checksum + op(i)) % 1_000_000_007;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const o = out[k]!;
      o.best = Math.min(o.best, seconds);
      o.checksum = checksum;
    });
  }
  return out.map((o) => ({ opsPerSec: ops / o.best, checksum: o.checksum }));
}

/** Folds a date into a number without parsing it, so the fold does not weigh on what is timed. */
function hashDate(date: string): number {
  let h = 0;
  for (let i = 0; i < date.length; i += 1) h = (h * 31 + date.charCodeAt(i)) | 0;
  return h >>> 0;
}

/** Folds an answer into a number; the date and the provisional flag both count. */
const dated = (a: { date: string; provisional: boolean }) => hashDate(a.date) * 2 + Number(a.provisional);
const counted = (a: { count: number; provisional: boolean }) => a.count * 2 + Number(a.provisional);

export function runCalendarBench(opts: CalendarBenchOptions = {}): CalendarBenchResult {
  const ops = opts.ops ?? (opts.quick ? QUICK_OPS : DEFAULT_OPS);
  if (!Number.isInteger(ops) || ops < 1) throw new RangeError(`ops must be a whole number ≥ 1, got ${ops}`);
  const seed = opts.seed ?? DEFAULT_SEED;
  const random = prng(seed);
  const calendar = new WorkingCalendar(OFFICIAL_CALENDAR);
  const startedAt = new Date().toISOString();
  const cases: CalendarBenchCase[] = [];

  for (const w of WORKLOADS) {
    const { from, to, n } = makeInputs(random, ops, w.maxWorkingDays, w.maxRangeDays);
    const pairs = [
      {
        operation: 'addWorkingDays' as const,
        fast: (i: number) => dated(calendar.addWorkingDays(from[i]!, n[i]!)),
        naive: (i: number) => dated(naiveAddWorkingDays(calendar, from[i]!, n[i]!)),
        codec: (i: number) => hashDate(fromDayNumber(toDayNumber(from[i]!) + n[i]!)),
      },
      {
        operation: 'countWorkingDays' as const,
        fast: (i: number) => counted(calendar.countWorkingDays(from[i]!, to[i]!)),
        naive: (i: number) => counted(naiveCountWorkingDays(calendar, from[i]!, to[i]!)),
        codec: (i: number) => toDayNumber(to[i]!) - toDayNumber(from[i]!),
      },
    ];
    for (const p of pairs) {
      const [fast, naive, codec] = timeInterleaved(ops, [p.fast, p.naive, p.codec]) as [Timing, Timing, Timing];
      if (fast.checksum !== naive.checksum) {
        throw new Error(`${p.operation} (${w.name}): the fast and naive answers differ — the benchmark is void`);
      }
      cases.push({
        operation: p.operation,
        workload: w.name,
        ops,
        fastOpsPerSec: Math.round(fast.opsPerSec),
        naiveOpsPerSec: Math.round(naive.opsPerSec),
        speedup: Math.round((fast.opsPerSec / naive.opsPerSec) * 10) / 10,
        dateCodecOpsPerSec: Math.round(codec.opsPerSec),
      });
    }
  }
  return { benchmark: 'calendar', startedAt, node: process.version, seed, ops, cases };
}

export function formatCalendarBench(result: CalendarBenchResult): string {
  const header = ['operation', 'workload', 'fast ops/s', 'naive ops/s', 'speed-up', 'date codec alone ops/s'];
  const rows = result.cases.map((c) => [
    c.operation,
    c.workload,
    c.fastOpsPerSec.toLocaleString('en-US'),
    c.naiveOpsPerSec.toLocaleString('en-US'),
    `${c.speedup}×`,
    c.dateCodecOpsPerSec.toLocaleString('en-US'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, ops: { type: 'string' }, seed: { type: 'string' } },
  });
  const result = runCalendarBench({
    quick: values.quick,
    ...(values.ops !== undefined ? { ops: Number(values.ops) } : {}),
    ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
  });
  console.log(`calendar benchmark — ${result.ops.toLocaleString('en-US')} ops per case, seed ${result.seed}, node ${result.node}\n`);
  console.log(formatCalendarBench(result));
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `calendar-${result.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
