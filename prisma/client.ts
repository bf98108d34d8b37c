/**
 * The one way to get a Prisma client: PostgreSQL through the `pg` driver adapter (Prisma 7).
 * The pool size is small per process; scale comes from running more processes.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client.js';

export type Db = PrismaClient;
export { Prisma } from './generated/client.js';

const pools = new WeakMap<Db, pg.Pool>();

export function createDb(databaseUrl: string, poolSize = 10): Db {
  // Deadlines, so that a database that is down or stuck gives an error (a 503 at the API, a retried
  // activity in the worker) within seconds instead of a request that hangs.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 3_000, query_timeout: 30_000 });
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

/**
 * The plain `pg` pool under a client made by createDb, shared with Prisma (same connections, same
 * size): for the few hot statements that are one round trip in SQL (the case projection).
 */
export function poolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

/** The size of the connection pool under a client made by createDb (the worker matches its concurrency to it). */
export function poolSizeOf(db: Db): number | undefined {
  return pools.get(db)?.options.max;
}
