/** Starts case workflows directly (as the API would) for time-skipping tests. */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { publishedItemSnapshot } from '../../api/services/intake.js';
import type { Actor, CaseInput, CaseView, ClockLedger, ItemSnapshot } from '../../domain/case/model.js';
import type { CalendarData } from '../../domain/calendar/calendar.js';
import type { Db } from '../../prisma/client.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { caseView, clockLedger, contextOf } from '../../domain/case/rules.js';
import { caseStateQuery } from '../../workflows/messages.js';
import { TASK_QUEUE } from './platform.js';

export const CLERK: Actor = { id: 'clerk-test', name: '综合窗口 测试', role: 'FRONT_DESK_CLERK' };
export const reviewerOf = (departmentCode: string): Actor => ({ id: `reviewer-${departmentCode}`, name: '审批员 测试', role: 'DEPARTMENT_REVIEWER', departmentCode });

let counter = 0;
export function testCaseNo(): string {
  counter += 1;
  return `9${String(process.pid).padStart(7, '0').slice(-7)}${String(Date.now()).slice(-6)}${String(counter).padStart(6, '0')}`.slice(0, 20);
}

/** Moves the test server's clock forward to an absolute instant (it only goes forward). */
export async function skipTo(env: TestWorkflowEnvironment, iso: string): Promise<void> {
  const target = Date.parse(iso);
  const now = await env.currentTimeMs();
  if (target < now) throw new Error(`cannot go back in time to ${iso}`);
  await env.sleep(target - now);
}

export async function startCase(
  env: TestWorkflowEnvironment,
  db: Db,
  itemCode: string,
  opts: { calendar?: CalendarData; override?: Partial<ItemSnapshot>; accept?: boolean; tolerated?: { code: string; promisedDate: string }[]; submitted?: string[]; channel?: 'ONLINE' | 'WINDOW'; applicantUserId?: string } = {},
) {
  const { channels: _c, ...item } = await publishedItemSnapshot(db, itemCode);
  const snapshot: ItemSnapshot = { ...item, ...opts.override };
  const tolerated = new Set((opts.tolerated ?? []).map((t) => t.code));
  const input: CaseInput = {
    caseNo: testCaseNo(),
    channel: opts.channel ?? 'WINDOW',
    item: snapshot,
    applicant: { name: '测试申请人', ...(opts.applicantUserId ? { userId: opts.applicantUserId } : {}) },
    submittedMaterials: opts.submitted ?? snapshot.materials.filter((m) => m.required && !tolerated.has(m.code)).map((m) => m.code),
    submittedBy: CLERK,
    ...(opts.accept === false ? {} : { acceptNow: { toleratedMaterials: opts.tolerated ?? [] } }),
    warningDays: 2,
    calendar: opts.calendar ?? (await loadCalendarData(db)),
  };
  const handle = await env.client.workflow.start('caseWorkflow', { taskQueue: TASK_QUEUE, workflowId: input.caseNo, args: [{ input }] });
  // As the API does: the view and the clock at the (test server's) current time, from the state.
  const at = async () => {
    const [state, now] = await Promise.all([handle.query(caseStateQuery), env.currentTimeMs()]);
    return { state, ctx: contextOf(state, now) };
  };
  return {
    handle,
    caseNo: input.caseNo,
    item: snapshot,
    view: async (): Promise<CaseView> => {
      const { state, ctx } = await at();
      return caseView(state, ctx);
    },
    clock: async (): Promise<ClockLedger> => {
      const { state, ctx } = await at();
      return clockLedger(state, ctx);
    },
  };
}
