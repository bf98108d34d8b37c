/**
 * The hall's service-item catalog (R1.4): 25 departments, 890 items counting sub-items, built
 * deterministically from the curated lists in ./catalog-data, and seeded without ever touching
 * an item that already exists (a manager may have edited it since).
 *
 * Item codes are positional: "<department>-<nnnn>" for the n-th main item of a department and
 * "<main>-<nn>" for its n-th sub-item. The lists are append-only so that codes stay stable.
 */
import {
  type CatalogItem,
  type Channel,
  type Department,
  type ItemSpecialProcedure,
  type ItemType,
  type Material,
  SPECIAL_PROCEDURES,
  type ServiceItemContent,
  toleranceAllowed,
  type Zone,
} from '../../domain/catalog/types.js';
import { validateItemContent } from '../../domain/catalog/validate.js';
import { canonicalContent } from '../../domain/catalog/content.js';
import { versionFields } from '../catalog-rows.js';
import type { Db, Prisma } from '../client.js';
import { DEPARTMENT_CODES, DEPARTMENTS, ZONES } from './catalog-data/departments.js';
import { CGJ_ITEMS, FGW_ITEMS, LYJ_ITEMS, SLJ_ITEMS, STHJ_ITEMS, XZSP_ITEMS, ZJJ_ITEMS, ZRZY_ITEMS } from './catalog-data/items-invest.js';
import { JTJ_ITEMS, KJJ_ITEMS, NYJ_ITEMS, SCJ_ITEMS, SWJ_ITEMS, WLJ_ITEMS, YJJ_ITEMS } from './catalog-data/items-market.js';
import { BDC_ITEMS, GAJ_ITEMS, GJJ_ITEMS, SHUIWU_ITEMS } from './catalog-data/items-services.js';
import { JYJ_ITEMS, MZJ_ITEMS, RSJ_ITEMS, TYJR_ITEMS, WJW_ITEMS, YBJ_ITEMS } from './catalog-data/items-social.js';
import { type MaterialKey, MATERIALS } from './catalog-data/materials.js';
import type { MaterialTemplate } from './catalog-data/material-template.js';
import { SPECIAL_PROCEDURE_ASSIGNMENTS, type SpecialProcedureAssignment } from './catalog-data/special-procedures.js';
import type { ApplicantKind, DepartmentItems, ItemSpec } from './catalog-data/spec.js';
import { TOLERANCE_ASSIGNMENTS, type ToleranceAssignment } from './catalog-data/tolerance.js';
import { type VariantKey, type VariantKind, VARIANT_SETS, VARIANTS } from './catalog-data/variants.js';

export interface Catalog {
  departments: Department[];
  zones: Zone[];
  items: CatalogItem[];
}

const DEPARTMENT_ITEMS: readonly DepartmentItems[] = [
  XZSP_ITEMS,
  FGW_ITEMS,
  ZRZY_ITEMS,
  ZJJ_ITEMS,
  STHJ_ITEMS,
  SLJ_ITEMS,
  LYJ_ITEMS,
  CGJ_ITEMS,
  SCJ_ITEMS,
  JTJ_ITEMS,
  NYJ_ITEMS,
  YJJ_ITEMS,
  SWJ_ITEMS,
  KJJ_ITEMS,
  WLJ_ITEMS,
  WJW_ITEMS,
  JYJ_ITEMS,
  MZJ_ITEMS,
  RSJ_ITEMS,
  YBJ_ITEMS,
  TYJR_ITEMS,
  GAJ_ITEMS,
  SHUIWU_ITEMS,
  GJJ_ITEMS,
  BDC_ITEMS,
];

const BOTH_CHANNELS: readonly Channel[] = ['ONLINE', 'WINDOW'];
const NO_FEE = '不收费';

const DEFAULT_RESULT: Readonly<Record<ItemType, string>> = {
  LICENCE: '准予行政许可决定书',
  FILING: '备案回执',
  CONFIRMATION: '登记（确认）结果通知',
  PUBLIC_SERVICE: '办理结果告知书',
  ADJUDICATION: '行政裁决书',
  OTHER_POWER: '审批（审核）意见',
};

