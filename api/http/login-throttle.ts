/**
 * Sign-in throttling without lockout: failed sign-ins slow down further attempts, progressively,
 * per (account name, client address) — strongly — and per account name from anywhere — mildly,
 * with a low ceiling. A stranger can thus never lock anybody out (the owner from their own
 * address waits at most ACCOUNT_MAX_DELAY_S), while guessing one account's password from one
 * address quickly costs minutes per try. Unknown account names are throttled exactly like known
 * ones, so the answers tell nobody which names exist. Kept in PostgreSQL: every API copy agrees.
 */
import crypto from 'node:crypto';
import type { Db } from '../../prisma/client.js';

export const PAIR_FREE_FAILURES = 3;
export const PAIR_MAX_DELAY_S = 15 * 60;
export const ACCOUNT_FREE_FAILURES = 10;
export const ACCOUNT_MAX_DELAY_S = 30;

const h = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const accountKey = (name: string) => `account:${h(name)}`;
/** Pair keys start with their account's hash, so an administrator's unlock can clear them all. */
const pairKey = (name: string, ip: string) => `pair:${h(name)}:${h(ip)}`;

/** Seconds to wait after `failures` failures, given the free allowance and the ceiling. */
export function delaySeconds(failures: number, free: number, max: number): number {
  return failures < free ? 0 : Math.min(max, 2 ** (failures - free));
}

export class LoginThrottle {
  constructor(private readonly db: Db) {}

  private keys(username: string, ip: string) {
    const name = username.trim().toLowerCase();
    return { pair: pairKey(name, ip), account: accountKey(name) };
  }

  /** Seconds this attempt must still wait (0: go ahead). */
  async waitSeconds(username: string, ip: string, now = Date.now()): Promise<number> {
    const { pair, account } = this.keys(username, ip);
    const rows = await this.db.loginThrottle.findMany({ where: { key: { in: [pair, account] } } });
    let wait = 0;
    for (const r of rows) {
      const delay = r.key === pair ? delaySeconds(r.failures, PAIR_FREE_FAILURES, PAIR_MAX_DELAY_S) : delaySeconds(r.failures, ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY_S);
      wait = Math.max(wait, Math.ceil((r.lastFailureAt.getTime() + delay * 1000 - now) / 1000));
    }
    return wait;
  }

  async failed(username: string, ip: string): Promise<void> {
    const { pair, account } = this.keys(username, ip);
    for (const key of [pair, account]) {
      await this.db.$executeRaw`
        INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (${key}, 1, now())
        ON CONFLICT (key) DO UPDATE SET failures = login_throttle.failures + 1, last_failure_at = now()`;
    }
  }

  async succeeded(username: string, ip: string): Promise<void> {
    const { pair, account } = this.keys(username, ip);
    await this.db.loginThrottle.deleteMany({ where: { key: { in: [pair, account] } } });
  }
}

/** An administrator's unlock or password reset: every delay on the account name ends. */
export async function clearLoginThrottle(db: Db, username: string): Promise<void> {
  const name = username.trim().toLowerCase();
  await db.loginThrottle.deleteMany({ where: { OR: [{ key: accountKey(name) }, { key: { startsWith: `pair:${h(name)}:` } }] } });
}
