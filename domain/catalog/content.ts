/**
 * One form of an item's content: every key in a fixed order, special-procedure limits filled in
 * from their defaults. PostgreSQL's jsonb reorders keys, so this is the form that is stored and
 * compared (does an edit or an import change anything?).
 */
import { SPECIAL_PROCEDURES, type Material, type ServiceItemContent, type SpecialProcedureKind } from './types.js';

/** Content as an editor or an import supplies it: limits and supply days may be left out. */
export type ContentDraft = Omit<ServiceItemContent, 'materials' | 'specialProcedures'> & {
  materials: (Omit<Material, 'defaultSupplyDays'> & { defaultSupplyDays?: number | null })[];
  specialProcedures: { kind: SpecialProcedureKind; limitDays?: number | null; legalBasis?: string | null }[];
};

export function canonicalContent(c: ContentDraft): ServiceItemContent {
  return {
    name: c.name,
    itemType: c.itemType,
    channels: [...c.channels],
    statutoryLimitDays: c.statutoryLimitDays,
    promisedLimitDays: c.promisedLimitDays,
    conditions: c.conditions,
    legalBasis: c.legalBasis,
    resultType: c.resultType,
    fee: c.fee,
    materials: c.materials.map((m) => ({
      code: m.code,
      name: m.name,
      description: m.description,
      form: m.form,
      copies: m.copies,
      required: m.required,
      tolerable: m.tolerable,
      ...(m.defaultSupplyDays !== undefined && m.defaultSupplyDays !== null ? { defaultSupplyDays: m.defaultSupplyDays } : {}),
    })),
    specialProcedures: c.specialProcedures.map((p) => ({
      kind: p.kind,
      limitDays: p.limitDays ?? SPECIAL_PROCEDURES[p.kind].defaultLimitDays,
      ...(p.legalBasis?.trim() ? { legalBasis: p.legalBasis.trim() } : {}),
    })),
  };
}
