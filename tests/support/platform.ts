/**
 * Wires the real platform together for a test: the real PostgreSQL from the global setup, a
 * worker with the real activities against the given Temporal environment, the department
 * simulator, and (for API tests) the Express app on a random port.
 */
import type { AddressInfo } from 'node:net';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { pino } from 'pino';
import { configuredDepartmentSystems } from '../../activities/department-systems/http.js';
import type { DepartmentSystems } from '../../activities/department-systems/adapter.js';
import { createApp } from '../../api/app.js';
import { loadConfig } from '../../config/index.js';
import { type Db, createDb } from '../../prisma/client.js';
import { DEMO_PASSWORD, reviewerUsername } from '../../prisma/seed/users.js';
import { type DepartmentSimulator, startDepartmentSimulator } from '../../scripts/department-simulator.js';
import { apiRequest } from '../../scripts/api-request.js';
import { createCaseWorker } from '../../worker/create-worker.js';
import { type TestItem, findItem } from './catalog.js';
import { type Era, testEra } from './era.js';
import { devServerEnv, timeSkippingEnv } from './temporal.js';

export const TASK_QUEUE = 'test-cases';

export interface WorkerWorld {
  db: Db;
  simulator: DepartmentSimulator;
  worker: Worker;
  stop(): Promise<void>;
}

export async function startWorker(env: TestWorkflowEnvironment, opts: { departments?: DepartmentSystems } = {}): Promise<WorkerWorld> {
  // The least-privileged role the API and worker use in production (global-setup.ts).
  const db = createDb(process.env.APP_DATABASE_URL ?? process.env.DATABASE_URL!, 4);
  const simulator = await startDepartmentSimulator(0);
  const worker = await createCaseWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue: TASK_QUEUE,
    deps: { db, departments: opts.departments ?? configuredDepartmentSystems({}, simulator.url) },
  });
  const running = worker.run();
  return {
    db,
    simulator,
    worker,
    async stop() {
      worker.shutdown();
      await running;
      await simulator.close();
      await db.$disconnect();
    },
  };
}

export interface ApiWorld extends WorkerWorld {
  baseUrl: string;
  login(username: string, password?: string): Promise<string>;
  call(method: string, path: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
}

export async function startApi(env: TestWorkflowEnvironment, opts: { configOverrides?: Record<string, string> } = {}): Promise<ApiWorld> {
  const world = await startWorker(env);
  const config = loadConfig({ ...process.env, TEMPORAL_TASK_QUEUE: TASK_QUEUE, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ...opts.configOverrides });
  // Actors are vouched for at the test server's time, which a time-skipping server moves ahead.
  const app = createApp({ config, db: world.db, temporal: env.client, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), workflowClock: () => env.currentTimeMs() });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The API speaks Chinese by default; the API tests read the English text (English on request).
  const call: ApiWorld['call'] = (method, path, opts = {}) => apiRequest(`${baseUrl}${path}`, method, opts);
  return {
    ...world,
    baseUrl,
    call,
    async login(username, password = DEMO_PASSWORD) {
      // The sign-in slow-down is kept per name and address in the shared database, so another test
      // file's wrong passwords for a demo account can ask this one to wait: it waits, as a client would.
      for (let attempt = 1; ; attempt++) {
        const r = await call('POST', '/api/v1/auth/login', { body: { username, password } });
        if (r.status === 200) return r.body.token as string;
        if (r.status === 429 && r.body?.rule === 'auth.slow_down' && attempt < 6) {
          await new Promise((done) => setTimeout(done, (Number(r.body.retryAfterSeconds) || 1) * 1000 + 100));
          continue;
        }
        throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
      }
    },
    async stop() {
      await new Promise((r) => server.close(r));
      await world.stop();
    },
  };
}

/** The world most case tests start from: a dev server, worker and API, an item, its window clerk and its department's reviewer signed in. */
export interface CaseWorld {
  env: TestWorkflowEnvironment;
  world: ApiWorld;
  item: TestItem;
  clerk: string;
  reviewer: string;
}

export async function startCaseWorld(want: Parameters<typeof findItem>[1], clerkName = 'clerk.a01'): Promise<CaseWorld> {
  const env = await devServerEnv();
  const world = await startApi(env);
  const item = await findItem(world.db, want);
  const [clerk, reviewer] = await Promise.all([world.login(clerkName), world.login(reviewerUsername(item.departmentCode))]);
  return { env, world, item, clerk, reviewer };
}

/** Stops what startCaseWorld or startTimeSkippingWorld started, whatever part of it came up. */
export async function stopWorld(w: { env?: TestWorkflowEnvironment; world?: WorkerWorld }): Promise<void> {
  await w.world?.stop();
  await w.env?.teardown();
}

/** The world of the time-skipping tests: a test server whose clock the test moves, the era its dates are computed in, the worker and an item. */
export interface TimeSkippingWorld {
  env: TestWorkflowEnvironment;
  era: Era;
  world: WorkerWorld;
  item: TestItem;
}

export async function startTimeSkippingWorld(want: Parameters<typeof findItem>[1]): Promise<TimeSkippingWorld> {
  const env = await timeSkippingEnv();
  const era = await testEra(env);
  const world = await startWorker(env);
  return { env, era, world, item: await findItem(world.db, want) };
}
