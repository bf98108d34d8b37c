/**
 * Gives the least-privileged role (created and granted by the *_app_role migration) its login on
 * a server we run ourselves (the embedded PostgreSQL of `npm start` and the tests). Elsewhere the
 * DBA does this once (docs/operations.md).
 */
import pg from 'pg';
import { APP_DB_ROLE } from '../config/secrets.js';

export async function enableAppRoleLogin(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const escaped = password.replaceAll("'", "''");
    await client.query(`ALTER ROLE ${APP_DB_ROLE} WITH LOGIN PASSWORD '${escaped}'`);
  } finally {
    await client.end();
  }
  const u = new URL(ownerUrl);
  u.username = APP_DB_ROLE;
  u.password = password;
  return u.toString();
}
