/**
 * A case carries only the part of the calendar it can ask about (domain/case/calendar.ts): the
 * intake's year and later, without names. A case run on that cut must see exactly what it sees on
 * the whole calendar — every event, view, clock ledger and wake-up — whatever its intake day
 * (1 January and 31 December included), limits, pauses, special procedures and warnings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarData } from '../../domain/calendar/calendar.js';
import { shanghaiDateOf, toDayNumber } from '../../domain/calendar/dates.js';
import { OFFICIAL_CALENDAR } from '../../domain/calendar/official-days.js';
import type { CaseAction } from '../../domain/case/actions.js';
import { caseCalendar } from '../../domain/case/calendar.js';
import { CaseRefusal } from '../../domain/case/errors.js';
import { type Actor, type CaseInput, CURRENT_RULES, type ItemSnapshot } from '../../domain/case/model.js';
import { applyAction, caseView, clockLedger, contextOf, markDelivered, newCaseState, nextWakeAt, tick } from '../../domain/case/rules.js';

const DAY = 86_400_000;
const CLERK: Actor = { id: 'c', name: '窗口', role: 'FRONT_DESK_CLERK' };
const REVIEWER: Actor = { id: 'r', name: '审批', role: 'DEPARTMENT_REVIEWER', departmentCode: 'D1' };

/** The official data plus a year before and after, with a manager's closures, so cuts really drop something. */
const WHOLE: CalendarData = {
  years: [{ year: 2024, official: true, notice: '2024年通知' }, ...OFFICIAL_CALENDAR.years],
  days: [
    { date: '2024-10-01', kind: 'holiday', name: '国庆节' },
    { date: '2024-12-30', kind: 'holiday', name: '临时闭馆' },
    { date: '2024-12-31', kind: 'holiday', name: '临时闭馆' },
    ...OFFICIAL_CALENDAR.days,
    { date: '2027-01-04', kind: 'holiday', name: '临时闭馆' },
  ],
};

const item = (promisedLimitDays: number): ItemSnapshot => ({
  code: 'I1',
  version: 1,
  name: '事项',
  departmentCode: 'D1',
  departmentName: '部门',
  zoneCode: 'Z',
  promisedLimitDays,
  statutoryLimitDays: 60,
  specialProcedures: [{ kind: 'EXPERT_REVIEW', limitDays: 30 }],
  materials: [{ code: 'M1', name: '申请表', required: true, tolerable: false }],
});

type Step = { afterDays: number; action?: CaseAction; by?: Actor; deliver?: true };

/** Runs one case on a calendar and records everything it shows, step by step. */
function run(calendar: CalendarData, intakeAt: number, limit: number, steps: Step[]) {
  const input: CaseInput = { caseNo: 'X', channel: 'WINDOW', item: item(limit), applicant: { name: '甲' }, submittedMaterials: ['M1'], submittedBy: CLERK, warningDays: 2, calendar };
  const { state, events } = newCaseState(input, intakeAt, CURRENT_RULES);
  const seen: unknown[] = [events];
  let at = intakeAt;
  for (const step of steps) {
    at += step.afterDays * DAY;
    const ctx = contextOf(state, at);
    seen.push(tick(state, ctx));
    if (step.deliver) seen.push(markDelivered(state, 'R', at));
    if (step.action) {
      try {
        seen.push(applyAction(state, step.action, step.by!, ctx));
      } catch (e) {
        if (!(e instanceof CaseRefusal)) throw e;
        seen.push(e.rule);
      }
    }
    seen.push(caseView(state, ctx), clockLedger(state, ctx), nextWakeAt(state, ctx));
  }
  return seen;
}

const first = Date.parse('2025-01-01T00:00:00+08:00');
const last = Date.parse('2027-01-01T00:00:00+08:00') - 1;
const anyIntake = fc.oneof(
  fc.integer({ min: first, max: last }),
  // The edges of a year: the first and last hours of 1 January and 31 December.
  fc.constantFrom('2025-01-01T00:00:01+08:00', '2025-12-31T23:59:00+08:00', '2026-01-01T08:00:00+08:00', '2026-12-31T17:00:00+08:00').map(Date.parse),
);
const anySteps = fc.array(
  fc.record({
    afterDays: fc.integer({ min: 0, max: 25 }),
    kind: fc.constantFrom('accept', 'deliver', 'pause', 'resume', 'special', 'finish', 'approve', 'wait'),
  }),
  { minLength: 3, maxLength: 12 },
);
const toStep = ({ afterDays, kind }: { afterDays: number; kind: string }): Step => {
  switch (kind) {
    case 'accept':
      return { afterDays, action: { name: 'accept', payload: {} }, by: CLERK };
    case 'deliver':
      return { afterDays, deliver: true };
    case 'pause':
      return { afterDays, action: { name: 'pause', payload: { reason: 'FORCE_MAJEURE', note: '停' } }, by: REVIEWER };
    case 'resume':
      return { afterDays, action: { name: 'resume', payload: {} }, by: REVIEWER };
    case 'special':
      return { afterDays, action: { name: 'startSpecialProcedure', payload: { kind: 'EXPERT_REVIEW', reason: '评审' } }, by: REVIEWER };
    case 'finish':
      return { afterDays, action: { name: 'finishSpecialProcedure', payload: { result: '完成' } }, by: REVIEWER };
    case 'approve':
      return { afterDays, action: { name: 'approve', payload: { opinion: '' } }, by: REVIEWER };
    default:
      return { afterDays };
  }
};

describe('the calendar a case carries', () => {
  it('when a case runs on the cut calendar instead of the whole one, then it shows exactly the same events, views, ledgers and wake-ups', () => {
    fc.assert(
      fc.property(anyIntake, fc.integer({ min: 1, max: 60 }), anySteps, (intakeAt, limit, raw) => {
        const steps: Step[] = [{ afterDays: 0, action: { name: 'accept', payload: {} }, by: CLERK }, { afterDays: 0, deliver: true }, ...raw.map(toStep)];
        const cut = caseCalendar(WHOLE, shanghaiDateOf(intakeAt));
        expect(run(cut, intakeAt, limit, steps)).toEqual(run(WHOLE, intakeAt, limit, steps));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('when the calendar is cut for a case opened in 2026, then it keeps 2026 and later without names, and is far smaller', () => {
    const cut = caseCalendar(WHOLE, '2026-03-02');
    expect(cut.years).toEqual([{ year: 2026, official: true }]);
    expect(cut.days.every((d) => toDayNumber(d.date) >= toDayNumber('2026-01-01') && Object.keys(d).join() === 'date,kind')).toBe(true);
    expect(cut.days.at(-1)).toEqual({ date: '2027-01-04', kind: 'holiday' });
    expect(Buffer.byteLength(JSON.stringify(cut))).toBeLessThan(Buffer.byteLength(JSON.stringify(WHOLE)) / 2);
    // The same cut object for the same calendar and year: calendars built from it are reused.
    expect(caseCalendar(WHOLE, '2026-11-30')).toBe(cut);
  });
});
