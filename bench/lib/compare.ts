/**
 * This run against the previous one: the newest `bench/results/run-*.json` of the same kind (quick
 * or full, same storage, isolated or running) written before this run, figure by figure
 * (bench/lib/targets.ts figuresOf), with the change and whether it went the better way. The files
 * are git-ignored: "previous" means on this machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchResults } from './suite.js';
import { type Figure, figuresOf } from './targets.js';

export interface Comparison {
  /** The previous run's file (relative to the results folder), or undefined: "no previous run". */
  previous?: { file: string; runId: string; startedAt: string; commit?: string };
  deltas: { figure: string; before: number; after: number; unit: string; change: number; changePct?: number; verdict: 'better' | 'worse' | 'same' }[];
  /** Figures present in one run only (a phase that did not run, or a figure added since). */
  onlyBefore: string[];
  onlyNow: string[];
}

/** Quick with quick, profiled with profiled (the profiler costs CPU), same storage, same stack. */
const sameKind = (a: BenchResults, b: BenchResults) =>
  a.options.quick === b.options.quick && a.options.storage === b.options.storage && a.options.useRunning === b.options.useRunning && !!a.options.profile === !!b.options.profile;

/** A run that never reached the platform (start-up or set-up failed) has nothing to compare with. */
const measuredThePlatform = (r: BenchResults) => !r.errors?.setup && !r.errors?.['start-up'];

/** The newest earlier run of the same kind in `dir` that measured the platform, or undefined. Unreadable files are skipped. */
export function findPreviousRun(dir: string, current: BenchResults): { file: string; results: BenchResults } | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => /^run-.*\.json$/.test(n));
  } catch {
    return undefined;
  }
  let best: { file: string; results: BenchResults } | undefined;
  for (const name of names) {
    try {
      const results = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as BenchResults;
      if (results.benchmark !== 'platform' || results.runId === current.runId || !(results.startedAt < current.startedAt) || !sameKind(results, current) || !measuredThePlatform(results)) continue;
      if (!best || results.startedAt > best.results.startedAt) best = { file: name, results };
    } catch {
      // A run cut off while writing, or a file of another shape.
    }
  }
  return best;
}

/** A change under 2% (or under the figure's rounding) reads as "same": quick runs are noisy. */
const NOISE = 0.02;

export function compareRuns(previous: { file: string; results: BenchResults } | undefined, current: BenchResults): Comparison {
  if (!previous) return { deltas: [], onlyBefore: [], onlyNow: [] };
  const before = figuresOf(previous.results);
  const now = figuresOf(current);
  const deltas: Comparison['deltas'] = [];
  for (const [figure, f] of Object.entries(now) as [string, Figure][]) {
    const b = before[figure];
    if (!b) continue;
    const change = Math.round((f.value - b.value) * 100) / 100;
    const changePct = b.value !== 0 ? Math.round((change / Math.abs(b.value)) * 1000) / 10 : undefined;
    const small = Math.abs(change) <= Math.max(0.01, NOISE * Math.abs(b.value));
    const up = change > 0;
    deltas.push({ figure, before: b.value, after: f.value, unit: f.unit, change, ...(changePct !== undefined ? { changePct } : {}), verdict: small ? 'same' : up === (f.better === 'higher') ? 'better' : 'worse' });
  }
  return {
    previous: { file: previous.file, runId: previous.results.runId, startedAt: previous.results.startedAt, ...(previous.results.git ? { commit: previous.results.git.commit } : {}) },
    deltas,
    onlyBefore: Object.keys(before).filter((k) => !(k in now)),
    onlyNow: Object.keys(now).filter((k) => !(k in before)),
  };
}

/** Whole numbers from 100, one decimal from 1, two below (ratios such as 0.09). */
const num = (v: number) => (Math.abs(v) >= 100 ? String(Math.round(v)) : Math.abs(v) >= 1 ? String(Math.round(v * 10) / 10) : String(Math.round(v * 100) / 100));

/** The comparison as printed lines. */
export function formatComparison(c: Comparison): string {
  if (!c.previous) return 'Compared with the previous run: no previous run (of this kind, that reached the platform) in bench/results/.';
  const lines = [`Compared with the previous run ${c.previous.runId} (${c.previous.file}${c.previous.commit ? `, commit ${c.previous.commit}` : ''}):`];
  const width = Math.max(...c.deltas.map((d) => d.figure.length), 10);
  for (const d of c.deltas) {
    const sign = d.change > 0 ? '+' : '';
    const pct = d.changePct !== undefined ? ` (${sign}${d.changePct}%)` : '';
    lines.push(`  ${d.figure.padEnd(width)}  ${num(d.before)} → ${num(d.after)} ${d.unit}  ${sign}${num(d.change)}${pct}  ${d.verdict}`);
  }
  const list = (names: string[]) => `${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
  if (c.onlyNow.length) lines.push(`  new in this run: ${list(c.onlyNow)}`);
  if (c.onlyBefore.length) lines.push(`  not measured this time: ${list(c.onlyBefore)}`);
  return lines.join('\n');
}