const FORM_SUFFIX: Readonly<Record<ItemType, string>> = {
  LICENCE: '申请表',
  FILING: '备案表',
  CONFIRMATION: '申请表',
  PUBLIC_SERVICE: '申请表',
  ADJUDICATION: '申请书',
  OTHER_POWER: '申请表',
};

const SIGNATURE: Readonly<Record<ApplicantKind, string>> = {
  ORG: '由法定代表人（负责人）签字并加盖单位公章',
  PERSON: '由申请人本人签字',
  ANY: '单位申请的加盖公章，个人申请的由本人签字',
  SELF: '由申请人（或其监护人、投资人、举办者）签字',
};

const IDENTITY: Readonly<Record<ApplicantKind, readonly MaterialKey[]>> = {
  ORG: ['orgLicence', 'agentAuthorisation'],
  PERSON: ['idCard', 'agentAuthorisation'],
  ANY: ['applicantIdentity', 'agentAuthorisation'],
  SELF: ['agentAuthorisation'],
};

/**
 * Builds the whole catalog from the curated lists. Pure and deterministic; throws if the lists
 * are inconsistent (an assignment naming an unknown item, content breaking a catalog rule), so a
 * bad edit of the lists fails the tests and never reaches a database.
 */
export function buildCatalog(): Catalog {
  const procedures = indexAssignments(SPECIAL_PROCEDURE_ASSIGNMENTS, (a) => key(a.department, a.item));
  const tolerances = indexAssignments(TOLERANCE_ASSIGNMENTS, (a) => key(a.department, a.item));
  const usedProcedures = new Set<string>();
  const usedTolerances = new Set<string>();

  const listed = DEPARTMENT_ITEMS.map((d) => d.department);
  if (listed.length !== DEPARTMENT_CODES.length || DEPARTMENT_CODES.some((c, i) => listed[i] !== c)) {
    throw new Error('catalog: item lists must follow DEPARTMENT_CODES, one list per department');
  }

  const items: CatalogItem[] = [];
  for (const dept of DEPARTMENT_ITEMS) {
    const seenNames = new Set<string>();
    dept.items.forEach((spec, i) => {
      if (seenNames.has(spec.name)) throw new Error(`catalog: ${dept.department} lists "${spec.name}" twice`);
      seenNames.add(spec.name);
      const code = `${dept.department}-${String(i + 1).padStart(4, '0')}`;
      const zoneCode = spec.zone ?? dept.zone;
      const procedure = procedures.get(key(dept.department, spec.name));
      if (procedure) usedProcedures.add(key(dept.department, spec.name));
      const tolerance = tolerances.get(key(dept.department, spec.name));
      if (tolerance) usedTolerances.add(key(dept.department, spec.name));

      const entries: { code: string; parentCode?: string; variant?: VariantKey; kind: VariantKind }[] = [{ code, kind: 'NEW' }];
      variantsOf(spec).forEach((variant, j) => {
        entries.push({ code: `${code}-${String(j + 1).padStart(2, '0')}`, parentCode: code, variant, kind: VARIANTS[variant] });
      });

      for (const entry of entries) {
        const draft = draftContent(dept, spec, entry.kind, entry.variant);
        if (procedure && sharesAssignment(entry, procedure.variants)) draft.specialProcedures = procedure.procedures.map(toProcedure);
        if (tolerance && sharesAssignment(entry, tolerance.variants)) applyTolerance(draft, tolerance);
        const content = finish(draft);
        const issues = validateItemContent(content);
        if (issues.length > 0) {
          throw new Error(`catalog: ${entry.code} ${content.name} is invalid: ${issues.map((x) => `${x.field} ${x.message}`).join('; ')}`);
        }
        items.push({ code: entry.code, ...(entry.parentCode ? { parentCode: entry.parentCode } : {}), departmentCode: dept.department, zoneCode, content });
      }
    });
  }

  const unusedProcedures = [...procedures.keys()].filter((k) => !usedProcedures.has(k));
  const unusedTolerances = [...tolerances.keys()].filter((k) => !usedTolerances.has(k));
  if (unusedProcedures.length > 0 || unusedTolerances.length > 0) {
    throw new Error(`catalog: assignments name unknown items: ${[...unusedProcedures, ...unusedTolerances].join(', ')}`);
  }

  return {
    departments: DEPARTMENTS.map((d) => ({ ...d })),
    zones: ZONES.map((z) => ({ ...z })),
    items,
  };
}

