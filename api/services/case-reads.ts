/**
 * Reading a case: from the read model (case_snapshot.view, projected by the workflow on every
 * change), with a workflow query only where the read model cannot answer.
 *
 * The projected view is the case as of its last change; what moves with the calendar alone is
 * recomputed at the real current time with the platform's calendar: the working days left (to the
 * due date, and to the front-desk stage's due date). The read model cannot answer, and the
 * workflow is asked (a query, bounded by TEMPORAL_CALL_TIMEOUT_MS like every Temporal call of a
 * route; 503 with Retry-After when Temporal does not answer), when:
 * - the case is not in the read model yet (just opened; its first projection is on its way);
 * - a pause or special procedure is open: its working days move the due date day by day;
 * - this API process answered an action on the case with a later event than the row shows (the
 *   projection is on its way): a user reads what they just did;
 * - the clock ledger: it lists every suspension, which the read model does not hold.
 * A workflow past its retention period is gone from Temporal; its row still answers.
 */
import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/client';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import type { CaseState, CaseView } from '../../domain/case/model.js';
import { caseView, contextOf } from '../../domain/case/rules.js';
import { remainingWorkingDays } from '../../domain/clock/clock.js';
import type { Db } from '../../prisma/client.js';
import { caseStateQuery } from '../../workflows/messages.js';
import { referenceCacheOf } from './reference-cache.js';
import { problemOfTemporal } from './temporal-errors.js';

/** Cases whose latest answered event this process remembers (the most recent ones). */
const KNOWN_LIMIT = 10_000;

export class CaseReader {
  private readonly known = new Map<string, number>();
  /** How often a read went to the workflow: what tests look at. */
  readonly queries = { count: 0 };

  constructor(
    private readonly db: Db,
    private readonly temporal: Client,
  ) {}

  /** An action or intake this process answered: reads of the case wait for (or go around) its projection. */
  answered(view: Pick<CaseView, 'caseNo' | 'lastSeq'>): void {
    this.known.delete(view.caseNo);
    this.known.set(view.caseNo, Math.max(view.lastSeq, 0));
    if (this.known.size > KNOWN_LIMIT) this.known.delete(this.known.keys().next().value as string);
  }

  /** The whole state, from the workflow (bounded like every Temporal call of a route). */
  async state(caseNo: string): Promise<CaseState> {
    this.queries.count += 1;
    try {
      return await this.temporal.workflow.getHandle(caseNo).query(caseStateQuery);
    } catch (e) {
      throw problemOfTemporal(e, caseNo) ?? e;
    }
  }

  /** The case from its workflow, at the real current time (bounded; 503 when Temporal does not answer). */
  async queriedView(caseNo: string): Promise<CaseView> {
    const state = await this.state(caseNo);
    return caseView(state, contextOf(state, Date.now()));
  }

  /** The case as its workflow sees it now. */
  async view(caseNo: string): Promise<CaseView> {
    const row = await this.db.case.findUnique({ where: { caseNo }, select: { view: true } });
    const projected = row?.view as unknown as CaseView | undefined;
    if (projected && this.canAnswer(projected)) return this.refreshed(projected);
    try {
      this.queries.count += 1;
      const state = await this.temporal.workflow.getHandle(caseNo).query(caseStateQuery);
      return caseView(state, contextOf(state, Date.now()));
    } catch (e) {
      if (projected && e instanceof WorkflowNotFoundError) return this.refreshed(projected);
      throw problemOfTemporal(e, caseNo) ?? e;
    }
  }

  /** Whether the projected view, refreshed, is what a query would give. */
  private canAnswer(view: CaseView): boolean {
    if (view.paused || view.inSpecialProcedure) return false;
    return view.lastSeq >= (this.known.get(view.caseNo) ?? 0);
  }

  /** The projected view with what moves with the calendar alone recomputed now. */
  private async refreshed(view: CaseView): Promise<CaseView> {
    // Decided: the due date and the days left stood still on the decision day. No stage: nothing to count.
    const moving = (view.dueDate !== undefined && view.decidedAt === undefined) || view.stage !== undefined;
    if (!moving) return view;
    const references = referenceCacheOf(this.db);
    await references.sync();
    const { calendar } = await references.calendar();
    const today = shanghaiDateOf(Date.now());
    return {
      ...view,
      ...(view.dueDate !== undefined && view.decidedAt === undefined ? { remainingWorkingDays: remainingWorkingDays(calendar, today, view.dueDate) } : {}),
      ...(view.stage ? { stage: { ...view.stage, remainingWorkingDays: remainingWorkingDays(calendar, today, view.stage.dueDate) } } : {}),
    };
  }
}

const readers = new WeakMap<Db, CaseReader>();

/** One reader per database client (its memory of answered actions is the process's). */
export function caseReaderOf(db: Db, temporal: Client): CaseReader {
  let reader = readers.get(db);
  if (!reader) {
    reader = new CaseReader(db, temporal);
    readers.set(db, reader);
  }
  return reader;
}
