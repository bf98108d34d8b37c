/** Liveness and readiness, for load balancers and `npm start`. */
import type { ConnectionLike } from '@temporalio/client';
import type { Router } from 'express';
import type { Db } from '../../prisma/client.js';

export function registerHealthRoutes(router: Router, deps: { db: Db; connection: ConnectionLike; namespace: string }): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const within = <T>(p: Promise<T>) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out after 3 s')), 3_000))]);
    const [postgres, temporal] = await Promise.allSettled([
      within(deps.db.$queryRaw`SELECT 1`),
      within(deps.connection.workflowService.getSystemInfo({})),
    ]);
    const checks = {
      postgres: postgres.status === 'fulfilled' ? 'up' : `down: ${(postgres.reason as Error).message.split('\n')[0]}`,
      temporal: temporal.status === 'fulfilled' ? 'up' : `down: ${(temporal.reason as Error).message.split('\n')[0]}`,
    };
    const down = Object.entries(checks).filter(([, v]) => v !== 'up').map(([k]) => k);
    if (down.length === 0) {
      res.json({ status: 'ready', checks });
    } else {
      res.status(503).type('application/problem+json').send(JSON.stringify({
        type: 'https://onewindow.example.gov.cn/problems/503',
        title: 'Service unavailable',
        status: 503,
        detail: `not ready: ${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} down`,
        checks,
      }));
    }
  });
}
