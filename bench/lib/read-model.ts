/**
 * Waits for cases to reach the department (IN_REVIEW) by watching the read model, the way a
 * reviewer's work list sees them. One query per interval serves every waiting case, so the
 * watching itself adds almost nothing to the load it measures.
 */
import type { Db } from '../../prisma/client.js';
import { sleep } from './sampling.js';

interface Waiter {
  resolve: () => void;
  reject: (e: Error) => void;
  deadline: number;
}

/** Named, so the failure counts read "InReviewWait", not a bare "Error". */
export class WaitError extends Error {
  override name = 'InReviewWait';
}

const FINAL = new Set(['REFUSED', 'COMPLETED', 'WITHDRAWN', 'TERMINATED']);

export class InReviewWatcher {
  private readonly waiting = new Map<string, Waiter>();
  private running = false;
  private loop: Promise<void> | undefined;
  private lastError: string | undefined;

  constructor(
    private readonly db: Db,
    private readonly intervalMs = 100,
  ) {}

  /** Cases accepted whose arrival at the department has not been seen yet: the intake backlog. */
  get backlog(): number {
    return this.waiting.size;
  }

  start(): this {
    this.running = true;
    this.loop = this.run();
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    for (const [caseNo, w] of this.waiting) w.reject(new WaitError(`stopped watching case ${caseNo}`));
    this.waiting.clear();
  }

  /** Resolves when the read model shows the case IN_REVIEW; rejects after timeoutMs or on abort. */
  waitInReview(caseNo: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      this.waiting.set(caseNo, { resolve, reject, deadline: performance.now() + timeoutMs });
      signal?.addEventListener(
        'abort',
        () => {
          if (this.waiting.delete(caseNo)) reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (this.waiting.size > 0) {
        try {
          // Only the rows that settle a wait come back: the query stays cheap for the database it
          // shares with the platform under test, also with a thousand cases waiting.
          const rows = await this.db.case.findMany({
            where: { caseNo: { in: [...this.waiting.keys()] }, status: { in: ['IN_REVIEW', ...FINAL] } },
            select: { caseNo: true, status: true },
          });
          for (const row of rows) {
            const w = this.waiting.get(row.caseNo);
            if (!w) continue;
            if (row.status === 'IN_REVIEW') {
              this.waiting.delete(row.caseNo);
              w.resolve();
            } else if (FINAL.has(row.status)) {
              this.waiting.delete(row.caseNo);
              w.reject(new WaitError(`case ${row.caseNo} closed as ${row.status} before reaching the department`));
            }
          }
          this.lastError = undefined;
        } catch (e) {
          this.lastError = (e as Error).message;
        }
        const now = performance.now();
        for (const [caseNo, w] of this.waiting) {
          if (now > w.deadline) {
            this.waiting.delete(caseNo);
            w.reject(new WaitError(`case ${caseNo} did not reach IN_REVIEW in time${this.lastError ? ` (read model: ${this.lastError})` : ''}`));
          }
        }
      }
      await sleep(this.intervalMs);
    }
  }
}
