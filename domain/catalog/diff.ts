/**
 * What changed between two versions of a service item's content: the scalar fields one by one,
 * the materials and special procedures matched by their code (kind), each listed as added,
 * removed or changed field by field. Pure: the catalog console shows it as the version history's
 * "differences" and a reviewer of a catalog import can read it the same way.
 *
 * Every change carries the field's code (for programs) and its Chinese label (for people).
 */
import { ITEM_TYPES, MATERIAL_FORMS, SPECIAL_PROCEDURES, type ItemSpecialProcedure, type Material, type ServiceItemContent } from './types.js';

export interface FieldChange {
  field: string;
  label: string;
  from: unknown;
  to: unknown;
  /** The values as a person reads them (e.g. 行政许可 for LICENCE, 是/否 for booleans). */
  fromText: string;
  toText: string;
}

export interface ListDiff<T> {
  added: T[];
  removed: T[];
  changed: { code: string; name: string; changes: FieldChange[] }[];
}

export interface ContentDiff {
  /** True when the two contents are the same in every field. */
  same: boolean;
  /** How many changes in all (fields, plus each added, removed or changed material or procedure). */
  changeCount: number;
  fields: FieldChange[];
  materials: ListDiff<Material>;
  specialProcedures: ListDiff<ItemSpecialProcedure>;
}

const CHANNEL_TEXT: Record<string, string> = { ONLINE: '网上办理', WINDOW: '窗口办理' };
const yesNo = (v: unknown) => (v === true ? '是' : v === false ? '否' : '');

type Scalar = Exclude<keyof ServiceItemContent, 'materials' | 'specialProcedures'>;

const ITEM_FIELDS: { field: Scalar; label: string; text?: (v: unknown) => string }[] = [
  { field: 'name', label: '事项名称' },
  { field: 'itemType', label: '事项类型', text: (v) => ITEM_TYPES[v as keyof typeof ITEM_TYPES] ?? String(v) },
  { field: 'channels', label: '办理渠道', text: (v) => (v as string[]).map((c) => CHANNEL_TEXT[c] ?? c).join('、') },
  { field: 'statutoryLimitDays', label: '法定时限（工作日）' },
  { field: 'promisedLimitDays', label: '承诺时限（工作日）' },
  { field: 'conditions', label: '受理条件' },
  { field: 'legalBasis', label: '设定依据' },
  { field: 'resultType', label: '审批结果' },
  { field: 'fee', label: '收费标准' },
];

const MATERIAL_FIELDS: { field: keyof Material; label: string; text?: (v: unknown) => string }[] = [
  { field: 'name', label: '材料名称' },
  { field: 'description', label: '材料说明' },
  { field: 'form', label: '材料形式', text: (v) => MATERIAL_FORMS[v as keyof typeof MATERIAL_FORMS] ?? String(v) },
  { field: 'copies', label: '份数' },
  { field: 'required', label: '是否必需', text: yesNo },
  { field: 'tolerable', label: '是否可容缺', text: yesNo },
  { field: 'defaultSupplyDays', label: '容缺补交时限（工作日）' },
];

const PROCEDURE_FIELDS: { field: keyof ItemSpecialProcedure; label: string }[] = [{ field: 'limitDays', label: '时限（工作日）' }];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const plain = (v: unknown) => (v === undefined || v === null ? '' : String(v));

function fieldChanges<T extends object>(a: T, b: T, fields: { field: keyof T; label: string; text?: (v: unknown) => string }[], prefix = ''): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) {
    const from = a[f.field];
    const to = b[f.field];
    if (same(from, to)) continue;
    const text = f.text ?? plain;
    out.push({ field: `${prefix}${String(f.field)}`, label: f.label, from: from ?? null, to: to ?? null, fromText: from === undefined ? '' : text(from), toText: to === undefined ? '' : text(to) });
  }
  return out;
}

function listDiff<T extends object>(a: readonly T[], b: readonly T[], key: (x: T) => string, name: (x: T) => string, fields: { field: keyof T; label: string; text?: (v: unknown) => string }[]): ListDiff<T> {
  const before = new Map(a.map((x) => [key(x), x]));
  const after = new Map(b.map((x) => [key(x), x]));
  const changed: ListDiff<T>['changed'] = [];
  for (const [k, x] of after) {
    const old = before.get(k);
    if (!old) continue;
    const changes = fieldChanges(old, x, fields);
    if (changes.length) changed.push({ code: k, name: name(x), changes });
  }
  return {
    added: b.filter((x) => !before.has(key(x))),
    removed: a.filter((x) => !after.has(key(x))),
    changed,
  };
}

/** The differences from `a` (the older version, usually) to `b`. */
export function diffContent(a: ServiceItemContent, b: ServiceItemContent): ContentDiff {
  const fields = fieldChanges(a, b, ITEM_FIELDS);
  const materials = listDiff(a.materials, b.materials, (m) => m.code, (m) => m.name, MATERIAL_FIELDS);
  const specialProcedures = listDiff(a.specialProcedures, b.specialProcedures, (p) => p.kind, (p) => SPECIAL_PROCEDURES[p.kind]?.name ?? p.kind, PROCEDURE_FIELDS);
  // A reordering of materials is a change too: the guide lists them in this order.
  const order = (list: readonly { code: string }[]) => list.map((m) => m.code).filter((c) => a.materials.some((x) => x.code === c) && b.materials.some((x) => x.code === c));
  if (!same(order(a.materials), order(b.materials))) {
    const from = order(a.materials);
    const to = order(b.materials);
    fields.push({ field: 'materials.order', label: '材料顺序', from, to, fromText: from.join('、'), toText: to.join('、') });
  }
  const count = (l: ListDiff<unknown>) => l.added.length + l.removed.length + l.changed.length;
  const changeCount = fields.length + count(materials as ListDiff<unknown>) + count(specialProcedures as ListDiff<unknown>);
  return { same: changeCount === 0, changeCount, fields, materials, specialProcedures };
}
