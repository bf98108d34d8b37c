/**
 * The read model: the case snapshot and its events, projected from the workflow. Replays and
 * retries never count twice: events are keyed by (case number, sequence) and a snapshot only
 * replaces an older one.
 */
import type { CaseEvent, CaseView } from '../domain/case/model.js';
import { type Db, Prisma } from '../prisma/client.js';

export async function projectCase(db: Db, { view, events, queryCodeHash }: { view: CaseView; events: CaseEvent[]; queryCodeHash?: string }): Promise<void> {
  const snapshot = {
    itemCode: view.item.code,
    itemVersion: view.item.version,
    itemName: view.item.name,
    departmentCode: view.item.departmentCode,
    zoneCode: view.item.zoneCode,
    channel: view.channel,
    applicantName: view.applicant.name,
    applicantUserId: view.applicant.userId ?? null,
    status: view.status,
    stateCode: view.stateCode,
    submittedAt: new Date(view.submittedAt),
    acceptedAt: view.acceptedAt ? new Date(view.acceptedAt) : null,
    acceptedBy: view.acceptedBy ?? null,
    dueDate: view.dueDate ? new Date(`${view.dueDate}T00:00:00Z`) : null,
    dueAt: view.dueAt ? new Date(view.dueAt) : null,
    warning: view.warning,
    overdue: view.overdue,
    everOverdue: view.everOverdue,
    returned: view.returns.length > 0,
    decision: view.decision ?? null,
    decidedAt: view.decidedAt ? new Date(view.decidedAt) : null,
    completedAt: view.completedAt ? new Date(view.completedAt) : null,
    lastEventSeq: view.lastSeq,
    view: view as unknown as Prisma.InputJsonValue,
  };
  await db.$transaction(async (tx) => {
    const existing = await tx.case.findUnique({ where: { caseNo: view.caseNo }, select: { lastEventSeq: true } });
    if (!existing) {
      await tx.case.create({ data: { caseNo: view.caseNo, ...snapshot, queryCodeHash: queryCodeHash ?? null } });
    } else if (view.lastSeq >= existing.lastEventSeq) {
      await tx.case.update({ where: { caseNo: view.caseNo }, data: snapshot });
    }
    if (events.length > 0) {
      await tx.caseEvent.createMany({
        data: events.map((e) => ({
          caseNo: view.caseNo,
          seq: e.seq,
          at: new Date(e.at),
          type: e.type,
          stateCode: e.stateCode,
          actorId: e.actor?.id ?? null,
          actorName: e.actor?.name ?? null,
          actorRole: e.actor?.role ?? null,
          detail: e.detail as Prisma.InputJsonValue,
        })),
        skipDuplicates: true,
      });
    }
  });
}
