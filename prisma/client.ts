/**
 * The one way to get a Prisma client: PostgreSQL through the `pg` driver adapter (Prisma 7).
 * The pool size is small per process; scale comes from running more processes.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.js';

export type Db = PrismaClient;
export { Prisma } from './generated/client.js';

export function createDb(databaseUrl: string, poolSize = 10): Db {
  // Deadlines, so that a database that is down or stuck gives an error (a 503 at the API, a retried
  // activity in the worker) within seconds instead of a request that hangs.
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 3_000, query_timeout: 30_000 });
  return new PrismaClient({ adapter });
}
