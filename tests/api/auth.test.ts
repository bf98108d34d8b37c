/**
 * Sign-in, sessions and accounts as a user sees them: tokens and their rotation, the lock after
 * repeated failures and the administrator's unlock, sign-out, password changes, the account
 * rules with each broken field named, and the security the API shows every caller (headers, CORS
 * closed, problem+json without internals).
 *
 * The test database is shared with other files running at the same time: every account this
 * file signs in with wrongly, locks or changes is its own (test-auth-…), never a demo account.
 */
import crypto from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_LOGINS } from '../../api/http/auth.js';
import { PAIR_FREE_FAILURES } from '../../api/http/login-throttle.js';
import { loadSecrets } from '../../config/secrets.js';
import { loadConfig } from '../../config/index.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let admin: string;
let departmentCode: string;

const PASSWORD = 'Yulin2026window';

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  admin = await world.login('admin');
  departmentCode = (await world.db.department.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } })).code;
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

const unique = (what: string) => `test-auth-${what}-${crypto.randomBytes(4).toString('hex')}`;

/** Opens an account through the administrator's API, as the hall would. */
async function newAccount(overrides: Record<string, unknown> = {}): Promise<{ id: string; username: string; password: string }> {
  const body = { username: unique('user'), displayName: '测试 窗口人员', role: 'FRONT_DESK_CLERK', windowNo: 'T-01', password: PASSWORD, ...overrides };
  const r = await world.call('POST', '/api/v1/users', { token: admin, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id, username: body.username as string, password: body.password as string };
}

const signIn = (username: string, password: string) => world.call('POST', '/api/v1/auth/login', { body: { username, password } });

function expectProblem(r: { status: number; body: any; headers: Headers }, status: number) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(r.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
}

describe('signing in', () => {
  it('when the password is right, then an access token and a refresh token come back and the token says who I am', async () => {
    const me = await newAccount();
    const r = await signIn(me.username, me.password);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ tokenType: 'Bearer', token: expect.any(String), refreshToken: expect.any(String), expiresIn: expect.any(Number) });
    expect(r.body.user).toMatchObject({ username: me.username, role: 'FRONT_DESK_CLERK', windowNo: 'T-01' });
    const who = await world.call('GET', '/api/v1/auth/me', { token: r.body.token });
    expect(who.body).toMatchObject({ id: me.id, username: me.username });
  });

  it('when the password is wrong, then 401 says so without telling whether the account exists', async () => {
    const me = await newAccount();
    const wrong = await signIn(me.username, 'not-the-password-1');
    expectProblem(wrong, 401);
    const nobody = await signIn(unique('nobody'), 'not-the-password-1');
    expectProblem(nobody, 401);
    expect(wrong.body.detail).toBe(nobody.body.detail);
    expect(wrong.body.token).toBeUndefined();
  });

  it('when wrong passwords are typed again and again, then sign-in slows down (429 with Retry-After) for that name from that address, never with a lock, until the administrator unlocks it', async () => {
    const me = await newAccount();
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) expectProblem(await signIn(me.username, `wrong-guess-${i}`), 401);
    const slowed = await signIn(me.username, me.password);
    expectProblem(slowed, 429);
    expect(slowed.body.rule).toBe('auth.slow_down');
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);

    const seen = await world.call('GET', `/api/v1/users/${me.id}`, { token: admin });
    expect(seen.body).toMatchObject({ locked: false, lockedUntil: null });

    const unlocked = await world.call('POST', `/api/v1/users/${me.id}/unlock`, { token: admin });
    expect(unlocked.status).toBe(200);
    expect((await signIn(me.username, me.password)).status).toBe(200);
  });
});

