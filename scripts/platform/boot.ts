/**
 * The start-up steps `npm start` and `npm run cluster` share: PostgreSQL (embedded unless
 * DATABASE_URL), migrations, the least-privileged role and the seed; the Temporal namespace's
 * search attributes and schedules; the local simulators; the wait for the API; the banner.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client, type Connection } from '@temporalio/client';
import { type Config, databaseUrl } from '../../config/index.js';
import { appDatabaseUrl, embeddedAppRolePassword } from '../../config/secrets.js';
import { enableAppRoleLogin } from '../../prisma/app-role.js';
import { type Db, createDb } from '../../prisma/client.js';
import { ensureDatabase, migrate } from '../../prisma/migrate.js';
import { seedAll } from '../../prisma/seed/index.js';
import { DEMO_PASSWORD, demoAccounts } from '../../prisma/seed/users.js';
import { platformDataConverter } from '../../worker/codec.js';
import { type DepartmentSimulator, startDepartmentSimulator } from '../department-simulator.js';
import { startNotificationSimulator } from '../notification-simulator.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../postgres.js';
import { ensureMonthlyReportSchedule } from '../temporal/schedules.js';
import { registerSearchAttributes } from '../temporal/search-attributes.js';

export type Log = (msg: string) => void;
export type Stops = (() => Promise<void>)[];

export interface Database {
  /** The owner's URL (migrations, seed, Temporal's own databases). */
  dbUrl: string;
  /** The least-privileged URL the API and the worker use. */
  appDbUrl: string;
  /** The embedded server, when one was started. */
  embedded?: RunningPostgres;
  db: Db;
}

/** The embedded PostgreSQL (unless DATABASE_URL), migrated and seeded; its stop is pushed onto `stops`. */
export async function startDatabase(config: Config, log: Log, stops: Stops): Promise<Database> {
  fs.mkdirSync(config.DATA_DIR, { recursive: true });
  let dbUrl = config.DATABASE_URL;
  let embedded: RunningPostgres | undefined;
  if (!dbUrl) {
    log(`starting embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT} (data in ${path.join(config.DATA_DIR, 'postgres')})`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(config.DATA_DIR, 'postgres'), port: config.EMBEDDED_PG_PORT, log });
    const pg = embedded;
    stops.push(() => pg.stop());
    dbUrl = databaseUrl(config);
  } else {
    log('using the PostgreSQL at DATABASE_URL');
  }
  await ensureDatabase(dbUrl);
  const migrated = await migrate(dbUrl, log);
  log(`database schema current (${migrated.applied.length} migrations applied now, ${migrated.alreadyApplied} before)`);
  // The API and the worker connect as the least-privileged role (it cannot rewrite the audit log).
  const appDbUrl = config.DATABASE_URL ? appDatabaseUrl(config) : await enableAppRoleLogin(dbUrl, embeddedAppRolePassword(config));
  if (config.DATABASE_URL && !config.APP_DATABASE_URL) log('APP_DATABASE_URL is not set: the API and the worker use DATABASE_URL (see docs/operations.md, least privilege)');
  const db = createDb(dbUrl, 2);
  const seeded = await seedAll(db, { demoUsers: config.SEED_DEMO_USERS });
  log(`seeded: ${JSON.stringify(seeded)}`);
  return { dbUrl, appDbUrl, db, ...(embedded ? { embedded } : {}) };
}

/** The platform's search attributes (read from workflows/search-attributes.ts) and its schedules, idempotently. */
export async function prepareNamespace(connection: Connection, config: Config, attributes?: readonly { name: string; type: string }[]): Promise<'created' | 'exists'> {
  await registerSearchAttributes(connection, config.TEMPORAL_NAMESPACE, attributes);
  return ensureMonthlyReportSchedule(new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: platformDataConverter(config) }), config.TEMPORAL_TASK_QUEUE);
}

export interface Simulators {
  departments: DepartmentSimulator;
  notices: Awaited<ReturnType<typeof startNotificationSimulator>>;
}

/** The department simulator and the notification simulator (SMS, e-mail, the 12345 hotline), in this process. */
export async function startSimulators(config: Config, apiUrl: string, log: Log, stops: Stops): Promise<Simulators> {
  const departments = await startDepartmentSimulator(config.DEPARTMENT_SIMULATOR_PORT);
  stops.push(() => departments.close());
  log(`department simulator on ${departments.url}`);
  // Catches every SMS and e-mail (unless SMS_GATEWAY_URL / SMTP_PORT point elsewhere) and plays the 12345 hotline.
  const notices = await startNotificationSimulator({
    httpPort: config.NOTIFY_SIMULATOR_PORT,
    smtpPort: config.NOTIFY_SMTP_SIMULATOR_PORT,
    apiUrl,
    hotlineToken: config.HOTLINE_TOKEN,
    businessPlatformToken: config.BUSINESS_PLATFORM_TOKEN,
  });
  stops.push(() => notices.close());
  log(`notification simulator on ${notices.url} (SMTP port ${notices.smtpPort})`);
  return { departments, notices };
}

/** Waits until GET /readyz answers 200 (or throws after timeoutMs). */
export async function waitForReady(apiUrl: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const ready = await fetch(`${apiUrl}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    if (Date.now() - started > timeoutMs) throw new Error(`the API at ${apiUrl} did not become ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The demo accounts paragraph of the banner. */
export async function demoAccountLines(db: Db, config: Config): Promise<string> {
  const accounts = await demoAccounts(db);
  return `Demo accounts (password for all: ${DEMO_PASSWORD})${config.SEED_DEMO_USERS ? '' : ' — not seeded (SEED_DEMO_USERS=false)'}
${accounts
  .filter((a) => a.role !== 'DEPARTMENT_REVIEWER' || a === accounts.find((x) => x.role === 'DEPARTMENT_REVIEWER'))
  .map((a) => `  ${a.username.padEnd(22)} ${a.role.padEnd(20)} ${a.displayName}`)
  .join('\n')}
  … and one reviewer per department: reviewer.<department code in lower case> (${accounts.filter((a) => a.role === 'DEPARTMENT_REVIEWER').length} in all)`;
}
