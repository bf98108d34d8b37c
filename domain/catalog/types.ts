/**
 * The service-item catalog: departments, zones, service items and sub-items, and the content a
 * front desk accepts against. Pure types and constants, shared by workflows, activities, the API
 * and the seed.
 *
 * Everything in `ServiceItemContent` is versioned: a case is accepted under one published version
 * and keeps it, so a later edit of the catalog never changes the rules of an open case.
 */

/** 特别程序 Special procedures whose time does not count against the promised limit (R2.2). */
export type SpecialProcedureKind = 'SITE_SURVEY' | 'INSPECTION' | 'TESTING' | 'HEARING' | 'EXPERT_REVIEW';

export interface SpecialProcedureDefinition {
  /** The Chinese name used on the hall's forms. */
  name: string;
  /** The limit the platform applies when an item does not override it, in working days. */
  defaultLimitDays: number;
}

/** The five kinds and their default limits as configured on the one-window platform (R2.2). */
export const SPECIAL_PROCEDURES: Readonly<Record<SpecialProcedureKind, SpecialProcedureDefinition>> = {
  SITE_SURVEY: { name: '现场踏勘', defaultLimitDays: 5 },
  INSPECTION: { name: '核查检查', defaultLimitDays: 6 },
  TESTING: { name: '检验鉴定', defaultLimitDays: 10 },
  HEARING: { name: '听证论证', defaultLimitDays: 7 },
  EXPERT_REVIEW: { name: '专家评审', defaultLimitDays: 30 },
};

export const SPECIAL_PROCEDURE_KINDS: readonly SpecialProcedureKind[] = ['SITE_SURVEY', 'INSPECTION', 'TESTING', 'HEARING', 'EXPERT_REVIEW'];

export function isSpecialProcedureKind(value: unknown): value is SpecialProcedureKind {
  return typeof value === 'string' && (SPECIAL_PROCEDURE_KINDS as readonly string[]).includes(value);
}

/** The category of an item in the power and service lists (许可清单、备案清单、权责清单、公共服务事项清单). */
export type ItemType = 'LICENCE' | 'FILING' | 'CONFIRMATION' | 'PUBLIC_SERVICE' | 'ADJUDICATION' | 'OTHER_POWER';

export const ITEM_TYPES: Readonly<Record<ItemType, string>> = {
  LICENCE: '行政许可',
  FILING: '备案',
  CONFIRMATION: '行政确认',
  PUBLIC_SERVICE: '公共服务',
  ADJUDICATION: '行政裁决',
  OTHER_POWER: '其他行政权力',
};

export function isItemType(value: unknown): value is ItemType {
  return typeof value === 'string' && Object.hasOwn(ITEM_TYPES, value);
}

/** 一网 the applicants' portal, or 一窗 the comprehensive window: the only two entrances (R1.1). */
export type Channel = 'ONLINE' | 'WINDOW';

export const CHANNELS: readonly Channel[] = ['ONLINE', 'WINDOW'];

/** How a material is handed in; the front desk checks originals and keeps copies. */
export type MaterialForm = 'ORIGINAL' | 'COPY' | 'ORIGINAL_AND_COPY' | 'ELECTRONIC';

export const MATERIAL_FORMS: Readonly<Record<MaterialForm, string>> = {
  ORIGINAL: '原件',
  COPY: '复印件',
  ORIGINAL_AND_COPY: '原件及复印件',
  ELECTRONIC: '电子材料',
};

/**
 * One material of an item, described finely enough that an applicant understands it and the
 * front desk can judge it alone (R3.1).
 */
export interface Material {
  /** Unique within the item's version, e.g. "M03". */
  code: string;
  name: string;
  /** What exactly is expected, in words an applicant understands. */
  description: string;
  form: MaterialForm;
  copies: number;
  /** A required material missing means correction (补正), unless it is tolerable. */
  required: boolean;
  /** 容缺 The front desk may accept without it on the applicant's written commitment (R3.1). */
  tolerable: boolean;
  /** For a tolerable material: working days the applicant is given to supply it. */
  defaultSupplyDays?: number;
}

/** A special procedure configured for an item, with the limit that applies to it. */
export interface ItemSpecialProcedure {
  kind: SpecialProcedureKind;
  limitDays: number;
  /**
   * The legal basis of a limit other than the platform's for the kind (5/6/10/7/30, R2.2):
   * required then, so that every deviation from the seed's limits is traceable to a law.
   */
  legalBasis?: string;
}

/** Everything about an item that is versioned. */
export interface ServiceItemContent {
  name: string;
  itemType: ItemType;
  channels: Channel[];
  /** 法定时限 in working days. */
  statutoryLimitDays: number;
  /** 承诺时限 in working days; never above the statutory limit. */
  promisedLimitDays: number;
  /** 受理条件 */
  conditions: string;
  /** 设定依据 */
  legalBasis: string;
  /** 审批结果 e.g. 许可证, 批准文件, 备案回执. */
  resultType: string;
  /** 收费标准 e.g. 不收费. */
  fee: string;
  materials: Material[];
  specialProcedures: ItemSpecialProcedure[];
}

/** 事项 / 拆分项 A catalog entry: a main item, or a sub-item splitting one (then `parentCode` is set). */
export interface CatalogItem {
  code: string;
  parentCode?: string;
  departmentCode: string;
  zoneCode: string;
  content: ServiceItemContent;
}

/** 部门 A department stationed in the hall; it reviews and approves, the front desk accepts. */
export interface Department {
  code: string;
  name: string;
  shortName: string;
  stationed: boolean;
  sortOrder: number;
}

/** 专区 A service zone of the hall; no-difference acceptance is rolled out zone by zone (R1.3). */
export interface Zone {
  code: string;
  name: string;
  description: string;
  sortOrder: number;
}

/** The zones where acceptance–approval separation started (R1.3). */
export const PILOT_ZONE_CODES = ['INVEST_CONSTRUCTION', 'ENTERPRISE_SOCIAL'] as const;

/** Whether any material of this content may be tolerated, as denormalised for search. */
export function toleranceAllowed(content: Pick<ServiceItemContent, 'materials'>): boolean {
  return content.materials.some((m) => m.tolerable);
}
