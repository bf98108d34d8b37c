/**
 * What each staff action does to a case (one handler per action), and the rules that refuse it.
 * A handler mutates the state it is given and reports events through `push`; `apply.ts` runs the
 * checks that come first (role, scope, status) and the clock refresh that comes after.
 */
import { endOfShanghaiDay, shanghaiDateOf, toDayNumber } from '../calendar/dates.js';
import { dueDateOf, pauseAutoResumeAt, procedureDueOf, suspensionDays } from '../clock/clock.js';
import type { ActionName, ActionPayloads } from './actions.js';
import type { RuleContext } from './context.js';
import { rules2 } from './create.js';
import { conflict, violation } from './errors.js';
import { type Actor, type CaseState, type CorrectionItem, MAX_PAUSES, MAX_PAUSE_WORKING_DAYS, PAUSE_REASONS, STATE_CODES, type SuspensionRecord } from './model.js';
import {
  SPECIAL_PROCEDURE_NAMES,
  closeOpenSuspension,
  endSuspension,
  missingTolerated,
  openSuspension,
  pausedWorkingDays,
  requireNoOpenSuspension,
  stateCodeOf,
} from './state.js';

/** Limits on free text and periods that keep cases sane. */
export const MAX_CORRECTION_DAYS = 30;

export type Push = (type: string, code: number, detail?: Record<string, unknown>) => void;
type Handler<K extends ActionName> = (state: CaseState, p: ActionPayloads[K], actor: Actor, ctx: RuleContext, push: Push) => void;

const required = (value: string | undefined, field: string, rule: string) => {
  if (!value || !value.trim()) throw violation(rule, `${field} is required`);
};

