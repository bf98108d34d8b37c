/**
 * 办件 The case: its states, what it carries, and the view staff and applicants see.
 * Pure types and constants, shared by workflows, activities and the API.
 */
import type { CalendarData } from '../calendar/calendar.js';
import type { IsoDate } from '../calendar/dates.js';

export type Channel = 'ONLINE' | 'WINDOW';

/** Roles of the platform (R2.4). */
export type Role =
  | 'FRONT_DESK_CLERK'
  | 'DEPARTMENT_REVIEWER'
  | 'DEPARTMENT_LEAD'
  | 'CENTRE_MANAGER'
  | 'SUPERVISOR'
  | 'APPLICANT'
  | 'ACCOUNT_ADMIN'
  /** 政务监察投诉中心 the complaint and supervision centre: receives escalations of rectifications and urges. */
  | 'COMPLAINT_CENTRE';

export const ROLES: readonly Role[] = [
  'FRONT_DESK_CLERK',
  'DEPARTMENT_REVIEWER',
  'DEPARTMENT_LEAD',
  'CENTRE_MANAGER',
  'SUPERVISOR',
  'APPLICANT',
  'ACCOUNT_ADMIN',
  'COMPLAINT_CENTRE',
];

/** Who acts on a case. `system` is the platform itself (timers, department callbacks). */
export interface Actor {
  id: string;
  name: string;
  role: Role | 'SYSTEM';
  departmentCode?: string;
  /** The comprehensive window a front-desk clerk works at (e.g. A-01); printed on notices. */
  windowNo?: string;
}

export type CaseStatus =
  /** 已收件 received online, awaiting the front desk's pre-review */
  | 'SUBMITTED'
  /** 补正 the applicant was told once what is missing */
  | 'CORRECTION_REQUESTED'
  /** 不予受理 */
  | 'REFUSED'
  /** accepted, being delivered to the department's system */
  | 'TRANSFERRING'
  /** 审查中 the department reviews; may be paused or in a special procedure */
  | 'IN_REVIEW'
  /** 退件 sent back by the department to the front desk */
  | 'RETURNED'
  /** 已决定 approved or denied; waiting for output at the unified window */
  | 'DECIDED'
  /** posted, awaiting confirmation of delivery */
  | 'IN_DELIVERY'
  /** 办结 */
  | 'COMPLETED'
  /** 撤回 by the applicant, or deemed withdrawn when a correction lapsed */
  | 'WITHDRAWN'
  /** 终止 by the front desk (e.g. tolerated materials never supplied) */
  | 'TERMINATED';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'SUBMITTED',
  'CORRECTION_REQUESTED',
  'REFUSED',
  'TRANSFERRING',
  'IN_REVIEW',
  'RETURNED',
  'DECIDED',
  'IN_DELIVERY',
  'COMPLETED',
  'WITHDRAWN',
  'TERMINATED',
];

export const FINAL_STATUSES: ReadonlySet<CaseStatus> = new Set(['REFUSED', 'COMPLETED', 'WITHDRAWN', 'TERMINATED']);

export type Decision = 'APPROVED' | 'DENIED';

/** 暂停 The only three reasons a case may be paused (R2.3). */
export type PauseReason = 'TOLERANCE_MATERIAL_PENDING' | 'AWAITING_HIGHER_AUTHORITY' | 'FORCE_MAJEURE';
export const PAUSE_REASONS: Record<PauseReason, string> = {
  TOLERANCE_MATERIAL_PENDING: '容缺件未提交',
  AWAITING_HIGHER_AUTHORITY: '转报中省审核件未批复',
  FORCE_MAJEURE: '不可抗力',
};
export const MAX_PAUSES = 3;
/**
 * The rules a case runs under. 1: the rules cases were opened with before issue 16. 2: one clock
 * at intake, computed one-time notices, special procedures capped at their limit, limits on the
 * pre-review and hand-out stages. A case moves from 1 to 2 once, at a patched point of its
 * workflow (`case-rules-2`), so histories recorded under 1 replay unchanged.
 */
export const CURRENT_RULES = 2;

/** 预审 / 出件 The two front-desk stages with their own limits (R2.1), besides the department's review. */
export type StageKind = 'PRE_REVIEW' | 'OUTPUT';
export const STAGE_NAMES: Record<StageKind, string> = { PRE_REVIEW: '预审', OUTPUT: '出件' };
export interface StageLimits {
  /** Working days the front desk has to pre-review an application received and not yet accepted. */
  preReviewDays: number;
  /** Working days the front desk has to hand out a decided result once nothing holds it. */
  outputDays: number;
}
/** Defaults: pre-review within 2 working days (Administrative Licensing Law art. 32 allows at most 5), hand-out within 3 (art. 44 allows at most 10). */
export const DEFAULT_STAGE_LIMITS: StageLimits = { preReviewDays: 2, outputDays: 3 };

