/**
 * The case rules: every transition of a case, every refusal with its rule, and every time rule,
 * as pure functions over CaseState. The workflow wraps them (updates call `applyAction`, their
 * validators call `checkAction`, timers call `tick`); the API calls `checkAction` to refuse a bad
 * intake before any workflow starts. Nothing here does I/O or reads a clock: `now` is passed in.
 */
import { WorkingCalendar, type CalendarData } from '../calendar/calendar.js';
import { type IsoDate, endOfShanghaiDay, shanghaiDateOf, toDayNumber } from '../calendar/dates.js';
import {
  dueDateOf,
  excludedDays,
  pauseAutoResumeAt,
  procedureDueOf,
  remainingWorkingDays,
  suspensionDays,
  warningAt,
} from '../clock/clock.js';
import { ACTION_ROLES, type ActionName, type ActionPayloads, type CaseAction } from './actions.js';
import { conflict, forbidden, violation } from './errors.js';
import {
  type Actor,
  type CaseEvent,
  type CaseInput,
  type CaseState,
  type CaseStatus,
  type CaseView,
  type ClockLedger,
  type CorrectionItem,
  DEFAULT_STAGE_LIMITS,
  FINAL_STATUSES,
  MAX_PAUSES,
  MAX_PAUSE_WORKING_DAYS,
  PAUSE_REASONS,
  type PauseReason,
  STAGE_NAMES,
  STATE_CODES,
  type StageKind,
  type StageRecord,
  type SuspensionRecord,
} from './model.js';

export interface RuleContext {
  now: number;
  calendar: WorkingCalendar;
}

export const SPECIAL_PROCEDURE_NAMES: Record<string, string> = {
  SITE_SURVEY: '现场踏勘',
  INSPECTION: '核查检查',
  TESTING: '检验鉴定',
  HEARING: '听证论证',
  EXPERT_REVIEW: '专家评审',
};

/** Limits on free text and periods that keep cases sane. */
export const MAX_CORRECTION_DAYS = 30;
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** Building a calendar indexes its days; a case asks for it on every action, view and tick. */
const calendars = new WeakMap<CalendarData, WorkingCalendar>();

export function contextOf(state: CaseState, now: number): RuleContext {
  let calendar = calendars.get(state.calendar);
  if (!calendar) {
    calendar = new WorkingCalendar(state.calendar);
    calendars.set(state.calendar, calendar);
  }
  return { now, calendar };
}

// ───────────── creation ─────────────

/** Does the case run under rule set 2 (issue 16) or later? */
export const rules2 = (state: CaseState): boolean => (state.rules ?? 1) >= 2;

/**
 * `rules` is the rule set the case starts under: the workflow passes what its `case-rules-2` patch
 * says, the API (which answers the intake from these same rules) passes CURRENT_RULES.
 */
export function newCaseState(input: CaseInput, now: number, rules = 1): { state: CaseState; events: CaseEvent[] } {
  const state: CaseState = {
    caseNo: input.caseNo,
    channel: input.channel,
    item: input.item,
    applicant: input.applicant,
    ...(input.queryCodeHash ? { queryCodeHash: input.queryCodeHash } : {}),
    submittedMaterials: [...new Set(input.submittedMaterials)],
    status: 'SUBMITTED',
    submittedAt: now,
    warningDays: input.warningDays,
    suspensions: [],
    warning: false,
    overdue: false,
    everOverdue: false,
    corrections: [],
    tolerated: [],
    returns: [],
    urges: [],
    dispatch: { status: 'NONE' },
    calendar: input.calendar,
    lastSeq: 0,
    ...(rules >= 2 ? { rules, stageLimits: input.stageLimits ?? DEFAULT_STAGE_LIMITS, stages: [] } : {}),
  };
  const events = [
    emit(state, now, 'RECEIVED', STATE_CODES.RECEIVED, input.submittedBy, {
      channel: input.channel,
      itemCode: input.item.code,
      itemVersion: input.item.version,
      submittedMaterials: state.submittedMaterials,
    }),
  ];
  if (rules2(state)) events.push(...syncStages(state, contextOf(state, now)));
  return { state, events };
}

