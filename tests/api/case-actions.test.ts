/**
 * Staff actions through the API give the same refusals as the workflow rules (409/422 with the
 * rule named, 403 for role or scope), the online channel's pre-review, public progress, and
 * idempotent creation under concurrent retries.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: TestItem;
let onlineItem: TestItem;
let clerk: string;
let reviewer: string;
let otherReviewer: string;
let applicant: string;
let manager: string;

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  item = await findItem(world.db, { channel: 'WINDOW', tolerance: false });
  onlineItem = await findItem(world.db, { channel: 'ONLINE', tolerance: false });
  const other = await world.db.department.findFirstOrThrow({ where: { code: { not: item.departmentCode } } });
  [clerk, reviewer, otherReviewer, applicant, manager] = await Promise.all([
    world.login('clerk.a01'),
    world.login(reviewerUsername(item.departmentCode)),
    world.login(reviewerUsername(other.code)),
    world.login('applicant'),
    world.login('manager'),
  ]);
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

async function acceptedCase(): Promise<{ caseNo: string; queryCode: string }> {
  const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '李四' }, submittedMaterials: item.requiredMaterials } });
  expect(r.status).toBe(201);
  const caseNo = r.body.case.caseNo as string;
  await eventually(async () => {
    const v = await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer });
    expect(v.body.status).toBe('IN_REVIEW');
  });
  return { caseNo, queryCode: r.body.queryCode };
}

const post = (caseNo: string, action: string, token: string, body: unknown) => world.call('POST', `/api/v1/cases/${caseNo}/${action}`, { token, body });

describe('refusals through the API', () => {
  it('when a reviewer pauses with another reason, four times, or decides while paused, then each is refused with its rule', async () => {
    const { caseNo } = await acceptedCase();
    const bad = await post(caseNo, 'pause', reviewer, { reason: 'STAFF_ON_LEAVE', note: '经办人休假' });
    expect(bad.status).toBe(422);
    expect(bad.body.rule).toBe('pause.reason_not_allowed');

    for (let i = 0; i < 3; i++) {
      expect((await post(caseNo, 'pause', reviewer, { reason: 'FORCE_MAJEURE', note: `停电 ${i + 1}` })).status).toBe(200);
      if (i === 0) {
        const deciding = await post(caseNo, 'approve', reviewer, { opinion: '准予' });
        expect(deciding.status).toBe(409);
        expect(deciding.body.rule).toBe('approve.suspended');
      }
      expect((await post(caseNo, 'resume', reviewer, {})).status).toBe(200);
    }
    const fourth = await post(caseNo, 'pause', reviewer, { reason: 'FORCE_MAJEURE', note: '第四次' });
    expect(fourth.status).toBe(422);
    expect(fourth.body.rule).toBe('pause.max_count');
    expect(fourth.body.detail).toContain('at most 3 times');

    const clock = await world.call('GET', `/api/v1/cases/${caseNo}/clock`, { token: clerk });
    expect(clock.body.pauseCount).toBe(3);
    expect(clock.body.suspensions).toHaveLength(3);
  });

  it('when a department hands out a result or another department decides, then 403, and the hand-out is recorded as a violation', async () => {
    const { caseNo } = await acceptedCase();
    const foreign = await post(caseNo, 'approve', otherReviewer, { opinion: '越权审批' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.rule).toBe('scope.department');
    const peek = await world.call('GET', `/api/v1/cases/${caseNo}`, { token: otherReviewer });
    expect(peek.status).toBe(403);

    expect((await post(caseNo, 'approve', reviewer, { opinion: '准予' })).status).toBe(200);
    const handout = await post(caseNo, 'issue-output', reviewer, { method: 'WINDOW_PICKUP' });
    expect(handout.status).toBe(403);
    expect(handout.body.rule).toBe('role.not_allowed');
    const violation = await world.db.violation.findFirst({ where: { caseNo, kind: 'DEPARTMENT_HANDED_OUT_RESULT' } });
    expect(violation?.username).toBe(reviewerUsername(item.departmentCode));
    await eventually(async () => {
      const audit = await world.db.auditLog.findFirst({ where: { caseNo, action: 'case.issueOutput', outcome: 'REFUSED' } });
      expect(audit?.status).toBe(403);
    });
  });

  it('when a body is missing its reason, then 400 names the field', async () => {
    const { caseNo } = await acceptedCase();
    const r = await post(caseNo, 'deny', reviewer, {});
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ field: 'body.reason' });
  });

  it('when a manager urges and the applicant\'s case number is unknown, then the urge is recorded and the unknown case is 404', async () => {
    const { caseNo } = await acceptedCase();
    const urged = await post(caseNo, 'urge', manager, { note: '请加快办理' });
    expect(urged.status).toBe(200);
    expect(urged.body.urges[0].note).toBe('请加快办理');
    const unknown = await post('61080020991231999999', 'urge', manager, { note: 'x' });
    expect(unknown.status).toBe(404);
  });
});

describe('the online channel', () => {
  it('when an applicant submits online, then the front desk pre-reviews and accepts, the applicant follows it and may withdraw it', async () => {
    const submitted = await world.call('POST', '/api/v1/cases', { token: applicant, body: { itemCode: onlineItem.code, applicant: { name: '陈晓' }, submittedMaterials: onlineItem.requiredMaterials } });
    expect(submitted.status).toBe(201);
    expect(submitted.body.case).toMatchObject({ status: 'SUBMITTED', stateCode: 1, channel: 'ONLINE' });
    const caseNo = submitted.body.case.caseNo as string;

    const accepted = await post(caseNo, 'accept', clerk, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('TRANSFERRING');

    await eventually(async () => {
      const mine = await world.call('GET', '/api/v1/cases', { token: applicant });
      expect(mine.body.items.map((c: { caseNo: string }) => c.caseNo)).toContain(caseNo);
    });
    const withdrawn = await post(caseNo, 'withdraw', applicant, { reason: '不再需要' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    expect(withdrawn.body.stateCode).toBe(14);
  });
});

describe('the one-time notice (一次性告知)', () => {
  it('when an online application was corrected once, then a second correction request is refused: everything missing must be told at once', async () => {
    const submitted = await world.call('POST', '/api/v1/cases', { token: applicant, body: { itemCode: onlineItem.code, applicant: { name: '陈晓' }, submittedMaterials: [] } });
    const caseNo = submitted.body.case.caseNo as string;
    const notice = await post(caseNo, 'request-correction', clerk, { items: onlineItem.requiredMaterials.map((code) => ({ materialCode: code, name: code, problem: '未提交' })), days: 5 });
    expect(notice.status).toBe(200);
    expect(notice.body.stateCode).toBe(6);
    const printed = await world.call('GET', `/api/v1/cases/${caseNo}/notices/correction`, { token: clerk });
    expect(printed.headers.get('content-type')).toContain('text/html');
    expect(printed.body).toContain('预受理和一次性告知单');
    expect(printed.body).toContain(onlineItem.requiredMaterials[0]);
    const [y, m, d] = (notice.body.correction.supplyBy as string).split('-');
    expect(printed.body).toContain(`${y}年${Number(m)}月${Number(d)}日`);
    const supplied = await post(caseNo, 'supply-correction', applicant, { materialCodes: onlineItem.requiredMaterials });
    expect(supplied.body).toMatchObject({ status: 'SUBMITTED', stateCode: 7 });
    const second = await post(caseNo, 'request-correction', clerk, { items: [{ name: '补充说明', problem: '再补一份' }], days: 5 });
    expect(second.status).toBe(422);
    expect(second.body.rule).toBe('correction.one_time_notice');
    expect((await post(caseNo, 'accept', clerk, {})).body.status).toBe('TRANSFERRING');
  });
});

describe('calendar changes', () => {
  it('when a manager closes the hall on the next working day, then an open case\'s due date moves out by one working day', async () => {
    const manager = await world.login('manager');
    const { caseNo } = await acceptedCase();
    const before = (await world.call('GET', `/api/v1/cases/${caseNo}`, { token: clerk })).body;
    const { acceptedDate } = (await world.call('GET', `/api/v1/cases/${caseNo}/clock`, { token: clerk })).body;
    const closure = (await world.call('GET', `/api/v1/calendar/add-working-days?from=${acceptedDate}&days=1`)).body.date as string;
    const set = await world.call('PUT', `/api/v1/calendar/days/${closure}`, { token: manager, body: { kind: 'holiday', name: '临时闭馆（测试）', note: '设备检修' } });
    try {
      expect(set.status).toBe(200);
      expect(set.body.notified).toBeGreaterThanOrEqual(1);
      const expected = (await world.call('GET', `/api/v1/calendar/add-working-days?from=${before.dueDate}&days=1`)).body.date;
      await eventually(async () => {
        const after = (await world.call('GET', `/api/v1/cases/${caseNo}`, { token: clerk })).body;
        expect(after.dueDate).toBe(expected);
        const moved = await world.db.caseEvent.findFirst({ where: { caseNo, type: 'DUE_DATE_MOVED' } });
        expect(moved?.detail).toMatchObject({ from: before.dueDate, to: expected });
      }, 30_000);
    } finally {
      await world.call('PUT', `/api/v1/calendar/days/${closure}`, { token: manager, body: { kind: 'workday', note: '恢复' } });
    }
  });
});

describe('public progress', () => {
  it('when someone has the case number and query code, then they see the progress; a wrong code gets the same 404 as an unknown case', async () => {
    const { caseNo, queryCode } = await acceptedCase();
    // The public page reads the read model, which follows the workflow within moments.
    const ok = await eventually(async () => {
      const r = await world.call('GET', `/api/v1/public/cases/${caseNo}?queryCode=${queryCode}`);
      expect(r.status).toBe(200);
      expect(r.body.status).toBe('IN_REVIEW');
      expect(r.body.progress.map((p: { step: string }) => p.step)).toEqual(['RECEIVED', 'ACCEPTED', 'TRANSFERRED']);
      return r;
    });
    const receipt = await world.call('GET', `/api/v1/cases/${caseNo}/notices/acceptance`, { token: clerk });
    expect(receipt.body).toContain('受理通知书');
    const [y, m, d] = (ok.body.dueDate as string).split('-');
    expect(receipt.body).toContain(`${y}年${Number(m)}月${Number(d)}日`);
    expect((await world.call('GET', `/api/v1/cases/${caseNo}/notices/refusal`, { token: clerk })).status).toBe(409);
    expect(JSON.stringify(ok.body)).not.toContain('李四');
    const wrong = `${queryCode.slice(0, -1)}${queryCode.endsWith('2') ? '3' : '2'}`;
    expect((await world.call('GET', `/api/v1/public/cases/${caseNo}?queryCode=${wrong}`)).status).toBe(404);
  });
});

describe('idempotency', () => {
  it('when the same creation is retried five times at once with one Idempotency-Key, then exactly one case exists and every answer is the same', async () => {
    const key = `retry-${Date.now()}`;
    const body = { itemCode: item.code, applicant: { name: '并发重试有限公司' }, submittedMaterials: item.requiredMaterials };
    const answers = await Promise.all(Array.from({ length: 5 }, () => world.call('POST', '/api/v1/cases', { token: clerk, body, headers: { 'idempotency-key': key } })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    const caseNos = new Set(answers.map((a) => a.body.case.caseNo));
    expect(caseNos.size).toBe(1);
    await eventually(async () => expect(await world.db.case.count({ where: { applicantName: '并发重试有限公司' } })).toBe(1));

    const reused = await world.call('POST', '/api/v1/cases', { token: clerk, body: { ...body, applicant: { name: '另一家公司' } }, headers: { 'idempotency-key': key } });
    expect(reused.status).toBe(422);
    expect(reused.body.rule).toBe('idempotency.key_reused');
  });
});