export const HANDLERS: { [K in ActionName]: Handler<K> } = {
  accept(state, p, actor, ctx, push) {
    const today = shanghaiDateOf(ctx.now);
    const tolerated = p.toleratedMaterials ?? [];
    const limitDue = ctx.calendar.addWorkingDays(today, state.item.promisedLimitDays).date;
    for (const t of tolerated) {
      const material = state.item.materials.find((m) => m.code === t.code);
      if (!material) throw violation('tolerance.unknown_material', `material ${t.code} is not a material of item ${state.item.code}`);
      if (!material.tolerable) throw violation('tolerance.material_not_tolerable', `material ${t.code} (${material.name}) may not be tolerated (容缺) for this item`);
      if (toDayNumber(t.promisedDate) < toDayNumber(today)) throw violation('tolerance.date_in_past', `the promised date ${t.promisedDate} for ${material.name} is in the past`);
      if (toDayNumber(t.promisedDate) > toDayNumber(limitDue)) {
        throw violation('tolerance.date_beyond_limit', `the promised date ${t.promisedDate} for ${material.name} is after the promised limit's end (${limitDue})`);
      }
    }
    const toleratedCodes = new Set(tolerated.map((t) => t.code));
    const missing = state.item.materials.filter((m) => m.required && !state.submittedMaterials.includes(m.code) && !toleratedCodes.has(m.code));
    if (missing.length > 0) {
      throw violation(
        'acceptance.materials_missing',
        `required materials are missing: ${missing.map((m) => `${m.code} ${m.name}${m.tolerable ? ' (may be tolerated)' : ''}`).join('; ')} — request a correction instead`,
      );
    }
    state.status = 'TRANSFERRING';
    state.acceptedAt = ctx.now;
    state.acceptedDate = today;
    state.acceptedBy = actor.name;
    state.tolerated = tolerated.map((t) => ({ code: t.code, name: state.item.materials.find((m) => m.code === t.code)!.name, promisedDate: t.promisedDate }));
    state.dispatch = { status: 'PENDING', since: ctx.now };
    const due = dueDateOf(ctx.calendar, today, state.item.promisedLimitDays, [], today);
    push('ACCEPTED', STATE_CODES.ACCEPTED, {
      acceptedDate: today,
      limitDays: state.item.promisedLimitDays,
      dueDate: due.dueDate,
      tolerated: state.tolerated,
      provisional: due.provisional,
    });
  },

  refuse(state, p, _actor, ctx, push) {
    required(p.reason, 'reason', 'refuse.reason_required');
    state.status = 'REFUSED';
    state.refusalReason = p.reason;
    state.completedAt = ctx.now;
    closeOpenSuspension(state, ctx, 'system');
    push('REFUSED', STATE_CODES.REFUSED, { reason: p.reason });
  },

  requestCorrection(state, p, actor, ctx, push) {
    if (state.corrections.length > 0) {
      throw violation('correction.one_time_notice', 'everything missing must be told at once: this application already had its one-time notice (一次性告知)');
    }
    if (rules2(state)) return requestComputedCorrection(state, p, actor, ctx, push);
    if (!p.items || p.items.length === 0) throw violation('correction.items_required', 'the one-time notice must list at least one missing or defective material');
    for (const [i, item] of p.items.entries()) {
      required(item.name, `items[${i}].name`, 'correction.item_name_required');
      required(item.problem, `items[${i}].problem`, 'correction.item_problem_required');
    }
    if (!Number.isInteger(p.days) || p.days < 1 || p.days > MAX_CORRECTION_DAYS) {
      throw violation('correction.days_range', `the supply period must be 1 to ${MAX_CORRECTION_DAYS} working days`);
    }
    const supplyBy = ctx.calendar.addWorkingDays(shanghaiDateOf(ctx.now), p.days).date;
    state.corrections.push({ round: 1, requestedAt: ctx.now, requestedBy: actor.name, items: p.items, supplyBy, lapseAt: endOfShanghaiDay(supplyBy) });
    state.status = 'CORRECTION_REQUESTED';
    push('CORRECTION_REQUESTED', STATE_CODES.CORRECTION_START, { items: p.items, supplyBy });
  },

  supplyCorrection(state, p, _actor, ctx, push) {
    const correction = state.corrections.at(-1)!;
    if (rules2(state)) {
      const known = new Set(state.item.materials.map((m) => m.code));
      const unknown = (p.materialCodes ?? []).filter((c) => !known.has(c));
      if (unknown.length) throw violation('correction.unknown_material', `materialCodes lists materials item ${state.item.code} does not have: ${unknown.join(', ')}`);
      correction.suppliedCodes = [...new Set([...(correction.suppliedCodes ?? []), ...(p.materialCodes ?? [])])];
      state.submittedMaterials = [...new Set([...state.submittedMaterials, ...(p.materialCodes ?? [])])];
      const outstanding = outstandingCorrection(state, correction);
      if (outstanding.length > 0) {
        // Nothing is lost: what came in is recorded; the application waits for the rest until the notice's date.
        push('CORRECTION_PARTLY_SUPPLIED', STATE_CODES.CORRECTION_START, { materialCodes: p.materialCodes ?? [], outstanding: outstanding.map((i) => ({ materialCode: i.materialCode, name: i.name })) });
        return;
      }
      correction.suppliedAt = ctx.now;
      state.status = 'SUBMITTED';
      push('CORRECTION_SUPPLIED', STATE_CODES.CORRECTION_END, { materialCodes: p.materialCodes ?? [], suppliedCodes: correction.suppliedCodes });
      return;
    }
    correction.suppliedAt = ctx.now;
    state.submittedMaterials = [...new Set([...state.submittedMaterials, ...(p.materialCodes ?? [])])];
    state.status = 'SUBMITTED';
    push('CORRECTION_SUPPLIED', STATE_CODES.CORRECTION_END, { materialCodes: p.materialCodes ?? [] });
  },

  supplyToleratedMaterial(state, p, _actor, ctx, push) {
    const t = state.tolerated.find((m) => m.code === p.materialCode);
    if (!t) throw violation('tolerance.not_tolerated', `material ${p.materialCode} was not accepted under tolerance for this case`);
    if (t.suppliedAt !== undefined) throw conflict('tolerance.already_supplied', `material ${p.materialCode} (${t.name}) was already supplied`);
    t.suppliedAt = ctx.now;
    push('TOLERATED_MATERIAL_SUPPLIED', stateCodeOf(state), { materialCode: t.code, name: t.name, late: toDayNumber(shanghaiDateOf(ctx.now)) > toDayNumber(t.promisedDate) });
    // A pause for missing tolerated materials has no reason to last once they are all in.
    const open = openSuspension(state);
    if (open && open.kind === 'PAUSE' && open.reason === 'TOLERANCE_MATERIAL_PENDING' && missingTolerated(state).length === 0) {
      endSuspension(state, open, ctx, 'system');
      push('RESUMED', stateCodeOf(state), { suspensionId: open.id, reason: 'all tolerated materials supplied', workingDays: suspensionDays(ctx.calendar, open, shanghaiDateOf(ctx.now)) });
    }
  },

  resubmit(state, p, _actor, ctx, push) {
    required(p.note, 'note', 'resubmit.note_required');
    state.status = 'TRANSFERRING';
    state.dispatch = { status: 'PENDING', since: ctx.now };
    push('RESUBMITTED', STATE_CODES.DEPARTMENT_HANDLING, { note: p.note });
  },

  issueOutput(state, p, actor, ctx, push) {
    if (state.decision === 'APPROVED') {
      const missing = missingTolerated(state);
      if (missing.length > 0) {
        throw violation('output.tolerance_pending', `the result is held until the tolerated materials are supplied: ${missing.map((m) => m.name).join('、')}`);
      }
    }
    if (p.method === 'POST' && !p.trackingNo?.trim()) throw violation('output.tracking_required', 'a posted result needs its tracking number');
    state.output = { method: p.method, ...(p.trackingNo ? { trackingNo: p.trackingNo } : {}), issuedAt: ctx.now, issuedBy: actor.name };
    push('OUTPUT_ISSUED', stateCodeOf(state), { method: p.method, ...(p.trackingNo ? { trackingNo: p.trackingNo } : {}) });
    if (p.method === 'POST') {
      state.status = 'IN_DELIVERY';
    } else {
      complete(state, ctx, push);
    }
  },

  confirmDelivery(state, _p, _actor, ctx, push) {
    complete(state, ctx, push);
  },

  terminate(state, p, _actor, ctx, push) {
    required(p.reason, 'reason', 'terminate.reason_required');
    closeWithoutDecision(state, 'TERMINATED', p.reason, ctx, push);
  },

  approve(state, p, _actor, ctx, push) {
    decide(state, 'APPROVED', p.opinion ?? '', ctx, push);
  },

  deny(state, p, _actor, ctx, push) {
    required(p.reason, 'reason', 'deny.reason_required');
    decide(state, 'DENIED', p.reason, ctx, push);
  },

  returnToFrontDesk(state, p, actor, ctx, push) {
    required(p.reason, 'reason', 'return.reason_required');
    state.status = 'RETURNED';
    state.returns.push({ at: ctx.now, by: actor.name, reason: p.reason });
    push('RETURNED', STATE_CODES.DEPARTMENT_HANDLING, { reason: p.reason });
  },

  startSpecialProcedure(state, p, actor, ctx, push) {
    requireNoOpenSuspension(state);
    const configured = state.item.specialProcedures.find((sp) => sp.kind === p.kind);
    if (!configured) {
      const allowed = state.item.specialProcedures.map((sp) => `${sp.kind} ${SPECIAL_PROCEDURE_NAMES[sp.kind]}`).join(', ') || 'none';
      throw violation('special_procedure.not_configured', `special procedure ${p.kind} is not configured for item ${state.item.code} (configured: ${allowed})`);
    }
    required(p.reason, 'reason', 'special_procedure.reason_required');
    const today = shanghaiDateOf(ctx.now);
    const due = procedureDueOf(ctx.calendar, today, configured.limitDays);
    const s: SuspensionRecord = {
      id: state.suspensions.length + 1,
      kind: 'SPECIAL_PROCEDURE',
      reason: p.kind,
      note: p.reason,
      startAt: ctx.now,
      startDate: today,
      startedBy: actor.name,
      limitDays: configured.limitDays,
      procedureDueDate: due.dueDate,
      ...(rules2(state) ? { capped: true } : {}),
    };
    state.suspensions.push(s);
    push('SPECIAL_PROCEDURE_STARTED', STATE_CODES.SPECIAL_PROCEDURE_START, { kind: p.kind, name: SPECIAL_PROCEDURE_NAMES[p.kind], reason: p.reason, limitDays: configured.limitDays, dueDate: due.dueDate });
  },

  finishSpecialProcedure(state, p, actor, ctx, push) {
    const open = openSuspension(state);
    if (!open || open.kind !== 'SPECIAL_PROCEDURE') throw conflict('special_procedure.none_open', 'no special procedure is under way');
    required(p.result, 'result', 'special_procedure.result_required');
    open.result = p.result;
    endSuspension(state, open, ctx, actor.name);
    push('SPECIAL_PROCEDURE_FINISHED', STATE_CODES.SPECIAL_PROCEDURE_END, {
      kind: open.reason,
      result: p.result,
      workingDays: suspensionDays(ctx.calendar, open, shanghaiDateOf(ctx.now)),
      overdue: open.procedureOverdue ?? false,
    });
  },

  pause(state, p, actor, ctx, push) {
    requireNoOpenSuspension(state);
    if (!(p.reason in PAUSE_REASONS)) {
      throw violation('pause.reason_not_allowed', `a case may be paused only for ${Object.entries(PAUSE_REASONS).map(([k, v]) => `${k} (${v})`).join(', ')}`);
    }
    required(p.note, 'note', 'pause.note_required');
    const pauses = state.suspensions.filter((s) => s.kind === 'PAUSE');
    if (pauses.length >= MAX_PAUSES) throw violation('pause.max_count', `a case may be paused at most ${MAX_PAUSES} times; this case has been paused ${pauses.length} times`);
    const today = shanghaiDateOf(ctx.now);
    const used = pausedWorkingDays(state, ctx.calendar, today);
    if (used >= MAX_PAUSE_WORKING_DAYS) {
      throw violation('pause.max_working_days', `a case may be paused at most ${MAX_PAUSE_WORKING_DAYS} working days in total; this case has used ${used}`);
    }
    if (p.reason === 'TOLERANCE_MATERIAL_PENDING' && missingTolerated(state).length === 0) {
      throw violation('pause.no_tolerated_material_missing', 'no tolerated material is outstanding on this case');
    }
    state.suspensions.push({ id: state.suspensions.length + 1, kind: 'PAUSE', reason: p.reason, note: p.note, startAt: ctx.now, startDate: today, startedBy: actor.name });
    const resume = pauseAutoResumeAt(ctx.calendar, today, MAX_PAUSE_WORKING_DAYS - used);
    push('PAUSED', stateCodeOf(state), { reason: p.reason, reasonName: PAUSE_REASONS[p.reason], note: p.note, pauseNo: pauses.length + 1, workingDaysLeft: MAX_PAUSE_WORKING_DAYS - used, resumesAutomaticallyOn: resume.date });
  },

  resume(state, p, actor, ctx, push) {
    const open = openSuspension(state);
    if (!open || open.kind !== 'PAUSE') throw conflict('resume.not_paused', 'the case is not paused');
    endSuspension(state, open, ctx, actor.name);
    push('RESUMED', stateCodeOf(state), { suspensionId: open.id, note: p.note ?? '', workingDays: suspensionDays(ctx.calendar, open, shanghaiDateOf(ctx.now)) });
  },

  withdraw(state, p, _actor, ctx, push) {
    required(p.reason, 'reason', 'withdraw.reason_required');
    closeWithoutDecision(state, 'WITHDRAWN', p.reason, ctx, push);
  },

  urge(state, p, actor, ctx, push) {
    required(p.note, 'note', 'urge.note_required');
    state.urges.push({ at: ctx.now, by: actor.name, note: p.note });
    push('URGED', stateCodeOf(state), { note: p.note });
  },
};