/**
 * A case opened under rules 1 moves to rules 2 (called once, where the workflow's `case-rules-2`
 * patch says so): the stage limits start to apply, and an open special procedure is capped at its
 * limit from now on. The next `tick` evaluates what that changes.
 */
export function upgradeRules(state: CaseState): void {
  if (rules2(state)) return;
  state.rules = 2;
  state.stageLimits ??= DEFAULT_STAGE_LIMITS;
  state.stages ??= [];
  const open = openSuspension(state);
  if (open?.kind === 'SPECIAL_PROCEDURE') open.capped = true;
}

// ───────────── actions ─────────────

/** Refuses (throws CaseRefusal) or applies the action, mutating `state`; returns the events. */
export function applyAction(state: CaseState, action: CaseAction, actor: Actor, ctx: RuleContext): CaseEvent[] {
  authorise(state, action.name, actor);
  requireStatusAllows(state, action.name);
  const events: CaseEvent[] = [];
  const push = (type: string, code: number, detail: Record<string, unknown> = {}) => events.push(emit(state, ctx.now, type, code, actor, detail));
  HANDLERS[action.name](state, action.payload as never, actor, ctx, push);
  events.push(...refreshFlags(state, ctx));
  if (rules2(state)) events.push(...syncStages(state, ctx));
  return events;
}

/** The validator: would `applyAction` accept this? Throws the same refusal, changes nothing. */
export function checkAction(state: CaseState, action: CaseAction, actor: Actor, ctx: RuleContext): void {
  // A deep copy (the state is plain JSON); structuredClone is not available in the workflow sandbox.
  applyAction(JSON.parse(JSON.stringify(state)) as CaseState, action, actor, ctx);
}

type Push = (type: string, code: number, detail?: Record<string, unknown>) => void;
type Handler<K extends ActionName> = (state: CaseState, p: ActionPayloads[K], actor: Actor, ctx: RuleContext, push: Push) => void;

const ACCEPTED_OPEN: CaseStatus[] = ['TRANSFERRING', 'IN_REVIEW', 'RETURNED'];

/** In which statuses each action makes sense at all: anything else is a state conflict (409). */
const STATUS_ALLOWS: Record<ActionName, readonly CaseStatus[]> = {
  accept: ['SUBMITTED'],
  refuse: ['SUBMITTED', 'RETURNED'],
  requestCorrection: ['SUBMITTED'],
  supplyCorrection: ['CORRECTION_REQUESTED'],
  supplyToleratedMaterial: [...ACCEPTED_OPEN, 'DECIDED'],
  resubmit: ['RETURNED'],
  issueOutput: ['DECIDED'],
  confirmDelivery: ['IN_DELIVERY'],
  terminate: [...ACCEPTED_OPEN, 'DECIDED'],
  approve: ['IN_REVIEW'],
  deny: ['IN_REVIEW'],
  returnToFrontDesk: ['IN_REVIEW'],
  startSpecialProcedure: ['IN_REVIEW'],
  finishSpecialProcedure: ['IN_REVIEW'],
  pause: ['IN_REVIEW'],
  resume: ['IN_REVIEW'],
  withdraw: ['SUBMITTED', 'CORRECTION_REQUESTED', ...ACCEPTED_OPEN],
  urge: ['SUBMITTED', 'CORRECTION_REQUESTED', ...ACCEPTED_OPEN, 'DECIDED', 'IN_DELIVERY'],
};

const BLOCKED_WHILE_SUSPENDED: ReadonlySet<ActionName> = new Set(['approve', 'deny', 'returnToFrontDesk']);

function statusAllows(state: CaseState, name: ActionName): boolean {
  return STATUS_ALLOWS[name].includes(state.status) && !(BLOCKED_WHILE_SUSPENDED.has(name) && openSuspension(state));
}

