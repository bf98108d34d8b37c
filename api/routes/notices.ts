/**
 * Printable notices the window hands to applicants (R3.2): the pre-acceptance and one-time
 * notification form (预受理和一次性告知单) listing everything missing at once, the refusal notice
 * (不予受理通知书), and the acceptance receipt (受理通知书) with the due date and the query code hint.
 * Plain HTML laid out for A4 printing; the browser's print dialog does the rest.
 */
import type { Client } from '@temporalio/client';
import type { Response } from 'express';
import { z } from 'zod';
import type { CaseView } from '../../domain/case/model.js';
import type { Db } from '../../prisma/client.js';
import { conflictProblem, forbiddenProblem } from '../http/problem.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import { caseReaderOf } from '../services/case-reads.js';

const HALL = '榆林市政务服务中心';

const escape = (s: string | number | undefined | null) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const zh = (iso: string | undefined) => {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

function page(title: string, view: CaseView, body: string, clerk: AuthUser, sign?: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)} ${escape(view.caseNo)}</title>
<style>
  @page { size: A4; margin: 20mm; }
  body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 14pt; line-height: 1.8; max-width: 170mm; margin: auto; }
  h1 { text-align: center; font-size: 20pt; letter-spacing: 0.2em; }
  table { width: 100%; border-collapse: collapse; margin: 1em 0; }
  td, th { border: 1px solid #000; padding: 4px 8px; text-align: left; vertical-align: top; }
  .meta { display: flex; justify-content: space-between; font-size: 11pt; }
  .sign { margin-top: 3em; text-align: right; }
</style></head><body>
<h1>${escape(title)}</h1>
<div class="meta"><span>办件编号：${escape(view.caseNo)}</span><span>${escape(HALL)}</span></div>
<p>${escape(view.applicant.name)}：</p>
${body}
${sign ?? `<div class="sign"><p>经办人：${escape(clerk.displayName)}${clerk.windowNo ? `　窗口：${escape(clerk.windowNo)}` : ''}</p><p>${escape(HALL)}（综合受理窗口）</p><p>${zh(new Date().toISOString())}</p></div>`}
</body></html>`;
}

const html = (content: string) => ({ raw: { type: 'text/html; charset=utf-8', content } });

const CORRECTION_KIND_NAMES: Record<string, string> = { MISSING: '未提交', TOLERABLE: '未提交（可容缺）', DEFECTIVE: '需补正', REMARK: '其他' };

export function registerNoticeRoutes(api: ApiRegistry, deps: { db: Db; temporal: Client; hallContact?: string }): void {
  const { db, temporal } = deps;

  const reader = caseReaderOf(db, temporal);
  /**
   * The case from the read model; when the notice asked for is not there (`has`), the workflow is
   * asked before refusing, since the action it follows may still be on its way to the read model.
   */
  const load = async (caseNo: string, user: AuthUser, res: Response, has: (v: CaseView) => boolean): Promise<CaseView> => {
    res.locals.caseNo = caseNo;
    if (user.role === 'APPLICANT') {
      const row = await db.case.findUnique({ where: { caseNo }, select: { applicantUserId: true } });
      if (!row || row.applicantUserId !== user.id) throw forbiddenProblem('applicants may print only their own notices', 'scope.own_case');
    }
    const view = await reader.view(caseNo);
    return has(view) ? view : reader.queriedView(caseNo);
  };
  const spec = (kind: string, summary: string) => ({
    method: 'get' as const,
    path: `/api/v1/cases/:caseNo/notices/${kind}`,
    summary,
    description: 'A printable HTML page (text/html) for the window to hand to the applicant.',
    tags: ['notices'],
    access: ['FRONT_DESK_CLERK', 'CENTRE_MANAGER', 'SUPERVISOR', 'APPLICANT'] as const,
    params: z.object({ caseNo: z.string().regex(/^\d{20}$/, 'a case number is 20 digits') }),
    problems: [403, 404, 409],
  });

  api.route(spec('correction', 'Print the one-time notice (一次性告知单)'), async ({ params, user, res }) => {
    const view = await load(params.caseNo, user!, res, (v) => v.correction !== undefined);
    if (!view.correction) throw conflictProblem(`case ${view.caseNo} has no correction request`, 'notice.none');
    const c = view.correction;
    const rows = c.items
      .map((i, n) => `<tr><td>${n + 1}</td><td>${escape(i.name)}${i.materialCode ? `（${escape(i.materialCode)}）` : ''}</td><td>${escape(i.kind ? CORRECTION_KIND_NAMES[i.kind] : '')}</td><td>${escape(i.problem)}</td></tr>`)
      .join('');
    // Everything a clerk and the applicant sign for: who told it, where, when, and how to ask.
    const sign = `<table class="signature"><tr><td>经办人：${escape(c.requestedBy)}</td><td>窗口号：${escape(c.requestedWindow ?? '')}</td></tr>
<tr><td>告知日期：${zh(new Date(c.requestedAt).toISOString())}</td><td>咨询电话：${escape(deps.hallContact ?? '')}</td></tr></table>
<div class="sign"><p>${escape(HALL)}（综合受理窗口）（盖章）</p><p>经办人签字：＿＿＿＿＿＿＿＿</p><p>申请人（代理人）签收：＿＿＿＿＿＿＿＿　日期：＿＿＿＿年＿＿月＿＿日</p></div>`;
    return html(
      page(
        '预受理和一次性告知单',
        view,
        `<p>您申请办理的“${escape(view.item.name)}”（事项编码 ${escape(view.item.code)}）经预审，申请材料尚需补正。现将需要补正的全部内容一次性告知如下：</p>
<table><tr><th>序号</th><th>材料</th><th>类别</th><th>需补正内容</th></tr>${rows}</table>
<p>请于 <strong>${zh(c.supplyBy)}</strong> 前补正上述全部材料。逾期未补正的，视为撤回申请。上述内容为本次一次性告知的全部内容，补齐后即予受理，不再另行要求补正。</p>`,
        user!,
        sign,
      ),
    );
  });

  api.route(spec('refusal', 'Print the refusal notice (不予受理通知书)'), async ({ params, user, res }) => {
    const view = await load(params.caseNo, user!, res, (v) => v.status === 'REFUSED');
    if (view.status !== 'REFUSED') throw conflictProblem(`case ${view.caseNo} was not refused`, 'notice.none');
    return html(
      page(
        '不予受理通知书',
        view,
        `<p>您于 ${zh(view.submittedAt)} 提出的“${escape(view.item.name)}”申请，经审查，决定不予受理。理由如下：</p>
<p>${escape(view.refusalReason)}</p>
<p>如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。</p>`,
        user!,
      ),
    );
  });

  api.route(spec('acceptance', 'Print the acceptance receipt (受理通知书)'), async ({ params, user, res }) => {
    const view = await load(params.caseNo, user!, res, (v) => v.acceptedAt !== undefined);
    if (!view.acceptedAt) throw conflictProblem(`case ${view.caseNo} has not been accepted`, 'notice.none');
    const tolerated = view.missingToleratedMaterials.length
      ? `<p>以下材料按容缺方式受理，请于承诺日期前补交，补齐前不予出件：</p><table><tr><th>材料</th><th>承诺补交日期</th></tr>${view.missingToleratedMaterials
          .map((m) => `<tr><td>${escape(m.name)}</td><td>${zh(m.promisedDate)}</td></tr>`)
          .join('')}</table>`
      : '';
    return html(
      page(
        '受理通知书',
        view,
        `<p>您申请办理的“${escape(view.item.name)}”，申请材料齐全、符合法定形式，本中心于 ${zh(view.acceptedAt)} 予以受理。</p>
<p>承诺办结时限：<strong>${zh(view.dueDate)}</strong> 前（按工作日计算，特别程序和依法暂停时间不计入）。</p>
${tolerated}
<p>您可凭办件编号和受理时告知的查询码在网上查询办理进度。</p>`,
        user!,
      ),
    );
  });
}
