/**
 * Builds a worker for the case task queue. Stateless: run as many copies as the load needs.
 */
import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { type ActivityDeps, createActivities } from '../activities/index.js';
import { createReportActivities } from '../activities/reports/index.js';
import { poolSizeOf } from '../prisma/client.js';
import { platformDataConverter } from './codec.js';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export async function createCaseWorker(opts: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  dataConverter?: DataConverter;
  /** WORKER_MAX_CACHED_WORKFLOWS (config/index.ts). */
  maxCachedWorkflows?: number;
  workerOptions?: Partial<WorkerOptions>;
}): Promise<Worker> {
  // Concurrency matched to the database pool: each projection holds one connection for its one
  // statement, so more activities at once than connections would only queue inside the pool
  // (and time out there) instead of waiting as tasks in Temporal, where the load is visible.
  const dbSlots = poolSizeOf(opts.deps.db) ?? 10;
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowsPath: WORKFLOWS_PATH,
    activities: { ...createActivities(opts.deps), ...createReportActivities(opts.deps) },
    // Payloads encrypted and actors' signatures judged (worker/codec.ts).
    dataConverter: opts.dataConverter ?? platformDataConverter(),
    // Cases wait for weeks; keep the sticky cache bounded so memory stays flat with many open cases.
    maxCachedWorkflows: opts.maxCachedWorkflows ?? 1_000,
    maxConcurrentLocalActivityExecutions: dbSlots,
    maxConcurrentActivityTaskExecutions: dbSlots,
    ...opts.workerOptions,
  });
}
