/**
 * The worker process: runs case workflows and their activities against Temporal and PostgreSQL.
 */
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { configuredDepartmentSystems } from '../activities/department-systems/http.js';
import { configuredDeliverer } from '../activities/notifications/deliverer.js';
import { databaseUrl, loadConfig, smsGatewayUrl, smtpPort, temporalAddress, temporalConnectionOptions } from '../config/index.js';
import { appDatabaseUrl } from '../config/secrets.js';
import { createDb } from '../prisma/client.js';
import { platformDataConverter } from './codec.js';
import { createCaseWorker } from './create-worker.js';

const config = loadConfig();
const LEVELS = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'ERROR', silent: 'ERROR' } as const;
// The SDK's INFO lines (worker state changes, each activity) would drown the console of `npm start`.
Runtime.install({ logger: new DefaultLogger(config.LOG_LEVEL === 'info' ? 'WARN' : LEVELS[config.LOG_LEVEL]) });
const db = createDb(appDatabaseUrl(config));
const connection = await NativeConnection.connect(temporalConnectionOptions(config));
const worker = await createCaseWorker({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
  dataConverter: platformDataConverter(config),
  deps: {
    db,
    departments: configuredDepartmentSystems(config.DEPARTMENT_ENDPOINTS, `http://127.0.0.1:${config.DEPARTMENT_SIMULATOR_PORT}`),
  },
});
// The notification outbox is delivered from the worker processes too (claims make copies safe).
const deliverer = configuredDeliverer(config, { smsGatewayUrl: smsGatewayUrl(config), smtpPort: smtpPort(config) }, db, {
  onError: (m, e) => console.error(`outbox message ${m.id}: ${e instanceof Error ? e.message : String(e)}`),
});
deliverer.start(config.OUTBOX_POLL_MS);
// 'on', not 'once': under tsx a signal with no listener left ends the process before the drain.
let draining = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!draining) worker.shutdown();
    draining = true;
  });
}
console.log(`worker ready on task queue ${config.TEMPORAL_TASK_QUEUE} (${temporalAddress(config)})`);
await worker.run();
await deliverer.stop();
await connection.close();
await db.$disconnect();
