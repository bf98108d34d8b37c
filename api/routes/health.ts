/**
 * Liveness and readiness, for load balancers and `npm start`. Ready means a case can be served end
 * to end: PostgreSQL answers, Temporal answers, and at least one worker polls the case task queue
 * (without one, every case would wait silently).
 */
import type { ConnectionLike } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { Router } from 'express';
import type { Db } from '../../prisma/client.js';

/** A worker polls at least once a minute; a poller unseen for longer is gone. */
const POLLER_FRESH_MS = 90_000;

export function registerHealthRoutes(router: Router, deps: { db: Db; connection: ConnectionLike; namespace: string; taskQueue: string }): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const within = <T>(p: Promise<T>) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), 3_000).unref())]);
    // Temporal calls carry their own deadline too, so that none keeps retrying after we answered.
    const temporalWithin = <T>(fn: () => Promise<T>) => within(deps.connection.withDeadline(Date.now() + 3_000, fn));
    const [postgres, temporal, workers] = await Promise.allSettled([
      within(deps.db.$queryRaw`SELECT 1`),
      temporalWithin(() => deps.connection.workflowService.getSystemInfo({})),
      temporalWithin(() => pollingWorkers(deps)),
    ]);
    const checks = {
      postgres: postgres.status === 'fulfilled' ? 'up' : `down: ${reasonOf(postgres.reason)}`,
      temporal: temporal.status === 'fulfilled' ? 'up' : `down: ${reasonOf(temporal.reason)}`,
      workers:
        workers.status === 'rejected'
          ? `unknown: ${reasonOf(workers.reason)}`
          : workers.value > 0
            ? 'up'
            : `down: no worker polls the task queue ${deps.taskQueue}`,
    };
    const down = Object.entries(checks).filter(([, v]) => v !== 'up').map(([k]) => k);
    if (down.length === 0) {
      res.json({ status: 'ready', checks });
    } else {
      res.status(503).setHeader('retry-after', '5');
      res.type('application/problem+json').send(JSON.stringify({
        type: 'https://onewindow.example.gov.cn/problems/503',
        title: 'Service unavailable',
        status: 503,
        detail: `not ready: ${down.join(', ')} not available`,
        checks,
      }));
    }
  });
}

async function pollingWorkers(deps: { connection: ConnectionLike; namespace: string; taskQueue: string }): Promise<number> {
  const r = await deps.connection.workflowService.describeTaskQueue({
    namespace: deps.namespace,
    taskQueue: { name: deps.taskQueue, kind: proto.temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
    taskQueueType: proto.temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  const now = Date.now();
  return (r.pollers ?? []).filter((p) => {
    const seen = p.lastAccessTime?.seconds;
    return seen === undefined || seen === null || now - Number(seen) * 1000 < POLLER_FRESH_MS;
  }).length;
}

/** One line that names the cause, also for errors whose message is empty (a refused connection). */
function reasonOf(e: unknown): string {
  const err = e as { message?: string; code?: unknown; name?: string; cause?: unknown } | undefined;
  const first = String(err?.message ?? '').split('\n').find((l) => l.trim()) ?? '';
  if (first) return first.slice(0, 300);
  if (err?.code) return String(err.code);
  if (err?.cause) return reasonOf(err.cause);
  return err?.name ?? String(e);
}
