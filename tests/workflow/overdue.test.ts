/**
 * Time rules proven on a real time-skipping Temporal test server with the real activities.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('promised limit', () => {
  it('when nobody acts on a case accepted on a Thursday with a 3-working-day limit, then it is due the next Tuesday, warns before and is overdue from Wednesday', async () => {
    await skipTo(env, era.instant('2026-12-03T10:00:00+08:00')); // Thursday
    const c = await startCase(env, world.db, item.code, { calendar: era.calendar, override: { promisedLimitDays: 3 } });
    await eventually(async () => expect((await c.view()).status).toBe('IN_REVIEW'));
    const accepted = await c.view();
    expect(accepted.dueDate).toBe(era.date('2026-12-08')); // Fri 4, Mon 7, Tue 8: the weekend does not count
    expect(accepted.overdue).toBe(false);

    await skipTo(env, era.instant('2026-12-07T12:00:00+08:00')); // Monday, after the weekend
    await eventually(async () => {
      const monday = await c.view();
      expect(monday.overdue).toBe(false);
      expect(monday.warning).toBe(true);
      expect(monday.remainingWorkingDays).toBe(1);
    });

    await skipTo(env, era.instant('2026-12-09T00:30:00+08:00')); // just past the end of the due date
    await eventually(async () => {
      const late = await c.view();
      expect(late.overdue).toBe(true);
      expect(late.everOverdue).toBe(true);
      expect(late.status).toBe('IN_REVIEW');
    });

    await eventually(async () => {
      const row = await world.db.case.findUniqueOrThrow({ where: { caseNo: c.caseNo } });
      expect(row.overdue).toBe(true);
      const events = await world.db.caseEvent.findMany({ where: { caseNo: c.caseNo }, orderBy: { seq: 'asc' } });
      expect(events.map((e) => e.type)).toEqual(['RECEIVED', 'ACCEPTED', 'TRANSFERRED', 'WARNING', 'OVERDUE']);
    });
  });
});
