/**
 * The whole supervision loop through the real API on a time-skipping Temporal server: a 12345
 * complaint arrives at the inbound endpoint, becomes a finding, is confirmed into a rectification
 * whose deadline warns, falls due and escalates as the days pass; the department reports late, the
 * supervisor verifies and the item is closed. Dates come from the test server's clock.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../domain/calendar/calendar.js';
import { endOfShanghaiDay, shanghaiDateOf, startOfShanghaiDay } from '../../domain/calendar/dates.js';
import { loadConfig } from '../../config/index.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { eventually } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { timeSkippingEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;

beforeAll(async () => {
  env = await timeSkippingEnv();
  world = await startApi(env);
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

async function skipTo(ms: number) {
  const now = await env.currentTimeMs();
  if (ms > now) await env.sleep(ms - now);
}

describe('from a 12345 complaint to a closed rectification', () => {
  it('when a hotline complaint is confirmed and the department does not report, then the rectification warns, falls overdue and escalates on its working days; the late report is verified and the item closes', async () => {
    // A department in the middle of the list (the report test watches the last one's notifications).
    const dept = (await world.db.department.findFirstOrThrow({ orderBy: { sortOrder: 'asc' }, skip: 2 })).code;
    const [supervisor, manager, reviewer] = await Promise.all([world.login('supervisor'), world.login('manager'), world.login(reviewerUsername(dept))]);
    const hotline = { authorization: `Bearer ${loadConfig().HOTLINE_TOKEN}` };

    const ticket = { ticketNo: `12345-TS-${process.pid}-${Date.now()}`, receivedAt: new Date(await env.currentTimeMs()).toISOString(), content: '窗口工作时间无人，等候四十分钟', department: { code: dept }, situationCode: 'DP03_SHIRKING' };
    const sent = await world.call('POST', '/api/v1/inbound/hotline', { body: ticket, headers: hotline });
    expect(sent.status).toBe(201);
    const confirmed = await world.call('POST', `/api/v1/findings/${sent.body.findingId}/confirm`, { token: supervisor, body: { note: '经调阅监控属实', deadlineDays: 5 } });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const id = confirmed.body.rectificationId as string;

    const cal = new WorkingCalendar(await loadCalendarData(world.db));
    const rect = await world.call('GET', `/api/v1/rectifications/${id}`, { token: reviewer });
    const startDate = shanghaiDateOf(Date.parse(rect.body.startedAt));
    const dueDate = cal.addWorkingDays(startDate, 5).date;
    expect(rect.body).toMatchObject({ status: 'OPEN', dueDate, deadlineDays: 5 });

    const warnDate = cal.addWorkingDays(startDate, 3).date;
    await skipTo(startOfShanghaiDay(warnDate) + 3_600_000);
    await eventually(async () => expect((await world.call('GET', `/api/v1/rectifications?warning=true&departmentCode=${dept}`, { token: reviewer })).body.items.map((r: { id: string }) => r.id)).toContain(id));

    await skipTo(endOfShanghaiDay(dueDate) + 60_000);
    await eventually(async () => expect((await world.call('GET', `/api/v1/rectifications/${id}`, { token: supervisor })).body).toMatchObject({ overdue: true, escalated: false }));

    const escalateDate = cal.addWorkingDays(dueDate, 3).date;
    await skipTo(endOfShanghaiDay(escalateDate) + 60_000);
    await eventually(async () => {
      const list = await world.call('GET', '/api/v1/rectifications?escalated=true&open=true', { token: manager });
      expect(list.body.items.find((r: { id: string }) => r.id === id)).toMatchObject({ overdue: true, escalated: true, statusName: '待整改' });
    });
    const kinds = (await world.call('GET', `/api/v1/outbox?ref=${id}&pageSize=200`, { token: manager })).body.items.map((m: { kind: string }) => m.kind);
    expect(new Set(kinds)).toEqual(new Set(['rectification.opened', 'rectification.warning', 'rectification.overdue', 'rectification.escalated']));

    const late = await world.call('POST', `/api/v1/rectifications/${id}/submit-report`, { token: reviewer, body: { report: '已调整窗口排班，设置AB岗' } });
    expect(late.body.reports[0]).toMatchObject({ text: '已调整窗口排班，设置AB岗' });
    expect((await world.call('POST', `/api/v1/rectifications/${id}/verify`, { token: supervisor, body: { note: '复查到位' } })).body.status).toBe('VERIFIED');
    expect((await world.call('POST', `/api/v1/rectifications/${id}/close`, { token: supervisor, body: { note: '销号' } })).body).toMatchObject({ status: 'CLOSED', outcome: 'RECTIFIED' });
    await eventually(async () => {
      const events = await world.call('GET', `/api/v1/rectifications/${id}/events`, { token: manager });
      expect(events.body.map((e: { type: string }) => e.type)).toEqual(['CREATED', 'WARNING', 'OVERDUE', 'ESCALATED', 'REPORT_SUBMITTED', 'VERIFIED', 'CLOSED']);
      expect(events.body.find((e: { type: string }) => e.type === 'REPORT_SUBMITTED').detail).toMatchObject({ late: true });
    });
  });
});
