/**
 * The service-item catalog's writes as a service: how a version row reads as content, the
 * catalog rules as field issues, creating an item, saving and publishing a draft, retiring an
 * item, and the import of a whole catalog file — planned
 * and checked in full first (every item's content, department, zone and main item), then written
 * in one transaction, or refused whole with every item code, field and rule listed. The routes
 * (api/routes/catalog.ts) speak HTTP; the rules themselves are domain/catalog's.
 */
import { canonicalContent, type ContentDraft } from '../../domain/catalog/content.js';
import type { Channel, ItemType, ServiceItemContent } from '../../domain/catalog/types.js';
import { type CatalogIssue, validateItemContent } from '../../domain/catalog/validate.js';
import { versionFields } from '../../prisma/catalog-rows.js';
import { type Db, Prisma } from '../../prisma/client.js';
import { type FieldIssue, Problem, conflictProblem, notFound } from '../http/problem.js';

type Tx = Prisma.TransactionClient;
type ContentInput = ContentDraft;

/** A catalog file as the import takes it (the export format; its shape is checked by the route). */
export interface CatalogImportFile {
  departments: { code: string; name: string; shortName: string; stationed: boolean; sortOrder: number }[];
  zones: { code: string; name: string; description: string; sortOrder: number }[];
  items: { code: string; parentCode?: string | null | undefined; departmentCode: string; zoneCode: string; content: ContentDraft }[];
}

export interface CatalogImportResult {
  departmentsCreated: number;
  zonesCreated: number;
  itemsCreated: number;
  draftsSaved: number;
  replacedDrafts: string[];
  unchanged: number;
}

export type VersionRow = Prisma.ServiceItemVersionGetPayload<object>;

export function contentOfVersion(v: VersionRow): ServiceItemContent {
  return canonicalContent({
    name: v.name,
    itemType: v.itemType as ItemType,
    channels: v.channels as Channel[],
    statutoryLimitDays: v.statutoryLimitDays,
    promisedLimitDays: v.promisedLimitDays,
    conditions: v.conditions,
    legalBasis: v.legalBasis,
    resultType: v.resultType,
    fee: v.fee,
    materials: v.materials as unknown as ContentInput['materials'],
    specialProcedures: v.specialProcedures as unknown as ContentInput['specialProcedures'],
  });
}

export const sameContent = (a: ServiceItemContent, b: ServiceItemContent) => JSON.stringify(a) === JSON.stringify(b);

export function contentIssues(content: ServiceItemContent, prefix: string): FieldIssue[] {
  return validateItemContent(content).map((i: CatalogIssue) => ({ field: `${prefix}.${i.field}`, rule: i.rule, message: i.message }));
}

export function refuseIssues(what: string, issues: FieldIssue[], extra: Record<string, unknown> = {}): never {
  const listed = issues.slice(0, 20).map((i) => `${i.field}: ${i.message}`).join('; ');
  const more = issues.length > 20 ? `; and ${issues.length - 20} more` : '';
  throw new Problem(422, `${what}: ${listed}${more}`, { rule: 'catalog.invalid', errors: issues, ...extra });
}

/** Saves a draft: replaces the item's open draft, or opens one numbered after every existing version. */
export async function saveDraft(tx: Tx, code: string, content: ServiceItemContent, by: string): Promise<{ version: number; replaced: boolean }> {
  const fields = versionFields(content);
  const draft = await tx.serviceItemVersion.findFirst({ where: { itemCode: code, state: 'DRAFT' }, select: { version: true } });
  if (draft) {
    await tx.serviceItemVersion.update({ where: { itemCode_version: { itemCode: code, version: draft.version } }, data: { ...fields, createdBy: by, createdAt: new Date() } });
    return { version: draft.version, replaced: true };
  }
  const max = await tx.serviceItemVersion.aggregate({ where: { itemCode: code }, _max: { version: true } });
  const version = (max._max.version ?? 0) + 1;
  await tx.serviceItemVersion.create({ data: { itemCode: code, version, state: 'DRAFT', ...fields, createdBy: by } });
  return { version, replaced: false };
}

export const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/**
 * Imports a catalog file: missing departments and zones are created, new items get a first DRAFT
 * version, changed items a DRAFT (replacing an open one), unchanged ones are left alone; nothing
 * is published. Throws a 422 Problem listing every issue, or a 409 on a concurrent write.
 */
