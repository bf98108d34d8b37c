/**
 * The working-day calendar through the API: the public answers per the State Council notices
 * for 2025 and 2026, provisional years, and a centre manager's corrections reaching the answers.
 *
 * The database is shared with the other test files running at the same time: this file changes
 * only days and years far from theirs (late 2027, 2031) and removes them again afterwards.
 */
import crypto from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import { eventually } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let manager: string;
let clerk: string;

/** A Wednesday no other test file uses: the local closure this file adds and removes. */
const CLOSURE_DAY = '2027-11-17';
/** A year nobody has a notice for: this file marks it official and removes it again. */
const TEST_YEAR = 2031;

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  manager = await world.login('manager');
  clerk = await world.login('clerk.a01');
});

afterAll(async () => {
  if (world) {
    await world.db.calendarDay.deleteMany({ where: { date: new Date(`${CLOSURE_DAY}T00:00:00.000Z`), source: 'MANAGER' } });
    await world.db.calendarYear.deleteMany({ where: { year: TEST_YEAR } });
    await world.stop();
  }
  await env?.teardown();
});

const get = (path: string) => world.call('GET', path);
const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe('a calendar day', () => {
  it('when a Saturday is an official make-up workday (2026-02-14, before 春节), then it is a working day of kind makeup_workday', async () => {
    const r = await get('/api/v1/calendar/days/2026-02-14');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ date: '2026-02-14', workingDay: true, kind: 'makeup_workday', name: '春节调休上班', provisional: false });
  });

  it('when the day is National Day 2026, then it is a holiday named 国庆节', async () => {
    const r = await get('/api/v1/calendar/days/2026-10-01');
    expect(r.body).toEqual({ date: '2026-10-01', workingDay: false, kind: 'holiday', name: '国庆节', provisional: false });
  });

  it('when 中秋 falls inside 国庆 (2025-10-06), then the day carries the merged name of the 2025 notice', async () => {
    const r = await get('/api/v1/calendar/days/2025-10-06');
    expect(r.body).toMatchObject({ workingDay: false, kind: 'holiday', name: '国庆节、中秋节' });
  });

  it('when the day is an ordinary weekday or weekend, then it says so without a name', async () => {
    expect((await get('/api/v1/calendar/days/2026-03-10')).body).toEqual({ date: '2026-03-10', workingDay: true, kind: 'workday', provisional: false });
    expect((await get('/api/v1/calendar/days/2026-03-14')).body).toEqual({ date: '2026-03-14', workingDay: false, kind: 'weekend', provisional: false });
  });

  it('when the year has no official notice yet (2027), then the answer is flagged provisional', async () => {
    const r = await get('/api/v1/calendar/days/2027-01-04');
    expect(r.body).toEqual({ date: '2027-01-04', workingDay: true, kind: 'workday', provisional: true });
  });

  it('when the date does not exist (2026-02-30), then 400 names params.date', async () => {
    const r = await get('/api/v1/calendar/days/2026-02-30');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(fieldsOf(r.body)).toEqual(['params.date']);
  });
});

