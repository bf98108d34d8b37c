/**
 * PostgreSQL's own counters for the platform's database: rows written (inserted, updated,
 * deleted), WAL bytes and the database's size. The difference of two snapshots divided by the
 * cases completed in between is what a case writes — the "database writes per case" of the
 * capacity model (docs/operations.md). Commits are not counted: every read (the bench's own
 * polling of the read model included) commits a transaction too.
 */
import type { Db } from '../../prisma/client.js';

export interface DbCounters {
  rowsInserted: number;
  rowsUpdated: number;
  rowsDeleted: number;
  walBytes: number;
  sizeBytes: number;
}

export interface DbWritesPerCase {
  rowsInserted: number;
  rowsUpdated: number;
  rowsDeleted: number;
  /** All three. */
  rowsWritten: number;
  walKib: number;
  /** Growth of the database on disk per case (pages, indexes, free space): coarse with few cases. */
  sizeKib: number;
}

/** undefined when the counters cannot be read (a database role without access, another engine). */
export async function dbCounters(db: Db): Promise<DbCounters | undefined> {
  try {
    // The statistics collector flushes pending counters at most once a second: a snapshot taken at
    // once after a burst may miss its last writes, which the next snapshot then counts.
    const [row] = await db.$queryRaw<{ ins: bigint; upd: bigint; del: bigint; wal: string; size: bigint }[]>`
      SELECT tup_inserted AS ins, tup_updated AS upd, tup_deleted AS del,
             (pg_current_wal_lsn() - '0/0'::pg_lsn)::text AS wal, pg_database_size(current_database()) AS size
      FROM pg_stat_database WHERE datname = current_database()`;
    if (!row) return undefined;
    return { rowsInserted: Number(row.ins), rowsUpdated: Number(row.upd), rowsDeleted: Number(row.del), walBytes: Number(row.wal), sizeBytes: Number(row.size) };
  } catch {
    return undefined;
  }
}

export function dbWritesPer(before: DbCounters | undefined, after: DbCounters | undefined, cases: number): DbWritesPerCase | undefined {
  if (!before || !after || cases <= 0) return undefined;
  const per = (a: number, b: number, scale = 1) => Math.round(((a - b) / scale / cases) * 10) / 10;
  const rowsInserted = per(after.rowsInserted, before.rowsInserted);
  const rowsUpdated = per(after.rowsUpdated, before.rowsUpdated);
  const rowsDeleted = per(after.rowsDeleted, before.rowsDeleted);
  return {
    rowsInserted,
    rowsUpdated,
    rowsDeleted,
    rowsWritten: Math.round((rowsInserted + rowsUpdated + rowsDeleted) * 10) / 10,
    walKib: per(after.walBytes, before.walBytes, 1024),
    sizeKib: per(after.sizeBytes, before.sizeBytes, 1024),
  };
}