describe('sessions', () => {
  it('when a refresh token is used, then new tokens come back, and when it is used a second time, then it and every token rotated from it are refused', async () => {
    const me = await newAccount();
    const first = (await signIn(me.username, me.password)).body;
    const refreshed = await world.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(first.refreshToken);
    expect((await world.call('GET', '/api/v1/auth/me', { token: refreshed.body.token })).status).toBe(200);

    const replayed = await world.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expectProblem(replayed, 401);
    expect(replayed.body.detail).toContain('already used');
    // A reused refresh token means a copy is out there: the whole family ends, the rotated one too.
    expectProblem(await world.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: refreshed.body.refreshToken } }), 401);
  });

  it('when an access token has expired, is garbage or is sent with the wrong scheme, then 401 says which', async () => {
    const me = await newAccount();
    const secret = new TextEncoder().encode(loadSecrets(loadConfig(process.env)).jwtSecret);
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT({ role: 'FRONT_DESK_CLERK', username: me.username, name: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(me.id)
      .setIssuer('one-window-platform')
      .setIssuedAt(past - 900)
      .setExpirationTime(past)
      .sign(secret);
    const late = await world.call('GET', '/api/v1/auth/me', { token: expired });
    expectProblem(late, 401);
    expect(late.body.detail).toContain('expired');

    const garbage = await world.call('GET', '/api/v1/auth/me', { token: 'not.a.jwt' });
    expectProblem(garbage, 401);
    expect(garbage.body.detail).toContain('not valid');

    // A token signed with another key is as good as garbage.
    const forged = await new SignJWT({ role: 'CENTRE_MANAGER', username: me.username, name: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(me.id)
      .setIssuer('one-window-platform')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    expectProblem(await world.call('GET', '/api/v1/audit', { token: forged }), 401);

    const basic = await world.call('GET', '/api/v1/auth/me', { headers: { authorization: 'Basic Zm9vOmJhcg==' } });
    expectProblem(basic, 401);
    expect(basic.body.detail).toContain('Bearer');

    const none = await world.call('GET', '/api/v1/auth/me');
    expectProblem(none, 401);
    expect(none.body.detail).toContain('sign in');
  });

  it('when I sign out, then my refresh token no longer works, and signing out again still answers 204', async () => {
    const me = await newAccount();
    const session = (await signIn(me.username, me.password)).body;
    const out = await world.call('POST', '/api/v1/auth/logout', { body: { refreshToken: session.refreshToken } });
    expect(out.status).toBe(204);
    expectProblem(await world.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } }), 401);
    expect((await world.call('POST', '/api/v1/auth/logout', { body: { refreshToken: session.refreshToken } })).status).toBe(204);
  });

  it('when I sign out of all sessions, then the refresh tokens of my other devices stop working too', async () => {
    const me = await newAccount();
    const phone = (await signIn(me.username, me.password)).body;
    const desk = (await signIn(me.username, me.password)).body;
    expect((await world.call('POST', '/api/v1/auth/logout', { token: desk.token, body: { refreshToken: desk.refreshToken, allSessions: true } })).status).toBe(204);
    expectProblem(await world.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: phone.refreshToken } }), 401);
  });
});

describe('changing my password', () => {
  it('when the current password is wrong or the new one is weak, then 422 names the field and the rule; when both are right, then only the new password signs in', async () => {
    const me = await newAccount();
    const session = (await signIn(me.username, me.password)).body;
    const change = (body: unknown) => world.call('POST', '/api/v1/auth/change-password', { token: session.token, body });

    const wrongOld = await change({ oldPassword: 'not-my-password-1', newPassword: 'Another2026pass' });
    expectProblem(wrongOld, 422);
    expect(wrongOld.body.errors).toEqual([expect.objectContaining({ field: 'body.oldPassword', rule: 'password.old_wrong' })]);

    const weak = await change({ oldPassword: me.password, newPassword: 'short' });
    expectProblem(weak, 422);
    expect(weak.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.newPassword', rule: 'password.too_short' }),
        expect.objectContaining({ field: 'body.newPassword', rule: 'password.needs_digit' }),
      ]),
    );
    const same = await change({ oldPassword: me.password, newPassword: me.password });
    expect(same.body.errors).toEqual([expect.objectContaining({ field: 'body.newPassword', rule: 'password.unchanged' })]);

    expect((await change({ oldPassword: me.password, newPassword: 'Another2026pass' })).status).toBe(204);
    expectProblem(await signIn(me.username, me.password), 401);
    expect((await signIn(me.username, 'Another2026pass')).status).toBe(200);
    // The sessions opened with the old password are over.
    expectProblem(await world.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } }), 401);
  });

  it('when nobody is signed in, then changing a password is 401', async () => {
    expectProblem(await world.call('POST', '/api/v1/auth/change-password', { body: { oldPassword: 'a', newPassword: 'b' } }), 401);
  });
});

