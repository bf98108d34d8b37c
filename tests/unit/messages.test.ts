/**
 * The message catalogue: people read Chinese (by default), programs read codes, English on request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../config/index.js';
import { type ProblemBody, RULE_MESSAGES_ZH, detailZh, localizeProblem, negotiateLang } from '../../api/http/messages.js';
import { ACTION_LABELS, STATUS_NAMES } from '../../domain/case/names.js';
import { CASE_STATUSES } from '../../domain/case/model.js';
import { ACTION_NAMES } from '../../domain/case/actions.js';

const accepts = (header: string | undefined) => (langs: string[]) => {
  // What Express's req.acceptsLanguages does for these headers: the first offered when none is asked.
  if (!header) return langs[0]!;
  const asked = header.split(',').map((p) => p.split(';')[0]!.trim().toLowerCase());
  for (const a of asked) {
    const hit = langs.find((l) => l.toLowerCase() === a || l.toLowerCase().startsWith(`${a}-`));
    if (hit) return hit;
  }
  return false;
};

const problem = (status: number, detail: string, rule?: string): ProblemBody => ({ type: `https://onewindow.example.gov.cn/problems/${status}`, title: 'x', status, detail, ...(rule ? { rule } : {}) });

describe('the problem+json message catalogue', () => {
  it('when no language or an unknown one is asked, then Chinese is spoken; when English is asked, then English', () => {
    expect(negotiateLang(accepts(undefined))).toBe('zh-CN');
    expect(negotiateLang(accepts('fr-FR'))).toBe('zh-CN');
    expect(negotiateLang(accepts('zh-CN,zh;q=0.9'))).toBe('zh-CN');
    expect(negotiateLang(accepts('en'))).toBe('en');
    expect(negotiateLang(accepts('en-US,en;q=0.9'))).toBe('en');
  });

  it('when a case rule refuses, then the Chinese detail names it with the facts of the English sentence, and the rule code stays', () => {
    const zh = localizeProblem(problem(422, 'a case may be paused at most 3 times; this case has been paused 3 times', 'pause.max_count'), 'zh-CN');
    expect(zh).toMatchObject({ title: '不符合办理规则', detail: '一个办件最多暂停 3 次，本件已暂停 3 次', rule: 'pause.max_count', status: 422 });
    expect(detailZh(422, 'the result is held until the tolerated materials are supplied: 营业执照、身份证', 'output.tolerance_pending')).toBe('容缺材料补齐前不予出件，尚缺：营业执照、身份证');
    expect(detailZh(409, 'approve is not possible while the case is DECIDED', 'approve.status')).toBe('办件当前状态为「待出件」，不能准予');
    expect(detailZh(403, 'DEPARTMENT_REVIEWER may not accept: this action belongs to FRONT_DESK_CLERK', 'role.not_allowed')).toBe('您的角色（部门审批人员）不能办理此操作');
  });

  it('when English is asked, then the problem is exactly as the code wrote it', () => {
    const p = problem(422, 'a posted result needs its tracking number', 'output.tracking_required');
    expect(localizeProblem(p, 'en')).toEqual(p);
  });

  it('when a problem has no rule, then its English sentence is recognised (sign-in, missing case)', () => {
    expect(localizeProblem(problem(401, 'wrong username or password'), 'zh-CN').detail).toBe('用户名或密码错误');
    expect(localizeProblem(problem(404, 'case 61080020261129000001 does not exist'), 'zh-CN').detail).toBe('办件 61080020261129000001 不存在');
    expect(localizeProblem(problem(429, 'too many failed sign-ins: the account is locked until 2026-11-29T08:15:00.000Z', 'auth.locked'), 'zh-CN').detail).toBe('连续登录失败次数过多，账号已锁定至 2026/11/29 16:15:00，请稍后再试');
  });

  it('when a request is malformed, then each field issue reads in Chinese and keeps its field and rule', () => {
    const zh = localizeProblem({ ...problem(400, 'invalid body: body.reason (too_small): must not be empty'), errors: [{ field: 'body.reason', rule: 'too_small', message: 'must not be empty' }] }, 'zh-CN');
    expect(zh.detail).toBe('请求有误：body.reason（不能为空或过短）');
    expect(zh.errors).toEqual([{ field: 'body.reason', rule: 'too_small', message: '不能为空或过短' }]);
  });

  it('when a problem is not in the catalogue yet, then the Chinese says what kind of problem it is and keeps the facts', () => {
    expect(detailZh(409, 'something new happened', 'brand.new_rule')).toBe('与办件当前状态冲突：something new happened');
  });

  it('every case status and every action has its Chinese name, and every catalogued rule has non-empty Chinese', () => {
    for (const s of CASE_STATUSES) expect(STATUS_NAMES[s]).toMatch(/\p{Script=Han}/u);
    for (const a of ACTION_NAMES) expect(ACTION_LABELS[a]).toMatch(/\p{Script=Han}/u);
    expect(STATUS_NAMES.IN_REVIEW).toBe('审批中');
    expect(STATUS_NAMES.COMPLETED).toBe('已办结');
    for (const [rule, t] of Object.entries(RULE_MESSAGES_ZH)) expect(typeof t === 'string' ? t : t('x'), rule).toMatch(/\p{Script=Han}/u);
  });

  it('every rule code the case rules and the routes can refuse with has its Chinese in the catalogue', () => {
    const files = [path.join(ROOT_DIR, 'domain', 'case', 'rules.ts'), ...fs.readdirSync(path.join(ROOT_DIR, 'api', 'routes')).map((f) => path.join(ROOT_DIR, 'api', 'routes', f))];
    const codes = new Set<string>();
    for (const f of files) {
      const source = fs.readFileSync(f, 'utf8');
      for (const m of source.matchAll(/\b(?:conflict|violation|forbidden)\('([a-z_]+\.[a-z_.]+)'/g)) codes.add(m[1]!);
      for (const m of source.matchAll(/required\([^,]+,\s*[^,]+,\s*'([a-z_]+\.[a-z_.]+)'\)/g)) codes.add(m[1]!);
      for (const m of source.matchAll(/rule: '([a-z_]+\.[a-z_.]+)'/g)) codes.add(m[1]!);
      // forbiddenProblem(…, 'scope.department'), conflictProblem(…, 'catalog.item_retired') and the like
      for (const m of source.matchAll(/(?:Problem|Refused)\((?:[^()]|\([^()]*\))*?,\s*'([a-z_]+\.[a-z_.]+)'\)/g)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(30);
    const missing = [...codes].filter((c) => !RULE_MESSAGES_ZH[c]);
    expect(missing, 'add their Chinese to RULE_MESSAGES_ZH in api/http/messages.ts').toEqual([]);
  });
});
