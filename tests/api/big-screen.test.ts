/**
 * The hall's big screen on a screen credential (R4.2): the manager makes, lists and revokes
 * credentials; a credential opens the big screen and its stream and nothing else; a revoked one is
 * refused and its open stream ends; the stream follows a staff action; and the big screen's figures
 * equal GET /statistics for the same days.
 */
import crypto from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';
import { type SseMessage, sseMessages } from '../../scripts/sse.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let manager: string;
let supervisor: string;
let clerk: string;
let item: TestItem;

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  [manager, supervisor, clerk] = await Promise.all([world.login('manager'), world.login('supervisor'), world.login('clerk.a01')]);
  item = await findItem(world.db, { channel: 'WINDOW', tolerance: false, skip: 7 });
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

async function makeCredential(name: string): Promise<{ id: string; token: string }> {
  const r = await world.call('POST', '/api/v1/screen-credentials', { token: manager, body: { name } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.credential.id, token: r.body.token };
}



function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms))]);
}

async function openStream(ticket: string, abort: AbortController) {
  const res = await fetch(`${world.baseUrl}/api/v1/big-screen/stream?ticket=${encodeURIComponent(ticket)}`, { signal: abort.signal });
  return res;
}

async function ticketFor(token: string): Promise<string> {
  const r = await world.call('POST', '/api/v1/big-screen/stream-ticket', { token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.stream).toContain('/api/v1/big-screen/stream?ticket=');
  return r.body.ticket as string;
}

describe('screen credentials', () => {
  it('when the manager makes one, then the token is shown once, only its hash is stored, and the list shows it without the token', async () => {
    const { id, token } = await makeCredential('一楼大厅主屏');
    expect(token).toMatch(/^owscr_[A-Za-z0-9_-]{40,}$/);
    const row = await world.db.screenCredential.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    const list = await world.call('GET', '/api/v1/screen-credentials', { token: manager });
    expect(list.status).toBe(200);
    const mine = list.body.items.find((c: any) => c.id === id);
    expect(mine).toMatchObject({ name: '一楼大厅主屏', active: true, revokedAt: null, createdBy: 'manager' });
    expect(token.startsWith(mine.tokenPrefix)).toBe(true);
    expect(JSON.stringify(list.body)).not.toContain(token);
    const audit = await world.db.auditLog.findFirst({ where: { action: 'screen_credential.create', username: 'manager' }, orderBy: { at: 'desc' } });
    expect(audit?.detail).toContain('一楼大厅主屏');
  });

  it('when a clerk, a supervisor or nobody asks for one, then 403, 403 and 401; a nameless one is 400 naming body.name', async () => {
    expect((await world.call('POST', '/api/v1/screen-credentials', { token: clerk, body: { name: 'x' } })).status).toBe(403);
    expect((await world.call('POST', '/api/v1/screen-credentials', { token: supervisor, body: { name: 'x' } })).status).toBe(403);
    expect((await world.call('POST', '/api/v1/screen-credentials', { body: { name: 'x' } })).status).toBe(401);
    const bad = await world.call('POST', '/api/v1/screen-credentials', { token: manager, body: { name: ' ' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field)).toContain('body.name');
  });

  it('when a screen token is used, then the big screen answers and every other route is 403 with rule screen_credential.scope, audited', async () => {
    const { id, token } = await makeCredential('二楼等候区屏');
    const screen = await world.call('GET', '/api/v1/big-screen', { token });
    expect(screen.status).toBe(200);
    expect(screen.body.days).toHaveLength(7);
    // The manager sees that the screen uses its credential.
    await eventually(async () => {
      const list = await world.call('GET', '/api/v1/screen-credentials', { token: manager });
      expect(list.body.items.find((c: any) => c.id === id).lastUsedAt).not.toBeNull();
    });
    for (const [method, path] of [
      ['GET', '/api/v1/statistics'],
      ['GET', '/api/v1/cases'],
      ['GET', '/api/v1/auth/me'],
      ['GET', '/api/v1/screen-credentials'],
      ['POST', '/api/v1/screen-credentials'],
      ['GET', '/api/v1/users'],
    ] as const) {
      const r = await world.call(method, path, { token, ...(method === 'POST' ? { body: { name: 'x' } } : {}) });
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(r.body.rule).toBe('screen_credential.scope');
    }
    await eventually(async () => {
      const refused = await world.db.auditLog.findFirst({ where: { action: 'GET /api/v1/users', outcome: 'REFUSED', detail: { contains: 'screen_credential.scope' } } });
      expect(refused).not.toBeNull();
    });
  });

  it('when an unknown screen token is used, then the big screen is 401 naming the rule', async () => {
    const r = await world.call('GET', '/api/v1/big-screen', { token: `owscr_${'x'.repeat(43)}` });
    expect(r.status).toBe(401);
    expect(r.body.rule).toBe('screen_credential.invalid');
  });

  it('when a screen exchanges its token for a ticket, then the stream opens on it; a staff token gets no ticket and a bad ticket is 401', async () => {
    const { token } = await makeCredential('三楼走廊屏');
    expect((await world.call('POST', '/api/v1/big-screen/stream-ticket', { token: manager })).status).toBe(403);
    expect((await world.call('POST', '/api/v1/big-screen/stream-ticket', { token: clerk })).status).toBe(403);
    expect((await world.call('POST', '/api/v1/big-screen/stream-ticket')).status).toBe(401);
    expect((await fetch(`${world.baseUrl}/api/v1/big-screen/stream?ticket=not-a-ticket`)).status).toBe(401);
    // A staff access token is no ticket, and a ticket is no staff token.
    expect((await fetch(`${world.baseUrl}/api/v1/big-screen/stream?ticket=${manager}`)).status).toBe(401);
    const ticket = await ticketFor(token);
    expect((await world.call('GET', '/api/v1/auth/me', { token: ticket })).status).toBe(401);

    const abort = new AbortController();
    try {
      const res = await openStream(ticket, abort);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      const first = await within(sseMessages(res.body!).next(), 10_000, 'first payload');
      expect(first.value!.event).toBe('message');
      expect(first.value!.id).toBeTruthy();
      expect(JSON.parse(first.value!.data).days).toHaveLength(7);
    } finally {
      abort.abort();
    }
    // The header works too (a screen that can send one); a reconnecting screen, which sends the
    // last id it saw, is made whole at once by a full payload.
    const abort2 = new AbortController();
    try {
      const res = await fetch(`${world.baseUrl}/api/v1/big-screen/stream`, { headers: { authorization: `Bearer ${token}`, 'last-event-id': '1' }, signal: abort2.signal });
      expect(res.status).toBe(200);
      const again = await within(sseMessages(res.body!).next(), 10_000, 'payload after reconnecting');
      expect(again.value!.event).toBe('message');
      expect(JSON.parse(again.value!.data)).toMatchObject({ days: expect.any(Array), live: expect.any(Object), ranking: expect.any(Array) });
    } finally {
      abort2.abort();
    }
  });

  it('when a case is accepted at the window while a screen watches, then the screen shows it within seconds', async () => {
    const { token } = await makeCredential('受理区屏');
    const abort = new AbortController();
    try {
      const res = await openStream(await ticketFor(token), abort);
      const messages = sseMessages(res.body!);
      const first = JSON.parse((await within(messages.next(), 10_000, 'first payload')).value!.data);
      const acceptedBefore = first.live.today.accepted as number;
      const startedAt = Date.now();
      const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '大屏测试有限公司' }, submittedMaterials: item.requiredMaterials } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      for (;;) {
        const next = await within(messages.next(), 15_000, 'an update after the acceptance');
        if (next.value!.event !== 'message') continue;
        if (JSON.parse(next.value!.data).live.today.accepted >= acceptedBefore + 1) break;
      }
      // The figure the issue asks for (≤ 2 s) is measured by bench/big-screen.ts, not asserted here.
      console.info(`big screen updated ${Date.now() - startedAt} ms after the acceptance request was sent`);
    } finally {
      abort.abort();
    }
  });

  it('when the manager revokes a credential, then its open stream ends with event revoked within seconds and the token and its tickets are refused', async () => {
    const { id, token } = await makeCredential('将被撤销的屏');
    const ticket = await ticketFor(token);
    const spareTicket = await ticketFor(token);
    const abort = new AbortController();
    try {
      const res = await openStream(ticket, abort);
      expect(res.status).toBe(200);
      const messages = sseMessages(res.body!);
      await within(messages.next(), 10_000, 'first payload');

      // Within 5 s: by the revocation's notification, not the 15-s heartbeat check (bench/big-screen.ts measures it).
      const revoke = await world.call('POST', `/api/v1/screen-credentials/${id}/revoke`, { token: manager });
      expect(revoke.status, JSON.stringify(revoke.body)).toBe(200);
      expect(revoke.body).toMatchObject({ active: false, revokedBy: 'manager' });

      let last: IteratorResult<SseMessage>;
      do last = await within(messages.next(), 5_000, 'the revocation on the stream');
      while (!last.done && last.value.event !== 'revoked');
      expect(last.done).toBe(false);
      expect(JSON.parse(last.value!.data).reason).toContain('撤销');
      // The server ends the stream after telling it.
      expect((await within(messages.next(), 5_000, 'the end of the stream')).done).toBe(true);
    } finally {
      abort.abort();
    }
    const after = await world.call('GET', '/api/v1/big-screen', { token });
    expect(after.status).toBe(401);
    expect(after.body.rule).toBe('screen_credential.invalid');
    expect((await world.call('POST', '/api/v1/big-screen/stream-ticket', { token })).status).toBe(401);
    expect((await fetch(`${world.baseUrl}/api/v1/big-screen/stream?ticket=${encodeURIComponent(spareTicket)}`)).status).toBe(401);
    const again = await world.call('POST', `/api/v1/screen-credentials/${id}/revoke`, { token: manager });
    expect(again.status).toBe(409);
    expect(again.body.rule).toBe('screen_credential.revoked');
    expect((await world.call('POST', `/api/v1/screen-credentials/${crypto.randomUUID()}/revoke`, { token: manager })).status).toBe(404);
    const list = await world.call('GET', '/api/v1/screen-credentials', { token: manager });
    expect(list.body.items.map((c: any) => c.id)).not.toContain(id);
    const all = await world.call('GET', '/api/v1/screen-credentials?includeRevoked=true', { token: manager });
    expect(all.body.items.find((c: any) => c.id === id)).toMatchObject({ active: false });
  });
});

