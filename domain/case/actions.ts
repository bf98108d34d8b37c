/**
 * Every staff or applicant action on a case, and who may take it (R1.2, R2.4).
 * The action names are the API's verbs and the workflow's update names.
 */
import type { IsoDate } from '../calendar/dates.js';
import type { DeliveryMethod, PauseReason, Role, SpecialProcedureKind } from './model.js';

export interface ActionPayloads {
  /** 受理 front desk accepts (online submissions after pre-review; returned cases are resubmitted instead) */
  accept: { toleratedMaterials?: { code: string; promisedDate: IsoDate }[] };
  /** 不予受理 */
  refuse: { reason: string };
  /**
   * 补正 one-time notice of everything missing; the applicant supplies within `days` working days.
   * The platform lists every missing required material itself; `items` are the clerk's additions
   * (a defect in a submitted material, a remark, or a better wording for a missing one).
   */
  requestCorrection: { items?: { materialCode?: string; name: string; problem: string }[]; days: number };
  /** the applicant supplied the corrections (recorded by the window or uploaded online) */
  supplyCorrection: { materialCodes: string[] };
  /** 容缺 a tolerated material was handed in */
  supplyToleratedMaterial: { materialCode: string };
  /** front desk sends a returned case back to the department after putting it right */
  resubmit: { note: string };
  /** 出件 output at the unified window */
  issueOutput: { method: DeliveryMethod; trackingNo?: string };
  /** 送达 a posted result reached the applicant */
  confirmDelivery: { note?: string };
  /** 终止 */
  terminate: { reason: string };
  /** 准予 */
  approve: { opinion: string };
  /** 不予许可 */
  deny: { reason: string };
  /** 退件 */
  returnToFrontDesk: { reason: string };
  startSpecialProcedure: { kind: SpecialProcedureKind; reason: string };
  finishSpecialProcedure: { result: string };
  pause: { reason: PauseReason; note: string };
  resume: { note?: string };
  /** 撤回 */
  withdraw: { reason: string };
  /** 督办 */
  urge: { note: string };
}

export type ActionName = keyof ActionPayloads;

export type CaseAction = { [K in ActionName]: { name: K; payload: ActionPayloads[K] } }[ActionName];

const FRONT_DESK: Role[] = ['FRONT_DESK_CLERK'];
const DEPARTMENT: Role[] = ['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD'];

/**
 * Who may take each action. Department roles act only on their own department's cases, and
 * applicants only on their own cases: the case rules check that scope.
 */
export const ACTION_ROLES: Record<ActionName, readonly Role[]> = {
  accept: FRONT_DESK,
  refuse: FRONT_DESK,
  requestCorrection: FRONT_DESK,
  supplyCorrection: [...FRONT_DESK, 'APPLICANT'],
  supplyToleratedMaterial: [...FRONT_DESK, 'APPLICANT'],
  resubmit: FRONT_DESK,
  issueOutput: FRONT_DESK,
  confirmDelivery: FRONT_DESK,
  terminate: FRONT_DESK,
  approve: DEPARTMENT,
  deny: DEPARTMENT,
  returnToFrontDesk: DEPARTMENT,
  startSpecialProcedure: DEPARTMENT,
  finishSpecialProcedure: DEPARTMENT,
  pause: DEPARTMENT,
  resume: DEPARTMENT,
  withdraw: ['APPLICANT', ...FRONT_DESK],
  urge: ['CENTRE_MANAGER', 'SUPERVISOR'],
};

export const ACTION_NAMES = Object.keys(ACTION_ROLES) as ActionName[];

/** Actions that belong to the front desk alone: a department attempting one breaches R1.2. */
export const FRONT_DESK_ONLY_ACTIONS: ReadonlySet<ActionName> = new Set(['accept', 'refuse', 'issueOutput', 'confirmDelivery']);
