/**
 * The API process serves the web front end (same origin, deep links), speaks Chinese in its
 * problems unless English is asked, and answers the department inbox from the read model:
 * open cases by due date, filters, and counts at the top.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type TestItem, eventually } from '../support/catalog.js';
import { type ApiWorld, startCaseWorld, stopWorld } from '../support/platform.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: TestItem;
let clerk: string;
let reviewer: string;

beforeAll(async () => {
  ({ env, world, item, clerk, reviewer } = await startCaseWorld({ channel: 'WINDOW', tolerance: false, specialProcedure: 'EXPERT_REVIEW' }, 'clerk.a02'));
});

afterAll(() => stopWorld({ env, world }));

const zh = { 'accept-language': 'zh-CN' };

describe('the web front end served by the API', () => {
  it('when a browser opens / or a deep link, then it gets the app; /api, /healthz and the built assets keep their own answers', async () => {
    for (const path of ['/', '/window/output', `/cases/61080020261129000001`, '/big-screen']) {
      const res = await fetch(`${world.baseUrl}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      const html = await res.text();
      expect(html).toContain('<div id="root"></div>');
      const entry = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
      expect(entry).toBeDefined();
      const js = await fetch(`${world.baseUrl}${entry}`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toContain('javascript');
      expect(js.headers.get('cache-control')).toContain('immutable');
    }
    const api404 = await fetch(`${world.baseUrl}/api/v1/no-such-thing`, { headers: { accept: 'text/html' } });
    expect(api404.status).toBe(404);
    expect(api404.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${world.baseUrl}/healthz`)).headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${world.baseUrl}/assets/no-such-chunk.js`)).status).toBe(404);
  });
});

describe('problems in Chinese by default, English on request', () => {
  it('when a sign-in fails, then title and detail are Chinese unless English is asked; type and rule stay codes', async () => {
    const cn = await world.call('POST', '/api/v1/auth/login', { body: { username: 'clerk.a02', password: 'wrong' }, headers: zh });
    expect(cn.status).toBe(401);
    expect(cn.body).toMatchObject({ title: '未登录或登录已失效', detail: '用户名或密码错误', type: 'https://onewindow.example.gov.cn/problems/401' });
    expect(cn.headers.get('content-language')).toBe('zh-CN');
    const none = await fetch(`${world.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'clerk.a02', password: 'wrong' }) });
    expect(((await none.json()) as { detail: string }).detail).toBe('用户名或密码错误');
    const en = await world.call('POST', '/api/v1/auth/login', { body: { username: 'clerk.a02', password: 'wrong' }, headers: { 'accept-language': 'en-US,en;q=0.8' } });
    expect(en.body).toMatchObject({ title: 'Not signed in', detail: 'wrong username or password' });
  });

  it('when a field is missing, then each field issue reads in Chinese and keeps its field and rule', async () => {
    const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '' } }, headers: zh });
    expect(r.status).toBe(400);
    expect(r.body.errors).toContainEqual({ field: 'body.applicant.name', rule: 'too_small', message: '不能为空或过短' });
    expect(r.body.detail).toContain('body.applicant.name（不能为空或过短）');
  });
});

describe('the department inbox from the read model', () => {
  it('when a department has open cases, then its inbox lists them by due date with days left and Chinese status, counts them, and filters paused ones', async () => {
    const applicant = `收件箱测试${Date.now()}有限公司`;
    const caseNos: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: `${applicant}${i}` }, submittedMaterials: item.requiredMaterials } });
      expect(r.status).toBe(201);
      caseNos.push(r.body.case.caseNo);
    }
    const inbox = (extra = '') => world.call('GET', `/api/v1/cases?open=true&sort=dueDate&withCounts=true&q=${encodeURIComponent(applicant)}${extra}`, { token: reviewer });
    await eventually(async () => {
      const r = await inbox();
      expect(r.body.items.map((c: { status: string }) => c.status)).toEqual(['IN_REVIEW', 'IN_REVIEW']);
    }, 20_000);
    const r = await inbox();
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(2);
    expect(r.body.items[0]).toMatchObject({ statusName: '审批中', departmentCode: item.departmentCode, paused: false, inSpecialProcedure: false });
    expect(r.body.items[0].remainingWorkingDays).toBe(item.promisedLimitDays);
    expect(r.body.items.map((c: { dueDate: string }) => c.dueDate)).toEqual([...r.body.items.map((c: { dueDate: string }) => c.dueDate)].sort());
    expect(r.body.counts).toMatchObject({ open: 2, overdue: 0, warning: 0, paused: 0, inSpecialProcedure: 0, byStatus: { IN_REVIEW: 2 } });

    const paused = await world.call('POST', `/api/v1/cases/${caseNos[0]}/pause`, { token: reviewer, body: { reason: 'FORCE_MAJEURE', note: '暴雨停电' } });
    expect(paused.status).toBe(200);
    await eventually(async () => {
      const only = await inbox('&paused=true');
      expect(only.body.items.map((c: { caseNo: string }) => c.caseNo)).toEqual([caseNos[0]]);
      expect(only.body.items[0]).toMatchObject({ paused: true, remainingWorkingDays: null });
      expect(only.body.counts).toMatchObject({ open: 2, paused: 1 });
    });
    const special = await world.call('POST', `/api/v1/cases/${caseNos[1]}/start-special-procedure`, { token: reviewer, body: { kind: 'EXPERT_REVIEW', reason: '需专家评审' } });
    expect(special.status).toBe(200);
    await eventually(async () => {
      const only = await inbox('&inSpecialProcedure=true');
      expect(only.body.items.map((c: { caseNo: string }) => c.caseNo)).toEqual([caseNos[1]]);
    });

    // Another department sees none of them, and may not ask for this department's cases.
    const otherDept = (await world.db.department.findFirst({ where: { code: { not: item.departmentCode } } }))!.code;
    const other = await world.login(reviewerUsername(otherDept));
    const theirs = await world.call('GET', `/api/v1/cases?open=true&q=${encodeURIComponent(applicant)}`, { token: other });
    expect(theirs.body.total).toBe(0);
    const asked = await world.call('GET', `/api/v1/cases?departmentCode=${item.departmentCode}`, { token: other, headers: zh });
    expect(asked.status).toBe(403);
    expect(asked.body).toMatchObject({ rule: 'scope.department', detail: '该办件属于其他部门，您无权查看或办理' });
  });

  it('when a refused action is asked in Chinese, then the Chinese reason names the rule', async () => {
    const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '拒绝原因测试' }, submittedMaterials: item.requiredMaterials } });
    const caseNo = created.body.case.caseNo as string;
    await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer })).body.status).toBe('IN_REVIEW'), 20_000);
    const r = await world.call('POST', `/api/v1/cases/${caseNo}/pause`, { token: reviewer, body: { reason: 'HOLIDAY', note: '放假' }, headers: zh });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ rule: 'pause.reason_not_allowed', title: '不符合办理规则', detail: '只能因以下三种原因暂停：容缺件未提交、转报中省审核件未批复、不可抗力' });
    const resume = await world.call('POST', `/api/v1/cases/${caseNo}/resume`, { token: reviewer, body: {}, headers: zh });
    expect(resume.body).toMatchObject({ status: 409, rule: 'resume.not_paused', title: '与办件当前状态冲突', detail: '本件未处于暂停状态，无需恢复' });
    const decideTwice = await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '准予' } });
    expect(decideTwice.status).toBe(200);
    const again = await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '再次准予' }, headers: zh });
    expect(again.body).toMatchObject({ status: 409, rule: 'approve.status', detail: '办件当前状态为「待出件」，不能准予' });
  });
});

describe('case lookup (办件查询)', () => {
  it('when a clerk looks a case up by the applicant\'s full ID number, then it is found; the number itself is stored nowhere', async () => {
    const idNo = `91610800MA${String(Date.now()).slice(-7)}K`;
    const created = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '证件查询测试', idNo }, submittedMaterials: item.requiredMaterials } });
    expect(created.status).toBe(201);
    const caseNo = created.body.case.caseNo as string;
    for (const q of [idNo, idNo.toLowerCase()]) {
      const r = await eventually(async () => {
        const found = await world.call('GET', `/api/v1/cases?q=${q}`, { token: clerk });
        expect(found.body.items.map((c: { caseNo: string }) => c.caseNo)).toEqual([caseNo]);
        return found;
      });
      expect(r.status).toBe(200);
    }
    const other = await world.call('GET', `/api/v1/cases?q=${idNo.slice(0, -1)}X`, { token: clerk });
    expect(other.body.items.map((c: { caseNo: string }) => c.caseNo)).not.toContain(caseNo);
    const key = await world.db.caseApplicantKey.findUniqueOrThrow({ where: { caseNo } });
    expect(key.idHash).not.toContain(idNo);
    const row = await world.db.case.findUniqueOrThrow({ where: { caseNo } });
    expect(JSON.stringify(row)).not.toContain(idNo);
  });
});