/** Terminated by the hall or withdrawn by the applicant: the case ends with its reason, and an open pause or procedure ends with it. */
function closeWithoutDecision(state: CaseState, status: 'TERMINATED' | 'WITHDRAWN', reason: string, ctx: RuleContext, push: Push): void {
  closeOpenSuspension(state, ctx, 'system');
  state.status = status;
  state.closingReason = reason;
  state.completedAt = ctx.now;
  push(status, status === 'TERMINATED' ? STATE_CODES.REVOKED : STATE_CODES.WITHDRAWN, { reason });
}

function decide(state: CaseState, decision: 'APPROVED' | 'DENIED', reason: string, ctx: RuleContext, push: Push): void {
  state.status = 'DECIDED';
  state.decision = decision;
  state.decisionReason = reason;
  state.decidedAt = ctx.now;
  const held = decision === 'APPROVED' && missingTolerated(state).length > 0;
  push(decision, STATE_CODES.DEPARTMENT_HANDLING, { reason, outputHeld: held, onTime: !state.overdue });
}

function complete(state: CaseState, ctx: RuleContext, push: Push): void {
  state.status = 'COMPLETED';
  state.completedAt = ctx.now;
  if (state.output) state.output.deliveredAt = ctx.now;
  push('COMPLETED', stateCodeOf(state), { decision: state.decision, method: state.output?.method });
}

