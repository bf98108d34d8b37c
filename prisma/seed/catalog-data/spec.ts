/**
 * The shape of the curated lists. A main item is written once, with only what differs from its
 * department's defaults; catalog.ts expands it into full, validated content and its sub-items.
 */
import type { Channel, ItemType } from '../../../domain/catalog/types.js';
import type { DepartmentCode, ZoneCode } from './departments.js';
import type { MaterialKey } from './materials.js';
import type { VariantKey, VariantSetName } from './variants.js';

/**
 * Who applies decides the identity materials: ORG a legal person (licence copy), PERSON a natural
 * person (ID card), ANY either, SELF when the item's own materials already prove identity
 * (e.g. registering a company that does not exist yet).
 */
export type ApplicantKind = 'ORG' | 'PERSON' | 'ANY' | 'SELF';

export interface ItemSpec {
  name: string;
  type: ItemType;
  /** [statutory, promised] in working days. */
  limits: readonly [statutory: number, promised: number];
  /** Laws and articles the item rests on. */
  basis: string;
  /** Defaults by item type (see catalog.ts). */
  result?: string;
  applicant?: ApplicantKind;
  /**
   * Who acts on an issued result in the change, renewal, cancellation and reissue variants:
   * by default the applicant, or a legal person when the main item creates one (SELF).
   */
  holder?: ApplicantKind;
  /**
   * The issued result is itself the holder's identity document (a business licence, a social
   * organisation's certificate, an ID card): acting on it needs no further proof of identity.
   */
  resultIdentifiesHolder?: boolean;
  /** The item's own materials, after the application form and the applicant's identity. */
  mats?: readonly MaterialKey[];
  /** Name of the application form when it is not "<item name>申请表". */
  form?: string;
  variants?: VariantSetName | readonly VariantKey[];
  /** Extra materials of one variant only (e.g. the marriage certificate for a spouse's move). */
  variantMats?: Partial<Record<VariantKey, readonly MaterialKey[]>>;
  zone?: ZoneCode;
  channels?: readonly Channel[];
  fee?: string;
  conditions?: string;
}

export interface DepartmentItems {
  department: DepartmentCode;
  /** Zone of the department's items unless an item says otherwise. */
  zone: ZoneCode;
  applicant: ApplicantKind;
  /** Order is the code order: append new items at the end so existing codes never move. */
  items: readonly ItemSpec[];
}

type Options = Omit<ItemSpec, 'name' | 'type' | 'limits' | 'basis'>;
type Limits = ItemSpec['limits'];

const make =
  (type: ItemType) =>
  (name: string, limits: Limits, basis: string, opts: Options = {}): ItemSpec => ({ name, type, limits, basis, ...opts });

/** 行政许可 */
export const licence = make('LICENCE');
/** 备案 */
export const filing = make('FILING');
/** 行政确认 */
export const confirmation = make('CONFIRMATION');
/** 公共服务 */
export const service = make('PUBLIC_SERVICE');
/** 行政裁决 */
export const adjudication = make('ADJUDICATION');
/** 其他行政权力 */
export const otherPower = make('OTHER_POWER');
