/**
 * Which dependency an unexpected error says is unavailable, if any. A request that fails because
 * PostgreSQL or Temporal cannot be reached (or did not answer within its deadline) gets 503 with
 * Retry-After — a client should retry with its Idempotency-Key — not a 500 that reads like a bug.
 */
export type Dependency = 'PostgreSQL' | 'Temporal';

const PG_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', 'P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const PG_TEXT = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|the database system is (shutting down|starting up)|terminating connection due to administrator command|Client has encountered a connection error|Connection refused|ECONNREFUSED|Query read timeout/i;
/**
 * gRPC status codes: 14 UNAVAILABLE, 4 DEADLINE_EXCEEDED, and 1 CANCELLED — what a call in flight
 * gets when Temporal restarts under it (the API itself never cancels a call but by its deadline).
 */
const GRPC_UNAVAILABLE = new Set([1, 4, 14]);
const TEMPORAL_TEXT = /UNAVAILABLE|DEADLINE_EXCEEDED|Deadline exceeded|CANCELLED: Call cancelled|Failed to connect|No connection established|tcp connect error|Connection refused/i;

export function unavailableDependency(err: unknown): Dependency | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const x = e as { name?: string; code?: unknown; message?: string; constructor?: { name?: string } };
    const name = `${x.name ?? ''} ${x.constructor?.name ?? ''}`;
    const message = String(x.message ?? '');
    // A Temporal cluster whose own database is away forgets its namespaces until it is back (seen
    // in cluster mode while PostgreSQL restarted): the namespace is configuration checked at start
    // (npm start, the cluster launcher, /readyz), so here it means Temporal is not whole yet.
    if (/NamespaceNotFoundError/.test(name)) return 'Temporal';
    if (/ServiceError|GrpcError|WorkflowUpdateRPCTimeoutOrCancelledError/.test(name) || (typeof x.code === 'number' && GRPC_UNAVAILABLE.has(x.code))) {
      if ((typeof x.code === 'number' && GRPC_UNAVAILABLE.has(x.code)) || TEMPORAL_TEXT.test(message) || /RPCTimeout/.test(name)) return 'Temporal';
    }
    if (/Prisma|DriverAdapter|DatabaseError/.test(name) || (typeof x.code === 'string' && PG_CODES.has(x.code))) {
      if ((typeof x.code === 'string' && PG_CODES.has(x.code)) || PG_TEXT.test(message) || /PrismaClientInitializationError/.test(name)) return 'PostgreSQL';
    }
    if (typeof x.code === 'string' && PG_CODES.has(x.code)) return 'PostgreSQL';
    // The pg driver's own connection errors are plain Errors (e.g. "Connection terminated
    // unexpectedly" when the server goes away in the middle of a transaction's BEGIN).
    if (PG_TEXT.test(message) && /node_modules[\\/](pg|pg-pool|@prisma[\\/]adapter-pg)[\\/]/.test(String((e as { stack?: string }).stack ?? ''))) return 'PostgreSQL';
  }
  return undefined;
}