export interface StageRecord {
  kind: StageKind;
  startAt: number;
  startDate: IsoDate;
  limitDays: number;
  dueDate: IsoDate;
  endAt?: number;
  warning: boolean;
  overdue: boolean;
}
export const MAX_PAUSE_WORKING_DAYS = 30;

export type SpecialProcedureKind = 'SITE_SURVEY' | 'INSPECTION' | 'TESTING' | 'HEARING' | 'EXPERT_REVIEW';

export type DeliveryMethod = 'WINDOW_PICKUP' | 'POST' | 'ELECTRONIC';

/** The item as it was when the case was accepted: a case keeps its version for life. */
export interface ItemSnapshot {
  code: string;
  version: number;
  name: string;
  departmentCode: string;
  departmentName: string;
  zoneCode: string;
  promisedLimitDays: number;
  statutoryLimitDays: number;
  specialProcedures: { kind: SpecialProcedureKind; limitDays: number }[];
  materials: { code: string; name: string; required: boolean; tolerable: boolean; defaultSupplyDays?: number }[];
}

export interface Applicant {
  name: string;
  /** ID number, already masked by the API (e.g. 6108**********1234). */
  idNoMasked?: string;
  phone?: string;
  /** The applicant's platform account, for online cases. */
  userId?: string;
}

/** What starts a case workflow. */
export interface CaseInput {
  caseNo: string;
  channel: Channel;
  item: ItemSnapshot;
  applicant: Applicant;
  /** Material codes the applicant handed in (or uploaded). */
  submittedMaterials: string[];
  submittedBy: Actor;
  /** sha256 of the query code given to the applicant; the code itself is never stored. */
  queryCodeHash?: string;
  /** Window intake: the clerk accepts at once. Online: the case waits for pre-review. */
  acceptNow?: { toleratedMaterials?: { code: string; promisedDate: IsoDate }[] };
  /**
   * The instant the API received (and, at the window, accepted) the application, on which its
   * answer is based. Rules 2: the workflow takes this instant instead of its first task's time, so
   * the API's answer and the case always agree (one clock at intake).
   */
  receivedAt?: number;
  /** The front-desk stage limits in force when the case starts (config); defaults otherwise. */
  stageLimits?: StageLimits;
  warningDays: number;
  /**
   * The working-day calendar as the platform holds it when the case starts. It travels in the
   * workflow's input (so it is in history and replays see the same days); later changes arrive
   * by the `calendarChanged` signal, never by a silent re-read.
   */
  calendar: CalendarData;
}

export interface SuspensionRecord {
  id: number;
  kind: 'PAUSE' | 'SPECIAL_PROCEDURE';
  /** Pause reason or special procedure kind. */
  reason: PauseReason | SpecialProcedureKind;
  note: string;
  startAt: number;
  startDate: IsoDate;
  startedBy: string;
  endAt?: number;
  endDate?: IsoDate;
  endedBy?: string;
  /** Pause: ended by the 30-working-day rule. */
  autoEnded?: boolean;
  /** Special procedure: its own limit, due date and outcome. */
  limitDays?: number;
  procedureDueDate?: IsoDate;
  procedureOverdue?: boolean;
  /** Rules 2: its excluded time is capped at its limit; past it the case clock runs again. */
  capped?: boolean;
  result?: string;
}

/**
 * One line of a one-time notice. Rules 2: MISSING and TOLERABLE lines are computed from the item
 * (every required material not submitted; tolerable ones may be covered by a commitment at
 * acceptance instead); DEFECTIVE and REMARK lines are the clerk's additions.
 */
export interface CorrectionItem {
  materialCode?: string;
  name: string;
  problem: string;
  kind?: 'MISSING' | 'TOLERABLE' | 'DEFECTIVE' | 'REMARK';
}

export interface CorrectionRequest {
  round: number;
  requestedAt: number;
  requestedBy: string;
  /** The window the notice was given at (rules 2). */
  requestedWindow?: string;
  /** 一次性告知 every missing or defective material, told at once */
  items: CorrectionItem[];
  supplyBy: IsoDate;
  lapseAt: number;
  /** Rules 2: the material codes supplied so far against this notice. */
  suppliedCodes?: string[];
  suppliedAt?: number;
}

export interface ToleratedMaterial {
  code: string;
  name: string;
  promisedDate: IsoDate;
  suppliedAt?: number;
  /** The commitment date passed without the material: told once to the supervision side. */
  lateNotified?: boolean;
}

/** A case event as projected to the read model and supervision. */
export interface CaseEvent {
  seq: number;
  at: number;
  type: string;
  stateCode: number;
  actor?: { id: string; name: string; role: string };
  detail: Record<string, unknown>;
}

