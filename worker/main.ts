/**
 * The worker process: runs case workflows and their activities against Temporal and PostgreSQL.
 */
import { NativeConnection } from '@temporalio/worker';
import { configuredDepartmentSystems } from '../activities/department-systems/http.js';
import { databaseUrl, loadConfig, temporalAddress } from '../config/index.js';
import { createDb } from '../prisma/client.js';
import { createCaseWorker } from './create-worker.js';

const config = loadConfig();
const db = createDb(databaseUrl(config));
const connection = await NativeConnection.connect({ address: temporalAddress(config) });
const worker = await createCaseWorker({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  deps: {
    db,
    departments: configuredDepartmentSystems(config.DEPARTMENT_ENDPOINTS, `http://127.0.0.1:${config.DEPARTMENT_SIMULATOR_PORT}`),
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
console.log(`worker ready on task queue ${config.TEMPORAL_TASK_QUEUE} (${temporalAddress(config)})`);
await worker.run();
await connection.close();
await db.$disconnect();
