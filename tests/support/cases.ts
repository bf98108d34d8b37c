/** Starts case workflows directly (as the API would) for time-skipping tests. */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { ActionName, ActionPayloads } from '../../domain/case/actions.js';
import { publishedItemSnapshot } from '../../api/services/intake.js';
import type { Actor, CaseView, ClockLedger, ItemSnapshot, StageLimits } from '../../domain/case/model.js';
import type { CalendarData } from '../../domain/calendar/calendar.js';
import type { Db } from '../../prisma/client.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { caseView, clockLedger, contextOf } from '../../domain/case/rules.js';
import { caseStart } from '../../api/services/case-start.js';
import { actionUpdates, caseStateQuery } from '../../workflows/messages.js';
import { TASK_QUEUE } from './platform.js';
import { loadConfig } from '../../config/index.js';
import { loadSecrets } from '../../config/secrets.js';
import { vouchedRequest } from '../../worker/codec.js';

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
  opts: {
    calendar?: CalendarData;
    override?: Partial<ItemSnapshot>;
    accept?: boolean;
    tolerated?: { code: string; promisedDate: string }[];
    submitted?: string[];
    channel?: 'ONLINE' | 'WINDOW';
    applicantUserId?: string;
    /** The instant the API decided on (one clock at intake); the workflow may start later. */
    receivedAt?: number;
    stageLimits?: StageLimits;
    /** Another worker's task queue (a test's own worker with altered activities). */
    taskQueue?: string;
  } = {},
) {
  const { channels: _c, ...item } = await publishedItemSnapshot(db, itemCode);
  const snapshot: ItemSnapshot = { ...item, ...opts.override };
  const tolerated = new Set((opts.tolerated ?? []).map((t) => t.code));
  const { input, options } = caseStart(
    {
      caseNo: testCaseNo(),
      channel: opts.channel ?? 'WINDOW',
      item: snapshot,
      applicant: { name: '测试申请人', ...(opts.applicantUserId ? { userId: opts.applicantUserId } : {}) },
      submittedMaterials: opts.submitted ?? snapshot.materials.filter((m) => m.required && !tolerated.has(m.code)).map((m) => m.code),
      submittedBy: CLERK,
      ...(opts.accept === false ? {} : { acceptNow: { toleratedMaterials: opts.tolerated ?? [] } }),
      warningDays: 2,
      calendar: opts.calendar ?? (await loadCalendarData(db)),
      ...(opts.receivedAt !== undefined ? { receivedAt: opts.receivedAt } : {}),
      ...(opts.stageLimits ? { stageLimits: opts.stageLimits } : {}),
    },
    // As the workflow would: an acceptance its rules refuse leaves the case received.
    { taskQueue: opts.taskQueue ?? TASK_QUEUE, now: await env.currentTimeMs(), refusedAcceptance: 'received' },
  );
  const handle = await env.client.workflow.start('caseWorkflow', options);
  // As the API does: the view and the clock at the (test server's) current time, from the state.
  const at = async () => {
    const [state, now] = await Promise.all([handle.query(caseStateQuery), env.currentTimeMs()]);
    return { state, ctx: contextOf(state, now) };
  };
  return {
    handle,
    input,
    caseNo: input.caseNo,
    item: snapshot,
    /** The test server's current time (what the workflow's clock reads). */
    now: () => env.currentTimeMs(),
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

export type StartedCase = Awaited<ReturnType<typeof startCase>>;

/** The key the platform's API signs actors with (the test worker's codec verifies it). */
export const testActorKey = () => loadSecrets(loadConfig(process.env)).actorKey;

/** A staff action sent as the workflow update, as the API would send it: its actor vouched for at the test server's time. */
export const act = async <K extends ActionName>(c: StartedCase, actor: Actor, name: K, payload: ActionPayloads[K]) =>
  c.handle.executeUpdate(actionUpdates[name], { args: [vouchedRequest(testActorKey(), c.caseNo, name, actor, payload, await c.now())] }) as Promise<CaseView>;

/** The refusal a rejected update carries: its kind (STATE_CONFLICT, RULE_VIOLATION, FORBIDDEN), rule and message. */
export async function refusalOf(p: Promise<unknown>): Promise<{ kind?: string; rule?: string; message?: string }> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof WorkflowUpdateFailedError)) throw new Error(`expected the update to be refused, got ${e === undefined ? 'success' : String(e)}`);
  const cause = e.cause as { type?: string; details?: { rule?: string }[]; message?: string } | undefined;
  return { kind: cause?.type, rule: cause?.details?.[0]?.rule, message: cause?.message };
}