describe('accounts, managed by the account administrator', () => {
  it('when an account is opened, then it is listed with its role and department but never with a password hash', async () => {
    const reviewer = await newAccount({ role: 'DEPARTMENT_REVIEWER', departmentCode, windowNo: undefined, phone: '13912345678' });
    const listed = await world.call('GET', `/api/v1/users?role=DEPARTMENT_REVIEWER&departmentCode=${departmentCode}&active=true&q=${reviewer.username}`, { token: admin });
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBe(1);
    expect(listed.body.items[0]).toMatchObject({ id: reviewer.id, role: 'DEPARTMENT_REVIEWER', departmentCode, windowNo: null, active: true, phone: '139****5678' });
    const all = await world.call('GET', '/api/v1/users?pageSize=200', { token: admin });
    expect(all.body.total).toBeGreaterThan(5);
    const text = JSON.stringify(all.body);
    expect(text).not.toMatch(/passwordHash|password_hash|\$argon2/);
  });

  it('when a department role has no department, or a manager is given one, then 422 names body.departmentCode with its rule', async () => {
    const open = (body: Record<string, unknown>) => world.call('POST', '/api/v1/users', { token: admin, body: { username: unique('rules'), displayName: '测试', password: PASSWORD, ...body } });
    const noDept = await open({ role: 'DEPARTMENT_LEAD' });
    expectProblem(noDept, 422);
    expect(noDept.body.errors).toEqual([expect.objectContaining({ field: 'body.departmentCode', rule: 'user.department_required' })]);

    const managerWithDept = await open({ role: 'CENTRE_MANAGER', departmentCode });
    expectProblem(managerWithDept, 422);
    expect(managerWithDept.body.errors).toEqual([expect.objectContaining({ field: 'body.departmentCode', rule: 'user.department_not_allowed' })]);

    const unknownDept = await open({ role: 'DEPARTMENT_REVIEWER', departmentCode: 'NO-SUCH-DEPT' });
    expect(unknownDept.body.errors).toEqual([expect.objectContaining({ field: 'body.departmentCode', rule: 'user.department_unknown' })]);

    const clerkWithoutWindow = await open({ role: 'FRONT_DESK_CLERK' });
    expect(clerkWithoutWindow.body.errors).toEqual([expect.objectContaining({ field: 'body.windowNo', rule: 'user.window_required' })]);
  });

  it('when the initial password is weak, then 422 names body.password with each rule it breaks, and no account is made', async () => {
    const username = unique('weak');
    const r = await world.call('POST', '/api/v1/users', { token: admin, body: { username, displayName: '测试', role: 'SUPERVISOR', password: 'onlyletters' } });
    expectProblem(r, 422);
    expect(r.body.errors).toEqual([expect.objectContaining({ field: 'body.password', rule: 'password.needs_digit' })]);
    const digits = await world.call('POST', '/api/v1/users', { token: admin, body: { username, displayName: '测试', role: 'SUPERVISOR', password: '12345' } });
    expect(digits.body.errors.map((e: { rule: string }) => e.rule).sort()).toEqual(['password.needs_letter', 'password.too_short']);
    expect(await world.db.user.findUnique({ where: { username } })).toBeNull();
  });

  it('when a request is malformed, then 400 lists each failing field with its rule', async () => {
    const r = await world.call('POST', '/api/v1/users', { token: admin, body: { username: 'Bad Name!', role: 'KING', password: 12345 } });
    expectProblem(r, 400);
    const byField = Object.fromEntries((r.body.errors as { field: string; rule: string }[]).map((e) => [e.field, e.rule]));
    expect(byField).toMatchObject({ 'body.username': 'invalid_format', 'body.displayName': 'invalid_type', 'body.role': 'invalid_value', 'body.password': 'invalid_type' });
    for (const e of r.body.errors) expect(e.message).toEqual(expect.any(String));

    const badQuery = await world.call('GET', '/api/v1/users?pageSize=1000&role=KING', { token: admin });
    expectProblem(badQuery, 400);
    expect(badQuery.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.pageSize', 'query.role']);
  });

  it('when a username is taken, then 409 names it', async () => {
    const me = await newAccount();
    const again = await world.call('POST', '/api/v1/users', { token: admin, body: { username: me.username, displayName: '重名', role: 'SUPERVISOR', password: PASSWORD } });
    expectProblem(again, 409);
    expect(again.body.rule).toBe('user.username_taken');
  });

  it('when an account is deactivated, then its sessions end and it cannot sign in; when reactivated, it can again', async () => {
    const me = await newAccount();
    const session = (await signIn(me.username, me.password)).body;
    const off = await world.call('PATCH', `/api/v1/users/${me.id}`, { token: admin, body: { active: false } });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expectProblem(await world.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } }), 401);
    expectProblem(await signIn(me.username, me.password), 401);
    expect((await world.call('GET', `/api/v1/users?active=false&q=${me.username}`, { token: admin })).body.total).toBe(1);

    expect((await world.call('PATCH', `/api/v1/users/${me.id}`, { token: admin, body: { active: true } })).status).toBe(200);
    expect((await signIn(me.username, me.password)).status).toBe(200);
  });

  it('when a clerk becomes a department reviewer, then the window is dropped, the department is required, and the next sign-in carries the new role', async () => {
    const me = await newAccount();
    const without = await world.call('PATCH', `/api/v1/users/${me.id}`, { token: admin, body: { role: 'DEPARTMENT_REVIEWER' } });
    expectProblem(without, 422);
    expect(without.body.errors).toEqual([expect.objectContaining({ field: 'body.departmentCode', rule: 'user.department_required' })]);

    const moved = await world.call('PATCH', `/api/v1/users/${me.id}`, { token: admin, body: { role: 'DEPARTMENT_REVIEWER', departmentCode } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ role: 'DEPARTMENT_REVIEWER', departmentCode, windowNo: null });
    const session = await signIn(me.username, me.password);
    expect(session.body.user).toMatchObject({ role: 'DEPARTMENT_REVIEWER', departmentCode });
  });

  it('when the administrator resets a password, then the old one stops working, a weak one is refused, and a lock is lifted', async () => {
    const me = await newAccount();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await signIn(me.username, `wrong-guess-${i}`);
    const weak = await world.call('POST', `/api/v1/users/${me.id}/reset-password`, { token: admin, body: { password: 'abc' } });
    expectProblem(weak, 422);
    expect(weak.body.errors[0].field).toBe('body.password');
    const reset = await world.call('POST', `/api/v1/users/${me.id}/reset-password`, { token: admin, body: { password: 'Reset2026window' } });
    expect(reset.status).toBe(200);
    expect(reset.body.locked).toBe(false);
    expectProblem(await signIn(me.username, me.password), 401);
    expect((await signIn(me.username, 'Reset2026window')).status).toBe(200);
  });

  it('when the administrator tries to deactivate or demote their own account, then 422 refuses it', async () => {
    const other = await newAccount({ role: 'ACCOUNT_ADMIN', windowNo: undefined });
    const token = await world.login(other.username, other.password);
    const self = await world.call('PATCH', `/api/v1/users/${other.id}`, { token, body: { active: false, role: 'SUPERVISOR' } });
    expectProblem(self, 422);
    expect(self.body.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`).sort()).toEqual(['body.active user.self_lockout', 'body.role user.self_lockout']);
  });

  it('when an unknown user id or a malformed one is used, then 404 and 400', async () => {
    expectProblem(await world.call('GET', `/api/v1/users/${crypto.randomUUID()}`, { token: admin }), 404);
    const bad = await world.call('POST', '/api/v1/users/42/unlock', { token: admin });
    expectProblem(bad, 400);
    expect(bad.body.errors[0].field).toBe('params.id');
  });
});

describe('what every caller sees', () => {
  it('when any answer is sent, then it carries the security headers and no framework banner', async () => {
    const r = await world.call('GET', '/api/v1/departments');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('strict-transport-security')).toContain('max-age=');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('x-powered-by')).toBeNull();
    expect(r.headers.get('x-request-id')).toEqual(expect.any(String));
  });

  it('when a browser on a foreign origin calls, then no CORS header lets it read the answer', async () => {
    const get = await world.call('GET', '/api/v1/departments', { headers: { origin: 'https://evil.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${world.baseUrl}/api/v1/auth/login`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('when anything goes wrong, then the answer is application/problem+json without a stack trace, SQL or file path', async () => {
    const answers = await Promise.all([
      fetch(`${world.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username": "x",' }).then(async (r) => ({ status: r.status, headers: r.headers, body: JSON.parse(await r.text()) })),
      world.call('POST', '/api/v1/auth/login', { body: {} }),
      world.call('GET', '/api/v1/users'),
      world.call('GET', '/api/v1/users', { token: await world.login('supervisor') }),
      world.call('GET', '/api/v1/no-such-thing'),
      world.call('GET', `/api/v1/users/${crypto.randomUUID()}`, { token: admin }),
      world.call('POST', '/api/v1/users', { token: admin, body: { username: unique('pw'), displayName: 'x', role: 'SUPERVISOR', password: 'weak' } }),
      world.call('GET', '/api/v1/audit?from=2026-13-45', { token: await world.login('supervisor') }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 401, 403, 404, 404, 422, 400]);
    for (const a of answers) {
      expectProblem(a, a.status);
      const text = JSON.stringify(a.body);
      expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|"stack"|node_modules|prisma|SELECT |INSERT |Error:/i);
    }
  });
});
