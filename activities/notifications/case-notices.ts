/**
 * Notices caused by case events, written to the outbox by the projection's statement:
 * to the applicant — acceptance receipt, one-time notice (correction), refusal, result ready,
 * rating invitation; to the department — warning and overdue. An overdue case also enters the
 * problem ledger as a platform finding (once per case).
 */
import type { CaseEvent, CaseView } from '../../domain/case/model.js';
import { DETECTION_SITUATIONS } from '../../domain/supervision/negative-list.js';
import { ratingLink } from './outbox.js';

export interface CaseNoticeOptions {
  /** Base of the links in notices, e.g. https://zwfw.example.gov.cn */
  publicBaseUrl: string;
  /** Signs rating links. */
  linkSecret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who a planned notice goes to: the applicant, the item's department, the centre's managers. */
export type NoticeAudience = 'applicant' | 'department' | 'manager';

/** A notice one event causes, before its recipients are known (the projection's SQL finds them). */
export interface PlannedNotice {
  seq: number;
  kind: string;
  to: NoticeAudience[];
  subject: string;
  body: string;
}

/** An overdue case's entry in the problem ledger (once per case: keyed by `overdue:<case>`). */
export interface PlannedFinding {
  seq: number;
  occurred_at: string;
  external_ref: string;
  department_code: string;
  case_no: string;
  situation_code: string;
  summary: string;
  evidence: string;
}

/**
 * The notices and findings these events would cause, planned without the database: the projection
 * writes them in its one statement for the events it actually inserted, so a replayed or retried
 * projection tells nobody twice. The dedupe key of each outbox row is `case:<case>:<seq>:<channel>:<recipient>`.
 */
export function planCaseNotices(view: CaseView, events: readonly CaseEvent[], opts: CaseNoticeOptions): { notices: PlannedNotice[]; findings: PlannedFinding[] } {
  const head = `【一窗综合受理平台】办件${view.caseNo}（${view.item.name}）`;
  const notices: PlannedNotice[] = [];
  const findings: PlannedFinding[] = [];
  const tell = (to: NoticeAudience[], kind: string, e: CaseEvent, subject: string, body: string) => notices.push({ seq: e.seq, kind, to, subject, body: `${head}${body}` });
  for (const e of events) {
    const d = e.detail as Record<string, unknown>;
    switch (e.type) {
      case 'ACCEPTED':
        tell(['applicant'], 'case.accepted', e, '受理回执', `已受理，承诺办结日期${view.dueDate ?? ''}。可凭办件编号和查询码查询进度。`);
        break;
      case 'CORRECTION_REQUESTED': {
        const items = (d.items as { name: string; problem: string }[] | undefined) ?? [];
        tell(['applicant'], 'case.correction', e, '一次性告知', `需补正以下材料（一次性告知）：${items.map((i) => `${i.name}（${i.problem}）`).join('；')}。请于${String(d.supplyBy ?? '')}前补正。`);
        break;
      }
      case 'REFUSED':
        tell(['applicant'], 'case.refused', e, '不予受理通知', `不予受理，理由：${String(d.reason ?? view.refusalReason ?? '')}。`);
        break;
      case 'APPROVED':
      case 'DENIED':
        if (!d.outputHeld) tell(['applicant'], 'case.result_ready', e, '办理结果领取通知', `已办理完毕（${e.type === 'APPROVED' ? '准予' : '不予许可'}），请到统一出件窗口领取结果或等待送达。`);
        break;
      case 'TOLERATED_MATERIAL_SUPPLIED':
        if (view.status === 'DECIDED' && !view.outputHeld) tell(['applicant'], 'case.result_ready', e, '办理结果领取通知', '容缺材料已补齐，办理结果可领取。');
        break;
      case 'COMPLETED':
        tell(['applicant'], 'case.rating_invitation', e, '服务评价邀请', `已办结。请对本次服务评价（好差评）：${ratingLink(opts.publicBaseUrl, view.caseNo, opts.linkSecret)}`);
        break;
      case 'WARNING':
        tell(['department'], 'case.warning', e, '办件预警', `即将到期：办结期限${String(d.dueDate ?? view.dueDate)}，剩余${String(d.remainingWorkingDays ?? '')}个工作日。`);
        break;
      case 'OVERDUE':
        tell(['department', 'manager'], 'case.overdue', e, '办件超期', `已超过办结期限${String(d.dueDate ?? view.dueDate)}，请立即办理。`);
        findings.push({
          seq: e.seq,
          occurred_at: new Date(e.at).toISOString(),
          external_ref: `overdue:${view.caseNo}`,
          department_code: view.item.departmentCode,
          case_no: view.caseNo,
          situation_code: DETECTION_SITUATIONS.OVERDUE_CASE,
          summary: `办件${view.caseNo}（${view.item.name}）超过办结期限${String(d.dueDate ?? view.dueDate)}`,
          evidence: `平台监测：期限${String(d.dueDate ?? view.dueDate)}，状态${view.status}`,
        });
        break;
      default:
        break;
    }
  }
  return { notices, findings };
}

/** Only platform accounts (uuid ids) have a phone on file; an id from another identity provider does not. */
export function applicantAccountId(view: CaseView): string | null {
  return !view.applicant.phone && view.applicant.userId && UUID.test(view.applicant.userId) ? view.applicant.userId : null;
}
