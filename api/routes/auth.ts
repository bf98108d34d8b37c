/**
 * Sign-in, token refresh and "who am I". Failed sign-ins count per account; after
 * MAX_FAILED_LOGINS the account is locked for LOCK_MINUTES (and the route is rate limited per IP).
 */
import { z } from 'zod';
import type { Db } from '../../prisma/client.js';
import { LOCK_MINUTES, MAX_FAILED_LOGINS, type Tokens, toAuthUser, verifyPassword } from '../http/auth.js';
import { Problem, unauthorized } from '../http/problem.js';
import type { ApiRegistry } from '../http/route.js';

const tokenResponse = z.object({
  token: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().describe('seconds'),
  refreshToken: z.string(),
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.string(), departmentCode: z.string().optional(), windowNo: z.string().optional() }),
});

export function registerAuthRoutes(api: ApiRegistry, deps: { db: Db; tokens: Tokens }): void {
  const { db, tokens } = deps;
  const issue = async (user: Parameters<typeof toAuthUser>[0]) => {
    const u = toAuthUser(user);
    const access = await tokens.access(u);
    return { token: access.token, tokenType: 'Bearer' as const, expiresIn: access.expiresIn, refreshToken: await tokens.issueRefresh(db, u.id), user: u };
  };

  api.route(
    {
      method: 'post',
      path: '/api/v1/auth/login',
      summary: 'Sign in',
      tags: ['auth'],
      access: 'public',
      body: z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }),
      response: tokenResponse,
      audit: 'auth.login',
      problems: [401, 429],
    },
    async ({ body, res }) => {
      const user = await db.user.findUnique({ where: { username: body.username } });
      const now = new Date();
      if (user?.lockedUntil && user.lockedUntil > now) {
        throw new Problem(429, `too many failed sign-ins: the account is locked until ${user.lockedUntil.toISOString()}`, { rule: 'auth.locked' });
      }
      const ok = user && user.active && (await verifyPassword(user.passwordHash, body.password));
      if (!user || !ok) {
        if (user) {
          const failed = user.failedLogins + 1;
          await db.user.update({
            where: { id: user.id },
            data: failed >= MAX_FAILED_LOGINS ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) } : { failedLogins: failed },
          });
        }
        res.locals.auditDetail = `username ${body.username}`;
        throw unauthorized('wrong username or password');
      }
      if (user.failedLogins > 0 || user.lockedUntil) await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
      res.locals.user = toAuthUser(user);
      return { body: await issue(user) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/auth/refresh',
      summary: 'Exchange a refresh token for new tokens',
      description: 'Each refresh token works once (rotation).',
      tags: ['auth'],
      access: 'public',
      body: z.object({ refreshToken: z.string().min(1).max(200) }),
      response: tokenResponse,
      audit: 'auth.refresh',
      problems: [401],
    },
    async ({ body, res }) => {
      const userId = await tokens.consumeRefresh(db, body.refreshToken);
      const user = userId ? await db.user.findUnique({ where: { id: userId } }) : null;
      if (!user || !user.active) throw unauthorized('the refresh token is not valid, was already used or has expired; sign in again');
      res.locals.user = toAuthUser(user);
      return { body: await issue(user) };
    },
  );

  api.route(
    { method: 'get', path: '/api/v1/auth/me', summary: 'Who am I', tags: ['auth'], access: 'signed-in' },
    async ({ user }) => ({ body: user }),
  );
}
