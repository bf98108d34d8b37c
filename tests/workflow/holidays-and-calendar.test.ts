/**
 * Due dates across long holidays with their make-up days, and a calendar change reaching an open
 * case. The calendar is the 2026 official arrangement moved into the test's time (see era.ts),
 * because the test server's clock only moves forward from today.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarChangedSignal } from '../../workflows/messages.js';
import { type TestItem, eventually } from '../support/catalog.js';
import { skipTo, startCase } from '../support/cases.js';
import { type WorkerWorld, startTimeSkippingWorld, stopWorld } from '../support/platform.js';
import type { Era } from '../support/era.js';

let env: TestWorkflowEnvironment;
let era: Era;
let world: WorkerWorld;
let item: TestItem;

beforeAll(async () => {
  ({ env, era, world, item } = await startTimeSkippingWorld({ channel: 'WINDOW', tolerance: false }));
});

afterAll(() => stopWorld({ env, world }));

// Tests run in date order: the test server's clock only moves forward.
describe('working days across long holidays', () => {
  it('when a case is accepted the Friday before Spring Festival with a 6-day limit, then both make-up Saturdays count and the holiday week does not', async () => {
    await skipTo(env, `${era.of2026('2026-02-13')}T10:00:00+08:00`);
    const c = await startCase(env, world.db, item.code, { calendar: era.calendar, override: { promisedLimitDays: 6 } });
    await eventually(async () => {
      const v = await c.view();
      expect(v.status).toBe('IN_REVIEW');
      // Sat 14 (make-up) · 15–23 holiday · Tue 24, Wed 25, Thu 26, Fri 27 · Sat 28 (make-up)
      expect(v.dueDate).toBe(era.of2026('2026-02-28'));
    });
  });

  it('when a case is accepted on the eve of National Day with a 3-day limit, then it is due on the make-up Saturday after the holiday', async () => {
    await skipTo(env, `${era.of2026('2026-09-30')}T10:00:00+08:00`);
    const c = await startCase(env, world.db, item.code, { calendar: era.calendar, override: { promisedLimitDays: 3 } });
    await eventually(async () => {
      const v = await c.view();
      // Oct 1–7 holiday · Thu 8, Fri 9 · Sat 10 (make-up workday)
      expect(v.dueDate).toBe(era.of2026('2026-10-10'));
      expect(v.warning).toBe(false);
    });
    const clock = await c.clock();
    expect(clock).toMatchObject({ acceptedDate: era.of2026('2026-09-30'), limitDays: 3, dueDate: era.of2026('2026-10-10'), remainingWorkingDays: 3, provisional: false });
  });

  it('when the calendar gains a local closure inside an open case\'s limit, then the case\'s due date moves out by a day and says why', async () => {
    await skipTo(env, era.instant('2027-11-01T09:00:00+08:00')); // Monday
    const c = await startCase(env, world.db, item.code, { calendar: era.calendar, override: { promisedLimitDays: 5 } });
    await eventually(async () => expect((await c.view()).dueDate).toBe(era.date('2027-11-08')));
    await c.handle.signal(calendarChangedSignal, { ...era.calendar, days: [...era.calendar.days, { date: era.date('2027-11-03'), kind: 'holiday', name: '市政府临时闭馆' }] });
    await eventually(async () => {
      expect((await c.view()).dueDate).toBe(era.date('2027-11-09'));
      const moved = await world.db.caseEvent.findFirst({ where: { caseNo: c.caseNo, type: 'DUE_DATE_MOVED' } });
      expect(moved?.detail).toMatchObject({ from: era.date('2027-11-08'), to: era.date('2027-11-09'), cause: 'calendar change' });
    });
  });
});
