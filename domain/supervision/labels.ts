/**
 * People read Chinese, programs read codes: the Chinese label of every supervision code, for the
 * screens and the notices. Served by GET /api/v1/supervision/labels.
 */
import { NEGATIVE_GROUPS } from './negative-list.js';

export const FINDING_SOURCES = {
  PATROL: '日常巡查',
  HOTLINE_12345: '12345热线',
  BUSINESS_PLATFORM: '营商环境平台反馈',
  PLATFORM: '平台监测',
  RATING: '好差评',
} as const;
export type FindingSource = keyof typeof FINDING_SOURCES;

export const FINDING_KINDS = {
  PATROL: '巡查发现',
  COMPLAINT: '投诉',
  FEEDBACK: '反馈',
  VIOLATION: '违反受审分离',
  OVERDUE_CASE: '办件超期',
  UNANSWERED_URGE: '督办未回复',
  BAD_RATING: '差评',
} as const;
export type FindingKind = keyof typeof FINDING_KINDS;

export const FINDING_STATUSES = { NEW: '待核实', CONFIRMED: '已确认（转整改）', DISMISSED: '不属实' } as const;

export const RECTIFICATION_STATUSES = {
  VERIFYING: '回访核实中',
  OPEN: '待整改',
  RECTIFYING: '整改中',
  SUBMITTED: '已提交整改报告',
  SENT_BACK: '已退回重改',
  VERIFIED: '已验收',
  CLOSED: '已销号',
} as const;

export const RECTIFICATION_OUTCOMES = { RECTIFIED: '整改到位', DISMISSED: '核实不属实', APPEAL_UPHELD: '申诉成立' } as const;

export const URGE_STATUSES = { AWAITING_REPLY: '待回复', ANSWERED: '已回复', ESCALATED: '逾期未回复（已升级）' } as const;

export const RATING_LEVELS = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' } as const;

export const OUTBOX_STATUSES = { PENDING: '待发送', SENT: '已发送', DEAD: '发送失败（死信）' } as const;
export const CHANNELS = { SMS: '短信', EMAIL: '电子邮件' } as const;

export const SUPERVISION_LABELS = {
  negativeGroups: NEGATIVE_GROUPS,
  findingSources: FINDING_SOURCES,
  findingKinds: FINDING_KINDS,
  findingStatuses: FINDING_STATUSES,
  rectificationStatuses: RECTIFICATION_STATUSES,
  rectificationOutcomes: RECTIFICATION_OUTCOMES,
  urgeStatuses: URGE_STATUSES,
  ratingLevels: RATING_LEVELS,
  outboxStatuses: OUTBOX_STATUSES,
  channels: CHANNELS,
};
