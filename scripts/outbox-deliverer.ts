/**
 * The outbox deliverer as a process of its own (the worker also runs one): scale it out like the
 * workers; deliverers share the work through row claims. `tsx scripts/outbox-deliverer.ts`.
 * OUTBOX_LEASE_MS sets how long a claim holds before another deliverer may take it over.
 */
import { configuredDeliverer } from '../activities/notifications/deliverer.js';
import { databaseUrl, loadConfig, smsGatewayUrl, smtpPort } from '../config/index.js';
import { createDb } from '../prisma/client.js';

const config = loadConfig();
const db = createDb(databaseUrl(config), 2);
const leaseMs = Number(process.env.OUTBOX_LEASE_MS ?? 60_000);
const deliverer = configuredDeliverer(config, { smsGatewayUrl: smsGatewayUrl(config), smtpPort: smtpPort(config) }, db, {
  leaseMs,
  onError: (m, e) => console.error(`outbox message ${m.id}: ${e instanceof Error ? e.message : String(e)}`),
});
deliverer.start(config.OUTBOX_POLL_MS);
console.log(`outbox deliverer running (lease ${leaseMs} ms)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void deliverer.stop().then(() => db.$disconnect()).then(() => process.exit(0));
  });
}
