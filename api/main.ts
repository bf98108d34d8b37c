/**
 * The API process. Stateless: run as many copies as needed behind a load balancer.
 */
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { loadConfig, temporalConnectionOptions } from '../config/index.js';
import { appDatabaseUrl } from '../config/secrets.js';
import { createDb } from '../prisma/client.js';
import { platformDataConverter } from '../worker/codec.js';
import { TEMPORAL_CHANNEL_ARGS, createApp } from './app.js';

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });
const db = createDb(appDatabaseUrl(config));
// After Temporal was away, reconnect within seconds: gRPC's default back-off grows to two minutes,
// which would keep the API answering 503 long after Temporal is back.
const connection = await Connection.connect({ ...temporalConnectionOptions(config), channelArgs: TEMPORAL_CHANNEL_ARGS });
const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: platformDataConverter(config) });
const app = createApp({ config, db, temporal, logger });
const server = app.listen(config.PORT, config.HOST, () => {
  // Printed whatever LOG_LEVEL says: `npm start` waits for this line.
  console.log(`API listening on http://${config.HOST}:${config.PORT}`);
});
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(async () => {
    await (app.locals.flush as () => Promise<void>)().catch(() => undefined);
    await connection.close();
    await db.$disconnect();
    process.exit(0);
  });
  // Requests in flight get a moment to finish; long-lived big-screen streams are then cut.
  setTimeout(() => server.closeAllConnections(), 3_000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
