/**
 * `npm run db:migrate` / `npm run db:seed` against DATABASE_URL (or the embedded server's URL,
 * which must then be running, e.g. under `npm start`).
 */
import { databaseUrl, loadConfig } from '../config/index.js';
import { createDb } from '../prisma/client.js';
import { ensureDatabase, migrate } from '../prisma/migrate.js';
import { seedAll } from '../prisma/seed/index.js';

const config = loadConfig();
const url = databaseUrl(config);
const command = process.argv[2];
if (command === 'migrate') {
  await ensureDatabase(url);
  const r = await migrate(url, console.log);
  console.log(`migrations: ${r.applied.length} applied, ${r.alreadyApplied} already in place`);
} else if (command === 'seed') {
  const db = createDb(url);
  console.log(await seedAll(db, { demoUsers: config.SEED_DEMO_USERS }));
  await db.$disconnect();
} else {
  console.error('usage: tsx scripts/db.ts migrate|seed');
  process.exit(2);
}
