/**
 * Statistics (R4.2): the six figures for a known set of cases equal hand-counted values, the
 * projector never counts twice, the drill-down lists exactly the cases behind a figure, and the
 * big screen's stream pushes an update after an action.
 *
 * Other test files share the database and run at the same time, so every count is taken for one
 * item of our own (the last suitable item of the catalog, which no other test picks).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCase } from '../../activities/projection.js';
import { addCalendarDays, shanghaiDateOf } from '../../domain/calendar/dates.js';
import type { CaseEvent, CaseView } from '../../domain/case/model.js';
import { figuresOf, isoWeekLabel, rollupIncrements, weekStartOf } from '../../domain/statistics.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { eventually } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';
import { syntheticView } from '../support/synthetic-view.js';
import { ssePayloads } from '../../scripts/sse.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: { code: string; name: string; departmentCode: string; zoneCode: string; requiredMaterials: string[]; specialProcedure: string };
let clerk: string;
let reviewer: string;
let otherReviewer: string;
let manager: string;
let supervisor: string;
let clerkId: string;
let reviewerId: string;
let otherDepartment: string;

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  const version = await world.db.serviceItemVersion.findFirstOrThrow({
    where: { state: 'PUBLISHED', item: { status: 'ACTIVE' }, channels: { has: 'WINDOW' }, toleranceAllowed: false, specialProcedureKinds: { isEmpty: false }, NOT: { itemCode: { startsWith: 'TEST-' } } },
    include: { item: true },
    orderBy: { itemCode: 'desc' },
  });
  const materials = version.materials as { code: string; required: boolean }[];
  item = {
    code: version.itemCode,
    name: version.name,
    departmentCode: version.item.departmentCode,
    zoneCode: version.item.zoneCode,
    requiredMaterials: materials.filter((m) => m.required).map((m) => m.code),
    specialProcedure: version.specialProcedureKinds[0]!,
  };
  otherDepartment = (await world.db.department.findFirstOrThrow({ where: { code: { not: item.departmentCode } } })).code;
  [clerk, reviewer, otherReviewer, manager, supervisor] = await Promise.all([
    world.login('clerk.a01'),
    world.login(reviewerUsername(item.departmentCode)),
    world.login(reviewerUsername(otherDepartment)),
    world.login('manager'),
    world.login('supervisor'),
  ]);
  clerkId = (await world.db.user.findUniqueOrThrow({ where: { username: 'clerk.a01' } })).id;
  reviewerId = (await world.db.user.findUniqueOrThrow({ where: { username: reviewerUsername(item.departmentCode) } })).id;
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

const post = (caseNo: string, action: string, token: string, body: unknown = {}) => world.call('POST', `/api/v1/cases/${caseNo}/${action}`, { token, body });

async function ok(p: Promise<{ status: number; body: any }>): Promise<any> {
  const r = await p;
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

/** A case accepted at the window and delivered to the department (IN_REVIEW in the read model). */
async function acceptedCase(): Promise<string> {
  const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '统计测试有限公司' }, submittedMaterials: item.requiredMaterials } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const caseNo = r.body.case.caseNo as string;
  await eventually(async () => expect((await world.db.case.findUnique({ where: { caseNo } }))?.status).toBe('IN_REVIEW'), 20_000);
  return caseNo;
}

/** Waits until the read model holds an event of `type` for the case (projection follows the update). */
async function projected(caseNo: string, type: string): Promise<void> {
  await eventually(async () => expect(await world.db.caseEvent.count({ where: { caseNo, type } })).toBeGreaterThan(0), 20_000);
}

// ───────────── synthetic cases, projected directly: the projector is the unit under test ─────────────

let synthetic = 0;
function syntheticCaseNo(): string {
  synthetic += 1;
  return `8${String(process.pid).padStart(7, '0').slice(-7)}${String(Date.now()).slice(-6)}${String(synthetic).padStart(6, '0')}`.slice(0, 20);
}

const viewOf = (caseNo: string, over: Partial<CaseView>): CaseView =>
  syntheticView(caseNo, { code: item.code, version: 1, name: item.name, departmentCode: item.departmentCode, departmentName: '', zoneCode: item.zoneCode }, over);

