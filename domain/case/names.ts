/**
 * Chinese names people read for the codes programs use: case statuses, actions, roles, delivery
 * methods, event types. One place, shared by the API's messages, the notices, the workflow's
 * Temporal UI details and the web desks. Pure constants (safe to import from workflow code).
 */
import type { ActionName } from './actions.js';
import type { CaseStatus, DeliveryMethod, Role } from './model.js';
export { PAUSE_REASONS as PAUSE_REASON_NAMES } from './model.js';

/** 办件状态 */
export const STATUS_NAMES: Record<CaseStatus, string> = {
  SUBMITTED: '待预审',
  CORRECTION_REQUESTED: '待补正',
  REFUSED: '不予受理',
  TRANSFERRING: '已受理（推送中）',
  IN_REVIEW: '审批中',
  RETURNED: '已退件',
  DECIDED: '待出件',
  IN_DELIVERY: '送达中',
  COMPLETED: '已办结',
  WITHDRAWN: '已撤回',
  TERMINATED: '已终止',
};

export const statusName = (status: string): string => STATUS_NAMES[status as CaseStatus] ?? status;

/** 审批结果 */
export const DECISION_NAMES: Record<'APPROVED' | 'DENIED', string> = { APPROVED: '准予许可', DENIED: '不予许可' };

/** The staff actions as their buttons read. */
export const ACTION_LABELS: Record<ActionName, string> = {
  accept: '受理',
  refuse: '不予受理',
  requestCorrection: '一次性告知',
  supplyCorrection: '补正材料',
  supplyToleratedMaterial: '补交容缺材料',
  resubmit: '重新提交',
  issueOutput: '出件',
  confirmDelivery: '确认送达',
  terminate: '终止',
  approve: '准予',
  deny: '不予许可',
  returnToFrontDesk: '退件',
  startSpecialProcedure: '启动特别程序',
  finishSpecialProcedure: '结束特别程序',
  pause: '暂停',
  resume: '恢复',
  withdraw: '撤回',
  urge: '督办',
};

export const ROLE_NAMES: Record<Role, string> = {
  FRONT_DESK_CLERK: '综合窗口工作人员',
  DEPARTMENT_REVIEWER: '部门审批人员',
  DEPARTMENT_LEAD: '部门负责人',
  CENTRE_MANAGER: '中心管理人员',
  SUPERVISOR: '监督人员',
  APPLICANT: '申请人',
  ACCOUNT_ADMIN: '账号管理员',
  COMPLAINT_CENTRE: '政务监察投诉中心',
};

export const DELIVERY_METHOD_NAMES: Record<DeliveryMethod, string> = {
  WINDOW_PICKUP: '窗口领取',
  POST: '邮寄送达',
  ELECTRONIC: '电子送达',
};

export const CHANNEL_NAMES: Record<'ONLINE' | 'WINDOW', string> = { ONLINE: '网上申报', WINDOW: '窗口收件' };

/** Event types of a case's timeline (the read model's case_event.type). */
export const EVENT_NAMES: Record<string, string> = {
  RECEIVED: '收件',
  ACCEPTED: '受理',
  REFUSED: '不予受理',
  CORRECTION_REQUESTED: '一次性告知（补正）',
  CORRECTION_SUPPLIED: '补正材料已提交',
  CORRECTION_LAPSED: '逾期未补正，视为撤回',
  TOLERATED_MATERIAL_SUPPLIED: '容缺材料已补交',
  TOLERANCE_COMMITMENT_MISSED: '容缺材料逾期未补交',
  TRANSFERRED: '推送至部门系统',
  DECIDED: '审批决定',
  APPROVED: '准予许可',
  DENIED: '不予许可',
  RETURNED: '退件',
  RESUBMITTED: '重新提交',
  SPECIAL_PROCEDURE_STARTED: '启动特别程序',
  SPECIAL_PROCEDURE_FINISHED: '结束特别程序',
  SPECIAL_PROCEDURE_OVERDUE: '特别程序超期',
  PAUSED: '暂停',
  RESUMED: '恢复',
  WARNING: '预警',
  OVERDUE: '超期',
  DUE_DATE_MOVED: '到期日调整',
  OUTPUT_ISSUED: '出件',
  COMPLETED: '办结',
  WITHDRAWN: '撤回',
  TERMINATED: '终止',
  URGED: '督办',
};

export const eventName = (type: string): string => EVENT_NAMES[type] ?? type;