// ───────────── content derivation ─────────────

interface DraftMaterial {
  key: MaterialKey | 'FORM' | 'ORIGINAL_RESULT';
  template: MaterialTemplate;
  tolerable: boolean;
  defaultSupplyDays?: number;
}

interface Draft extends Omit<ServiceItemContent, 'materials'> {
  materials: DraftMaterial[];
}

function variantsOf(spec: ItemSpec): readonly VariantKey[] {
  if (spec.variants === undefined) return [];
  return typeof spec.variants === 'string' ? VARIANT_SETS[spec.variants] : spec.variants;
}

function draftContent(dept: DepartmentItems, spec: ItemSpec, kind: VariantKind, variant: VariantKey | undefined): Draft {
  const applicant = spec.applicant ?? dept.applicant;
  // Acting on an issued result: a legal person created by the main item now exists.
  const holder = spec.holder ?? (applicant === 'SELF' ? 'ORG' : applicant);
  const first = kind === 'NEW' || kind === 'SAME';
  const result = spec.result ?? DEFAULT_RESULT[spec.type];
  const [statutory, promised] = spec.limits;
  const law = principalLaw(spec.basis);

  const name = variant === undefined ? spec.name : `${spec.name}（${variant}）`;
  const formName = spec.form ?? (first ? `${spec.name}${FORM_SUFFIX[spec.type]}` : `${spec.name}（${variant}）申请表`);
  const form: DraftMaterial = {
    key: 'FORM',
    template: {
      name: formName,
      description: `如实填写${formName}，${SIGNATURE[first ? applicant : holder]}；可在窗口领取，或在陕西政务服务网下载、在线填报`,
      form: 'ORIGINAL',
      copies: 1,
      required: true,
    },
    tolerable: false,
  };
  const original: DraftMaterial = {
    key: 'ORIGINAL_RESULT',
    template: { name: `原${result}`, description: `已取得的${result}（有正、副本的一并提交），办结时由窗口收回、换发或加注`, form: 'ORIGINAL', copies: 1, required: true },
    tolerable: false,
  };
  const identity = first ? IDENTITY[applicant] : spec.resultIdentifiesHolder ? IDENTITY.SELF : IDENTITY[holder];
  const own = spec.mats ?? [];
  const situation = (variant && spec.variantMats?.[variant]) || [];

  let keys: readonly (MaterialKey | DraftMaterial)[];
  switch (kind) {
    case 'NEW':
    case 'SAME':
      keys = [form, ...identity, ...own, ...situation];
      break;
    case 'AMEND':
      keys = [form, ...identity, 'changeProof', ...situation];
      break;
    case 'CHANGE':
      keys = [form, ...identity, original, 'changeProof', ...situation];
      break;
    case 'RENEW':
      keys = [form, ...identity, original, 'renewalReport', ...situation];
      break;
    case 'REPLACE':
      keys = [form, ...identity, original, ...own, ...situation];
      break;
    case 'CANCEL':
      keys = [form, ...identity, original, ...situation];
      break;
    case 'REISSUE':
      // A photo is the only thing of the first application a reissue needs again.
      keys = [form, ...identity, 'lossStatement', ...own.filter((k) => k.startsWith('photo')), ...situation];
      break;
  }
  const materials: DraftMaterial[] = [];
  for (const k of keys) {
    const material: DraftMaterial = typeof k === 'string' ? { key: k, template: MATERIALS[k], tolerable: false } : k;
    if (!materials.some((x) => x.key === material.key)) materials.push(material);
  }

  return {
    name,
    itemType: spec.type,
    channels: [...(spec.channels ?? BOTH_CHANNELS)],
    statutoryLimitDays: statutory,
    // Changes, renewals and reissues re-check less than a first application.
    promisedLimitDays: first ? promised : Math.max(1, Math.ceil(promised / 2)),
    conditions: spec.conditions ?? conditionsFor(spec, kind, result, law),
    legalBasis: spec.basis,
    resultType: kind === 'CANCEL' ? '准予注销通知书' : result,
    fee: kind === 'CANCEL' ? NO_FEE : (spec.fee ?? NO_FEE),
    materials,
    specialProcedures: [],
  };
}

