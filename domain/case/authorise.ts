/**
 * Who may take an action (the split of powers, R1.2, and scope) and in which statuses it makes
 * sense at all: the checks every action passes before its handler runs.
 */
import { ACTION_ROLES, type ActionName } from './actions.js';
import { conflict, forbidden } from './errors.js';
import { type Actor, type CaseState, type CaseStatus, PAUSE_REASONS, type PauseReason } from './model.js';
import { ACCEPTED_OPEN, SPECIAL_PROCEDURE_NAMES, openSuspension } from './state.js';

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

export function requireStatusAllows(state: CaseState, name: ActionName): void {
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
export function authorise(state: CaseState, name: ActionName, actor: Actor): void {
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

/** Actions the case's state allows now, before role and payload checks. */
export function allowedActions(state: CaseState): ActionName[] {
  return (Object.keys(STATUS_ALLOWS) as ActionName[]).filter((name) => statusAllows(state, name));
}
