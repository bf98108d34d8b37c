/**
 * Side effects of the rectification and urge workflows: the ledger's read model, their events,
 * the findings an escalation creates and the notices they cause — all in one transaction per
 * projection, keyed by (workflow id, event sequence), so retries and replays write nothing twice.
 */
import type { RectificationEvent, RectificationView } from '../domain/supervision/rectification.js';
import type { UrgeView } from '../domain/supervision/urge.js';
import { DETECTION_SITUATIONS } from '../domain/supervision/negative-list.js';
import { RECTIFICATION_OUTCOMES } from '../domain/supervision/labels.js';
import { type Db, Prisma } from '../prisma/client.js';
import { type Tx, contactsOf, enqueue } from './notifications/outbox.js';

type Projection<V> = { view: V; events: RectificationEvent[] };

/**
 * The in-app notice (GET /api/v1/notifications, the department desk and the centre) next to the
 * SMS and e-mail: one per department told, one for the centre when the centre manager or the
 * complaint centre is told. Written only for events this very projection inserted.
 */
async function inApp(tx: Tx, to: string[], kind: string, title: string, payload: Record<string, unknown>): Promise<void> {
  const centre = to.some((c) => c === 'CENTRE_MANAGER' || c === 'COMPLAINT_CENTRE');
  const departments = to.filter((c) => c !== 'CENTRE_MANAGER' && c !== 'COMPLAINT_CENTRE');
  await tx.notification.createMany({
    data: [...departments.map((d) => ({ departmentCode: d })), ...(centre ? [{ departmentCode: null }] : [])].map((r) => ({ ...r, kind, title, payload: payload as Prisma.InputJsonValue })),
  });
}