/** The law a condition refers to: the first cited law or regulation, skipping policy documents. */
function principalLaw(basis: string): string {
  const cited = basis.match(/《[^》]+》/g) ?? [];
  return cited.find((c) => /(法|条例|办法|规定|细则|决定|规则|规程)》$/.test(c)) ?? cited[0] ?? '法律法规';
}

function conditionsFor(spec: ItemSpec, kind: VariantKind, result: string, law: string): string {
  switch (kind) {
    case 'AMEND':
      return `已依法登记，登记或备案事项发生变化，变化后仍符合${law}的规定，申请材料齐全、符合法定形式。`;
    case 'CHANGE':
      return `已取得${result}，记载事项发生变化，变化后仍符合${law}规定的条件，申请材料齐全、符合法定形式。`;
    case 'RENEW':
      return `${result}有效期届满前提出申请，有效期内无重大违法违规记录，继续符合${law}规定的条件。`;
    case 'REPLACE':
      return `持有的${result}有效期将满、损坏或记载内容需要更新，申请人身份信息可核验。`;
    case 'CANCEL':
      return `已取得${result}，因主动申请终止、有效期届满不再延续或依法应当注销，且无未办结的相关事项。`;
    case 'REISSUE':
      return `持有的${result}遗失或损毁，已发布遗失声明或交回损毁证件。`;
    case 'NEW':
    case 'SAME':
      break;
  }
  if (spec.name.endsWith('一件事')) {
    return `申请人需同时办理“${spec.name}”涉及的多个事项，各事项符合${law}等规定的条件；实行一次告知、一表申请、一套材料、一窗受理、一次办结。`;
  }
  switch (spec.type) {
    case 'LICENCE':
      return `申请人符合${law}规定的${spec.name}条件，申请事项属于本机关许可权限，申请材料齐全、符合法定形式。`;
    case 'FILING':
      return `申请人依法具备主体资格，备案事项符合${law}的规定，备案材料齐全。`;
    case 'CONFIRMATION':
      return `申请人对申请确认的事项享有合法权益，符合${law}的规定，申请材料齐全、真实有效。`;
    case 'PUBLIC_SERVICE':
      return `申请人符合${law}规定的办理条件，提交的材料齐全、真实有效。`;
    case 'ADJUDICATION':
      return `申请人与争议事项有直接利害关系，有明确的被申请人、具体的请求和事实理由，争议属于本机关裁决范围。`;
    case 'OTHER_POWER':
      return `申请事项属于本机关权限范围，符合${law}的规定，申请材料齐全、符合要求。`;
  }
}

function toProcedure(p: SpecialProcedureAssignment['procedures'][number]): ItemSpecialProcedure {
  if (typeof p === 'string') return { kind: p, limitDays: SPECIAL_PROCEDURES[p].defaultLimitDays };
  const [kind, limitDays, legalBasis] = p;
  return { kind, limitDays, legalBasis };
}

/** Marks the listed materials tolerable, adding any the item does not ask for yet. */
function applyTolerance(draft: Draft, tolerance: ToleranceAssignment): void {
  for (const [k, days] of tolerance.materials) {
    let material = draft.materials.find((x) => x.key === k);
    if (!material) {
      material = { key: k, template: MATERIALS[k], tolerable: false };
      draft.materials.push(material);
    }
    material.tolerable = true;
    material.defaultSupplyDays = days;
  }
}