const SYNTH_CLERK = { id: 'stat-test-clerk', name: '合成测试窗口', role: 'FRONT_DESK_CLERK' };
const SYNTH_REVIEWER = { id: 'stat-test-reviewer', name: '合成测试审批员', role: 'DEPARTMENT_REVIEWER' };
const event = (seq: number, type: string, actor?: { id: string; name: string; role: string }): CaseEvent => ({ seq, at: Date.now(), type, stateCode: 8, ...(actor ? { actor } : {}), detail: {} });

/** Overdue twice (a pause moved its due date past now, then it ran late again), decided and completed late. */
const lateCase = syntheticCaseNo();
const lateEvents = [
  event(1, 'RECEIVED', SYNTH_CLERK),
  event(2, 'ACCEPTED', SYNTH_CLERK),
  event(3, 'OVERDUE'),
  event(4, 'PAUSED', SYNTH_REVIEWER),
  event(5, 'RESUMED', SYNTH_REVIEWER),
  event(6, 'OVERDUE'),
  event(7, 'APPROVED', SYNTH_REVIEWER),
  event(8, 'OUTPUT_ISSUED', SYNTH_CLERK),
  event(9, 'COMPLETED', SYNTH_CLERK),
];
/** Overdue and still in review, due long ago: first on the big screen's overdue list. */
const overdueOpenCase = syntheticCaseNo();

const cases: Record<string, string> = {};

