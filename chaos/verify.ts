/**
 * The fault suite's verdict, as pure code over what the client did and what the platform holds:
 * no case lost, none twice, none diverged, no orphan, no key stuck. Unit-tested in
 * tests/unit/chaos-verify.test.ts.
 */

/** The steps of a case's life, in order, as the client drives them. */
export const STEPS = ['intake', 'approve', 'issueOutput', 'confirmDelivery'] as const;
export type Step = (typeof STEPS)[number];

/** The workflow status each acknowledged step implies (the case is at least this far). */
export const STATUS_AFTER: Record<Step, readonly string[]> = {
  intake: ['TRANSFERRING', 'IN_REVIEW', 'DECIDED', 'IN_DELIVERY', 'COMPLETED'],
  approve: ['DECIDED', 'IN_DELIVERY', 'COMPLETED'],
  issueOutput: ['IN_DELIVERY', 'COMPLETED'],
  confirmDelivery: ['COMPLETED'],
};

/** The Workflow Update name behind each action step (intake starts the workflow). */
export const UPDATE_OF: Partial<Record<Step, string>> = { approve: 'approve', issueOutput: 'issueOutput', confirmDelivery: 'confirmDelivery' };

/** One case as the client knows it. */
export interface ClientCase {
  /** The client's name for it (its Idempotency-Keys start with this; the applicant's name carries it). */
  id: string;
  caseNo?: string;
  /** When each step was first tried, and when (if ever) the platform acknowledged it. */
  tried: Partial<Record<Step, number>>;
  acked: Partial<Record<Step, number>>;
  /** A step the client gave up on (deadline), with the last answer it saw. */
  gaveUp?: { step: Step; lastAnswer: string };
  /** Answers the client saw on the way that a platform should never give (500s). */
  serverErrors: number;
}

/** One case workflow as Temporal has it. */
export interface ObservedWorkflow {
  caseNo: string;
  /** The client id found in the case (applicant's name). */
  clientId?: string;
  status?: string;
  /** Accepted Workflow Updates by name (from the history). */
  updates: Record<string, number>;
}

export interface ObservedCase {
  caseNo: string;
  clientId?: string;
  status: string;
}

export interface Observed {
  workflows: ObservedWorkflow[];
  readModel: ObservedCase[];
  /** The statistics' totals over the run's days. */
  statistics: { accepted: number; completed: number };
  /**
   * Idempotency keys stuck: still in progress at the end, and the same request sent again with the
   * key did not get its original outcome (the run's key probe). When each was first claimed.
   */
  stuckKeys: { key: string; at?: number }[];
  /** 500 answers the client got (a dependency away must be a 503): when, and what. */
  serverErrors?: { at: number; detail: string }[];
}

/** A fault as injected: its kind, when, and how long the platform took to be whole again. */
export interface Fault {
  kind: string;
  at: number;
  /** Until the platform answered ready again (ms after `at`); undefined if it never did. */
  recoveryMs?: number;
}

export type ProblemKind = 'lost' | 'duplicated' | 'diverged' | 'orphaned' | 'stuck' | 'unapplied' | 'error500';

export interface Finding {
  kind: ProblemKind;
  clientId?: string;
  caseNo?: string;
  detail: string;
  /** When the client first acted on what went wrong (to blame the fault active then). */
  at?: number;
}

export interface Verdict {
  findings: Finding[];
  counts: Record<ProblemKind, number>;
  cases: { created: number; acknowledged: number; completed: number };
  statistics: { expected: { accepted: number; completed: number }; got: { accepted: number; completed: number }; ok: boolean };
}

