/**
 * Accounts (R2.4): the account administrator opens, changes, unlocks and deactivates the staff
 * and applicant accounts; every signed-in user may change their own password and sign out.
 *
 * Two layers of refusal, as elsewhere in the API: the shape of a request is zod's (400 naming
 * `body.…`), the account rules are ours (422 listing every broken rule as { field, rule,
 * message }): a department role needs its department, only a clerk sits at a window, and a
 * password must be strong enough. Password hashes never leave the database.
 */
import crypto from 'node:crypto';
import type { Response } from 'express';
import { z } from 'zod';
import { ROLES, type Role } from '../../domain/case/model.js';
import { type Db, Prisma } from '../../prisma/client.js';
import { LOCK_MINUTES, MAX_FAILED_LOGINS, hashPassword, toAuthUser, verifyPassword } from '../http/auth.js';
import { type FieldIssue, Problem, notFound, ruleRefused, unauthorized } from '../http/problem.js';
import { clearLoginThrottle } from '../http/login-throttle.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';

export interface AccountRouteDeps {
  db: Db;
}

const ADMIN = ['ACCOUNT_ADMIN'] as const;
const DEPARTMENT_ROLES: ReadonlySet<Role> = new Set(['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD']);
export const PASSWORD_MIN_LENGTH = 10;

// ───────────── request shapes ─────────────

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const roleEnum = z.enum(ROLES as [Role, ...Role[]]);
// Lower case only, so that "Clerk.A01" and "clerk.a01" can never be two accounts.
const username = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'a username is 3–64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit');
const departmentCode = z.string().trim().min(1, 'must not be empty').max(64);
const windowNo = z.string().trim().regex(/^[A-Za-z0-9-]{1,16}$/, 'a window number is 1–16 letters, digits or hyphens, e.g. A-03');
const phone = z.string().regex(/^1\d{10}$/, 'an 11-digit mobile number');
// The length cap matches the sign-in route, so that every password set here can be typed there.
const password = z.string().min(1, 'must not be empty').max(200);
const idParam = z.object({ id: z.uuid('a user id is a UUID') });

const createBody = z.strictObject({
  username,
  displayName: text(100),
  role: roleEnum,
  departmentCode: departmentCode.optional().describe('required for DEPARTMENT_REVIEWER and DEPARTMENT_LEAD, refused for every other role'),
  windowNo: windowNo.optional().describe('required for FRONT_DESK_CLERK (the comprehensive window they sit at), refused for every other role'),
  phone: phone.optional(),
  password: password.describe(`the initial password: at least ${PASSWORD_MIN_LENGTH} characters with letters and digits`),
});

const patchBody = z
  .strictObject({
    displayName: text(100).optional(),
    role: roleEnum.optional(),
    departmentCode: departmentCode.nullable().optional().describe('null removes it'),
    windowNo: windowNo.nullable().optional().describe('null removes it'),
    phone: phone.nullable().optional(),
    active: z.boolean().optional().describe('false deactivates the account and ends its sessions'),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'send at least one field to change' });

const listQuery = z.object({
  role: roleEnum.optional(),
  departmentCode: z.string().max(64).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: z.string().max(100).optional().describe('username or display name contains'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const userAnswer = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  departmentCode: z.string().nullable(),
  windowNo: z.string().nullable(),
  phone: z.string().nullable().describe('masked'),
  active: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  failedLogins: z.number(),
  createdAt: z.string(),
});

// ───────────── rules ─────────────

/** The minimum strength of a password: long enough, letters and digits, not the username. */
export function passwordIssues(pw: string, field: string, user?: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (pw.length < PASSWORD_MIN_LENGTH) issues.push({ field, rule: 'password.too_short', message: `at least ${PASSWORD_MIN_LENGTH} characters (this one has ${pw.length})` });
  if (!/\p{L}/u.test(pw)) issues.push({ field, rule: 'password.needs_letter', message: 'must contain at least one letter' });
  if (!/\p{Nd}/u.test(pw)) issues.push({ field, rule: 'password.needs_digit', message: 'must contain at least one digit' });
  if (user && pw.toLowerCase().includes(user.toLowerCase())) issues.push({ field, rule: 'password.contains_username', message: 'must not contain the username' });
  return issues;
}

/** Which of the role-bound fields an account has must fit its role (R2.4: a reviewer belongs to one department). */
async function roleFieldIssues(db: Db, account: { role: Role; departmentCode: string | null; windowNo: string | null }): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (DEPARTMENT_ROLES.has(account.role)) {
    if (!account.departmentCode) {
      issues.push({ field: 'body.departmentCode', rule: 'user.department_required', message: `a ${account.role} is bound to one department: give its departmentCode` });
    } else if (!(await db.department.findUnique({ where: { code: account.departmentCode }, select: { code: true } }))) {
      issues.push({ field: 'body.departmentCode', rule: 'user.department_unknown', message: `there is no department ${account.departmentCode}` });
    }
  } else if (account.departmentCode) {
    issues.push({ field: 'body.departmentCode', rule: 'user.department_not_allowed', message: `a ${account.role} belongs to no department; only DEPARTMENT_REVIEWER and DEPARTMENT_LEAD have one` });
  }
  if (account.role === 'FRONT_DESK_CLERK') {
    if (!account.windowNo) issues.push({ field: 'body.windowNo', rule: 'user.window_required', message: 'a front-desk clerk sits at a comprehensive window: give its windowNo' });
  } else if (account.windowNo) {
    issues.push({ field: 'body.windowNo', rule: 'user.window_not_allowed', message: `only a FRONT_DESK_CLERK sits at a window, not a ${account.role}` });
  }
  return issues;
}

