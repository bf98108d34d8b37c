/**
 * 负面行为清单 The negative-behaviour lists (R4.1): two groups — the comprehensive-window staff
 * (综窗工作人员) and the stationed departments (进驻部门) — with 11 main negative situations in
 * all. The seed document names the lists but not their content; the situations below are curated
 * from public conduct standards of government service halls, each with the text it rests on.
 * This is the seeded first version; the centre manager edits the list through the API (each edit
 * adds a version).
 */

export type NegativeGroup = 'WINDOW_STAFF' | 'DEPARTMENT';

export const NEGATIVE_GROUPS: Record<NegativeGroup, string> = {
  WINDOW_STAFF: '综窗工作人员',
  DEPARTMENT: '进驻部门',
};

export interface NegativeSituationSpec {
  code: string;
  group: NegativeGroup;
  title: string;
  description: string;
  basis: string;
  /** Rectification deadline in working days. */
  rectifyDays: number;
}

const GB_WINDOW = 'GB/T 32169.3-2015《政务服务中心运行规范 第3部分：窗口服务提供要求》';
const HAOCHAPING = '《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号）';

export const NEGATIVE_SITUATIONS: readonly NegativeSituationSpec[] = [
  {
    code: 'WS01_REFUSE_RECEIVABLE',
    group: 'WINDOW_STAFF',
    title: '能收不收、推诿拒收',
    description: '对属于本窗口受理范围、材料齐全且符合法定形式的申请，拒不接收、推诿或要求申请人另找部门；对不予受理的不出具书面凭证、不说明理由。',
    basis: `《中华人民共和国行政许可法》第三十二条；${GB_WINDOW}`,
    rectifyDays: 3,
  },
  {
    code: 'WS02_NOT_TOLD_AT_ONCE',
    group: 'WINDOW_STAFF',
    title: '未一次性告知',
    description: '申请材料不齐全或不符合法定形式时，未当场或在五日内一次性告知需要补正的全部内容，致使申请人多次往返。',
    basis: '《中华人民共和国行政许可法》第三十二条第一款第（四）项；一窗受理“预受理和一次性告知单”制度',
    rectifyDays: 3,
  },
  {
    code: 'WS03_OUTSIDE_PLATFORM',
    group: 'WINDOW_STAFF',
    title: '体外受理、不录平台',
    description: '未通过一窗综合受理平台录入，私下收件、在平台外受理或出件（“体外循环”），或不按规定登记收件信息。',
    basis: '《国务院关于在线政务服务的若干规定》（国务院令第716号）；《中华人民共和国行政许可法》第二十六条（统一受理、统一送达）',
    rectifyDays: 5,
  },
  {
    code: 'WS04_ABSENT_FROM_POST',
    group: 'WINDOW_STAFF',
    title: '脱岗离岗、窗口空岗',
    description: '工作时间无故脱岗、离岗、串岗，迟到早退，或窗口无人值守、办事群众无人接待。',
    basis: `${GB_WINDOW}；政务服务中心窗口工作人员行为规范（考勤与在岗要求）`,
    rectifyDays: 1,
  },
  {
    code: 'WS05_POOR_ATTITUDE',
    group: 'WINDOW_STAFF',
    title: '态度生硬、刁难群众',
    description: '服务态度生硬冷漠，使用不文明用语，敷衍、刁难办事群众（“门难进、脸难看、事难办”）。',
    basis: `${HAOCHAPING}；${GB_WINDOW}`,
    rectifyDays: 3,
  },
  {
    code: 'WS06_FEES_OR_GIFTS',
    group: 'WINDOW_STAFF',
    title: '违规收费、吃拿卡要',
    description: '违规收取费用、索取或收受申请人财物，为中介机构招揽业务或指定中介服务。',
    basis: '《中华人民共和国行政许可法》第二十七条、第五十八条、第七十五条',
    rectifyDays: 10,
  },
  {
    code: 'DP01_OVERDUE',
    group: 'DEPARTMENT',
    title: '超时办理、违规暂停',
    description: '无正当理由超过承诺时限或法定时限办结，或以暂停、特别程序等名义变相延长办理时限。',
    basis: '《中华人民共和国行政许可法》第四十二条、第四十五条；本平台“复杂事项限时办”规则（暂停不超过3次、累计不超过30个工作日）',
    rectifyDays: 5,
  },
  {
    code: 'DP02_BYPASS_SPLIT',
    group: 'DEPARTMENT',
    title: '明进暗不进、体外审批',
    description: '事项未按要求进驻或“明进暗不进”，部门后台自行收件、受理或出件，破坏“前台综合受理、后台分类审批、统一窗口出件”。',
    basis: '《中华人民共和国行政许可法》第二十六条；《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）',
    rectifyDays: 10,
  },
  {
    code: 'DP03_SHIRKING',
    group: 'DEPARTMENT',
    title: '推诿扯皮、随意退件',
    description: '部门之间推诿扯皮，退件不说明理由或不一次性说明全部问题，重复要求提交已提交的材料。',
    basis: '《优化营商环境条例》（国务院令第722号）第四章“政务服务”；《中华人民共和国行政许可法》第三十二条',
    rectifyDays: 5,
  },
  {
    code: 'DP04_IGNORE_SUPERVISION',
    group: 'DEPARTMENT',
    title: '督办不回复、差评不整改',
    description: '对督办、催办事项不回复或逾期回复，对投诉和差评不按期核实整改、不反馈结果。',
    basis: `${HAOCHAPING}（差评“回访核实、督促整改、15个工作日内整改反馈”）；《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》（国办发〔2020〕53号）`,
    rectifyDays: 3,
  },
  {
    code: 'DP05_EXTRA_CONDITIONS',
    group: 'DEPARTMENT',
    title: '擅自增加条件和材料',
    description: '擅自增设申请条件、申请材料、前置审批或中介服务，要求提供法律法规未规定的证明材料。',
    basis: '《中华人民共和国行政许可法》第十六条、第三十一条；《优化营商环境条例》（国务院令第722号）第四章“政务服务”',
    rectifyDays: 10,
  },
];

/** The situation a platform detection matches by default. */
export const DETECTION_SITUATIONS = {
  VIOLATION: 'DP02_BYPASS_SPLIT',
  OVERDUE_CASE: 'DP01_OVERDUE',
  UNANSWERED_URGE: 'DP04_IGNORE_SUPERVISION',
} as const;

/** 差评整改: a bad rating is verified within 1 working day and rectified within 15. */
export const BAD_RATING_VERIFY_DAYS = 1;
export const BAD_RATING_RECTIFY_DAYS = 15;
