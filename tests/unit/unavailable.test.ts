/**
 * Which failures mean "a dependency is away" (503 with Retry-After, retry with the same key) and
 * which are bugs (500): the cases the fault suite met.
 */
import { describe, expect, it } from 'vitest';
import { unavailableDependency } from '../../api/http/unavailable.js';

class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
  }
}

describe('unavailable dependencies', () => {
  it('when the pg driver loses its server in the middle of a transaction, then PostgreSQL is unavailable', () => {
    const e = new Error('Connection terminated unexpectedly');
    e.stack = 'Error: Connection terminated unexpectedly\n    at /app/node_modules/pg/lib/client.js:694:17';
    expect(unavailableDependency(e)).toBe('PostgreSQL');
  });

  it('when PostgreSQL shuts down or cannot be reached, then PostgreSQL is unavailable', () => {
    expect(unavailableDependency(Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { name: 'PrismaClientKnownRequestError', code: 'P1001' }))).toBe('PostgreSQL');
    expect(unavailableDependency(Object.assign(new Error('terminating connection due to administrator command'), { name: 'PrismaClientKnownRequestError', code: 'P2010' }))).toBe('PostgreSQL');
  });

  it('when a Temporal call is cancelled by a restart, times out or finds nobody, then Temporal is unavailable', () => {
    expect(unavailableDependency(new ServiceError('Failed to query Workflow', Object.assign(new Error('1 CANCELLED: Call cancelled'), { code: 1 })))).toBe('Temporal');
    expect(unavailableDependency(new ServiceError('Failed to start Workflow', Object.assign(new Error('4 DEADLINE_EXCEEDED: Deadline exceeded'), { code: 4 })))).toBe('Temporal');
    expect(unavailableDependency(new ServiceError('Failed to signal', Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 })))).toBe('Temporal');
  });

  it('when a Temporal cluster cannot find its namespace while its own database is away, then Temporal is unavailable', () => {
    class NamespaceNotFoundError extends Error {
      override name = 'NamespaceNotFoundError';
    }
    expect(unavailableDependency(new NamespaceNotFoundError("Namespace not found: 'default'"))).toBe('Temporal');
  });

  it('when an error is a bug of ours, then no dependency is blamed', () => {
    expect(unavailableDependency(new TypeError("Cannot read properties of undefined (reading 'caseNo')"))).toBeUndefined();
    // The same words outside the database driver are not a database outage.
    expect(unavailableDependency(new Error('Connection terminated unexpectedly'))).toBeUndefined();
    expect(unavailableDependency(Object.assign(new Error('Unique constraint failed'), { name: 'PrismaClientKnownRequestError', code: 'P2002' }))).toBeUndefined();
  });
});
