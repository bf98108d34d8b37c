/**
 * Notices caused by case events, written to the outbox inside the projection's transaction:
 * to the applicant — acceptance receipt, one-time notice (correction), refusal, result ready,
 * rating invitation; to the department — warning and overdue. An overdue case also enters the
 * problem ledger as a platform finding (once per case).
 */
import type { CaseEvent, CaseView } from '../../domain/case/model.js';
import { DETECTION_SITUATIONS } from '../../domain/supervision/negative-list.js';
import { type Notice, type Recipient, type Tx, contactsOf, enqueue, ratingLink } from './outbox.js';

export interface CaseNoticeOptions {
  /** Base of the links in notices, e.g. https://zwfw.example.gov.cn */
  publicBaseUrl: string;
  /** Signs rating links. */
  linkSecret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function caseNotices(tx: Tx, view: CaseView, fresh: CaseEvent[], opts: CaseNoticeOptions): Promise<void> {
  const head = `【一窗综合受理平台】办件${view.caseNo}（${view.item.name}）`;
  let applicant: Recipient | undefined;
  const applicantContact = async (): Promise<Recipient> => {
    if (applicant) return applicant;
    let phone = view.applicant.phone ?? null;
    // Only platform accounts (uuid ids) have a phone on file; an id from another identity provider does not.
    if (!phone && view.applicant.userId && UUID.test(view.applicant.userId)) {
      phone = (await tx.user.findUnique({ where: { id: view.applicant.userId }, select: { phone: true } }))?.phone ?? null;
    }
    applicant = { phone };
    return applicant;
  };
  const toApplicant = async (kind: string, e: CaseEvent, subject: string, body: string) =>
    enqueue(tx, { kind, ref: view.caseNo, cause: `case:${view.caseNo}:${e.seq}`, subject, body: `${head}${body}` } satisfies Notice, [await applicantContact()]);
  const toDepartment = async (kind: string, e: CaseEvent, subject: string, body: string, extra: string[] = []) =>
    enqueue(tx, { kind, ref: view.caseNo, cause: `case:${view.caseNo}:${e.seq}`, subject, body: `${head}${body}` }, await contactsOf(tx, view.item.departmentCode, ...extra));

  for (const e of fresh) {
    const d = e.detail as Record<string, unknown>;
    switch (e.type) {
      case 'ACCEPTED':
        await toApplicant('case.accepted', e, '受理回执', `已受理，承诺办结日期${view.dueDate ?? ''}。可凭办件编号和查询码查询进度。`);
        break;
      case 'CORRECTION_REQUESTED': {
        const items = (d.items as { name: string; problem: string }[] | undefined) ?? [];
        await toApplicant('case.correction', e, '一次性告知', `需补正以下材料（一次性告知）：${items.map((i) => `${i.name}（${i.problem}）`).join('；')}。请于${String(d.supplyBy ?? '')}前补正。`);
        break;
      }
      case 'REFUSED':
        await toApplicant('case.refused', e, '不予受理通知', `不予受理，理由：${String(d.reason ?? view.refusalReason ?? '')}。`);
        break;
      case 'APPROVED':
      case 'DENIED':
        if (!d.outputHeld) await toApplicant('case.result_ready', e, '办理结果领取通知', `已办理完毕（${e.type === 'APPROVED' ? '准予' : '不予许可'}），请到统一出件窗口领取结果或等待送达。`);
        break;
      case 'TOLERATED_MATERIAL_SUPPLIED':
        if (view.status === 'DECIDED' && !view.outputHeld) await toApplicant('case.result_ready', e, '办理结果领取通知', '容缺材料已补齐，办理结果可领取。');
        break;
      case 'COMPLETED':
        await toApplicant('case.rating_invitation', e, '服务评价邀请', `已办结。请对本次服务评价（好差评）：${ratingLink(opts.publicBaseUrl, view.caseNo, opts.linkSecret)}`);
        break;
      case 'WARNING':
        await toDepartment('case.warning', e, '办件预警', `即将到期：办结期限${String(d.dueDate ?? view.dueDate)}，剩余${String(d.remainingWorkingDays ?? '')}个工作日。`);
        break;
      case 'OVERDUE':
        await toDepartment('case.overdue', e, '办件超期', `已超过办结期限${String(d.dueDate ?? view.dueDate)}，请立即办理。`, ['CENTRE_MANAGER']);
        await tx.finding.createMany({
          data: [
            {
              source: 'PLATFORM',
              kind: 'OVERDUE_CASE',
              externalRef: `overdue:${view.caseNo}`,
              occurredAt: new Date(e.at),
              recordedBy: '平台监测',
              departmentCode: view.item.departmentCode,
              caseNo: view.caseNo,
              situationCode: DETECTION_SITUATIONS.OVERDUE_CASE,
              summary: `办件${view.caseNo}（${view.item.name}）超过办结期限${String(d.dueDate ?? view.dueDate)}`,
              evidence: `平台监测：期限${String(d.dueDate ?? view.dueDate)}，状态${view.status}`,
            },
          ],
          skipDuplicates: true,
        });
        break;
      default:
        break;
    }
  }
}