async function insertEvents(tx: Tx, streamId: string, streamKind: string, events: RectificationEvent[]): Promise<RectificationEvent[]> {
  if (events.length === 0) return [];
  const inserted = await tx.supervisionEvent.createManyAndReturn({
    data: events.map((e) => ({
      streamId,
      seq: e.seq,
      streamKind,
      at: new Date(e.at),
      type: e.type,
      actorName: e.actor?.name ?? null,
      actorRole: e.actor?.role ?? null,
      detail: e.detail as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
    select: { seq: true },
  });
  const seqs = new Set(inserted.map((r) => r.seq));
  return events.filter((e) => seqs.has(e.seq));
}

export async function projectRectification(db: Db, { view, events }: Projection<RectificationView>): Promise<void> {
  const row = {
    findingId: BigInt(view.findingId),
    departmentCode: view.departmentCode,
    situationCode: view.situationCode ?? null,
    title: view.title,
    status: view.status,
    dueDate: new Date(`${view.dueDate}T00:00:00Z`),
    dueAt: new Date(view.dueAt),
    warning: view.warning,
    overdue: view.overdue,
    escalated: view.escalated,
    appeal: view.appeal?.status ?? null,
    createdAt: new Date(view.startedAt),
    closedAt: view.closedAt ? new Date(view.closedAt) : null,
    lastSeq: view.lastSeq,
    view: view as unknown as Prisma.InputJsonValue,
  };
  await db.$transaction(async (tx) => {
    const existing = await tx.$queryRaw<{ last_seq: number }[]>`SELECT last_seq FROM rectification WHERE id = ${view.id} FOR UPDATE`;
    if (existing.length === 0) await tx.rectification.create({ data: { id: view.id, ...row } });
    else if (view.lastSeq >= existing[0]!.last_seq) await tx.rectification.update({ where: { id: view.id }, data: row });
    const fresh = await insertEvents(tx, view.id, 'RECTIFICATION', events);
    const head = `【一窗综合受理平台】整改${view.id}（${view.title}）`;
    for (const e of fresh) {
      const cause = `rect:${view.id}:${e.seq}`;
      const d = e.detail;
      const notify = async (kind: string, subject: string, body: string, to: string[]) => {
        await enqueue(tx, { kind, ref: view.id, cause, subject, body: `${head}${body}` }, await contactsOf(tx, ...to));
        await inApp(tx, to, kind, `${subject}：${view.title}`.slice(0, 200), { rectificationId: view.id, dueDate: view.dueDate, event: e.type });
      };
      switch (e.type) {
        case 'CREATED':
          if (view.status === 'VERIFYING') await notify('rectification.verify', '差评待回访核实', `请于${view.verifyDueDate}前回访核实。`, ['CENTRE_MANAGER']);
          else await notify('rectification.opened', '整改通知', `请于${view.dueDate}前完成整改并提交整改报告（${view.deadlineDays}个工作日）。`, [view.departmentCode]);
          break;
        case 'CONFIRMED':
          await tx.finding.updateMany({
            where: { id: BigInt(view.findingId), status: 'NEW' },
            data: { status: 'CONFIRMED', decidedBy: e.actor?.name ?? null, decidedAt: new Date(e.at), decisionNote: String(d.note ?? ''), ...(view.situationCode ? { situationCode: view.situationCode } : {}) },
          });
          await notify('rectification.opened', '整改通知', `经核实属实，请于${view.dueDate}前完成整改并提交整改报告。`, [view.departmentCode]);
          break;
        case 'WARNING':
          await notify('rectification.warning', '整改即将到期', `整改期限${view.dueDate}即将到期，请抓紧提交整改报告。`, [view.departmentCode]);
          break;
        case 'OVERDUE':
          await notify('rectification.overdue', '整改逾期', `已超过整改期限${view.dueDate}，请立即整改。`, [view.departmentCode]);
          break;
        case 'ESCALATED':
          await notify('rectification.escalated', '整改逾期升级', `责任部门${view.departmentCode}逾期未整改（期限${view.dueDate}），已升级至中心负责人和政务监察投诉中心。`, ['CENTRE_MANAGER', 'COMPLAINT_CENTRE']);
          break;
        case 'VERIFICATION_OVERDUE':
          await notify('rectification.verification_overdue', '差评回访核实逾期', `差评未在${view.verifyDueDate}前回访核实。`, ['CENTRE_MANAGER', 'COMPLAINT_CENTRE']);
          break;
        case 'SENT_BACK':
          await notify('rectification.sent_back', '整改退回', `整改报告被退回：${String(d.reason ?? '')}。请于${view.dueDate}前重新整改。`, [view.departmentCode]);
          break;
        case 'APPEALED':
          await notify('rectification.appealed', '差评申诉待复核', `责任部门申诉：${String(d.reason ?? '')}`, ['CENTRE_MANAGER']);
          break;
        case 'CLOSED': {
          const outcome = d.outcome as keyof typeof RECTIFICATION_OUTCOMES;
          await notify('rectification.closed', '整改销号', `已销号（${RECTIFICATION_OUTCOMES[outcome] ?? outcome}）。`, [view.departmentCode]);
          const finding = await tx.finding.findUnique({ where: { id: BigInt(view.findingId) } });
          if (outcome === 'DISMISSED' && finding) {
            await tx.finding.update({ where: { id: finding.id }, data: { status: 'DISMISSED', decisionNote: '回访核实不属实' } });
          }
          if (outcome === 'APPEAL_UPHELD') {
            await tx.serviceRating.updateMany({ where: { findingId: BigInt(view.findingId) }, data: { excluded: true, excludedReason: String(view.appeal?.decision ?? '申诉成立') } });
          }
          // 差评整改: the applicant is told the outcome.
          if (finding?.source === 'RATING' && finding.complainantPhone) {
            await enqueue(
              tx,
              { kind: 'rating.outcome', ref: view.id, cause, subject: '评价处理结果', body: `【一窗综合受理平台】您对办件${finding.caseNo ?? ''}的评价已处理：${RECTIFICATION_OUTCOMES[outcome] ?? outcome}。感谢您的监督。` },
              [{ phone: finding.complainantPhone }],
            );
          }
          break;
        }
        default:
          break;
      }
    }
  });
}

export async function projectUrge(db: Db, { view, events }: Projection<UrgeView>): Promise<void> {
  const row = {
    caseNo: view.caseNo,
    departmentCode: view.departmentCode,
    note: view.note,
    urgedBy: view.urgedBy,
    urgedAt: new Date(view.urgedAt),
    replyDays: view.replyDays,
    dueDate: new Date(`${view.dueDate}T00:00:00Z`),
    dueAt: new Date(view.dueAt),
    status: view.status,
    answer: view.answer?.text ?? null,
    answeredBy: view.answer?.by ?? null,
    answeredAt: view.answer ? new Date(view.answer.at) : null,
    lastSeq: view.lastSeq,
    view: view as unknown as Prisma.InputJsonValue,
  };
  await db.$transaction(async (tx) => {
    const existing = await tx.$queryRaw<{ last_seq: number }[]>`SELECT last_seq FROM urge WHERE id = ${view.id} FOR UPDATE`;
    if (existing.length === 0) await tx.urge.create({ data: { id: view.id, ...row } });
    else if (view.lastSeq >= existing[0]!.last_seq) await tx.urge.update({ where: { id: view.id }, data: row });
    const fresh = await insertEvents(tx, view.id, 'URGE', events);
    const head = `【一窗综合受理平台】督办${view.id}：办件${view.caseNo}（${view.itemName}）`;
    for (const e of fresh) {
      const cause = `urge:${view.id}:${e.seq}`;
      const notify = async (kind: string, subject: string, body: string, to: string[]) => {
        await enqueue(tx, { kind, ref: view.id, cause, subject, body: `${head}${body}` }, await contactsOf(tx, ...to));
        await inApp(tx, to, kind, `${subject}：办件${view.caseNo}`, { urgeId: view.id, caseNo: view.caseNo, dueDate: view.dueDate, event: e.type });
      };
      switch (e.type) {
        case 'URGED':
          await notify('urge.created', '督办通知', `督办意见：${view.note}。请于${view.dueDate}前回复（${view.replyDays}个工作日）。`, [view.departmentCode]);
          break;
        case 'REPLY_WARNING':
          await notify('urge.warning', '督办回复即将到期', `请于${view.dueDate}前回复督办。`, [view.departmentCode]);
          break;
        case 'ESCALATED': {
          await notify('urge.escalated', '督办逾期未回复', `${view.departmentCode}未在${view.dueDate}前回复督办，已升级并记入问题台账。`, ['CENTRE_MANAGER', 'COMPLAINT_CENTRE', view.departmentCode]);
          const [finding] = await tx.finding.createManyAndReturn({
            data: [
              {
                source: 'PLATFORM',
                kind: 'UNANSWERED_URGE',
                externalRef: `urge:${view.id}`,
                occurredAt: new Date(e.at),
                recordedBy: '平台监测',
                departmentCode: view.departmentCode,
                caseNo: view.caseNo,
                situationCode: DETECTION_SITUATIONS.UNANSWERED_URGE,
                summary: `督办${view.id}（办件${view.caseNo}）逾期未回复，回复期限${view.dueDate}`,
                evidence: `督办意见：${view.note}；督办人：${view.urgedBy}`,
              },
            ],
            skipDuplicates: true,
            select: { id: true },
          });
          if (finding) await tx.urge.update({ where: { id: view.id }, data: { findingId: finding.id, escalatedAt: new Date(e.at) } });
          break;
        }
        case 'ANSWERED':
          await notify('urge.answered', '督办已回复', `部门回复：${view.answer?.text ?? ''}`, ['CENTRE_MANAGER']);
          break;
        default:
          break;
      }
    }
  });
}

export function createSupervisionActivities(db: Db) {
  return {
    async projectRectification(input: Projection<RectificationView>): Promise<void> {
      await projectRectification(db, input);
    },
    async projectUrge(input: Projection<UrgeView>): Promise<void> {
      await projectUrge(db, input);
    },
  };
}

export type SupervisionActivities = ReturnType<typeof createSupervisionActivities>;