/** Rules 2: what a one-time notice still waits for — every listed material the applicant must bring (tolerable ones may be tolerated at acceptance instead). */
function outstandingCorrection(state: CaseState, correction: { items: CorrectionItem[]; suppliedCodes?: string[] }): CorrectionItem[] {
  const supplied = new Set(correction.suppliedCodes ?? []);
  return correction.items.filter((i) => (i.kind === 'MISSING' || i.kind === 'DEFECTIVE') && i.materialCode !== undefined && !supplied.has(i.materialCode));
}

/**
 * Rules 2: the one-time notice is computed. It lists every required material not submitted
 * (tolerable ones marked so), plus the clerk's lines on defective materials and remarks; the
 * clerk can add lines but not leave a missing material out.
 */
function requestComputedCorrection(state: CaseState, p: { items?: CorrectionItem[]; days: number }, actor: Actor, ctx: RuleContext, push: Push): void {
  const remarks = p.items ?? [];
  for (const [i, item] of remarks.entries()) {
    required(item.name, `items[${i}].name`, 'correction.item_name_required');
    required(item.problem, `items[${i}].problem`, 'correction.item_problem_required');
    if (item.materialCode !== undefined && !state.item.materials.some((m) => m.code === item.materialCode)) {
      throw violation('correction.unknown_material', `items[${i}].materialCode ${item.materialCode} is not a material of item ${state.item.code}`);
    }
  }
  if (!Number.isInteger(p.days) || p.days < 1 || p.days > MAX_CORRECTION_DAYS) {
    throw violation('correction.days_range', `the supply period must be 1 to ${MAX_CORRECTION_DAYS} working days`);
  }
  const remarkOf = (code: string) => remarks.find((r) => r.materialCode === code);
  const items: CorrectionItem[] = state.item.materials
    .filter((m) => m.required && !state.submittedMaterials.includes(m.code))
    .map((m) => ({
      materialCode: m.code,
      name: m.name,
      problem: remarkOf(m.code)?.problem ?? (m.tolerable ? '未提交（可容缺：承诺补交日期后可先行受理）' : '未提交'),
      kind: m.tolerable ? ('TOLERABLE' as const) : ('MISSING' as const),
    }));
  for (const r of remarks) {
    if (r.materialCode !== undefined && items.some((i) => i.materialCode === r.materialCode)) continue;
    const submitted = r.materialCode !== undefined && state.submittedMaterials.includes(r.materialCode);
    items.push({ ...(r.materialCode !== undefined ? { materialCode: r.materialCode } : {}), name: r.name, problem: r.problem, kind: submitted ? 'DEFECTIVE' : 'REMARK' });
  }
  if (items.length === 0) {
    throw violation('correction.nothing_missing', 'every required material is in and no defect was named: accept the application (or refuse it) instead of a correction');
  }
  const supplyBy = ctx.calendar.addWorkingDays(shanghaiDateOf(ctx.now), p.days).date;
  state.corrections.push({
    round: 1,
    requestedAt: ctx.now,
    requestedBy: actor.name,
    ...(actor.windowNo ? { requestedWindow: actor.windowNo } : {}),
    items,
    supplyBy,
    lapseAt: endOfShanghaiDay(supplyBy),
    suppliedCodes: [],
  });
  state.status = 'CORRECTION_REQUESTED';
  push('CORRECTION_REQUESTED', STATE_CODES.CORRECTION_START, { items, supplyBy, computed: true });
}
