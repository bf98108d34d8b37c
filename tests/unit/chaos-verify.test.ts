/**
 * The fault suite's verdict (chaos/verify.ts): given what the client did and what the platform
 * holds, it finds every lost, duplicated, diverged, orphaned, stuck or unapplied case — and nothing
 * when all is well — and blames the fault active at the time.
 */
import { describe, expect, it } from 'vitest';
import { type ClientCase, type Fault, type Observed, type ObservedWorkflow, blame, formatTable, table, verify } from '../../chaos/verify.js';

const done = (id: string, caseNo: string, at = 1_000): ClientCase => ({
  id,
  caseNo,
  tried: { intake: at, approve: at + 1, issueOutput: at + 2, confirmDelivery: at + 3 },
  acked: { intake: at, approve: at + 1, issueOutput: at + 2, confirmDelivery: at + 3 },
  serverErrors: 0,
});
const completed = (caseNo: string, clientId: string): ObservedWorkflow => ({ caseNo, clientId, status: 'COMPLETED', updates: { approve: 1, issueOutput: 1, confirmDelivery: 1 } });

function world(cases: ClientCase[], over: Partial<Observed> = {}): Observed {
  const workflows = cases.filter((c) => c.caseNo).map((c) => completed(c.caseNo!, c.id));
  return {
    workflows,
    readModel: workflows.map((w) => ({ caseNo: w.caseNo, clientId: w.clientId, status: w.status! })),
    statistics: { accepted: workflows.length, completed: workflows.length },
    stuckKeys: [],
    ...over,
  };
}

describe('the chaos verdict', () => {
  it('when every acknowledged case is once in Temporal, in the read model and in the statistics, then there is nothing to report', () => {
    const cases = [done('c-1', '1'), done('c-2', '2')];
    const v = verify(cases, world(cases));
    expect(v.findings).toEqual([]);
    expect(v.cases).toEqual({ created: 2, acknowledged: 2, completed: 2 });
  });

  it('when an acknowledged case has no workflow, then it is lost', () => {
    const cases = [done('c-1', '1'), done('c-2', '2')];
    const o = world([cases[0]!]);
    const v = verify(cases, o);
    expect(v.counts.lost).toBe(1);
    expect(v.findings.find((f) => f.kind === 'lost')?.caseNo).toBe('2');
  });

  it('when one intake left two workflows, or an action was applied twice, then both are duplicates', () => {
    const cases = [done('c-1', '1'), done('c-2', '2')];
    const o = world(cases);
    o.workflows.push({ ...completed('9', 'c-1') });
    o.readModel.push({ caseNo: '9', clientId: 'c-1', status: 'COMPLETED' });
    o.workflows[1]!.updates.approve = 2;
    o.statistics = { accepted: 3, completed: 3 };
    const v = verify(cases, o);
    expect(v.counts.duplicated).toBe(2);
    expect(v.counts.orphaned).toBe(0);
  });

  it('when a workflow exists that the client never heard of, then it is an orphan', () => {
    const cases: ClientCase[] = [done('c-1', '1'), { id: 'c-2', tried: { intake: 5 }, acked: {}, serverErrors: 0 }];
    const o = world([cases[0]!]);
    o.workflows.push({ caseNo: '2', clientId: 'c-2', status: 'IN_REVIEW', updates: {} });
    o.readModel.push({ caseNo: '2', clientId: 'c-2', status: 'IN_REVIEW' });
    o.statistics = { accepted: 2, completed: 1 };
    const v = verify(cases, o);
    expect(v.counts.orphaned).toBe(1);
    expect(v.findings[0]).toMatchObject({ kind: 'orphaned', caseNo: '2', at: 5 });
  });

  it('when the read model is behind its workflow, or misses it, or the statistics disagree, then they diverged', () => {
    const cases = [done('c-1', '1'), done('c-2', '2'), done('c-3', '3')];
    const o = world(cases);
    o.readModel[0]!.status = 'IN_DELIVERY';
    o.readModel.pop();
    o.statistics = { accepted: 3, completed: 2 };
    const v = verify(cases, o);
    expect(v.counts.diverged).toBe(3);
    expect(v.statistics.ok).toBe(false);
  });

  it('when an action was acknowledged but the workflow never applied it, then it is unapplied', () => {
    const cases = [done('c-1', '1')];
    const o = world(cases);
    o.workflows[0] = { caseNo: '1', clientId: 'c-1', status: 'IN_DELIVERY', updates: { approve: 1, issueOutput: 1 } };
    o.readModel[0]!.status = 'IN_DELIVERY';
    o.statistics = { accepted: 1, completed: 0 };
    const v = verify(cases, o);
    expect(v.counts.unapplied).toBe(2); // the status, and the missing Update in the history
  });

  it('when a key stayed in progress or the client gave up on a step, then they are stuck', () => {
    const cases: ClientCase[] = [{ ...done('c-1', '1'), gaveUp: { step: 'approve', lastAnswer: '409 idempotency.in_progress' } }];
    const v = verify(cases, world(cases, { stuckKeys: [{ key: 'c-9-approve', at: 7 }] }));
    expect(v.counts.stuck).toBe(2);
  });

  it('when the client got a 500 on the way, then that is a finding too (a dependency away must be a 503)', () => {
    const cases = [done('c-1', '1')];
    const v = verify(cases, world(cases, { serverErrors: [{ at: 1_500, detail: 'c-1 approve' }] }));
    expect(v.counts.error500).toBe(1);
  });

  it('when findings fall inside a fault window they are blamed on it; outside every window on "(none)"; the table counts them per fault', () => {
    const faults: Fault[] = [
      { kind: 'kill -9 API mid-request', at: 1_000, recoveryMs: 5_000 },
      { kind: 'PostgreSQL stop/start', at: 100_000, recoveryMs: 1_000 },
    ];
    expect(blame(faults, 3_000)?.kind).toBe('kill -9 API mid-request');
    expect(blame(faults, 500)).toBeUndefined();
    expect(blame(faults, 100_500)?.kind).toBe('PostgreSQL stop/start');
    expect(blame(faults, 90_000, 30_000)).toBeUndefined();
    const rows = table(faults, [
      { kind: 'lost', detail: '', at: 2_000 },
      { kind: 'stuck', detail: '', at: 90_000 },
    ]);
    expect(rows).toEqual([
      { fault: 'kill -9 API mid-request', injected: 1, lost: 1, duplicated: 0, diverged: 0, other: 0, recoveryMs: { median: 5_000, max: 5_000 } },
      { fault: 'PostgreSQL stop/start', injected: 1, lost: 0, duplicated: 0, diverged: 0, other: 0, recoveryMs: { median: 1_000, max: 1_000 } },
      { fault: '(none)', injected: 0, lost: 0, duplicated: 0, diverged: 0, other: 1, recoveryMs: {} },
    ]);
    expect(formatTable(rows)).toMatch(/\| total +\| 2 +\| 1 +\| 0 +\| 0 +\| 1 +\|/);
  });
});