describe('adding working days', () => {
  it('when one working day is added to the eve of 国庆 2025 (2025-09-30), then the limit ends on 2025-10-09, after the 8-day holiday', async () => {
    const r = await get('/api/v1/calendar/add-working-days?from=2025-09-30&days=1');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ from: '2025-09-30', days: 1, date: '2025-10-09', provisional: false });
  });

  it('when the start is the Friday before a make-up Saturday (2026-02-13), then the make-up day is the first working day', async () => {
    expect((await get('/api/v1/calendar/add-working-days?from=2026-02-13&days=1')).body.date).toBe('2026-02-14');
    // 2026-02-14 (make-up), then 春节 2026-02-15…23 off, then 24, 25, 26.
    expect((await get('/api/v1/calendar/add-working-days?from=2026-02-13&days=4')).body.date).toBe('2026-02-26');
  });

  it('when the limit runs into a year without a notice, then the answer is provisional', async () => {
    const r = await get('/api/v1/calendar/add-working-days?from=2026-12-30&days=5');
    expect(r.body).toEqual({ from: '2026-12-30', days: 5, date: '2027-01-06', provisional: true });
  });

  it.each(['0', '1001', 'abc', '1.5', '-3', ''])('when days is %j, then 400 names query.days', async (days) => {
    const r = await get(`/api/v1/calendar/add-working-days?from=2026-03-02&days=${days}`);
    expect(r.status).toBe(400);
    expect(fieldsOf(r.body)).toEqual(['query.days']);
    expect(r.body.errors[0].message).toContain('1 to 1000');
  });

  it('when days is missing, then 400 names query.days', async () => {
    const r = await get('/api/v1/calendar/add-working-days?from=2026-03-02');
    expect(r.status).toBe(400);
    expect(fieldsOf(r.body)).toEqual(['query.days']);
  });

  it('when 1000 working days are asked, the largest allowed, then a date about four years later comes back', async () => {
    const r = await get('/api/v1/calendar/add-working-days?from=2026-03-02&days=1000');
    expect(r.status).toBe(200);
    expect(r.body.date.slice(0, 4)).toBe('2030');
    expect(r.body.provisional).toBe(true);
  });

  it('when from is not a real date (2026-02-30) or not a date at all, then 400 names query.from', async () => {
    for (const from of ['2026-02-30', '2026-2-3', 'tomorrow']) {
      const r = await get(`/api/v1/calendar/add-working-days?from=${from}&days=3`);
      expect(r.status).toBe(400);
      expect(fieldsOf(r.body)).toEqual(['query.from']);
    }
  });
});

describe('counting working days', () => {
  it('when counting over 春节 2026 (2026-02-13 to 2026-02-28), then both make-up Saturdays count and the holiday does not: 6', async () => {
    const r = await get('/api/v1/calendar/working-days?from=2026-02-13&to=2026-02-28');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ from: '2026-02-13', to: '2026-02-28', count: 6, provisional: false });
  });

  it('when counting across the 2025/2026 year boundary, then 元旦 is off and the make-up Sunday 2026-01-04 counts', async () => {
    const r = await get('/api/v1/calendar/working-days?from=2025-12-31&to=2026-01-05');
    expect(r.body).toEqual({ from: '2025-12-31', to: '2026-01-05', count: 2, provisional: false });
  });

  it('when to is not after from, then the count is 0', async () => {
    expect((await get('/api/v1/calendar/working-days?from=2026-03-10&to=2026-03-10')).body.count).toBe(0);
    expect((await get('/api/v1/calendar/working-days?from=2026-03-10&to=2026-03-01')).body.count).toBe(0);
  });

  it('when the range reaches 2027, then the count is provisional', async () => {
    const r = await get('/api/v1/calendar/working-days?from=2026-12-25&to=2027-01-08');
    expect(r.body.provisional).toBe(true);
  });

  it('when to is missing or invalid, then 400 names query.to', async () => {
    expect(fieldsOf((await get('/api/v1/calendar/working-days?from=2026-03-10')).body)).toEqual(['query.to']);
    expect(fieldsOf((await get('/api/v1/calendar/working-days?from=2026-03-10&to=2026-13-01')).body)).toEqual(['query.to']);
  });
});

describe('calendar years', () => {
  it('when the years are listed, then 2025 and 2026 are official with their notices and holiday counts', async () => {
    const r = await get('/api/v1/calendar/years');
    expect(r.status).toBe(200);
    const byYear = new Map(r.body.years.map((y: { year: number }) => [y.year, y]));
    expect(byYear.get(2025)).toMatchObject({ official: true, notice: expect.stringContaining('国办发明电〔2024〕12号') });
    expect(byYear.get(2026)).toMatchObject({ official: true, notice: expect.stringContaining('2026年部分节假日安排') });
    // 2025: 元旦 1 + 春节 8 + 清明 3 + 劳动 5 + 端午 3 + 国庆中秋 8 days off; 5 make-up days.
    expect(byYear.get(2025)).toMatchObject({ holidays: 28, makeupWorkdays: 5 });
  });
});

