/**
 * A store for express-rate-limit kept in PostgreSQL, so that the per-minute limits hold for the
 * platform, not per API copy: with two copies behind a load balancer, a client gets its
 * RATE_LIMIT_PER_MINUTE in all, not twice as many. (The library's default MemoryStore counts in
 * one process only.)
 *
 * One row per key and fixed window; every request adds one with an upsert that returns the total.
 * Requests for the same key that arrive while this copy's upsert is in flight are added together
 * by the next one, so a burst from one address costs one round trip at a time per copy, never a
 * queue of row locks. If PostgreSQL does not answer within a moment the copy counts alone (fails
 * open to a per-copy limit) rather than holding the request: the request then meets the outage
 * where it really needs the database, with its proper 503.
 */
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Db } from '../../prisma/client.js';

/** How long a count may wait for PostgreSQL before this copy counts alone. */
const DB_WAIT_MS = 1_000;
/** Windows older than this many windows are deleted (by whichever copy gets there). */
const KEEP_WINDOWS = 3;

interface Batch {
  delta: number;
  waiters: ((info: ClientRateLimitInfo) => void)[];
}

export class PgRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private readonly next = new Map<string, Batch>();
  private readonly inFlight = new Set<string>();
  /** Counts of this copy alone, used only while PostgreSQL does not answer. */
  private readonly local = new Map<string, number>();
  private lastCleanup = 0;

  constructor(
    private readonly db: Db,
    /** Distinguishes the limiters sharing the table (e.g. `api:` and `login:`). */
    readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private window(): { start: number; reset: Date } {
    const start = Math.floor(this.now() / this.windowMs) * this.windowMs;
    return { start, reset: new Date(start + this.windowMs) };
  }

  increment(key: string): Promise<ClientRateLimitInfo> {
    const { start, reset } = this.window();
    const slot = `${start}|${this.prefix}${key}`;
    return new Promise((resolve) => {
      const batch = this.next.get(slot) ?? { delta: 0, waiters: [] };
      batch.delta += 1;
      batch.waiters.push(resolve);
      this.next.set(slot, batch);
      if (!this.inFlight.has(slot)) void this.flush(slot, `${this.prefix}${key}`, start, reset);
    });
  }

  private async flush(slot: string, key: string, start: number, reset: Date): Promise<void> {
    const batch = this.next.get(slot);
    if (!batch) {
      this.inFlight.delete(slot);
      return;
    }
    this.next.delete(slot);
    this.inFlight.add(slot);
    const localTotal = (this.local.get(slot) ?? 0) + batch.delta;
    this.local.set(slot, localTotal);
    let total: number;
    try {
      total = await this.add(key, start, batch.delta);
    } catch {
      total = localTotal;
    }
    // Each request of the batch sees the count as it stood with it included, in arrival order.
    batch.waiters.forEach((w, i) => w({ totalHits: total - (batch.delta - 1 - i), resetTime: reset }));
    void this.flush(slot, key, start, reset);
    this.cleanup(start);
  }

  private async add(key: string, start: number, delta: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('rate limit store: PostgreSQL did not answer')), DB_WAIT_MS);
    });
    try {
      const rows = await Promise.race([
        this.db.$queryRaw<{ hits: number }[]>`
          INSERT INTO rate_limit_hit (key, window_start, hits) VALUES (${key}, ${new Date(start)}, ${delta})
          ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hit.hits + EXCLUDED.hits
          RETURNING hits`,
        timeout,
      ]);
      return Number(rows[0]!.hits);
    } finally {
      clearTimeout(timer);
    }
  }

  private cleanup(currentStart: number): void {
    for (const slot of this.local.keys()) if (Number(slot.slice(0, slot.indexOf('|'))) < currentStart) this.local.delete(slot);
    if (currentStart - this.lastCleanup < this.windowMs) return;
    this.lastCleanup = currentStart;
    const before = new Date(currentStart - KEEP_WINDOWS * this.windowMs);
    this.db.$executeRaw`DELETE FROM rate_limit_hit WHERE window_start < ${before}`.catch(() => undefined);
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { start, reset } = this.window();
    const rows = await this.db.$queryRaw<{ hits: number }[]>`SELECT hits FROM rate_limit_hit WHERE key = ${this.prefix + key} AND window_start = ${new Date(start)}`;
    return rows[0] ? { totalHits: Number(rows[0].hits), resetTime: reset } : undefined;
  }

  async decrement(key: string): Promise<void> {
    const { start } = this.window();
    await this.db.$executeRaw`UPDATE rate_limit_hit SET hits = GREATEST(hits - 1, 0) WHERE key = ${this.prefix + key} AND window_start = ${new Date(start)}`;
  }

  async resetKey(key: string): Promise<void> {
    await this.db.$executeRaw`DELETE FROM rate_limit_hit WHERE key = ${this.prefix + key}`;
  }
}