export async function importCatalog(db: Db, body: CatalogImportFile, by: string): Promise<CatalogImportResult> {
  const codes = body.items.map((i) => i.code);
  const [existingItems, existingDepartments, existingZones, publishedVersions] = await Promise.all([
    db.serviceItem.findMany({ where: { code: { in: codes } } }),
    db.department.findMany({ select: { code: true } }),
    db.zone.findMany({ select: { code: true } }),
    db.serviceItemVersion.findMany({ where: { itemCode: { in: codes }, state: 'PUBLISHED' } }),
  ]);
  const items = new Map(existingItems.map((i) => [i.code, i]));
  const published = new Map(publishedVersions.map((v) => [v.itemCode, contentOfVersion(v)]));
  const departmentCodes = new Set([...existingDepartments.map((d) => d.code), ...body.departments.map((d) => d.code)]);
  const zoneCodes = new Set([...existingZones.map((z) => z.code), ...body.zones.map((z) => z.code)]);
  const imported = new Map(body.items.map((i) => [i.code, i]));
  const parentsInDb = new Map(
    (await db.serviceItem.findMany({ where: { code: { in: [...new Set(body.items.flatMap((i) => (i.parentCode ? [i.parentCode] : [])))] } }, select: { code: true, parentCode: true, departmentCode: true } })).map((p) => [p.code, p]),
  );

  const issues: FieldIssue[] = [];
  const seen = { departments: new Set<string>(), zones: new Set<string>(), items: new Set<string>() };
  for (const d of body.departments) {
    if (seen.departments.has(d.code)) issues.push({ field: `departments[${d.code}].code`, rule: 'department_duplicate', message: `department ${d.code} is listed twice` });
    seen.departments.add(d.code);
  }
  for (const z of body.zones) {
    if (seen.zones.has(z.code)) issues.push({ field: `zones[${z.code}].code`, rule: 'zone_duplicate', message: `zone ${z.code} is listed twice` });
    seen.zones.add(z.code);
  }

  type Plan = { code: string; content: ServiceItemContent; action: 'create' | 'draft' | 'unchanged' };
  const plans: Plan[] = [];
  for (const it of body.items) {
    const at = `items[${it.code}]`;
    if (seen.items.has(it.code)) {
      issues.push({ field: `${at}.code`, rule: 'item_code_duplicate', message: `item ${it.code} is listed twice` });
      continue;
    }
    seen.items.add(it.code);
    const content = canonicalContent(it.content);
    issues.push(...contentIssues(content, `${at}.content`));
    if (!departmentCodes.has(it.departmentCode)) issues.push({ field: `${at}.departmentCode`, rule: 'department_unknown', message: `department ${it.departmentCode} is neither in the catalog nor in the file` });
    if (!zoneCodes.has(it.zoneCode)) issues.push({ field: `${at}.zoneCode`, rule: 'zone_unknown', message: `zone ${it.zoneCode} is neither in the catalog nor in the file` });
    if (it.parentCode) {
      const parentItem = imported.get(it.parentCode) ?? parentsInDb.get(it.parentCode) ?? null;
      issues.push(...parentIssues(at, it, parentItem, 'is neither in the catalog nor in the file'));
    }
    const existing = items.get(it.code);
    if (!existing) {
      plans.push({ code: it.code, content, action: 'create' });
      continue;
    }
    // Where an item sits is not versioned: changing it would change open cases' routing at once.
    for (const [field, now, wanted] of [
      ['departmentCode', existing.departmentCode, it.departmentCode],
      ['zoneCode', existing.zoneCode, it.zoneCode],
      ['parentCode', existing.parentCode ?? null, it.parentCode ?? null],
    ] as const) {
      if (now !== wanted) {
        issues.push({ field: `${at}.${field}`, rule: 'item_moved', message: `item ${it.code} has ${field} ${now ?? 'none'} in the catalog; an import does not change it to ${wanted ?? 'none'}` });
      }
    }
    const current = published.get(it.code);
    if (current && sameContent(current, content)) {
      plans.push({ code: it.code, content, action: 'unchanged' });
      continue;
    }
    if (existing.status === 'RETIRED') {
      issues.push({ field: `${at}.content`, rule: 'item_retired', message: `item ${it.code} is retired in the catalog; its content is not changed` });
      continue;
    }
    plans.push({ code: it.code, content, action: 'draft' });
  }

  if (issues.length) {
    const invalidItems = [...new Set(issues.flatMap((i) => /^items\[(.+?)\]/.exec(i.field)?.[1] ?? []))];
    refuseIssues(
      `the import is refused whole, nothing was written; ${invalidItems.length ? `items with problems: ${invalidItems.join(', ')}` : 'problems in departments or zones'}`,
      issues,
      { invalidItems },
    );
  }

  const result = await db
    .$transaction(
      async (tx) => {
        const newDepartments = body.departments.filter((d) => !existingDepartments.some((e) => e.code === d.code));
        const newZones = body.zones.filter((z) => !existingZones.some((e) => e.code === z.code));
        if (newDepartments.length) await tx.department.createMany({ data: newDepartments, skipDuplicates: true });
        if (newZones.length) await tx.zone.createMany({ data: newZones, skipDuplicates: true });
        const creates = plans.filter((p) => p.action === 'create');
        if (creates.length) {
          await tx.serviceItem.createMany({
            data: creates.map((p) => {
              const it = imported.get(p.code)!;
              return { code: p.code, parentCode: it.parentCode ?? null, departmentCode: it.departmentCode, zoneCode: it.zoneCode, status: 'ACTIVE' };
            }),
          });
          await tx.serviceItemVersion.createMany({ data: creates.map((p) => ({ itemCode: p.code, version: 1, state: 'DRAFT', ...versionFields(p.content), createdBy: by })) });
        }
        const replacedDrafts: string[] = [];
        for (const p of plans.filter((x) => x.action === 'draft')) {
          const saved = await saveDraft(tx, p.code, p.content, by);
          if (saved.replaced) replacedDrafts.push(p.code);
        }
        return {
          departmentsCreated: newDepartments.length,
          zonesCreated: newZones.length,
          itemsCreated: creates.length,
          draftsSaved: plans.filter((x) => x.action === 'draft').length,
          replacedDrafts,
          unchanged: plans.filter((x) => x.action === 'unchanged').length,
        };
      },
      // One transaction for the whole file, so a failure half-way leaves nothing behind.
      { timeout: 300_000, maxWait: 10_000 },
    )
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw conflictProblem('the catalog changed while the file was imported (an item or draft was created at the same moment); nothing was written, import again', 'catalog.import_race');
      throw e;
    });
  return result;
}