describe('the year view', () => {
  it('when 2026 is read as a year, then every day is there with its kind, the notice\'s days are marked official, and the counts agree with the years list', async () => {
    const r = await get('/api/v1/calendar/years/2026/days');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ year: 2026, official: true, provisional: false });
    expect(r.body.days).toHaveLength(365);
    const day = (d: string) => r.body.days.find((x: any) => x.date === d);
    expect(day('2026-02-14')).toMatchObject({ kind: 'makeup_workday', workingDay: true, source: 'OFFICIAL' });
    expect(day('2026-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节', workingDay: false, source: 'OFFICIAL' });
    expect(day('2026-03-04')).toEqual({ date: '2026-03-04', kind: 'workday', workingDay: true, provisional: false });
    const listed = (await get('/api/v1/calendar/years')).body.years.find((y: any) => y.year === 2026);
    expect({ holidays: r.body.holidays, makeupWorkdays: r.body.makeupWorkdays }).toEqual({ holidays: listed.holidays, makeupWorkdays: listed.makeupWorkdays });
    expect(r.body.workingDays).toBe((await get('/api/v1/calendar/working-days?from=2025-12-31&to=2026-12-31')).body.count);
  });

  it('when a year has no notice, then it is flagged provisional; a malformed year is 400', async () => {
    const r = await get('/api/v1/calendar/years/2033/days');
    expect(r.body).toMatchObject({ year: 2033, official: false, provisional: true, holidays: 0 });
    expect(r.body.days.every((d: any) => d.provisional)).toBe(true);
    expect((await get('/api/v1/calendar/years/33/days')).status).toBe(400);
  });
});