/** The whole workflow state; serialisable, carried over by continue-as-new. */
export interface CaseState {
  caseNo: string;
  channel: Channel;
  item: ItemSnapshot;
  applicant: Applicant;
  queryCodeHash?: string;
  submittedMaterials: string[];
  status: CaseStatus;
  decision?: Decision;
  decisionReason?: string;
  submittedAt: number;
  acceptedAt?: number;
  acceptedDate?: IsoDate;
  acceptedBy?: string;
  decidedAt?: number;
  completedAt?: number;
  warningDays: number;
  suspensions: SuspensionRecord[];
  warning: boolean;
  overdue: boolean;
  everOverdue: boolean;
  corrections: CorrectionRequest[];
  tolerated: ToleratedMaterial[];
  returns: { at: number; by: string; reason: string }[];
  output?: { method: DeliveryMethod; trackingNo?: string; issuedAt: number; issuedBy: string; deliveredAt?: number };
  urges: { at: number; by: string; note: string }[];
  dispatch: { status: 'NONE' | 'PENDING' | 'DELIVERED'; since?: number; deliveredAt?: number; receipt?: string };
  refusalReason?: string;
  closingReason?: string;
  calendar: CalendarData;
  lastSeq: number;
  /** The rule set the case runs under (absent: 1); see CURRENT_RULES. */
  rules?: number;
  stageLimits?: StageLimits;
  /** Rules 2: the pre-review and hand-out stages, each with its limit. */
  stages?: StageRecord[];
}

/** 办件状态代码 The national exchange state codes the read model records (GB/T 39046 style). */
export const STATE_CODES = {
  RECEIVED: 1,
  ACCEPTED: 3,
  REFUSED: 5,
  CORRECTION_START: 6,
  CORRECTION_END: 7,
  DEPARTMENT_HANDLING: 8,
  SPECIAL_PROCEDURE_START: 9,
  SPECIAL_PROCEDURE_END: 10,
  COMPLETED_APPROVED: 11,
  COMPLETED_TOLERANCE: 12,
  COMPLETED_DENIED: 13,
  WITHDRAWN: 14,
  REVOKED: 15,
} as const;

/** The clock explains itself: how the current due date came about. */
export interface ClockLedger {
  acceptedAt?: string;
  acceptedDate?: IsoDate;
  limitDays: number;
  suspensions: {
    id: number;
    kind: 'PAUSE' | 'SPECIAL_PROCEDURE';
    reason: string;
    reasonName: string;
    note: string;
    startDate: IsoDate;
    endDate?: IsoDate;
    open: boolean;
    workingDays: number;
    autoEnded?: boolean;
    limitDays?: number;
    procedureDueDate?: IsoDate;
    procedureOverdue?: boolean;
    /** The working days that do not count against the promised limit (a capped special procedure: at most its limit). */
    excludedWorkingDays: number;
    /** A capped special procedure's working days beyond its limit, counted against the promised limit. */
    overrunWorkingDays?: number;
    result?: string;
  }[];
  pauseCount: number;
  pausedWorkingDays: number;
  suspendedWorkingDays: number;
  dueDate?: IsoDate;
  dueAt?: string;
  remainingWorkingDays?: number;
  running: boolean;
  warning: boolean;
  overdue: boolean;
  provisional: boolean;
  today: IsoDate;
}

/** What staff and applicants see of a case. */
export interface CaseView {
  caseNo: string;
  status: CaseStatus;
  stateCode: number;
  channel: Channel;
  item: { code: string; version: number; name: string; departmentCode: string; departmentName: string; zoneCode: string };
  applicant: Applicant;
  decision?: Decision;
  decisionReason?: string;
  refusalReason?: string;
  closingReason?: string;
  submittedAt: string;
  acceptedAt?: string;
  acceptedBy?: string;
  decidedAt?: string;
  completedAt?: string;
  dueDate?: IsoDate;
  dueAt?: string;
  remainingWorkingDays?: number;
  warning: boolean;
  overdue: boolean;
  everOverdue: boolean;
  paused: boolean;
  inSpecialProcedure: boolean;
  outputHeld: boolean;
  /** An open special procedure is past its own limit (rules 2: the case clock runs again). */
  specialProcedureOverdue?: boolean;
  /** The front-desk stage the case waits in now (pre-review or hand-out), with its limit. */
  stage?: { kind: StageKind; name: string; startDate: IsoDate; limitDays: number; dueDate: IsoDate; remainingWorkingDays: number; warning: boolean; overdue: boolean };
  missingToleratedMaterials: { code: string; name: string; promisedDate: IsoDate }[];
  correction?: CorrectionRequest;
  returns: { at: string; by: string; reason: string }[];
  output?: { method: DeliveryMethod; trackingNo?: string; issuedAt: string; deliveredAt?: string };
  urges: { at: string; by: string; note: string }[];
  dispatch: { status: 'NONE' | 'PENDING' | 'DELIVERED'; since?: string; deliveredAt?: string };
  /** The actions the rules allow now (not yet filtered by the caller's role). */
  allowedActions: string[];
  lastSeq: number;
}