describe('the six figures for a known set of cases', () => {
  it('when cases are accepted, approved, completed, returned, paused, sent to a special procedure, withdrawn, terminated or overdue, then the figures equal the hand count', async () => {
    // Through the API, as the hall works.
    const [a, b, c, d, e, f, g] = await Promise.all(Array.from({ length: 7 }, () => acceptedCase()));
    Object.assign(cases, { a, b, c, d, e, f, g });
    await ok(post(a!, 'approve', reviewer, { opinion: '准予' }));
    await ok(post(a!, 'issue-output', clerk, { method: 'WINDOW_PICKUP' }));
    await ok(post(b!, 'approve', reviewer, { opinion: '准予' }));
    await ok(post(c!, 'return', reviewer, { reason: '材料与原件不符' }));
    await ok(post(d!, 'pause', reviewer, { reason: 'FORCE_MAJEURE', note: '系统停电' }));
    await ok(post(e!, 'start-special-procedure', reviewer, { kind: item.specialProcedure, reason: '需现场核实' }));
    await ok(post(e!, 'finish-special-procedure', reviewer, { result: '核实无误' }));
    await ok(post(e!, 'approve', reviewer, { opinion: '准予' }));
    await ok(post(e!, 'issue-output', clerk, { method: 'WINDOW_PICKUP' }));
    await ok(post(f!, 'withdraw', clerk, { reason: '申请人申请撤回' }));
    await ok(post(g!, 'terminate', clerk, { reason: '申请人放弃办理' }));

    // Through the projector, in the batches a workflow would send, then replayed whole.
    await projectCase(world.db, { view: viewOf(lateCase, { lastSeq: 2 }), events: lateEvents.slice(0, 2) });
    await projectCase(world.db, { view: viewOf(lateCase, { lastSeq: 3, overdue: true, everOverdue: true }), events: lateEvents.slice(2, 3) });
    await projectCase(world.db, { view: viewOf(lateCase, { lastSeq: 6, overdue: true, everOverdue: true }), events: lateEvents.slice(3, 6) });
    const lateView = viewOf(lateCase, { status: 'COMPLETED', stateCode: 11, lastSeq: 9, overdue: true, everOverdue: true, decision: 'APPROVED' });
    await projectCase(world.db, { view: lateView, events: lateEvents.slice(6) });
    await projectCase(world.db, {
      view: viewOf(overdueOpenCase, { lastSeq: 3, overdue: true, everOverdue: true, dueDate: '2020-01-02', dueAt: '2020-01-02T16:00:00.000Z' }),
      events: [event(1, 'RECEIVED', SYNTH_CLERK), event(2, 'ACCEPTED', SYNTH_CLERK), event(3, 'OVERDUE')],
    });

    await Promise.all([projected(a!, 'COMPLETED'), projected(b!, 'APPROVED'), projected(c!, 'RETURNED'), projected(d!, 'PAUSED'), projected(e!, 'COMPLETED'), projected(f!, 'WITHDRAWN'), projected(g!, 'TERMINATED')]);

    const expected = {
      accepted: 9,
      approved: 4, // a, b, e, late
      completed: 3, // a, e, late
      completedOnTime: 2, // late was overdue before it completed
      onTimeRate: 0.6667,
      overdue: 2, // late (once, though overdue twice), overdueOpen
      overdueRate: 0.2222,
      returned: 1,
      returnedRate: 0.1111,
      interrupted: 5,
      interruptions: { paused: 2, specialProcedures: 1, withdrawn: 1, terminated: 1, correctionLapsed: 0 },
      specialProcedureOverruns: 0,
      stageOverdue: { preReview: 0, output: 0 },
      consultations: 0,
    };
    const range = `from=${addCalendarDays(today(), -1)}&to=${addCalendarDays(today(), 1)}`;
    const byItem = await ok(world.call('GET', `/api/v1/statistics?${range}&itemCode=${item.code}&groupBy=item`, { token: manager }));
    expect(byItem.rollup).toBe('detail');
    expect(byItem.total).toEqual(expected);
    expect(byItem.groups).toEqual([{ key: item.code, label: item.name, ...expected }]);

    // The replay of a whole history changes nothing, for a synthetic case and for a real one.
    await projectCase(world.db, { view: lateView, events: lateEvents });
    const real = await world.db.case.findUniqueOrThrow({ where: { caseNo: a! }, include: { events: { orderBy: { seq: 'asc' } } } });
    await projectCase(world.db, {
      view: real.view as unknown as CaseView,
      events: real.events.map((x) => ({ seq: x.seq, at: x.at.getTime(), type: x.type, stateCode: x.stateCode, ...(x.actorId ? { actor: { id: x.actorId, name: x.actorName ?? '', role: x.actorRole ?? '' } } : {}), detail: x.detail as Record<string, unknown> })),
    });
    const again = await ok(world.call('GET', `/api/v1/statistics?${range}&itemCode=${item.code}&groupBy=none`, { token: manager }));
    expect(again.total).toEqual(expected);
    expect(again.groups).toEqual([{ key: '', label: '合计', ...expected }]);

    // By staff member: the clerk accepted and handed out; the reviewer decided, returned, paused.
    const byStaff = await ok(world.call('GET', `/api/v1/statistics?${range}&itemCode=${item.code}&groupBy=staff`, { token: supervisor }));
    const staff = new Map<string, any>(byStaff.groups.map((g: any) => [g.key, g]));
    expect(staff.get(clerkId)).toMatchObject({ label: '综合窗口A01 王敏', accepted: 7, completed: 2, approved: 0, interruptions: { withdrawn: 1, terminated: 1 } });
    expect(staff.get(reviewerId)).toMatchObject({ accepted: 0, approved: 3, returned: 1, interruptions: { paused: 1, specialProcedures: 1 } });
    expect(staff.get('')).toMatchObject({ overdue: 2, label: '平台或申请人（非工作人员）' });

    // By day: three days listed, today holds everything.
    const byDay = await ok(world.call('GET', `/api/v1/statistics?${range}&itemCode=${item.code}&groupBy=day`, { token: manager }));
    expect(byDay.groups.map((g: any) => g.key)).toEqual([addCalendarDays(today(), -1), today(), addCalendarDays(today(), 1)]);
    expect(byDay.groups.reduce((n: number, g: any) => n + g.accepted, 0)).toBe(9);
    const byWeek = await ok(world.call('GET', `/api/v1/statistics?${range}&itemCode=${item.code}&groupBy=week`, { token: manager }));
    expect(byWeek.groups.map((g: any) => g.key)).toContain(weekStartOf(today()));
    expect(byWeek.groups.find((g: any) => g.key === weekStartOf(today())).label).toBe(isoWeekLabel(today()));
  });

  it('when asked by department, then the department rollup answers with the same figures as the detailed one', async () => {
    const range = `from=${addCalendarDays(today(), -1)}&to=${addCalendarDays(today(), 1)}`;
    const [coarse, fine] = await Promise.all([
      ok(world.call('GET', `/api/v1/statistics?${range}&departmentCode=${item.departmentCode}&groupBy=channel`, { token: manager })),
      ok(world.call('GET', `/api/v1/statistics?${range}&departmentCode=${item.departmentCode}&groupBy=item`, { token: manager })),
    ]);
    expect(coarse.rollup).toBe('department');
    expect(fine.rollup).toBe('detail');
    // Other tests may add cases to this department meanwhile; the two answers were read together, so compare loosely.
    expect(coarse.total.accepted).toBeGreaterThanOrEqual(9);
    expect(fine.groups.find((g: any) => g.key === item.code).accepted).toBe(9);
  });

  it('when the drill-down is asked for a figure, then it lists exactly the cases behind it', async () => {
    const range = `from=${addCalendarDays(today(), -1)}&to=${addCalendarDays(today(), 1)}&itemCode=${item.code}`;
    const accepted = await ok(world.call('GET', `/api/v1/statistics/cases?metric=accepted&${range}&pageSize=200`, { token: manager }));
    expect(accepted.total).toBe(9);
    expect(accepted.items.map((r: any) => r.caseNo).sort()).toEqual([...Object.values(cases), lateCase, overdueOpenCase].sort());
    expect(accepted.items.find((r: any) => r.caseNo === cases.a)).toMatchObject({ eventType: 'ACCEPTED', itemCode: item.code, departmentCode: item.departmentCode, actor: { id: clerkId } });

    const overdue = await ok(world.call('GET', `/api/v1/statistics/cases?metric=overdue&${range}`, { token: manager }));
    expect(overdue.total).toBe(2);
    expect(overdue.items.map((r: any) => [r.caseNo, r.eventSeq]).sort()).toEqual([[lateCase, 3], [overdueOpenCase, 3]].sort());

    const onTime = await ok(world.call('GET', `/api/v1/statistics/cases?metric=completedOnTime&${range}`, { token: manager }));
    expect(onTime.items.map((r: any) => r.caseNo).sort()).toEqual([cases.a, cases.e].sort());

    const interrupted = await ok(world.call('GET', `/api/v1/statistics/cases?metric=interrupted&${range}`, { token: manager }));
    expect(interrupted.total).toBe(5);
    expect(interrupted.items.map((r: any) => `${r.caseNo} ${r.eventType}`).sort()).toEqual(
      [`${cases.d} PAUSED`, `${lateCase} PAUSED`, `${cases.e} SPECIAL_PROCEDURE_STARTED`, `${cases.f} WITHDRAWN`, `${cases.g} TERMINATED`].sort(),
    );

    // Paging: the same total, one page at a time.
    const page2 = await ok(world.call('GET', `/api/v1/statistics/cases?metric=accepted&${range}&page=2&pageSize=4`, { token: manager }));
    expect(page2).toMatchObject({ total: 9, page: 2, pageSize: 4 });
    expect(page2.items).toHaveLength(4);

    const byStaff = await ok(world.call('GET', `/api/v1/statistics/cases?metric=approved&${range}&staffId=${reviewerId}`, { token: manager }));
    expect(byStaff.total).toBe(3);
    expect(byStaff.items.map((r: any) => r.caseNo).sort()).toEqual([cases.a, cases.b, cases.e].sort());
  });
});