export function verify(clientCases: ClientCase[], observed: Observed): Verdict {
  const findings: Finding[] = [];
  const byCaseNo = new Map(observed.workflows.map((w) => [w.caseNo, w]));
  const readModel = new Map(observed.readModel.map((c) => [c.caseNo, c]));
  const workflowsOfClient = new Map<string, ObservedWorkflow[]>();
  for (const w of observed.workflows) if (w.clientId) workflowsOfClient.set(w.clientId, [...(workflowsOfClient.get(w.clientId) ?? []), w]);
  const known = new Set(clientCases.map((c) => c.caseNo).filter((n): n is string => !!n));

  for (const c of clientCases) {
    const mine = workflowsOfClient.get(c.id) ?? [];
    if (mine.length > 1) findings.push({ kind: 'duplicated', clientId: c.id, detail: `${mine.length} workflows for one intake: ${mine.map((w) => w.caseNo).join(', ')}`, at: c.tried.intake });
    if (!c.caseNo) {
      // Never acknowledged: fine if nothing exists (the orphan check below catches a case that does).
      continue;
    }
    const w = byCaseNo.get(c.caseNo);
    if (!w) {
      findings.push({ kind: 'lost', clientId: c.id, caseNo: c.caseNo, detail: 'acknowledged intake, no workflow in Temporal', at: c.acked.intake ?? c.tried.intake });
      continue;
    }
    for (const step of STEPS) {
      if (c.acked[step] === undefined) continue;
      if (w.status && !STATUS_AFTER[step].includes(w.status)) {
        findings.push({ kind: 'unapplied', clientId: c.id, caseNo: c.caseNo, detail: `${step} acknowledged but the workflow is ${w.status}`, at: c.tried[step] });
      }
    }
    for (const step of STEPS) {
      const update = UPDATE_OF[step];
      if (!update) continue;
      const n = w.updates[update] ?? 0;
      if (n > 1) findings.push({ kind: 'duplicated', clientId: c.id, caseNo: c.caseNo, detail: `${update} applied ${n} times`, at: c.tried[step] });
      if (c.acked[step] !== undefined && n === 0) findings.push({ kind: 'unapplied', clientId: c.id, caseNo: c.caseNo, detail: `${step} acknowledged, no ${update} in the history`, at: c.tried[step] });
    }
    const row = readModel.get(c.caseNo);
    if (!row) findings.push({ kind: 'diverged', clientId: c.id, caseNo: c.caseNo, detail: 'workflow exists, no read-model row', at: c.tried.intake });
    else if (w.status && row.status !== w.status) findings.push({ kind: 'diverged', clientId: c.id, caseNo: c.caseNo, detail: `read model says ${row.status}, workflow ${w.status}`, at: lastTried(c) });
    if (c.gaveUp) findings.push({ kind: 'stuck', clientId: c.id, caseNo: c.caseNo, detail: `client gave up on ${c.gaveUp.step}: ${c.gaveUp.lastAnswer}`, at: c.tried[c.gaveUp.step] });
  }
  for (const c of clientCases) {
    if (!c.caseNo && c.gaveUp) findings.push({ kind: 'stuck', clientId: c.id, detail: `client gave up on ${c.gaveUp.step}: ${c.gaveUp.lastAnswer}`, at: c.tried[c.gaveUp.step] });
  }
  for (const w of observed.workflows) {
    if (known.has(w.caseNo)) continue;
    // A workflow the client never heard of: started and then unanswered, or a second one for a retried intake.
    const dupOfKnown = w.clientId && clientCases.some((c) => c.id === w.clientId && c.caseNo);
    if (!dupOfKnown) findings.push({ kind: 'orphaned', caseNo: w.caseNo, clientId: w.clientId, detail: `workflow ${w.caseNo} (${w.status ?? '?'}) unknown to the client`, at: w.clientId ? clientCases.find((c) => c.id === w.clientId)?.tried.intake : undefined });
  }
  for (const e of observed.serverErrors ?? []) findings.push({ kind: 'error500', detail: `answered 500: ${e.detail}`, at: e.at });
  for (const k of observed.stuckKeys) findings.push({ kind: 'stuck', detail: `Idempotency-Key ${k.key} still in progress`, ...(k.at !== undefined ? { at: k.at } : {}) });

  const expected = {
    accepted: observed.workflows.filter((w) => w.status && STATUS_AFTER.intake.includes(w.status)).length,
    completed: observed.workflows.filter((w) => w.status === 'COMPLETED').length,
  };
  const statsOk = expected.accepted === observed.statistics.accepted && expected.completed === observed.statistics.completed;
  if (!statsOk) findings.push({ kind: 'diverged', detail: `statistics say accepted ${observed.statistics.accepted}, completed ${observed.statistics.completed}; the workflows ${expected.accepted} and ${expected.completed}` });

  const counts: Record<ProblemKind, number> = { lost: 0, duplicated: 0, diverged: 0, orphaned: 0, stuck: 0, unapplied: 0, error500: 0 };
  for (const f of findings) counts[f.kind] += 1;
  return {
    findings,
    counts,
    cases: { created: clientCases.length, acknowledged: clientCases.filter((c) => c.caseNo).length, completed: clientCases.filter((c) => c.acked.confirmDelivery !== undefined).length },
    statistics: { expected, got: observed.statistics, ok: statsOk },
  };
}