function requireStatusAllows(state: CaseState, name: ActionName): void {
  if (!STATUS_ALLOWS[name].includes(state.status)) {
    throw conflict(`${name}.status`, `${name} is not possible while the case is ${state.status}`);
  }
  const open = openSuspension(state);
  if (open && BLOCKED_WHILE_SUSPENDED.has(name)) {
    throw conflict(
      `${name}.suspended`,
      open.kind === 'PAUSE'
        ? `the case is paused (${PAUSE_REASONS[open.reason as PauseReason]}); resume it before deciding`
        : `a special procedure (${SPECIAL_PROCEDURE_NAMES[open.reason]}) is under way; finish it before deciding`,
    );
  }
}

/** The split of powers (R1.2) and scope: department staff act on their department's cases only, applicants on their own. */
function authorise(state: CaseState, name: ActionName, actor: Actor): void {
  if (actor.role === 'SYSTEM') return;
  if (!ACTION_ROLES[name].includes(actor.role)) {
    throw forbidden('role.not_allowed', `${actor.role} may not ${name}: this action belongs to ${ACTION_ROLES[name].join(' or ')}`);
  }
  if ((actor.role === 'DEPARTMENT_REVIEWER' || actor.role === 'DEPARTMENT_LEAD') && actor.departmentCode !== state.item.departmentCode) {
    throw forbidden('scope.department', `this case belongs to department ${state.item.departmentCode}, not ${actor.departmentCode ?? 'none'}`);
  }
  if (actor.role === 'APPLICANT' && (!state.applicant.userId || actor.id !== state.applicant.userId)) {
    throw forbidden('scope.own_case', 'applicants may act only on their own cases');
  }
}

const required = (value: string | undefined, field: string, rule: string) => {
  if (!value || !value.trim()) throw violation(rule, `${field} is required`);
};

const HANDLERS: { [K in ActionName]: Handler<K> } = {
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
    closeOpenSuspension(state, ctx, 'system');
    state.status = 'TERMINATED';
    state.closingReason = p.reason;
    state.completedAt = ctx.now;
    push('TERMINATED', STATE_CODES.REVOKED, { reason: p.reason });
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
    closeOpenSuspension(state, ctx, 'system');
    state.status = 'WITHDRAWN';
    state.closingReason = p.reason;
    state.completedAt = ctx.now;
    push('WITHDRAWN', STATE_CODES.WITHDRAWN, { reason: p.reason });
  },

  urge(state, p, actor, ctx, push) {
    required(p.note, 'note', 'urge.note_required');
    state.urges.push({ at: ctx.now, by: actor.name, note: p.note });
    push('URGED', stateCodeOf(state), { note: p.note });
  },
};

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

// ───────────── department system ─────────────

/** The department's system confirmed receipt: the department now reviews (code 8). */
export function markDelivered(state: CaseState, receipt: string, now: number): CaseEvent[] {
  if (state.status !== 'TRANSFERRING') return [];
  state.status = 'IN_REVIEW';
  state.dispatch = { ...state.dispatch, status: 'DELIVERED', deliveredAt: now, receipt };
  return [emit(state, now, 'TRANSFERRED', STATE_CODES.DEPARTMENT_HANDLING, undefined, { departmentCode: state.item.departmentCode, receipt })];
}

// ───────────── time ─────────────

