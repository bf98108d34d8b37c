/**
 * The service-item catalog's reads as a service: departments and zones with their item counts,
 * the item search, an item guide (办事指南) of any version, an item's versions and the difference
 * between two of them, and the catalog export file. The routes (api/routes/catalog.ts) parse,
 * authorise and answer; the writes are api/services/catalog.ts's.
 */
import { ITEM_TYPES, MATERIAL_FORMS, SPECIAL_PROCEDURES, toleranceAllowed } from '../../domain/catalog/types.js';
import type { ServiceItemContent } from '../../domain/catalog/types.js';
import { diffContent } from '../../domain/catalog/diff.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { type FieldIssue, Problem, notFound } from '../http/problem.js';
import { type VersionRow, contentOfVersion } from './catalog.js';

/** The format tag of an export file; an import refuses anything else. */
export const CATALOG_FORMAT = 'onewindow-catalog/1';

type ItemCounts = { itemCount: number; toleranceItemCount: number; specialProcedureItemCount: number };
const NO_ITEMS: ItemCounts = { itemCount: 0, toleranceItemCount: 0, specialProcedureItemCount: 0 };

/** Published items of ACTIVE status, per department or zone, with the tolerance and special-procedure counts R1.4/R2.2/R3.1 quote. */
async function itemCountsBy(db: Db, column: 'department' | 'zone'): Promise<Map<string, ItemCounts>> {
  const rows =
    column === 'department'
      ? await db.$queryRaw<{ code: string; items: bigint; tolerance: bigint; special: bigint }[]>`
          SELECT i.department_code AS code, count(*) AS items,
                 count(*) FILTER (WHERE v.tolerance_allowed) AS tolerance,
                 count(*) FILTER (WHERE cardinality(v.special_procedure_kinds) > 0) AS special
          FROM service_item i JOIN service_item_version v ON v.item_code = i.code AND v.version = i.published_version
          WHERE i.status = 'ACTIVE' GROUP BY i.department_code`
      : await db.$queryRaw<{ code: string; items: bigint; tolerance: bigint; special: bigint }[]>`
          SELECT i.zone_code AS code, count(*) AS items,
                 count(*) FILTER (WHERE v.tolerance_allowed) AS tolerance,
                 count(*) FILTER (WHERE cardinality(v.special_procedure_kinds) > 0) AS special
          FROM service_item i JOIN service_item_version v ON v.item_code = i.code AND v.version = i.published_version
          WHERE i.status = 'ACTIVE' GROUP BY i.zone_code`;
  return new Map(rows.map((r) => [r.code, { itemCount: Number(r.items), toleranceItemCount: Number(r.tolerance), specialProcedureItemCount: Number(r.special) }]));
}

const bySortOrder = [{ sortOrder: 'asc' as const }, { code: 'asc' as const }];

export async function listDepartments(db: Db) {
  const [departments, counts] = await Promise.all([db.department.findMany({ orderBy: bySortOrder }), itemCountsBy(db, 'department')]);
  return {
    total: departments.length,
    departments: departments.map((d) => ({ code: d.code, name: d.name, shortName: d.shortName, stationed: d.stationed, sortOrder: d.sortOrder, ...(counts.get(d.code) ?? NO_ITEMS) })),
  };
}

export async function listZones(db: Db) {
  const [zones, counts] = await Promise.all([db.zone.findMany({ orderBy: bySortOrder }), itemCountsBy(db, 'zone')]);
  return {
    total: zones.length,
    zones: zones.map((z) => ({ code: z.code, name: z.name, description: z.description, sortOrder: z.sortOrder, ...(counts.get(z.code) ?? NO_ITEMS) })),
  };
}

export interface ItemSearch {
  q?: string | undefined;
  departmentCode?: string | undefined;
  zoneCode?: string | undefined;
  channel?: string | undefined;
  tolerance?: boolean | undefined;
  specialProcedure?: string | undefined;
  parentCode?: string | undefined;
  page: number;
  pageSize: number;
}

