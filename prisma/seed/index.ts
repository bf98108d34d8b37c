/**
 * Seeds what a fresh hall needs: the catalog, the official working-day calendar, and (locally)
 * demo accounts. Idempotent: re-running never overwrites a manager's edits.
 */
import type { Db } from '../client.js';
import { seedCalendar } from './calendar.js';
import { seedCatalog } from './catalog.js';
import { seedSupervision } from './supervision.js';
import { seedDemoUsers } from './users.js';

export async function seedAll(db: Db, opts: { demoUsers: boolean }) {
  const catalog = await seedCatalog(db);
  const calendar = await seedCalendar(db);
  const users = opts.demoUsers ? await seedDemoUsers(db) : 0;
  const supervision = await seedSupervision(db);
  return { catalog, calendar, users, supervision };
}