/** Everything that happens by itself at `ctx.now`: lapses, automatic resumption, overdue, warnings. */
export function tick(state: CaseState, ctx: RuleContext): CaseEvent[] {
  const events: CaseEvent[] = [];
  const today = shanghaiDateOf(ctx.now);
  const correction = state.corrections.at(-1);
  if (state.status === 'CORRECTION_REQUESTED' && correction && ctx.now >= correction.lapseAt) {
    state.status = 'WITHDRAWN';
    state.closingReason = `correction not supplied by ${correction.supplyBy}: the application is deemed withdrawn`;
    state.completedAt = ctx.now;
    events.push(emit(state, ctx.now, 'CORRECTION_LAPSED', STATE_CODES.WITHDRAWN, undefined, { supplyBy: correction.supplyBy }));
  }
  const open = openSuspension(state);
  if (open?.kind === 'PAUSE') {
    const used = pausedWorkingDays(state, ctx.calendar, today, open);
    const resume = pauseAutoResumeAt(ctx.calendar, open.startDate, MAX_PAUSE_WORKING_DAYS - used);
    if (ctx.now >= resume.at) {
      open.endAt = resume.at;
      open.endDate = resume.date;
      open.endedBy = 'system';
      open.autoEnded = true;
      events.push(emit(state, resume.at, 'RESUMED', stateCodeOf(state), undefined, {
        suspensionId: open.id,
        automatic: true,
        rule: `pauses reached ${MAX_PAUSE_WORKING_DAYS} working days in total`,
        workingDays: suspensionDays(ctx.calendar, open, resume.date),
      }));
    }
  }
  if (open?.kind === 'SPECIAL_PROCEDURE' && !open.procedureOverdue && open.procedureDueDate && ctx.now >= endOfShanghaiDay(open.procedureDueDate)) {
    open.procedureOverdue = true;
    events.push(emit(state, ctx.now, 'SPECIAL_PROCEDURE_OVERDUE', stateCodeOf(state), undefined, {
      kind: open.reason,
      name: SPECIAL_PROCEDURE_NAMES[open.reason],
      dueDate: open.procedureDueDate,
      limitDays: open.limitDays,
      departmentCode: state.item.departmentCode,
      // Rules 2: the excluded time is capped, so from now on the case's own clock runs again.
      clockRunsAgain: open.capped === true,
    }));
  }
  if (!FINAL_STATUSES.has(state.status)) {
    for (const t of state.tolerated) {
      if (t.suppliedAt === undefined && !t.lateNotified && ctx.now >= endOfShanghaiDay(t.promisedDate)) {
        t.lateNotified = true;
        events.push(emit(state, ctx.now, 'TOLERANCE_COMMITMENT_MISSED', stateCodeOf(state), undefined, { materialCode: t.code, name: t.name, promisedDate: t.promisedDate }));
      }
    }
  }
  events.push(...refreshFlags(state, ctx));
  if (rules2(state)) events.push(...syncStages(state, ctx));
  return events;
}

/** The next instant at which `tick` would change something, if any. Call right after `tick`. */
export function nextWakeAt(state: CaseState, ctx: RuleContext): number | undefined {
  const candidates: number[] = [];
  const today = shanghaiDateOf(ctx.now);
  const correction = state.corrections.at(-1);
  if (state.status === 'CORRECTION_REQUESTED' && correction) candidates.push(correction.lapseAt);
  const open = openSuspension(state);
  if (open?.kind === 'PAUSE') {
    const used = pausedWorkingDays(state, ctx.calendar, today, open);
    candidates.push(pauseAutoResumeAt(ctx.calendar, open.startDate, MAX_PAUSE_WORKING_DAYS - used).at);
  }
  if (open?.kind === 'SPECIAL_PROCEDURE' && !open.procedureOverdue && open.procedureDueDate) candidates.push(endOfShanghaiDay(open.procedureDueDate));
  if (!FINAL_STATUSES.has(state.status)) {
    for (const t of state.tolerated) if (t.suppliedAt === undefined && !t.lateNotified) candidates.push(endOfShanghaiDay(t.promisedDate));
  }
  if (clockRunning(state) && state.acceptedDate) {
    const due = dueDateOf(ctx.calendar, state.acceptedDate, state.item.promisedLimitDays, state.suspensions, today);
    if (!state.warning && !state.overdue) candidates.push(warningAt(ctx.calendar, due.dueDate, state.warningDays));
    if (!state.overdue) candidates.push(due.dueAt);
  }
  const stage = openStage(state);
  if (stage) {
    if (!stage.warning && !stage.overdue) candidates.push(warningAt(ctx.calendar, stage.dueDate, stageWarningDays(state, stage)));
    if (!stage.overdue) candidates.push(endOfShanghaiDay(stage.dueDate));
  }
  // `tick` has just run at ctx.now, so anything due by now is already handled: only the future counts.
  const future = candidates.filter((t) => t > ctx.now);
  return future.length ? Math.min(...future) : undefined;
}

