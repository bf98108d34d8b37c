/**
 * Sign-in, token refresh and "who am I". Failed sign-ins slow further attempts down
 * progressively (api/http/login-throttle.ts) instead of locking the account, so nobody can lock
 * anybody out; an unknown name costs the same work and gets the same answer as a wrong password.
 * Token answers are never cached (Cache-Control: no-store).
 */
import { z } from 'zod';
import type { Db } from '../../prisma/client.js';
import { type Tokens, hashPassword, toAuthUser, verifyAgainstDummy, verifyPassword } from '../http/auth.js';
import { type IdentityProvider, LocalIdentityProvider } from '../services/identity.js';
import { LoginThrottle } from '../http/login-throttle.js';
import { Problem, unauthorized } from '../http/problem.js';
import type { ApiRegistry } from '../http/route.js';

const tokenResponse = z.object({
  token: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().describe('seconds'),
  refreshToken: z.string(),
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.string(), departmentCode: z.string().optional(), windowNo: z.string().optional() }),
});

export function registerAuthRoutes(api: ApiRegistry, deps: { db: Db; tokens: Tokens; identity?: IdentityProvider }): void {
  const { db, tokens } = deps;
  const identity = deps.identity ?? new LocalIdentityProvider();
  const throttle = new LoginThrottle(db);
  const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };
  const issue = async (user: Parameters<typeof toAuthUser>[0] & { tokenVersion: number }, familyId?: string) => {
    const u = toAuthUser(user);
    const access = await tokens.access({ ...u, tokenVersion: user.tokenVersion });
    return { token: access.token, tokenType: 'Bearer' as const, expiresIn: access.expiresIn, refreshToken: await tokens.issueRefresh(db, u.id, familyId), user: u };
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
      description: 'Failed sign-ins slow further attempts down (429 with Retry-After), per account name and client address; no account is ever locked by strangers.',
      problems: [401, 429],
    },
    async ({ body, req, res }) => {
      const ip = req.ip ?? '-';
      res.locals.auditDetail = `username ${body.username}`;
      const wait = await throttle.waitSeconds(body.username, ip);
      if (wait > 0) {
        res.setHeader('retry-after', String(wait));
        throw new Problem(429, `too many failed sign-ins with this name from this address; try again in ${wait} s`, { rule: 'auth.slow_down', retryAfterSeconds: wait });
      }
      const user = await db.user.findUnique({ where: { username: body.username } });
      // The same argon2 work whether or not the name exists or the account is active.
      const passwordOk = user ? await verifyPassword(user.passwordHash, body.password) : await verifyAgainstDummy(body.password);
      if (!user || !user.active || !passwordOk) {
        await throttle.failed(body.username, ip);
        throw unauthorized('wrong username or password');
      }
      await throttle.succeeded(body.username, ip);
      if (user.failedLogins > 0 || user.lockedUntil) await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
      res.locals.user = toAuthUser(user);
      return { body: await issue(user), headers: NO_STORE };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/auth/refresh',
      summary: 'Exchange a refresh token for new tokens',
      description: 'Each refresh token works once (rotation). Presenting an already used one ends every session of its sign-in (the family).',
      tags: ['auth'],
      access: 'public',
      body: z.object({ refreshToken: z.string().min(1).max(200) }),
      response: tokenResponse,
      audit: 'auth.refresh',
      problems: [401],
    },
    async ({ body, res }) => {
      const consumed = await tokens.consumeRefresh(db, body.refreshToken);
      if (consumed?.reused) {
        res.locals.auditDetail = `refresh token reused: family ${consumed.familyId} revoked`;
        throw unauthorized('the refresh token was already used; for safety every session of that sign-in has ended; sign in again');
      }
      const user = consumed ? await db.user.findUnique({ where: { id: consumed.userId } }) : null;
      if (!user || !user.active) throw unauthorized('the refresh token is not valid, was already used or has expired; sign in again');
      res.locals.user = toAuthUser(user);
      return { body: await issue(user, consumed!.familyId), headers: NO_STORE };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/auth/register',
      summary: 'Register as an applicant (online channel)',
      description:
        'Creates an applicant account and signs it in. The identity provider (local by default: the applicant\'s own statement; a real-name system by configuration) may refuse with 422 identity.refused. ' +
        'A taken username answers 409 account.username_taken. Rate-limited like sign-in.',
      tags: ['auth'],
      access: 'public',
      body: z.object({
        username: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,49}$/, '3–50 letters, digits, dot, dash or underscore, starting with a letter or digit'),
        password: z.string().min(8, 'at least 8 characters').max(200),
        name: z.string().trim().min(1).max(100).describe('the applicant\'s name (a person or an organisation)'),
        phone: z.string().regex(/^1\d{10}$/, 'an 11-digit mobile number'),
        idNo: z.string().regex(/^[0-9A-Za-z]{6,30}$/, 'an ID or credit code of 6–30 letters or digits').optional(),
      }),
      response: tokenResponse,
      successStatus: 201,
      audit: 'auth.register',
      problems: [409, 422, 429],
    },
    async ({ body, res }) => {
      res.locals.auditDetail = `username ${body.username}`;
      const check = await identity.verify({ name: body.name, phone: body.phone, ...(body.idNo ? { idNo: body.idNo } : {}) });
      if (!check.ok) throw new Problem(422, `the identity provider ${identity.name} did not confirm this applicant: ${check.reason ?? 'no reason given'}`, { rule: 'identity.refused' });
      const taken = await db.user.findUnique({ where: { username: body.username }, select: { id: true } });
      if (taken) throw new Problem(409, `the username ${body.username} is taken; choose another`, { rule: 'account.username_taken', errors: [{ field: 'body.username', rule: 'account.username_taken', message: 'taken' }] });
      let user;
      try {
        user = await db.user.create({ data: { username: body.username, passwordHash: await hashPassword(body.password), displayName: body.name, role: 'APPLICANT', phone: body.phone } });
      } catch (e) {
        if ((e as { code?: string }).code === 'P2002') throw new Problem(409, `the username ${body.username} is taken; choose another`, { rule: 'account.username_taken', errors: [{ field: 'body.username', rule: 'account.username_taken', message: 'taken' }] });
        throw e;
      }
      res.locals.user = toAuthUser(user);
      return { status: 201, body: await issue(user), headers: NO_STORE };
    },
  );

  api.route(
    { method: 'get', path: '/api/v1/auth/me', summary: 'Who am I', tags: ['auth'], access: 'signed-in' },
    async ({ user }) => ({ body: user }),
  );
}