/** A sub-item splits a main item (one level only) of the same department. */
export function parentIssues(
  at: string,
  item: { code: string; departmentCode: string; parentCode?: string | null },
  parent: { parentCode?: string | null; departmentCode: string } | null,
  missing = 'does not exist',
): FieldIssue[] {
  if (!item.parentCode) return [];
  if (item.parentCode === item.code) return [{ field: `${at}.parentCode`, rule: 'parent_self', message: `item ${item.code} cannot be its own main item` }];
  if (!parent) return [{ field: `${at}.parentCode`, rule: 'parent_unknown', message: `main item ${item.parentCode} ${missing}` }];
  const issues: FieldIssue[] = [];
  if (parent.parentCode) issues.push({ field: `${at}.parentCode`, rule: 'parent_is_sub_item', message: `${item.parentCode} is itself a sub-item; a sub-item splits a main item` });
  if (parent.departmentCode !== item.departmentCode) {
    issues.push({ field: `${at}.departmentCode`, rule: 'parent_department_differs', message: `a sub-item belongs to its main item's department ${parent.departmentCode}` });
  }
  return issues;
}

/** Department, zone and parent must exist; a sub-item splits a main item of its own department. */
export async function placementIssues(db: Db, at: string, p: { code: string; departmentCode: string; zoneCode: string; parentCode?: string | null | undefined }): Promise<FieldIssue[]> {
  const [department, zone, parent] = await Promise.all([
    db.department.findUnique({ where: { code: p.departmentCode }, select: { code: true } }),
    db.zone.findUnique({ where: { code: p.zoneCode }, select: { code: true } }),
    p.parentCode ? db.serviceItem.findUnique({ where: { code: p.parentCode }, select: { parentCode: true, departmentCode: true } }) : null,
  ]);
  const issues: FieldIssue[] = [];
  if (!department) issues.push({ field: `${at}.departmentCode`, rule: 'department_unknown', message: `department ${p.departmentCode} does not exist` });
  if (!zone) issues.push({ field: `${at}.zoneCode`, rule: 'zone_unknown', message: `zone ${p.zoneCode} does not exist` });
  if (p.parentCode) issues.push(...parentIssues(at, p, parent));
  return issues;
}