/** Published items open for applications (sub-items included), filtered and paged, in code order. */
export async function searchItems(db: Db, query: ItemSearch) {
  const where: Prisma.ServiceItemVersionWhereInput = {
    state: 'PUBLISHED',
    item: {
      status: 'ACTIVE',
      ...(query.departmentCode ? { departmentCode: query.departmentCode } : {}),
      ...(query.zoneCode ? { zoneCode: query.zoneCode } : {}),
      ...(query.parentCode ? { parentCode: query.parentCode } : {}),
    },
    ...(query.channel ? { channels: { has: query.channel } } : {}),
    ...(query.tolerance !== undefined ? { toleranceAllowed: query.tolerance } : {}),
    ...(query.specialProcedure ? { specialProcedureKinds: { has: query.specialProcedure } } : {}),
    ...(query.q ? { OR: [{ name: { contains: query.q, mode: 'insensitive' } }, { itemCode: { contains: query.q, mode: 'insensitive' } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.serviceItemVersion.count({ where }),
    db.serviceItemVersion.findMany({
      where,
      include: { item: { include: { department: { select: { name: true } }, zone: { select: { name: true } } } } },
      orderBy: { itemCode: 'asc' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
  ]);
  return {
    page: query.page,
    pageSize: query.pageSize,
    total,
    items: rows.map((v) => ({
      code: v.itemCode,
      name: v.name,
      parentCode: v.item.parentCode,
      departmentCode: v.item.departmentCode,
      departmentName: v.item.department.name,
      zoneCode: v.item.zoneCode,
      zoneName: v.item.zone.name,
      itemType: v.itemType,
      channels: v.channels,
      statutoryLimitDays: v.statutoryLimitDays,
      promisedLimitDays: v.promisedLimitDays,
      toleranceAllowed: v.toleranceAllowed,
      specialProcedures: v.specialProcedureKinds,
      version: v.version,
    })),
  };
}

/**
 * The item guide of one version (default: the published one). Drafts are work in progress: only
 * a reader allowed to see drafts (the centre manager) gets one; anyone else a 404, so an
 * applicant never takes a draft for the published standard.
 */
export async function itemGuide(db: Db, code: string, opts: { version?: number | undefined; draftsVisible: boolean }) {
  const item = await db.serviceItem.findUnique({ where: { code }, include: { department: true, zone: true } });
  if (!item) throw notFound(`service item ${code} does not exist`);
  const wanted = opts.version ?? item.publishedVersion;
  if (wanted === null) throw notFound(`service item ${code} has not been published yet`);
  const v = await db.serviceItemVersion.findUnique({ where: { itemCode_version: { itemCode: item.code, version: wanted } } });
  if (!v || (v.state === 'DRAFT' && !opts.draftsVisible)) throw notFound(`service item ${item.code} has no published version ${wanted}`);

  const [parent, subItems] = await Promise.all([
    item.parentCode ? db.serviceItem.findUnique({ where: { code: item.parentCode }, include: { versions: { where: { state: 'PUBLISHED' }, select: { name: true } } } }) : null,
    db.serviceItem.findMany({
      where: { parentCode: item.code, status: 'ACTIVE', publishedVersion: { not: null } },
      include: { versions: { where: { state: 'PUBLISHED' }, select: { name: true, promisedLimitDays: true, channels: true } } },
      orderBy: { code: 'asc' },
    }),
  ]);
  const content = contentOfVersion(v);
  return {
    code: item.code,
    version: v.version,
    state: v.state,
    publishedVersion: item.publishedVersion,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    status: item.status,
    acceptingApplications: item.status === 'ACTIVE' && v.state === 'PUBLISHED',
    // Every field of the content as stored (name, type, channels, limits, conditions, legal basis,
    // result, fee); materials and special procedures are given with their Chinese names below.
    ...content,
    itemTypeName: ITEM_TYPES[content.itemType] ?? content.itemType,
    department: { code: item.department.code, name: item.department.name, shortName: item.department.shortName },
    zone: { code: item.zone.code, name: item.zone.name },
    parent: parent ? { code: parent.code, name: parent.versions[0]?.name ?? null } : null,
    materials: content.materials.map((m) => ({ ...m, formName: MATERIAL_FORMS[m.form] ?? m.form })),
    tolerance: { allowed: toleranceAllowed(content), materials: content.materials.filter((m) => m.tolerable).map((m) => m.code) },
    specialProcedures: content.specialProcedures.map((p) => ({
      kind: p.kind,
      name: SPECIAL_PROCEDURES[p.kind]?.name ?? p.kind,
      limitDays: p.limitDays,
      defaultLimitDays: SPECIAL_PROCEDURES[p.kind]?.defaultLimitDays ?? null,
      ...(p.legalBasis ? { legalBasis: p.legalBasis } : {}),
    })),
    subItems: subItems.map((s) => ({ code: s.code, name: s.versions[0]?.name ?? null, promisedLimitDays: s.versions[0]?.promisedLimitDays ?? null, channels: s.versions[0]?.channels ?? [] })),
  };
}

/** Every version of an item with its state, author and dates, newest first. */
export async function itemVersions(db: Db, code: string) {
  const item = await db.serviceItem.findUnique({ where: { code }, include: { versions: { orderBy: { version: 'desc' } } } });
  if (!item) throw notFound(`service item ${code} does not exist`);
  return {
    code: item.code,
    status: item.status,
    publishedVersion: item.publishedVersion,
    versions: item.versions.map((v) => ({
      version: v.version,
      state: v.state,
      name: v.name,
      statutoryLimitDays: v.statutoryLimitDays,
      promisedLimitDays: v.promisedLimitDays,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
      publishedAt: v.publishedAt?.toISOString() ?? null,
    })),
  };
}

/** Field by field from version `from` (default: the one before `to`) to `to` (default: the newest); 422 naming the unknown version. */
export async function versionDiff(db: Db, code: string, query: { from?: number | undefined; to?: number | undefined }) {
  const versions = await db.serviceItemVersion.findMany({ where: { itemCode: code }, orderBy: { version: 'asc' } });
  if (versions.length === 0) throw notFound(`service item ${code} does not exist`);
  const to = query.to ?? versions.at(-1)!.version;
  const from = query.from ?? to - 1;
  const byVersion = new Map(versions.map((v) => [v.version, v]));
  const missing: FieldIssue[] = [];
  if (from < 1 || !byVersion.has(from)) missing.push({ field: 'query.from', rule: 'catalog.version_unknown', message: from < 1 ? `version ${to} has no earlier version to compare with` : `${code} has no version ${from}` });
  if (!byVersion.has(to)) missing.push({ field: 'query.to', rule: 'catalog.version_unknown', message: `${code} has no version ${to}` });
  if (missing.length) throw new Problem(422, `cannot compare: ${missing.map((m) => m.message).join('; ')}`, { rule: 'catalog.version_unknown', errors: missing });
  const describe = (v: VersionRow) => ({ version: v.version, state: v.state, createdBy: v.createdBy, createdAt: v.createdAt.toISOString(), publishedAt: v.publishedAt?.toISOString() ?? null });
  const a = byVersion.get(from)!;
  const b = byVersion.get(to)!;
  return { code, from: describe(a), to: describe(b), ...diffContent(contentOfVersion(a), contentOfVersion(b)) };
}

/** The export file: every department and zone, and every item with a published version (filters narrow the items only). */
export interface CatalogExportFile {
  format: typeof CATALOG_FORMAT;
  exportedAt: string;
  departments: { code: string; name: string; shortName: string; stationed: boolean; sortOrder: number }[];
  zones: { code: string; name: string; description: string; sortOrder: number }[];
  items: { code: string; parentCode: string | null; departmentCode: string; zoneCode: string; status: 'ACTIVE' | 'RETIRED'; version: number; content: ServiceItemContent }[];
}

export async function exportCatalog(db: Db, filter: { departmentCode?: string | undefined; zoneCode?: string | undefined; codePrefix?: string | undefined }, now = new Date()): Promise<CatalogExportFile> {
  const [departments, zones, versions] = await Promise.all([
    db.department.findMany({ orderBy: bySortOrder }),
    db.zone.findMany({ orderBy: bySortOrder }),
    db.serviceItemVersion.findMany({
      where: {
        state: 'PUBLISHED',
        ...(filter.codePrefix ? { itemCode: { startsWith: filter.codePrefix } } : {}),
        item: { ...(filter.departmentCode ? { departmentCode: filter.departmentCode } : {}), ...(filter.zoneCode ? { zoneCode: filter.zoneCode } : {}) },
      },
      include: { item: true },
      orderBy: { itemCode: 'asc' },
    }),
  ]);
  return {
    format: CATALOG_FORMAT,
    exportedAt: now.toISOString(),
    departments: departments.map((d) => ({ code: d.code, name: d.name, shortName: d.shortName, stationed: d.stationed, sortOrder: d.sortOrder })),
    zones: zones.map((z) => ({ code: z.code, name: z.name, description: z.description, sortOrder: z.sortOrder })),
    items: versions.map((v) => ({
      code: v.itemCode,
      parentCode: v.item.parentCode,
      departmentCode: v.item.departmentCode,
      zoneCode: v.item.zoneCode,
      status: v.item.status as 'ACTIVE' | 'RETIRED',
      version: v.version,
      content: contentOfVersion(v),
    })),
  };
}
