/**
 * The notification outbox under load: how fast deliverers drain it into the local SMS/e-mail
 * simulator, and that nothing is delivered twice when several deliverers share the work.
 *
 *   npx tsx bench/outbox.ts [--quick] [--messages N] [--deliverers K]
 *
 * Starts an embedded PostgreSQL in a temporary folder, migrates it, writes N outbox rows (half
 * SMS, half e-mail; default 5,000, --quick 1,000), starts the notification simulator and K
 * deliverers (default 2) in this process, and times until every row is SENT. The run is void
 * unless the simulator holds exactly N messages, each delivered once. Prints the figures and
 * writes bench/results/outbox-<time>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { configuredDeliverer } from '../activities/notifications/deliverer.js';
import { loadConfig } from '../config/index.js';
import { createDb } from '../prisma/client.js';
import { ensureDatabase, migrate } from '../prisma/migrate.js';
import { startEmbeddedPostgres } from '../scripts/postgres.js';
import { startNotificationSimulator } from '../scripts/notification-simulator.js';
import { freePort } from '../scripts/temporal/provision.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, messages: { type: 'string' }, deliverers: { type: 'string' } } });
const messages = Number(values.messages ?? (values.quick ? 1_000 : 5_000));
const deliverers = Number(values.deliverers ?? 2);
const log = (line: string) => console.log(`[outbox-bench] ${line}`);

const dir = mkdtempSync(join(os.tmpdir(), 'onewindow-outbox-bench-'));
const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), log: () => {} });
const url = pg.url('onewindow_outbox_bench');
const sim = await startNotificationSimulator();
const db = createDb(url, 8);
try {
  await ensureDatabase(url);
  await migrate(url, () => {});
  log(`writing ${messages} outbox rows`);
  for (let i = 0; i < messages; i += 1_000) {
    await db.outboxMessage.createMany({
      data: Array.from({ length: Math.min(1_000, messages - i) }, (_, j) => {
        const n = i + j;
        const sms = n % 2 === 0;
        return { dedupeKey: `bench:${n}`, kind: 'bench', channel: sms ? 'SMS' : 'EMAIL', recipient: sms ? `139${String(n).padStart(8, '0')}` : `dept${n}@bench.example`, subject: '压测通知', body: `【一窗综合受理平台】压测消息 ${n}`, ref: `bench-${n}` };
      }),
    });
  }
  const config = loadConfig({ ...process.env, OUTBOX_MAX_ATTEMPTS: '5' });
  const workers = Array.from({ length: deliverers }, () => configuredDeliverer(config, { smsGatewayUrl: sim.smsUrl, smtpPort: sim.smtpPort }, db, { batchSize: 100 }));
  const t0 = performance.now();
  let rounds = 0;
  for (;;) {
    const results = await Promise.all(workers.map((w) => w.deliverDue()));
    rounds += 1;
    if (results.every((r) => r.sent + r.retried + r.dead === 0)) break;
  }
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(workers.map((w) => w.stop()));
  const sent = await db.outboxMessage.count({ where: { status: 'SENT' } });
  const caught = sim.messages();
  const duplicates = caught.filter((m) => m.deliveries > 1).length;
  const valid = sent === messages && caught.length === messages && duplicates === 0;
  const result = {
    benchmark: 'outbox',
    startedAt: new Date().toISOString(),
    node: process.version,
    messages,
    deliverers,
    seconds: Math.round(seconds * 100) / 100,
    messagesPerSecond: Math.round(messages / seconds),
    rounds,
    sent,
    caughtBySimulator: caught.length,
    deliveredTwice: duplicates,
    valid,
  };
  console.table([result]);
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `outbox-${result.startedAt.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
  if (!valid) {
    log('VOID: not every message reached the simulator exactly once');
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
  await sim.close();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