describe('a centre manager corrects the calendar', () => {
  it('when the manager closes the hall on a 2027 weekday, then the day is a holiday, limits move past it, and the change is recorded and published', async () => {
    const before = await get(`/api/v1/calendar/add-working-days?from=2027-11-16&days=1`);
    expect(before.body.date).toBe('2027-11-17');

    const r = await world.call('PUT', `/api/v1/calendar/days/${CLOSURE_DAY}`, { token: manager, body: { kind: 'holiday', name: '政务服务中心搬迁闭厅', note: '市政府办公室通知：服务大厅搬迁，当日暂停对外服务' } });
    expect(r.status).toBe(200);
    expect(typeof r.body.notified).toBe('number');
    expect(r.body.change).toMatchObject({ by: 'manager', days: [{ date: CLOSURE_DAY, kind: 'HOLIDAY', name: '政务服务中心搬迁闭厅' }], notified: r.body.notified });

    const row = await world.db.calendarChange.findUniqueOrThrow({ where: { id: BigInt(r.body.change.id) } });
    expect(row.by).toBe('manager');
    expect(row.reason).toContain('服务大厅搬迁');
    expect(row.notified).toBe(r.body.notified);

    expect((await get(`/api/v1/calendar/days/${CLOSURE_DAY}`)).body).toEqual({ date: CLOSURE_DAY, workingDay: false, kind: 'holiday', name: '政务服务中心搬迁闭厅', provisional: true });
    expect((await get('/api/v1/calendar/add-working-days?from=2027-11-16&days=1')).body.date).toBe('2027-11-18');
    expect((await get('/api/v1/calendar/working-days?from=2027-11-15&to=2027-11-19')).body.count).toBe(3);

    const stored = await world.db.calendarDay.findUniqueOrThrow({ where: { date: new Date(`${CLOSURE_DAY}T00:00:00.000Z`) } });
    expect(stored).toMatchObject({ kind: 'HOLIDAY', source: 'MANAGER', updatedBy: 'manager' });
    const year = await get(`/api/v1/calendar/years/${CLOSURE_DAY.slice(0, 4)}/days`);
    expect(year.body.days.find((d: any) => d.date === CLOSURE_DAY)).toMatchObject({ kind: 'holiday', source: 'MANAGER', updatedBy: 'manager', note: expect.stringContaining('服务大厅搬迁') });
  });

  it('when the manager removes the closure again, then the day is an ordinary workday and the limit is back', async () => {
    const r = await world.call('PUT', `/api/v1/calendar/days/${CLOSURE_DAY}`, { token: manager, body: { kind: 'workday', note: '搬迁推迟，当日正常办公' } });
    expect(r.status).toBe(200);
    expect(r.body.change.days).toEqual([{ date: CLOSURE_DAY, kind: 'WORKDAY', name: '' }]);
    expect((await get(`/api/v1/calendar/days/${CLOSURE_DAY}`)).body).toEqual({ date: CLOSURE_DAY, workingDay: true, kind: 'workday', provisional: true });
    expect((await get('/api/v1/calendar/add-working-days?from=2027-11-16&days=1')).body.date).toBe('2027-11-17');
  });

  it('when the manager previews closing a working day inside an open case\'s limit, then the case is listed with its due date one working day later, and nothing is saved', async () => {
    const version = await world.db.serviceItemVersion.findFirstOrThrow({
      where: { state: 'PUBLISHED', item: { status: 'ACTIVE' }, channels: { has: 'WINDOW' }, toleranceAllowed: false, promisedLimitDays: { gte: 5 }, NOT: { itemCode: { startsWith: 'TEST-' } } },
      orderBy: { itemCode: 'asc' },
      skip: 3,
    });
    const materials = (version.materials as { code: string; required: boolean }[]).filter((m) => m.required).map((m) => m.code);
    const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: version.itemCode, applicant: { name: '日历预览测试有限公司' }, submittedMaterials: materials } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const caseNo = created.body.case.caseNo as string;
    const snapshot = await eventually(async () => {
      const c = await world.db.case.findUniqueOrThrow({ where: { caseNo } });
      expect(c.status).toBe('IN_REVIEW');
      expect(c.dueDate).not.toBeNull();
      return c;
    }, 20_000);
    const dueDate = snapshot.dueDate!.toISOString().slice(0, 10);
    const accepted = shanghaiDateOf(snapshot.acceptedAt!.getTime());
    // The first working day after acceptance: inside the limit of at least 5 working days.
    const day = (await get(`/api/v1/calendar/add-working-days?from=${accepted}&days=1`)).body.date as string;
    const closed = await world.call('GET', `/api/v1/calendar/days/${day}/impact?kind=holiday`, { token: manager });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ date: day, before: { workingDay: true }, after: { workingDay: false, kind: 'holiday' }, changesWorkingDay: true });
    expect(closed.body.moved).toBeGreaterThanOrEqual(1);
    expect(closed.body.later).toBe(closed.body.moved);
    expect(closed.body.checked).toBeGreaterThanOrEqual(closed.body.moved);
    const oneDayLater = (await get(`/api/v1/calendar/add-working-days?from=${dueDate}&days=1`)).body.date;
    // The test database holds far fewer than the 100 listed cases.
    expect(closed.body.items.find((c: any) => c.caseNo === caseNo)).toMatchObject({ caseNo, acceptedDate: accepted, dueDate, newDueDate: oneDayLater, status: 'IN_REVIEW', suspended: false });

    // Nothing was saved: the day is still a working day and the case's due date is the same.
    expect((await get(`/api/v1/calendar/days/${day}`)).body.workingDay).toBe(true);
    expect((await world.db.case.findUniqueOrThrow({ where: { caseNo } })).dueDate!.toISOString().slice(0, 10)).toBe(dueDate);

    // Setting a working day to a working day moves nothing.
    const same = await world.call('GET', `/api/v1/calendar/days/${day}/impact?kind=workday`, { token: manager });
    expect(same.body).toMatchObject({ changesWorkingDay: false, moved: 0, items: [] });
    // A day after the due date moves nothing of this case.
    const after = await world.call('GET', `/api/v1/calendar/days/${oneDayLater}/impact?kind=holiday`, { token: manager });
    expect(after.body.items.map((c: any) => c.caseNo)).not.toContain(caseNo);
  });

  it('when a clerk previews a day change, or the kind is missing, then 403 and 400 naming query.kind', async () => {
    expect((await world.call('GET', `/api/v1/calendar/days/${CLOSURE_DAY}/impact?kind=holiday`, { token: clerk })).status).toBe(403);
    const bad = await world.call('GET', `/api/v1/calendar/days/${CLOSURE_DAY}/impact`, { token: manager });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['query.kind']);
  });

  it('when the manager removes an override that does not exist, then 409 says the day already follows the Monday–Friday rule', async () => {
    const r = await world.call('PUT', '/api/v1/calendar/days/2027-11-24', { token: manager, body: { kind: 'workday', note: '核对' } });
    expect(r.status).toBe(409);
    expect(r.body.rule).toBe('calendar.no_override');
  });

  it('when the manager sets a make-up workday on a weekday, then 422 names the rule and nothing changes', async () => {
    const note = `调休 ${crypto.randomUUID()}`;
    const r = await world.call('PUT', '/api/v1/calendar/days/2027-11-24', { token: manager, body: { kind: 'makeup_workday', note } });
    expect(r.status).toBe(422);
    expect(r.body.rule).toBe('calendar.makeup_on_weekday');
    expect(fieldsOf(r.body)).toEqual(['body.kind']);
    expect(await world.db.calendarChange.count({ where: { reason: note } })).toBe(0);
  });

  it('when the change has no note or an unknown kind, then 400 names each field', async () => {
    const r = await world.call('PUT', `/api/v1/calendar/days/${CLOSURE_DAY}`, { token: manager, body: { kind: 'closed' } });
    expect(r.status).toBe(400);
    expect(fieldsOf(r.body).sort()).toEqual(['body.kind', 'body.note']);
  });

  it('when the manager enters a year\'s notice, then the year is official and its answers are no longer provisional', async () => {
    expect((await get(`/api/v1/calendar/days/${TEST_YEAR}-03-04`)).body.provisional).toBe(true);
    const r = await world.call('PUT', `/api/v1/calendar/years/${TEST_YEAR}`, { token: manager, body: { official: true, notice: `国务院办公厅关于${TEST_YEAR}年部分节假日安排的通知` } });
    expect(r.status).toBe(200);
    expect(typeof r.body.notified).toBe('number');
    expect(r.body.change.reason).toContain(`${TEST_YEAR}`);
    expect((await get(`/api/v1/calendar/days/${TEST_YEAR}-03-04`)).body.provisional).toBe(false);
    const years = (await get('/api/v1/calendar/years')).body.years;
    expect(years).toContainEqual(expect.objectContaining({ year: TEST_YEAR, official: true }));
  });

  it('when a year is marked official without citing its notice, then 400 names body.notice', async () => {
    const r = await world.call('PUT', `/api/v1/calendar/years/${TEST_YEAR}`, { token: manager, body: { official: true } });
    expect(r.status).toBe(400);
    expect(fieldsOf(r.body)).toEqual(['body.notice']);
  });

  it('when a clerk tries to change a day or a year, then 403 and nothing changes', async () => {
    const day = await world.call('PUT', `/api/v1/calendar/days/${CLOSURE_DAY}`, { token: clerk, body: { kind: 'holiday', name: '闭厅', note: '试图修改' } });
    expect(day.status).toBe(403);
    expect(day.body.rule).toBe('role.not_allowed');
    const year = await world.call('PUT', `/api/v1/calendar/years/${TEST_YEAR}`, { token: clerk, body: { official: false } });
    expect(year.status).toBe(403);
    expect(await world.db.calendarChange.count({ where: { by: 'clerk.a01' } })).toBe(0);
    expect((await get(`/api/v1/calendar/days/${CLOSURE_DAY}`)).body.kind).toBe('workday');
  });

  it('when nobody is signed in, then a change is refused with 401', async () => {
    const r = await world.call('PUT', `/api/v1/calendar/days/${CLOSURE_DAY}`, { body: { kind: 'holiday', note: '匿名' } });
    expect(r.status).toBe(401);
  });
});