function lastTried(c: ClientCase): number | undefined {
  return Math.max(...Object.values(c.tried).filter((t): t is number => t !== undefined));
}

/** The fault whose window (injection to recovery, plus a grace) holds `at`, else the last one before it. */
export function blame(faults: Fault[], at: number | undefined, graceMs = 30_000): Fault | undefined {
  if (at === undefined) return undefined;
  let last: Fault | undefined;
  for (const f of faults) {
    if (f.at > at) break;
    last = f;
  }
  if (!last) return undefined;
  const end = last.at + (last.recoveryMs ?? Number.POSITIVE_INFINITY) + graceMs;
  return at <= end ? last : undefined;
}

export interface TableRow {
  fault: string;
  injected: number;
  lost: number;
  duplicated: number;
  diverged: number;
  /** Orphaned workflows, stuck keys or cases, actions acknowledged but not applied, 500 answers. */
  other: number;
  recoveryMs: { median?: number; max?: number };
}

/** The table: one row per fault kind (and "no fault" for findings outside every fault's window). */
export function table(faults: Fault[], findings: Finding[]): TableRow[] {
  const kinds = [...new Set(faults.map((f) => f.kind))];
  const rows = new Map<string, TableRow>();
  for (const kind of [...kinds, '(none)']) rows.set(kind, { fault: kind, injected: faults.filter((f) => f.kind === kind).length, lost: 0, duplicated: 0, diverged: 0, other: 0, recoveryMs: recovery(faults.filter((f) => f.kind === kind)) });
  const sorted = [...faults].sort((a, b) => a.at - b.at);
  for (const f of findings) {
    const row = rows.get(blame(sorted, f.at)?.kind ?? '(none)')!;
    if (f.kind === 'lost') row.lost += 1;
    else if (f.kind === 'duplicated') row.duplicated += 1;
    else if (f.kind === 'diverged') row.diverged += 1;
    else row.other += 1;
  }
  const none = rows.get('(none)')!;
  if (none.lost + none.duplicated + none.diverged + none.other === 0) rows.delete('(none)');
  return [...rows.values()];
}

function recovery(faults: Fault[]): TableRow['recoveryMs'] {
  const ms = faults.map((f) => f.recoveryMs).filter((m): m is number => m !== undefined).sort((a, b) => a - b);
  if (!ms.length) return {};
  return { median: ms[Math.floor((ms.length - 1) / 2)], max: ms[ms.length - 1] };
}

export function formatTable(rows: TableRow[]): string {
  const head = ['fault', 'injected', 'lost', 'duplicated', 'diverged', 'orphaned/stuck/unapplied/500', 'recovery median', 'recovery max'];
  const s = (ms?: number) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
  const body = rows.map((r) => [r.fault, String(r.injected), String(r.lost), String(r.duplicated), String(r.diverged), String(r.other), s(r.recoveryMs.median), s(r.recoveryMs.max)]);
  const total = ['total', ...[1, 2, 3, 4, 5].map((i) => String(body.reduce((a, r) => a + Number(r[i]), 0))), '', ''];
  const all = [head, ...body, total];
  const width = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  return [line(head), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line), line(total)].join('\n');
}
