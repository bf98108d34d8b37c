/** The benchmark's sizes. Quick mode is sized to finish within two minutes on a 2-core machine. */

export interface BenchOptions {
  quick: boolean;
  /** N: workflows in the raw baseline, cases accepted through the API, cases taken through the lifecycle. */
  cases: number;
  /** C: concurrent clients in the closed-loop phases (the same C for the baseline and the API). */
  concurrency: number;
  /** Seconds of the sustained phase. */
  durationS: number;
  /** Cases per second offered in the sustained phase. */
  rate: number;
  /** K: open cases left waiting on their timers for the worker-memory figure. */
  openCases: number;
  useRunning: boolean;
  /** Where the isolated stack keeps its data (see bench/lib/stack.ts dataRoot). */
  storage: 'disk' | 'tmpfs';
  /** Run the worker and the API with --cpu-prof; profiles and their summary go to bench/results/profile-<run>/. */
  profile: boolean;
}

/** The sustained rate is issue 18's target load: 15 cases/s (its full run holds it for 60 s). */
export const QUICK: Omit<BenchOptions, 'useRunning' | 'quick' | 'storage' | 'profile'> = { cases: 50, concurrency: 10, durationS: 10, rate: 15, openCases: 1_000 };
export const FULL: Omit<BenchOptions, 'useRunning' | 'quick' | 'storage' | 'profile'> = { cases: 1_000, concurrency: 10, durationS: 60, rate: 15, openCases: 10_000 };

/** Time limits per phase: every loop stops by itself, also when the platform is far slower than expected. */
export interface PhaseLimits {
  startupMs: number;
  baselineMs: number;
  platformMs: number;
  lifecycleMs: number;
  drainMs: number;
  heavyMs: number;
  openCasesMs: number;
  idleMs: number;
  /** Longest wait for the worker to go quiet before a phase. */
  settleMs: number;
  /**
   * Quick mode's promise: the whole run, start-up to stop, within two minutes. The open-cases
   * phase comes last and gets what the earlier phases left of this budget (at most openCasesMs).
   */
  totalBudgetMs?: number;
}

export function limitsOf(opts: BenchOptions): PhaseLimits {
  return opts.quick
    ? { startupMs: 60_000, baselineMs: 5_000, platformMs: 8_000, lifecycleMs: 8_000, drainMs: 4_000, heavyMs: 10_000, openCasesMs: 90_000, idleMs: 4_000, settleMs: 3_000, totalBudgetMs: 116_000 }
    : { startupMs: 180_000, baselineMs: 120_000, platformMs: 300_000, lifecycleMs: 300_000, drainMs: 120_000, heavyMs: 60_000, openCasesMs: 1_200_000, idleMs: 60_000, settleMs: 60_000 };
}