/** A calendar change (a new notice, a local closure) reaches the case: due dates move. */
export function applyCalendarChange(state: CaseState, calendar: CalendarData, ctx: { now: number }): CaseEvent[] {
  const before = state.acceptedDate ? currentDue(state, contextOf(state, ctx.now)) : undefined;
  state.calendar = calendar;
  const after = contextOf(state, ctx.now);
  const events: CaseEvent[] = [];
  if (before && state.acceptedDate) {
    const due = currentDue(state, after);
    if (due.dueDate !== before.dueDate) {
      events.push(emit(state, ctx.now, 'DUE_DATE_MOVED', stateCodeOf(state), undefined, { from: before.dueDate, to: due.dueDate, cause: 'calendar change' }));
    }
  }
  events.push(...tick(state, after));
  return events;
}

/** Warning and overdue follow the running clock; once overdue, always counted so (everOverdue). */
function refreshFlags(state: CaseState, ctx: RuleContext): CaseEvent[] {
  if (!clockRunning(state) || !state.acceptedDate) return [];
  const events: CaseEvent[] = [];
  const today = shanghaiDateOf(ctx.now);
  const due = dueDateOf(ctx.calendar, state.acceptedDate, state.item.promisedLimitDays, state.suspensions, today);
  const overdue = ctx.now >= due.dueAt;
  const warning = !overdue && ctx.now >= warningAt(ctx.calendar, due.dueDate, state.warningDays);
  if (overdue && !state.overdue) {
    events.push(emit(state, ctx.now, 'OVERDUE', stateCodeOf(state), undefined, { dueDate: due.dueDate }));
    state.everOverdue = true;
  }
  if (warning && !state.warning) {
    events.push(emit(state, ctx.now, 'WARNING', stateCodeOf(state), undefined, { dueDate: due.dueDate, remainingWorkingDays: remainingWorkingDays(ctx.calendar, today, due.dueDate) }));
  }
  state.overdue = overdue;
  state.warning = warning;
  return events;
}

// ───────────── front-desk stages (rules 2) ─────────────

/** The stage a case waits in now: pre-review while received and not yet accepted, hand-out once decided and nothing holds the result. */
function wantedStage(state: CaseState): StageKind | undefined {
  if (state.status === 'SUBMITTED') return 'PRE_REVIEW';
  if (state.status === 'DECIDED' && !(state.decision === 'APPROVED' && missingTolerated(state).length > 0)) return 'OUTPUT';
  return undefined;
}

export function openStage(state: CaseState): StageRecord | undefined {
  return state.stages?.find((s) => s.endAt === undefined);
}

/** A stage warns like the review does, but never on its first day: threshold = min(warning days, limit − 1). */
function stageWarningDays(state: CaseState, stage: StageRecord): number {
  return Math.max(0, Math.min(state.warningDays, stage.limitDays - 1));
}

/**
 * Opens and closes the pre-review and hand-out stages as the case moves, and raises their warning
 * and overdue (once per stage). A stage's limit is N working days after the day it started;
 * overdue from the end of that day.
 */