/** 422 with every broken rule listed; the problem's own `rule` is the first of them. */
function refuse(detail: string, issues: FieldIssue[]): never {
  throw ruleRefused(`${detail}: ${issues.map((i) => `${i.field} (${i.rule}): ${i.message}`).join('; ')}`, issues[0]?.rule, issues);
}

const maskPhone = (p: string | null) => (p && p.length >= 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : p ? '****' : null);

type UserRow = Prisma.UserGetPayload<object>;

function userView(u: UserRow, now = new Date()) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentCode: u.departmentCode,
    windowNo: u.windowNo,
    phone: maskPhone(u.phone),
    active: u.active,
    locked: !!u.lockedUntil && u.lockedUntil > now,
    lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil.toISOString() : null,
    failedLogins: u.failedLogins,
    createdAt: u.createdAt.toISOString(),
  };
}

// Must match how api/http/auth.ts (Tokens) stores refresh tokens: only their sha256 is kept.
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

const revokeSessions = (tx: Prisma.TransactionClient | Db, userId: string) =>
  tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });

export function registerAccountRoutes(api: ApiRegistry, deps: AccountRouteDeps): void {
  const { db } = deps;

  const load = async (id: string) => {
    const u = await db.user.findUnique({ where: { id } });
    if (!u) throw notFound(`user ${id} does not exist`);
    return u;
  };
  const noteTarget = (res: Response, u: { username: string }, what: string) => {
    res.locals.auditDetail = `${what} ${u.username}`;
  };

  api.route(
    {
      method: 'get',
      path: '/api/v1/users',
      summary: 'List accounts',
      description: 'Paged, filterable by role, department and whether active. Password hashes are never returned; phone numbers are masked.',
      tags: ['accounts'],
      access: ADMIN,
      query: listQuery,
    },
    async ({ query }) => {
      const where: Prisma.UserWhereInput = {
        ...(query.role ? { role: query.role } : {}),
        ...(query.departmentCode ? { departmentCode: query.departmentCode } : {}),
        ...(query.active !== undefined ? { active: query.active } : {}),
        ...(query.q ? { OR: [{ username: { contains: query.q, mode: 'insensitive' } }, { displayName: { contains: query.q, mode: 'insensitive' } }] } : {}),
      };
      const [total, rows] = await Promise.all([
        db.user.count({ where }),
        db.user.findMany({ where, orderBy: [{ username: 'asc' }], skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
      ]);
      const now = new Date();
      return { body: { page: query.page, pageSize: query.pageSize, total, items: rows.map((u) => userView(u, now)) } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/users/:id',
      summary: 'Read an account',
      tags: ['accounts'],
      access: ADMIN,
      params: idParam,
      response: userAnswer,
      problems: [404],
    },
    async ({ params }) => ({ body: userView(await load(params.id)) }),
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/users',
      summary: 'Open an account',
      description:
        'A department role (DEPARTMENT_REVIEWER, DEPARTMENT_LEAD) needs `departmentCode`, a FRONT_DESK_CLERK needs `windowNo`; other roles have neither. ' +
        `The initial password needs at least ${PASSWORD_MIN_LENGTH} characters with letters and digits. Broken rules give 422 listing each field and rule.`,
      tags: ['accounts'],
      access: ADMIN,
      body: createBody,
      response: userAnswer,
      successStatus: 201,
      audit: 'user.create',
      problems: [409, 422],
    },
    async ({ body, res }) => {
      res.locals.auditDetail = `create ${body.username} as ${body.role}${body.departmentCode ? ` of ${body.departmentCode}` : ''}`;
      const issues = [
        ...(await roleFieldIssues(db, { role: body.role, departmentCode: body.departmentCode ?? null, windowNo: body.windowNo ?? null })),
        ...passwordIssues(body.password, 'body.password', body.username),
      ];
      if (issues.length) refuse(`the account ${body.username} breaks the account rules`, issues);
      try {
        const created = await db.user.create({
          data: {
            username: body.username,
            displayName: body.displayName,
            role: body.role,
            departmentCode: body.departmentCode ?? null,
            windowNo: body.windowNo ?? null,
            phone: body.phone ?? null,
            passwordHash: await hashPassword(body.password),
          },
        });
        return { status: 201, body: userView(created), headers: { location: `/api/v1/users/${created.id}` } };
      } catch (e) {
        if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
          throw new Problem(409, `the username ${body.username} is taken`, { rule: 'user.username_taken', errors: [{ field: 'body.username', rule: 'user.username_taken', message: 'choose another username' }] });
        }
        throw e;
      }
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/api/v1/users/:id',
      summary: 'Change an account',
      description:
        'Changes the display name, role, department, window, phone or whether the account is active. ' +
        'Moving to a role that has no department (or no window) drops the old one unless it is sent explicitly, which is refused. ' +
        'Deactivating, or changing the role or department, ends every session of the account (its refresh tokens are revoked): the new powers apply from the next sign-in. ' +
        'Administrators cannot deactivate or demote themselves, so the hall is never left without one by mistake.',
      tags: ['accounts'],
      access: ADMIN,
      params: idParam,
      body: patchBody,
      response: userAnswer,
      audit: 'user.update',
      problems: [404, 422],
    },
    async ({ params, body, user, res }) => {
      const current = await load(params.id);
      // The phone number is personal data: the audit row says it changed, not what it became.
      res.locals.auditDetail = `update ${current.username}: ${Object.entries(body).map(([k, v]) => (k === 'phone' ? 'phone changed' : `${k}=${v === null ? 'null' : String(v)}`)).join(', ')}`;
      const role = body.role ?? (current.role as Role);
      const roleChanged = role !== current.role;
      const next = {
        role,
        departmentCode: body.departmentCode !== undefined ? body.departmentCode : roleChanged && !DEPARTMENT_ROLES.has(role) ? null : current.departmentCode,
        windowNo: body.windowNo !== undefined ? body.windowNo : roleChanged && role !== 'FRONT_DESK_CLERK' ? null : current.windowNo,
      };
      const issues = await roleFieldIssues(db, next);
      if (user!.id === current.id) {
        if (body.active === false) issues.push({ field: 'body.active', rule: 'user.self_lockout', message: 'an administrator cannot deactivate their own account; ask another administrator' });
        if (roleChanged) issues.push({ field: 'body.role', rule: 'user.self_lockout', message: 'an administrator cannot change their own role; ask another administrator' });
      }
      if (issues.length) refuse(`the change to ${current.username} breaks the account rules`, issues);
      const endsSessions = body.active === false || roleChanged || next.departmentCode !== current.departmentCode;
      const updated = await db.$transaction(async (tx) => {
        const u = await tx.user.update({
          where: { id: current.id },
          data: {
            ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
            ...(body.phone !== undefined ? { phone: body.phone } : {}),
            ...(body.active !== undefined ? { active: body.active } : {}),
            role: next.role,
            departmentCode: next.departmentCode,
            windowNo: next.windowNo,
          },
        });
        if (endsSessions) await revokeSessions(tx, current.id);
        return u;
      });
      return { body: userView(updated) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/users/:id/reset-password',
      summary: 'Reset an account\'s password',
      description: `Sets a new password (at least ${PASSWORD_MIN_LENGTH} characters with letters and digits), lifts a lock and ends every session of the account.`,
      tags: ['accounts'],
      access: ADMIN,
      params: idParam,
      body: z.strictObject({ password }),
      response: userAnswer,
      audit: 'user.reset_password',
      problems: [404, 422],
    },
    async ({ params, body, res }) => {
      const current = await load(params.id);
      noteTarget(res, current, 'password reset for');
      const issues = passwordIssues(body.password, 'body.password', current.username);
      if (issues.length) refuse('the new password is too weak', issues);
      const passwordHash = await hashPassword(body.password);
      const updated = await db.$transaction(async (tx) => {
        const u = await tx.user.update({ where: { id: current.id }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
        await revokeSessions(tx, current.id);
        return u;
      });
      await clearLoginThrottle(db, updated.username);
      return { body: userView(updated) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/users/:id/unlock',
      summary: 'Unlock an account',
      description: `Lifts the lock that ${MAX_FAILED_LOGINS} failed sign-ins put on an account (otherwise lifted after ${LOCK_MINUTES} minutes) and clears the failure count.`,
      tags: ['accounts'],
      access: ADMIN,
      params: idParam,
      response: userAnswer,
      audit: 'user.unlock',
      problems: [404],
    },
    async ({ params, res }) => {
      const current = await load(params.id);
      const wasLocked = !!current.lockedUntil && current.lockedUntil > new Date();
      noteTarget(res, current, wasLocked ? 'unlocked' : 'unlock (was not locked)');
      const updated = await db.user.update({ where: { id: current.id }, data: { failedLogins: 0, lockedUntil: null } });
      await clearLoginThrottle(db, updated.username);
      return { body: userView(updated) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/auth/logout',
      summary: 'Sign out',
      description:
        'Revokes the given refresh token (or, with `allSessions`, every refresh token of its account). ' +
        'No access token is needed: holding the refresh token is the proof, so a client whose access token has expired can still sign out. ' +
        'Answers 204 also for a token that was already revoked or is unknown, so a retried sign-out never fails. ' +
        'An access token already issued stays valid until it expires (minutes).',
      tags: ['auth'],
      access: 'public',
      body: z.strictObject({ refreshToken: z.string().min(1).max(200), allSessions: z.boolean().default(false) }),
      successStatus: 204,
      audit: 'auth.logout',
    },
    async ({ body, res }) => {
      const row = await db.refreshToken.findUnique({ where: { tokenHash: sha256(body.refreshToken) }, include: { user: true } });
      if (!row) {
        res.locals.auditDetail = 'unknown refresh token';
        return { status: 204 };
      }
      // The audit row names who signed out even when no access token came with the request.
      if (!res.locals.user) res.locals.user = toAuthUser(row.user);
      const { count } = body.allSessions
        ? await revokeSessions(db, row.userId)
        : await db.refreshToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: new Date() } });
      res.locals.auditDetail = `${row.user.username}: ${count} session(s) ended${body.allSessions ? ' (all sessions)' : ''}`;
      return { status: 204 };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/auth/change-password',
      summary: 'Change my password',
      description:
        `Needs the current password. The new one needs at least ${PASSWORD_MIN_LENGTH} characters with letters and digits and must differ from the current one. ` +
        `A wrong current password counts as a failed sign-in (${MAX_FAILED_LOGINS} lock the account), so a stolen access token cannot be used to guess it. ` +
        'Every session of the account ends: sign in again with the new password.',
      tags: ['auth'],
      access: 'signed-in',
      body: z.strictObject({ oldPassword: password, newPassword: password }),
      successStatus: 204,
      audit: 'auth.change_password',
      problems: [422, 429],
    },
    async ({ body, user }) => {
      const me = await db.user.findUnique({ where: { id: (user as AuthUser).id } });
      if (!me || !me.active) throw unauthorized('this account no longer exists or was deactivated');
      const now = new Date();
      if (me.lockedUntil && me.lockedUntil > now) {
        throw new Problem(429, `too many failed sign-ins: the account is locked until ${me.lockedUntil.toISOString()}`, { rule: 'auth.locked' });
      }
      if (!(await verifyPassword(me.passwordHash, body.oldPassword))) {
        const failed = me.failedLogins + 1;
        await db.user.update({
          where: { id: me.id },
          data: failed >= MAX_FAILED_LOGINS ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) } : { failedLogins: failed },
        });
        throw ruleRefused('the current password is wrong', 'password.old_wrong', [{ field: 'body.oldPassword', rule: 'password.old_wrong', message: 'is not the account\'s current password' }]);
      }
      const issues = passwordIssues(body.newPassword, 'body.newPassword', me.username);
      if (body.newPassword === body.oldPassword) issues.push({ field: 'body.newPassword', rule: 'password.unchanged', message: 'must differ from the current password' });
      if (issues.length) refuse('the new password is not accepted', issues);
      const passwordHash = await hashPassword(body.newPassword);
      await db.$transaction([
        db.user.update({ where: { id: me.id }, data: { passwordHash, failedLogins: 0, lockedUntil: null } }),
        db.refreshToken.updateMany({ where: { userId: me.id, revokedAt: null }, data: { revokedAt: now } }),
      ]);
      return { status: 204 };
    },
  );
}