function finish(draft: Draft): ServiceItemContent {
  const materials: Material[] = draft.materials.map((d, i) => ({
    code: `M${String(i + 1).padStart(2, '0')}`,
    name: d.template.name,
    description: d.template.description,
    form: d.template.form,
    copies: d.template.copies,
    // A tolerated material is still needed; tolerance only defers it.
    required: d.tolerable ? true : d.template.required,
    tolerable: d.tolerable,
    ...(d.tolerable && d.defaultSupplyDays !== undefined ? { defaultSupplyDays: d.defaultSupplyDays } : {}),
  }));
  return { ...draft, materials };
}

/** A sub-item of kind NEW or SAME is the main item's own application, so it shares its configuration. */
function sharesAssignment(entry: { variant?: VariantKey; kind: VariantKind }, kinds: readonly VariantKind[] = ['NEW', 'SAME']): boolean {
  return entry.variant === undefined || kinds.includes(entry.kind);
}

function key(department: string, item: string): string {
  return `${department}|${item}`;
}

function indexAssignments<T>(list: readonly T[], keyOf: (a: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const a of list) {
    const k = keyOf(a);
    if (map.has(k)) throw new Error(`catalog: ${k} is assigned twice`);
    map.set(k, a);
  }
  return map;
}

// ───────────── seeding ─────────────

/** Rows per createMany: well under PostgreSQL's 65535 bind parameters for the widest row. */
const BATCH = 200;

export interface SeedCatalogResult {
  /** Departments upserted. */
  departments: number;
  /** Zones upserted. */
  zones: number;
  /** Items created by this run; existing items are left untouched, so a re-run reports 0. */
  items: number;
}

/**
 * Upserts departments and zones, and creates every catalog item that does not exist yet with
 * its published version 1. Items that exist are never updated: after the first seed the
 * catalog belongs to its managers. Safe to run concurrently (duplicates are skipped).
 */
/** A first start on a slow or busy machine must not fail on Prisma's 5-second default. */
const SEED_TX = { timeout: 120_000, maxWait: 60_000 };

export async function seedCatalog(db: Db, opts: { by?: string } = {}): Promise<SeedCatalogResult> {
  const createdBy = opts.by ?? 'seed';
  const catalog = buildCatalog();

  await db.$transaction(async (tx) => {
    for (const d of catalog.departments) {
      await tx.department.upsert({ where: { code: d.code }, create: d, update: { name: d.name, shortName: d.shortName, stationed: d.stationed, sortOrder: d.sortOrder } });
    }
    for (const z of catalog.zones) {
      await tx.zone.upsert({ where: { code: z.code }, create: z, update: { name: z.name, description: z.description, sortOrder: z.sortOrder } });
    }
  }, SEED_TX);

  const existing = new Set((await db.serviceItem.findMany({ select: { code: true } })).map((r) => r.code));
  const missing = catalog.items.filter((i) => !existing.has(i.code));
  const publishedAt = new Date();
  let created = 0;
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH);
    // Item and version together, so no item is ever left without its published version.
    created += await db.$transaction(async (tx) => {
      const items = await tx.serviceItem.createMany({
        data: batch.map((i) => ({
          code: i.code,
          parentCode: i.parentCode ?? null,
          departmentCode: i.departmentCode,
          zoneCode: i.zoneCode,
          status: 'ACTIVE',
          publishedVersion: 1,
        })),
        skipDuplicates: true,
      });
      await tx.serviceItemVersion.createMany({
        data: batch.map((i) => versionRow(i, createdBy, publishedAt)),
        skipDuplicates: true,
      });
      return items.count;
    }, SEED_TX);
  }
  return { departments: catalog.departments.length, zones: catalog.zones.length, items: created };
}

function versionRow(item: CatalogItem, createdBy: string, publishedAt: Date): Prisma.ServiceItemVersionCreateManyInput {
  return { itemCode: item.code, version: 1, state: 'PUBLISHED', ...versionFields(canonicalContent(item.content)), createdBy, publishedAt };
}