function syncStages(state: CaseState, ctx: RuleContext): CaseEvent[] {
  const events: CaseEvent[] = [];
  const stages = (state.stages ??= []);
  const wanted = wantedStage(state);
  let open = openStage(state);
  if (open && open.kind !== wanted) {
    open.endAt = ctx.now;
    open = undefined;
  }
  if (!open && wanted) {
    const limits = state.stageLimits ?? DEFAULT_STAGE_LIMITS;
    const limitDays = wanted === 'PRE_REVIEW' ? limits.preReviewDays : limits.outputDays;
    // The first pre-review starts when the application was received, not when the workflow first ran.
    const startAt = wanted === 'PRE_REVIEW' && stages.length === 0 ? state.submittedAt : ctx.now;
    const startDate = shanghaiDateOf(startAt);
    open = { kind: wanted, startAt, startDate, limitDays, dueDate: procedureDueOf(ctx.calendar, startDate, limitDays).dueDate, warning: false, overdue: false };
    stages.push(open);
  }
  if (open) {
    const overdue = ctx.now >= endOfShanghaiDay(open.dueDate);
    const warning = !overdue && ctx.now >= warningAt(ctx.calendar, open.dueDate, stageWarningDays(state, open));
    const detail = { stage: open.kind, name: STAGE_NAMES[open.kind], startDate: open.startDate, limitDays: open.limitDays, dueDate: open.dueDate };
    if (overdue && !open.overdue) {
      open.overdue = true;
      events.push(emit(state, ctx.now, `${open.kind}_OVERDUE`, stateCodeOf(state), undefined, detail));
    }
    if (warning && !open.warning && !open.overdue) {
      open.warning = true;
      events.push(emit(state, ctx.now, `${open.kind}_WARNING`, stateCodeOf(state), undefined, { ...detail, remainingWorkingDays: remainingWorkingDays(ctx.calendar, shanghaiDateOf(ctx.now), open.dueDate) }));
    }
  }
  return events;
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

// ───────────── helpers ─────────────

/**
 * The limit clock runs from acceptance to decision, and stands still while a suspension is open —
 * except a capped special procedure past its own limit (rules 2): then it runs again.
 */
export function clockRunning(state: CaseState): boolean {
  if (state.acceptedDate === undefined || !ACCEPTED_OPEN.includes(state.status)) return false;
  const open = openSuspension(state);
  return !open || (open.kind === 'SPECIAL_PROCEDURE' && open.capped === true && open.procedureOverdue === true);
}

export function openSuspension(state: CaseState): SuspensionRecord | undefined {
  return state.suspensions.find((s) => s.endAt === undefined);
}

function requireNoOpenSuspension(state: CaseState): void {
  const open = openSuspension(state);
  if (open) {
    throw conflict(
      'suspension.already_open',
      open.kind === 'PAUSE' ? 'the case is already paused; resume it first' : `a special procedure (${SPECIAL_PROCEDURE_NAMES[open.reason]}) is under way; one at a time`,
    );
  }
}

function endSuspension(state: CaseState, s: SuspensionRecord, ctx: RuleContext, by: string): void {
  s.endAt = ctx.now;
  s.endDate = shanghaiDateOf(ctx.now);
  s.endedBy = by;
}

function closeOpenSuspension(state: CaseState, ctx: RuleContext, by: string): void {
  const open = openSuspension(state);
  if (open) endSuspension(state, open, ctx, by);
}

/** Working days already spent in pauses, excluding `except` (the open pause being evaluated). */
function pausedWorkingDays(state: CaseState, calendar: WorkingCalendar, today: IsoDate, except?: SuspensionRecord): number {
  return state.suspensions.filter((s) => s.kind === 'PAUSE' && s !== except).reduce((sum, s) => sum + suspensionDays(calendar, s, today), 0);
}

export function missingTolerated(state: CaseState) {
  return state.tolerated.filter((t) => t.suppliedAt === undefined);
}

function currentDue(state: CaseState, ctx: RuleContext) {
  return dueDateOf(ctx.calendar, state.acceptedDate!, state.item.promisedLimitDays, state.suspensions, shanghaiDateOf(ctx.now));
}

export function stateCodeOf(state: CaseState): number {
  switch (state.status) {
    case 'SUBMITTED':
      return state.corrections.length > 0 ? STATE_CODES.CORRECTION_END : STATE_CODES.RECEIVED;
    case 'CORRECTION_REQUESTED':
      return STATE_CODES.CORRECTION_START;
    case 'REFUSED':
      return STATE_CODES.REFUSED;
    case 'TRANSFERRING':
      return STATE_CODES.ACCEPTED;
    case 'IN_REVIEW':
      return openSuspension(state)?.kind === 'SPECIAL_PROCEDURE' ? STATE_CODES.SPECIAL_PROCEDURE_START : STATE_CODES.DEPARTMENT_HANDLING;
    case 'RETURNED':
    case 'DECIDED':
    case 'IN_DELIVERY':
      return STATE_CODES.DEPARTMENT_HANDLING;
    case 'COMPLETED':
      if (state.decision === 'DENIED') return STATE_CODES.COMPLETED_DENIED;
      return state.tolerated.length > 0 ? STATE_CODES.COMPLETED_TOLERANCE : STATE_CODES.COMPLETED_APPROVED;
    case 'WITHDRAWN':
      return STATE_CODES.WITHDRAWN;
    case 'TERMINATED':
      return STATE_CODES.REVOKED;
  }
}

function emit(state: CaseState, at: number, type: string, stateCode: number, actor: Actor | undefined, detail: Record<string, unknown>): CaseEvent {
  state.lastSeq += 1;
  return {
    seq: state.lastSeq,
    at,
    type,
    stateCode,
    ...(actor ? { actor: { id: actor.id, name: actor.name, role: actor.role } } : {}),
    detail,
  };
}

// ───────────── views ─────────────

export function clockLedger(state: CaseState, ctx: RuleContext): ClockLedger {
  const today = shanghaiDateOf(ctx.now);
  const suspensions = state.suspensions.map((s) => ({
    id: s.id,
    kind: s.kind,
    reason: s.reason,
    reasonName: s.kind === 'PAUSE' ? PAUSE_REASONS[s.reason as PauseReason] : SPECIAL_PROCEDURE_NAMES[s.reason] ?? s.reason,
    note: s.note,
    startDate: s.startDate,
    ...(s.endDate ? { endDate: s.endDate } : {}),
    open: s.endAt === undefined,
    workingDays: suspensionDays(ctx.calendar, s, today),
    excludedWorkingDays: excludedDays(ctx.calendar, s, today),
    ...(s.capped ? { overrunWorkingDays: suspensionDays(ctx.calendar, s, today) - excludedDays(ctx.calendar, s, today) } : {}),
    ...(s.autoEnded ? { autoEnded: true } : {}),
    ...(s.limitDays !== undefined ? { limitDays: s.limitDays, procedureDueDate: s.procedureDueDate, procedureOverdue: s.procedureOverdue ?? false } : {}),
    ...(s.result ? { result: s.result } : {}),
  }));
  const pauses = suspensions.filter((s) => s.kind === 'PAUSE');
  const base: ClockLedger = {
    limitDays: state.item.promisedLimitDays,
    suspensions,
    pauseCount: pauses.length,
    pausedWorkingDays: pauses.reduce((n, s) => n + s.workingDays, 0),
    suspendedWorkingDays: suspensions.reduce((n, s) => n + s.excludedWorkingDays, 0),
    running: clockRunning(state),
    warning: state.warning,
    overdue: state.overdue,
    provisional: false,
    today,
  };
  if (!state.acceptedDate) return base;
  // After a decision the due date is frozen as it stood on the decision day.
  const asOf = state.decidedAt !== undefined ? shanghaiDateOf(state.decidedAt) : today;
  const due = dueDateOf(ctx.calendar, state.acceptedDate, state.item.promisedLimitDays, state.suspensions, asOf);
  return {
    ...base,
    acceptedAt: iso(state.acceptedAt),
    acceptedDate: state.acceptedDate,
    dueDate: due.dueDate,
    dueAt: iso(due.dueAt),
    remainingWorkingDays: remainingWorkingDays(ctx.calendar, asOf, due.dueDate),
    provisional: due.provisional,
  };
}

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

/** Actions the case's state allows now, before role and payload checks. */
export function allowedActions(state: CaseState): ActionName[] {
  return (Object.keys(STATUS_ALLOWS) as ActionName[]).filter((name) => statusAllows(state, name));
}
