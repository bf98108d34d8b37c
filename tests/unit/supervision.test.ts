/**
 * The pure supervision rules: deadline arithmetic on the working-day calendar, the rectification
 * state machine's refusals, and the seeded negative-behaviour lists.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarData } from '../../domain/calendar/calendar.js';
import { endOfShanghaiDay, startOfShanghaiDay } from '../../domain/calendar/dates.js';
import { CaseRefusal } from '../../domain/case/errors.js';
import type { Actor } from '../../domain/case/model.js';
import { deadlinePlan } from '../../domain/supervision/deadlines.js';
import { NEGATIVE_GROUPS, NEGATIVE_SITUATIONS } from '../../domain/supervision/negative-list.js';
import { type RectificationInput, applyRectificationAction, newRectification, nextRectificationWake, tickRectification } from '../../domain/supervision/rectification.js';
import { answerUrge, newUrge, tickUrge } from '../../domain/supervision/urge.js';

// A made-up calendar: pure functions, so fixed dates are fine here (nothing depends on today).
const CAL: CalendarData = { years: [{ year: 2031, official: true }], days: [{ date: '2031-03-05', kind: 'holiday', name: '测试假日' }, { date: '2031-03-08', kind: 'makeup_workday', name: '调休' }] };
const MONDAY_10H = startOfShanghaiDay('2031-03-03') + 10 * 3_600_000; // Monday 2031-03-03
const SUP: Actor = { id: 's', name: '督查', role: 'SUPERVISOR' };
const DEPT: Actor = { id: 'd', name: '审批员', role: 'DEPARTMENT_REVIEWER', departmentCode: 'D1' };
const input = (o: Partial<RectificationInput> = {}): RectificationInput => ({
  id: 'ZG-1', findingId: '1', source: 'PATROL', title: 't', departmentCode: 'D1', deadlineDays: 5, warningDays: 2, escalateAfterDays: 3, createdBy: SUP, calendar: CAL, ...o,
});
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof CaseRefusal) return { kind: e.kind, rule: e.rule };
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('deadline plan', () => {
  it('when 5 working days run from a Monday over a Wednesday holiday and a Saturday make-up day, then the deadline is the next Monday at 24:00 and the warning starts Friday', () => {
    // Tue 4, (Wed 5 holiday), Thu 6, Fri 7, Sat 8 make-up, Mon 10 → due Mon 10.
    const plan = deadlinePlan(CAL, MONDAY_10H, 5, { warningDays: 2, escalateAfterDays: 3 });
    expect(plan.dueDate).toBe('2031-03-10');
    expect(plan.dueAt).toBe(endOfShanghaiDay('2031-03-10'));
    expect(plan.warnAt).toBe(startOfShanghaiDay('2031-03-07')); // Fri: 2 working days remain (Sat 8, Mon 10)
    expect(plan.escalateAt).toBe(endOfShanghaiDay('2031-03-13')); // Tue 11, Wed 12, Thu 13
  });

  it('when the deadline is 1 working day, then no warning is planned (it would fall before the start)', () => {
    expect(deadlinePlan(CAL, MONDAY_10H, 1, { warningDays: 2 }).warnAt).toBeUndefined();
  });
});

describe('rectification rules', () => {
  it('when nothing happens, then warning, overdue and escalation come in that order at their instants, and nothing after', () => {
    const { state } = newRectification(input(), MONDAY_10H);
    const seen: string[] = [];
    for (let wake = nextRectificationWake(state); wake !== undefined; wake = nextRectificationWake(state)) seen.push(...tickRectification(state, wake).map((e) => `${e.type}@${new Date(wake!).toISOString()}`));
    expect(seen).toEqual([
      `WARNING@${new Date(startOfShanghaiDay('2031-03-07')).toISOString()}`,
      `OVERDUE@${new Date(endOfShanghaiDay('2031-03-10')).toISOString()}`,
      `ESCALATED@${new Date(endOfShanghaiDay('2031-03-13')).toISOString()}`,
    ]);
  });

  it('when actions come in the wrong state, from the wrong side or department, or with bad payloads, then each is refused with its rule', () => {
    const { state } = newRectification(input(), MONDAY_10H);
    expect(refusal(() => applyRectificationAction(state, 'verify', { note: 'x' }, SUP, MONDAY_10H))).toEqual({ kind: 'STATE_CONFLICT', rule: 'rectification.verify.status' });
    expect(refusal(() => applyRectificationAction(state, 'submitReport', { report: 'x' }, { ...DEPT, departmentCode: 'D2' }, MONDAY_10H))).toEqual({ kind: 'FORBIDDEN', rule: 'scope.department' });
    expect(refusal(() => applyRectificationAction(state, 'submitReport', { report: 'x' }, SUP, MONDAY_10H))).toEqual({ kind: 'FORBIDDEN', rule: 'role.not_allowed' });
    expect(refusal(() => applyRectificationAction(state, 'submitReport', { report: '  ' }, DEPT, MONDAY_10H))).toEqual({ kind: 'RULE_VIOLATION', rule: 'rectification.report_required' });
    expect(refusal(() => applyRectificationAction(state, 'appeal', { reason: 'x' }, DEPT, MONDAY_10H))).toEqual({ kind: 'RULE_VIOLATION', rule: 'rectification.appeal.rating_only' });
    applyRectificationAction(state, 'submitReport', { report: '已整改' }, DEPT, MONDAY_10H);
    expect(refusal(() => applyRectificationAction(state, 'sendBack', { reason: 'x', days: 0 }, SUP, MONDAY_10H))).toEqual({ kind: 'RULE_VIOLATION', rule: 'rectification.sendBack.days' });
    // Submitted in time: the timers stop.
    expect(nextRectificationWake(state)).toBeUndefined();
  });

  it('when a bad rating is confirmed at verification, then it becomes OPEN with its 15-day deadline; dismissed, it closes as not substantiated', () => {
    const a = newRectification(input({ source: 'RATING', verifyDays: 1, deadlineDays: 15 }), MONDAY_10H).state;
    expect(a.status).toBe('VERIFYING');
    expect(nextRectificationWake(a)).toBe(endOfShanghaiDay('2031-03-04'));
    applyRectificationAction(a, 'confirm', { note: '属实', situationCode: 'WS05_POOR_ATTITUDE' }, SUP, MONDAY_10H);
    expect(a).toMatchObject({ status: 'OPEN', input: { situationCode: 'WS05_POOR_ATTITUDE' } });
    const b = newRectification(input({ source: 'RATING', verifyDays: 1, deadlineDays: 15 }), MONDAY_10H).state;
    applyRectificationAction(b, 'dismiss', { note: '不属实' }, SUP, MONDAY_10H);
    expect(b).toMatchObject({ status: 'CLOSED', outcome: 'DISMISSED' });
  });
});

describe('urge rules', () => {
  it('when an urge is not answered, then it escalates at the end of the reply deadline and a late answer is marked late', () => {
    const { state } = newUrge({ id: 'DB-1', caseNo: '1', departmentCode: 'D1', itemName: 'i', note: 'n', replyDays: 3, warningDays: 1, urgedBy: SUP, calendar: CAL }, MONDAY_10H);
    expect(state.dueDate).toBe('2031-03-07'); // Tue 4, Thu 6, Fri 7
    expect(tickUrge(state, endOfShanghaiDay('2031-03-07') - 1).map((e) => e.type)).toEqual(['REPLY_WARNING']);
    expect(tickUrge(state, endOfShanghaiDay('2031-03-07')).map((e) => e.type)).toEqual(['ESCALATED']);
    expect(answerUrge(state, '已办', DEPT, endOfShanghaiDay('2031-03-08'))[0]!.detail).toMatchObject({ late: true });
  });
});

describe('the negative-behaviour lists', () => {
  it('when seeded, then there are 11 situations with unique codes in the two groups, each with a basis and a deadline', () => {
    expect(NEGATIVE_SITUATIONS).toHaveLength(11);
    expect(new Set(NEGATIVE_SITUATIONS.map((s) => s.code)).size).toBe(11);
    expect(new Set(NEGATIVE_SITUATIONS.map((s) => s.group))).toEqual(new Set(Object.keys(NEGATIVE_GROUPS)));
    for (const s of NEGATIVE_SITUATIONS) {
      expect(s.basis).toMatch(/《[^》]+》|GB\/T/);
      expect(s.rectifyDays).toBeGreaterThanOrEqual(1);
    }
  });
});
