/**
 * The monthly report's summary sentences agree with the figures they describe: whatever the
 * figures, the numbers read back from the sentences are the figures, and approvals (准予) and
 * completions (办结) are never said to contain one another.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisOf, beijingTime } from '../../activities/reports/render.js';
import { type Metric, figuresOf } from '../../domain/statistics.js';

const counts = fc.record({
  ACCEPTED: fc.nat(500),
  APPROVED: fc.nat(500),
  COMPLETED: fc.nat(500),
  COMPLETED_ON_TIME: fc.nat(500),
  OVERDUE: fc.nat(50),
  RETURNED: fc.nat(50),
  PAUSED: fc.nat(20),
  SPECIAL_PROCEDURE_STARTED: fc.nat(20),
  WITHDRAWN: fc.nat(20),
  TERMINATED: fc.nat(20),
  CORRECTION_LAPSED: fc.nat(20),
}).map((c) => ({ ...c, COMPLETED_ON_TIME: Math.min(c.COMPLETED_ON_TIME, c.COMPLETED) }) as Record<Metric, number>);

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

describe('the monthly summary', () => {
  it('when the month approved 2 cases and completed 1, then the summary says so in two figures, not "办结 1 件（其中准予 2 件）"', () => {
    const text = analysisOf('某局', figuresOf({ ACCEPTED: 3, APPROVED: 2, COMPLETED: 1, COMPLETED_ON_TIME: 1, RETURNED: 1 })).join('');
    expect(text).toContain('某局本月受理 3 件，审批准予 2 件，办结 1 件。');
    expect(text).toContain('本月办结的 1 件中，按时办结 1 件，按时办结率 100.0%。');
    expect(text).not.toMatch(/其中准予/);
  });

  it('when any figures are summarised, then every number in the sentences is the figure it names', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const f = figuresOf(c);
        const text = analysisOf('全市', f).join('');
        if (f.accepted + f.approved + f.completed + f.overdue + f.returned + f.interrupted === 0) {
          expect(text).toBe('全市本月无受理、审批、办结、退件或中断记录。');
          return;
        }
        const head = /全市本月受理 (\d+) 件，审批准予 (\d+) 件，办结 (\d+) 件。/.exec(text)!;
        expect(head.slice(1).map(Number)).toEqual([f.accepted, f.approved, f.completed]);
        const rates = /超期 (\d+) 件，超期率 (\S+?)；退件 (\d+) 件，退件率 (\S+?)（/.exec(text)!;
        expect(rates.slice(1)).toEqual([String(f.overdue), pct(f.overdueRate), String(f.returned), pct(f.returnedRate)]);
        const i = f.interruptions;
        expect(text).toContain(`中断 ${f.interrupted} 件次（暂停 ${i.paused}、特别程序 ${i.specialProcedures}、撤回 ${i.withdrawn}、终止 ${i.terminated}、补正逾期 ${i.correctionLapsed}）。`);
        expect(i.paused + i.specialProcedures + i.withdrawn + i.terminated + i.correctionLapsed).toBe(f.interrupted);
        if (f.completed > 0) expect(text).toContain(`本月办结的 ${f.completed} 件中，按时办结 ${f.completedOnTime} 件，按时办结率 ${pct(f.onTimeRate)}。`);
        else expect(text).toContain('本月无办结件。');
        expect(text.includes('存在超期办件')).toBe(f.overdue > 0);
        expect(text.includes('本月无超期办件')).toBe(f.overdue === 0 && f.accepted > 0);
        expect(text).not.toMatch(/其中准予|其中办结/);
      }),
    );
  });

  it('when a time is printed, then it is Beijing time, eight hours ahead of UTC, across midnight', () => {
    expect(beijingTime(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01 00:30');
    expect(beijingTime(new Date('2026-06-30T23:59:00Z'))).toBe('2026-07-01 07:59');
  });
});
