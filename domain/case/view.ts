/**
 * What staff and applicants see of a case: its view, computed from the state at `ctx.now`.
 */
import { shanghaiDateOf } from '../calendar/dates.js';
import { remainingWorkingDays } from '../clock/clock.js';
import { allowedActions } from './authorise.js';
import type { RuleContext } from './context.js';
import { clockLedger } from './ledger.js';
import { type CaseState, type CaseView, STAGE_NAMES } from './model.js';
import { openStage } from './stages.js';
import { iso, missingTolerated, openSuspension, stateCodeOf } from './state.js';

export function caseView(state: CaseState, ctx: RuleContext): CaseView {
  const ledger = clockLedger(state, ctx);
  const open = openSuspension(state);
  const correction = state.corrections.at(-1);
  return {
    caseNo: state.caseNo,
    status: state.status,
    stateCode: stateCodeOf(state),
    channel: state.channel,
    item: {
      code: state.item.code,
      version: state.item.version,
      name: state.item.name,
      departmentCode: state.item.departmentCode,
      departmentName: state.item.departmentName,
      zoneCode: state.item.zoneCode,
    },
    applicant: state.applicant,
    ...(state.decision ? { decision: state.decision, decisionReason: state.decisionReason } : {}),
    ...(state.refusalReason ? { refusalReason: state.refusalReason } : {}),
    ...(state.closingReason ? { closingReason: state.closingReason } : {}),
    submittedAt: iso(state.submittedAt)!,
    ...(state.acceptedAt !== undefined ? { acceptedAt: iso(state.acceptedAt), acceptedBy: state.acceptedBy } : {}),
    ...(state.decidedAt !== undefined ? { decidedAt: iso(state.decidedAt) } : {}),
    ...(state.completedAt !== undefined ? { completedAt: iso(state.completedAt) } : {}),
    ...(ledger.dueDate ? { dueDate: ledger.dueDate, dueAt: ledger.dueAt, remainingWorkingDays: ledger.remainingWorkingDays } : {}),
    warning: state.warning,
    overdue: state.overdue,
    everOverdue: state.everOverdue,
    paused: open?.kind === 'PAUSE',
    inSpecialProcedure: open?.kind === 'SPECIAL_PROCEDURE',
    outputHeld: state.status === 'DECIDED' && state.decision === 'APPROVED' && missingTolerated(state).length > 0,
    specialProcedureOverdue: open?.kind === 'SPECIAL_PROCEDURE' && open.procedureOverdue === true,
    ...stageView(state, ctx),
    missingToleratedMaterials: missingTolerated(state).map((t) => ({ code: t.code, name: t.name, promisedDate: t.promisedDate })),
    ...(correction ? { correction } : {}),
    returns: state.returns.map((r) => ({ at: iso(r.at)!, by: r.by, reason: r.reason })),
    ...(state.output
      ? { output: { method: state.output.method, ...(state.output.trackingNo ? { trackingNo: state.output.trackingNo } : {}), issuedAt: iso(state.output.issuedAt)!, ...(state.output.deliveredAt ? { deliveredAt: iso(state.output.deliveredAt) } : {}) } }
      : {}),
    urges: state.urges.map((u) => ({ at: iso(u.at)!, by: u.by, note: u.note })),
    dispatch: {
      status: state.dispatch.status,
      ...(state.dispatch.since ? { since: iso(state.dispatch.since) } : {}),
      ...(state.dispatch.deliveredAt ? { deliveredAt: iso(state.dispatch.deliveredAt) } : {}),
    },
    allowedActions: allowedActions(state),
    lastSeq: state.lastSeq,
  };
}

function stageView(state: CaseState, ctx: RuleContext): Pick<CaseView, 'stage'> {
  const s = openStage(state);
  if (!s) return {};
  return {
    stage: {
      kind: s.kind,
      name: STAGE_NAMES[s.kind],
      startDate: s.startDate,
      limitDays: s.limitDays,
      dueDate: s.dueDate,
      remainingWorkingDays: remainingWorkingDays(ctx.calendar, shanghaiDateOf(ctx.now), s.dueDate),
      warning: s.warning,
      overdue: s.overdue,
    },
  };
}