/** A new item with its first version as a DRAFT; 422 listing every broken rule, 409 when the code is taken. */
export async function createItem(db: Db, body: { code: string; parentCode?: string | undefined; departmentCode: string; zoneCode: string; content: ContentDraft }, by: string) {
  const content = canonicalContent(body.content);
  const issues = [...(await placementIssues(db, 'body', body)), ...contentIssues(content, 'body.content')];
  if (issues.length) refuseIssues(`item ${body.code} cannot be created`, issues);
  if (await db.serviceItem.findUnique({ where: { code: body.code }, select: { code: true } })) {
    throw conflictProblem(`service item ${body.code} already exists; edit it with PUT /api/v1/items/${body.code}/draft`, 'catalog.item_exists');
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.serviceItem.create({ data: { code: body.code, parentCode: body.parentCode ?? null, departmentCode: body.departmentCode, zoneCode: body.zoneCode, status: 'ACTIVE' } });
      await tx.serviceItemVersion.create({ data: { itemCode: body.code, version: 1, state: 'DRAFT', ...versionFields(content), createdBy: by } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflictProblem(`service item ${body.code} already exists`, 'catalog.item_exists');
    throw e;
  }
  return { code: body.code, version: 1, state: 'DRAFT' as const, status: 'ACTIVE' as const, publishedVersion: null, content };
}

/** Creates the item's draft, or replaces the open one; a retired item is not edited. */
export async function saveItemDraft(db: Db, code: string, draft: ContentDraft, by: string) {
  const item = await db.serviceItem.findUnique({ where: { code }, select: { status: true, publishedVersion: true } });
  if (!item) throw notFound(`service item ${code} does not exist`);
  if (item.status === 'RETIRED') throw conflictProblem(`service item ${code} is retired; a retired item is not edited`, 'catalog.item_retired');
  const content = canonicalContent(draft);
  const issues = contentIssues(content, 'body.content');
  if (issues.length) refuseIssues(`the draft of ${code} breaks the catalog rules`, issues);
  let saved: { version: number; replaced: boolean };
  try {
    saved = await db.$transaction((tx) => saveDraft(tx, code, content, by));
  } catch (e) {
    if (isUniqueViolation(e)) throw conflictProblem(`another draft of ${code} was saved at the same moment; reload and try again`, 'catalog.draft_race');
    throw e;
  }
  return { code, version: saved.version, state: 'DRAFT' as const, replaced: saved.replaced, publishedVersion: item.publishedVersion, content };
}

/** In one transaction: the draft becomes PUBLISHED and the previous published version SUPERSEDED. */
export async function publishDraft(db: Db, code: string) {
  return db.$transaction(async (tx) => {
    const item = await tx.serviceItem.findUnique({ where: { code }, select: { status: true, publishedVersion: true } });
    if (!item) throw notFound(`service item ${code} does not exist`);
    if (item.status === 'RETIRED') throw conflictProblem(`service item ${code} is retired; it cannot be published again`, 'catalog.item_retired');
    const draft = await tx.serviceItemVersion.findFirst({ where: { itemCode: code, state: 'DRAFT' } });
    if (!draft) throw conflictProblem(`service item ${code} has no draft to publish; save one with PUT /api/v1/items/${code}/draft`, 'catalog.no_draft');
    // Drafts are checked when saved; checking again costs nothing and guards rows written by other means.
    const issues = contentIssues(contentOfVersion(draft), 'draft');
    if (issues.length) refuseIssues(`the draft of ${code} (version ${draft.version}) breaks the catalog rules`, issues);
    const publishedAt = new Date();
    await tx.serviceItemVersion.updateMany({ where: { itemCode: code, state: 'PUBLISHED' }, data: { state: 'SUPERSEDED' } });
    // Conditional on still being a draft: of two simultaneous publishes, the second finds nothing and fails whole.
    const { count } = await tx.serviceItemVersion.updateMany({ where: { itemCode: code, version: draft.version, state: 'DRAFT' }, data: { state: 'PUBLISHED', publishedAt } });
    if (count !== 1) throw conflictProblem(`the draft of ${code} was published or replaced at the same moment; reload and check`, 'catalog.publish_race');
    await tx.serviceItem.update({ where: { code }, data: { publishedVersion: draft.version } });
    return { code, version: draft.version, state: 'PUBLISHED' as const, previousVersion: item.publishedVersion, publishedAt: publishedAt.toISOString() };
  });
}

/** No new case can be opened for a retired item; cases already running keep their version. */
export async function retireItem(db: Db, code: string): Promise<void> {
  const { count } = await db.serviceItem.updateMany({ where: { code, status: 'ACTIVE' }, data: { status: 'RETIRED' } });
  if (count > 0) return;
  const exists = await db.serviceItem.findUnique({ where: { code }, select: { code: true } });
  if (!exists) throw notFound(`service item ${code} does not exist`);
  throw conflictProblem(`service item ${code} is already retired`, 'catalog.item_retired');
}