describe('the figures as files', () => {
  it('when the manager exports by staff member as Excel and CSV, then every row and the total equal the statistics answer', async () => {
    const range = `from=${addCalendarDays(today(), -1)}&to=${addCalendarDays(today(), 1)}&itemCode=${item.code}&groupBy=staff`;
    const answer = await ok(world.call('GET', `/api/v1/statistics?${range}`, { token: manager }));

    const xlsx = await fetch(`${world.baseUrl}/api/v1/statistics/export?${range}&format=xlsx`, { headers: { authorization: `Bearer ${manager}` } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toContain(`by-staff.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const sheet = wb.getWorksheet('统计')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['编码', '工作人员', '受理量', '审批量（准予）', '办结量']);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => (r.values as unknown[]).slice(1));
    expect(rows.map((r) => r[1])).toEqual([...answer.groups.map((g: any) => g.label), '合计']);
    const col = (name: string) => header.indexOf(name);
    for (const [i, g] of [...answer.groups, answer.total].entries()) {
      expect(rows[i]![col('受理量')]).toBe(g.accepted);
      expect(rows[i]![col('审批量（准予）')]).toBe(g.approved);
      expect(rows[i]![col('办结量')]).toBe(g.completed);
      expect(rows[i]![col('超期量')]).toBe(g.overdue);
      expect(rows[i]![col('退件量')]).toBe(g.returned);
      expect(rows[i]![col('中断量')]).toBe(g.interrupted);
      expect(rows[i]![col('超期率')] ?? null).toBe(g.overdueRate);
    }
    expect(wb.getWorksheet('说明')!.getCell('B1').value).toContain('北京时间');

    const csv = await fetch(`${world.baseUrl}/api/v1/statistics/export?${range}&format=csv`, { headers: { authorization: `Bearer ${manager}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
    expect(lines[0]!.slice(0, 3)).toEqual(['编码', '工作人员', '受理量']);
    const total = lines.at(-1)!;
    expect(total.slice(0, 2)).toEqual(['TOTAL', '合计']);
    expect(Number(total[2])).toBe(answer.total.accepted);
    expect(total[lines[0]!.indexOf('超期率')]).toBe(`${(answer.total.overdueRate * 100).toFixed(1)}%`);
  });

  it('when a department reviewer exports another department, or the format is unknown, then 403 and 400 naming query.format', async () => {
    const foreign = await world.call('GET', `/api/v1/statistics/export?departmentCode=${item.departmentCode}`, { token: otherReviewer });
    expect(foreign.status).toBe(403);
    const bad = await world.call('GET', '/api/v1/statistics/export?format=pdf', { token: manager });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('query.format');
    expect((await world.call('GET', '/api/v1/statistics/export', { token: clerk })).status).toBe(403);
  });
});

describe('who may see what', () => {
  it('when a department reviewer asks, then only their department is answered; another department is 403', async () => {
    const own = await ok(world.call('GET', `/api/v1/statistics?groupBy=department`, { token: reviewer }));
    expect(own.filters.departmentCode).toBe(item.departmentCode);
    expect(own.groups.map((g: any) => g.key)).toEqual([item.departmentCode]);
    const foreign = await world.call('GET', `/api/v1/statistics?departmentCode=${item.departmentCode}`, { token: otherReviewer });
    expect(foreign.status).toBe(403);
    expect(foreign.body.rule).toBe('scope.department');
    const drill = await world.call('GET', `/api/v1/statistics/cases?metric=accepted&departmentCode=${item.departmentCode}`, { token: otherReviewer });
    expect(drill.status).toBe(403);
  });

  it('when a clerk or nobody asks, or the range is wrong, then 403, 401 and 400', async () => {
    expect((await world.call('GET', '/api/v1/statistics', { token: clerk })).status).toBe(403);
    expect((await world.call('GET', '/api/v1/statistics')).status).toBe(401);
    expect((await world.call('GET', '/api/v1/big-screen', { token: reviewer })).status).toBe(403);
    const backwards = await world.call('GET', '/api/v1/statistics?from=2026-03-02&to=2026-03-01', { token: manager });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('query.to');
    const tooLong = await world.call('GET', '/api/v1/statistics?from=2020-01-01&to=2026-03-01', { token: manager });
    expect(tooLong.status).toBe(400);
    expect((await world.call('GET', '/api/v1/statistics?groupBy=color', { token: manager })).status).toBe(400);
    expect((await world.call('GET', '/api/v1/statistics/cases?metric=happiness', { token: manager })).status).toBe(400);
    expect((await world.call('GET', '/api/v1/statistics?from=2026-02-30', { token: manager })).status).toBe(400);
  });
});

describe('the big screen', () => {
  it('when a manager opens it, then it has the last 7 days, today\'s counters, the overdue list and the department ranking', async () => {
    const screen = await ok(world.call('GET', '/api/v1/big-screen', { token: manager }));
    expect(screen.days).toHaveLength(7);
    expect(screen.days.map((d: any) => d.day)).toEqual(Array.from({ length: 7 }, (_, i) => addCalendarDays(today(), i - 6)));
    expect(screen.window).toEqual({ from: addCalendarDays(today(), -6), to: today() });
    expect(screen.live.today.accepted).toBeGreaterThanOrEqual(9);
    expect(screen.live.open).toBeGreaterThanOrEqual(3); // b (awaiting output), c (returned), d (paused) and the overdue one at least
    expect(screen.overdue.items.map((c: any) => c.caseNo)).toContain(overdueOpenCase);
    expect(screen.overdue.items.map((c: any) => c.caseNo)).not.toContain(lateCase); // completed: no longer on the list
    expect(screen.overdue.items[0]).not.toHaveProperty('applicantName');
    const mine = screen.ranking.find((r: any) => r.departmentCode === item.departmentCode);
    expect(mine.completed).toBeGreaterThanOrEqual(3);
    expect(screen.ranking.map((r: any) => r.rank)).toEqual(screen.ranking.map((_: unknown, i: number) => i + 1));
  });

  it('when a case is approved while the stream is open, then a new payload is pushed within seconds; on disconnect the listener goes', async () => {
    expect((await fetch(`${world.baseUrl}/api/v1/big-screen/stream`)).status).toBe(401);
    expect((await fetch(`${world.baseUrl}/api/v1/big-screen/stream?access_token=${clerk}`)).status).toBe(403);
    expect((await fetch(`${world.baseUrl}/api/v1/big-screen/stream?access_token=not.a.token`)).status).toBe(401);

    const caseNo = await acceptedCase();
    const abort = new AbortController();
    const res = await fetch(`${world.baseUrl}/api/v1/big-screen/stream?access_token=${supervisor}`, { signal: abort.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const messages = ssePayloads(res.body!);
    try {
      const first = JSON.parse((await messages.next()).value as string);
      expect(first.days).toHaveLength(7);
      const approvedBefore = first.live.today.approved as number;
      expect(await listeners()).toBe(1);

      const approvedAt = Date.now();
      await ok(post(caseNo, 'approve', reviewer, { opinion: '准予' }));
      // Other files' cases may push payloads too; wait for one that includes our approval.
      for (;;) {
        const next = await Promise.race([messages.next(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no update within 15 s')), 15_000))]);
        const payload = JSON.parse(next.value as string);
        if (payload.live.today.approved >= approvedBefore + 1) break;
      }
      expect(Date.now() - approvedAt).toBeLessThan(15_000);
    } finally {
      abort.abort();
    }
    await eventually(async () => expect(await listeners()).toBe(0));
  });
});

function today(): string {
  return shanghaiDateOf(Date.now());
}

/** Open LISTEN connections of the big-screen hub (this file's API is the only one with screens). */
async function listeners(): Promise<number> {
  const rows = await world.db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM pg_stat_activity WHERE application_name = 'one-window big-screen listener' AND datname = current_database()`;
  return Number(rows[0]!.n);
}


describe('the definitions (pure)', () => {
  it('when events repeat an overdue or follow one, then only the first overdue counts and the completion is late', () => {
    const at = Date.parse('2026-03-02T10:00:00+08:00');
    const inc = rollupIncrements(
      [
        { seq: 3, at, type: 'OVERDUE' },
        { seq: 6, at, type: 'OVERDUE' },
        { seq: 9, at: at + 86_400_000, type: 'COMPLETED', actor: { id: 'u1', name: 'x', role: 'FRONT_DESK_CLERK' } },
        { seq: 10, at, type: 'WITHDRAWN', actor: { id: 'app', name: 'y', role: 'APPLICANT' } },
        { seq: 11, at, type: 'URGED', actor: { id: 'm', name: 'z', role: 'CENTRE_MANAGER' } },
      ],
      3,
    );
    expect(inc).toEqual([
      { day: '2026-03-02', staffId: '', metric: 'OVERDUE', count: 1 },
      { day: '2026-03-02', staffId: '', metric: 'WITHDRAWN', count: 1 },
      { day: '2026-03-03', staffId: 'u1', metric: 'COMPLETED', count: 1 },
    ]);
    expect(figuresOf({}).overdueRate).toBeNull();
    expect(isoWeekLabel('2026-01-01')).toBe('2026-W01');
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53');
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
  });
});