describe('the big screen and the statistics agree', () => {
  it('when the big screen and /statistics are read for the same 7 days, then every day, the total and every department figure are equal', async () => {
    const { token } = await makeCredential('核对屏');
    // Other test files write cases at the same time: compare one moment, i.e. a screen read that
    // did not change across the statistics reads.
    await eventually(async () => {
      const before = (await world.call('GET', '/api/v1/big-screen', { token })).body;
      const { from, to } = before.window;
      const [byDay, byDept] = await Promise.all([
        world.call('GET', `/api/v1/statistics?from=${from}&to=${to}&groupBy=day`, { token: manager }),
        world.call('GET', `/api/v1/statistics?from=${from}&to=${to}&groupBy=department`, { token: manager }),
      ]);
      const after = (await world.call('GET', '/api/v1/big-screen', { token })).body;
      expect(after.days).toEqual(before.days);
      const strip = ({ key: _k, label: _l, ...f }: any) => f;
      expect(before.days.map((d: any) => d.day)).toEqual(byDay.body.groups.map((g: any) => g.key));
      before.days.forEach((d: any, i: number) => {
        const { day: _day, ...figures } = d;
        expect(figures, d.day).toEqual(strip(byDay.body.groups[i]));
      });
      expect(before.last7Days).toEqual(byDay.body.total);
      expect(before.live.today).toEqual(strip(byDay.body.groups.at(-1)));
      for (const r of before.ranking) {
        const g = byDept.body.groups.find((x: any) => x.key === r.departmentCode);
        expect({ accepted: r.accepted, completed: r.completed, completedOnTime: r.completedOnTime, onTimeRate: r.onTimeRate, overdue: r.overdue, returned: r.returned }, r.departmentCode).toEqual({
          accepted: g.accepted,
          completed: g.completed,
          completedOnTime: g.completedOnTime,
          onTimeRate: g.onTimeRate,
          overdue: g.overdue,
          returned: g.returned,
        });
      }
    }, 30_000);
  });
});
