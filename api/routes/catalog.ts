/**
 * The service-item catalog (R1.4): departments, zones, service items with their sub-items
 * (拆分项), and the item guide (办事指南) an applicant or a clerk reads before applying.
 *
 * Reads are public: the hall publishes its standards (标准公开). Edits belong to the centre
 * manager and go through versions: a draft is saved, checked against the catalog rules
 * (domain/catalog/validate.ts) and published; the version it replaces becomes SUPERSEDED but is
 * kept, because a case keeps the version it was accepted under for life. Nothing here ever
 * changes a published version's content.
 *
 * Validation comes in two layers with two answers: the shape of a request (types, known enum
 * values, lengths) is zod's and gives 400 naming `body.…` fields; the catalog rules (promised
 * limit within the statutory one, tolerable materials with supply days, …) are the domain's and
 * give 422 with every broken rule listed as { field, rule, message }.
 */
import { z } from 'zod';
import {
  CHANNELS,
  ITEM_TYPES,
  type ItemType,
  MATERIAL_FORMS,
  type MaterialForm,
  SPECIAL_PROCEDURES,
  SPECIAL_PROCEDURE_KINDS,
  toleranceAllowed,
} from '../../domain/catalog/types.js';
import type { Db, Prisma } from '../../prisma/client.js';
import { versionFields } from '../../prisma/catalog-rows.js';
import { type FieldIssue, Problem, conflictProblem, notFound } from '../http/problem.js';
import { canonicalContent } from '../../domain/catalog/content.js';
import { diffContent } from '../../domain/catalog/diff.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import { type VersionRow, contentIssues, contentOfVersion, importCatalog, isUniqueViolation, parentIssues, refuseIssues, saveDraft } from '../services/catalog.js';

export interface CatalogRouteDeps {
  db: Db;
}

const MANAGER = ['CENTRE_MANAGER'] as const;
/** The format tag of an export file; an import refuses anything else. */
export const CATALOG_FORMAT = 'onewindow-catalog/1';

// ───────────── request shapes ─────────────

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as unknown as [T, ...T[]]);

/** Item codes end up in URLs, case numbers' files and department systems: keep them plain. */
const ITEM_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const itemCode = z.string().regex(ITEM_CODE, 'an item code is 1–64 letters, digits, dots, hyphens or underscores, starting with a letter or digit');
const refCode = z.string().min(1, 'must not be empty').max(64);

const materialShape = z.strictObject({
  code: z.string().max(32),
  name: z.string().max(200),
  description: z.string().max(2000).describe('what exactly is expected, in words an applicant understands'),
  form: enumOf(Object.keys(MATERIAL_FORMS) as MaterialForm[]),
  copies: z.number().int(),
  required: z.boolean(),
  tolerable: z.boolean().describe('容缺: may be supplied after acceptance on the applicant\'s commitment'),
  defaultSupplyDays: z.number().int().optional().describe('tolerable materials only: working days to supply it'),
});

const specialProcedureShape = z.strictObject({
  kind: enumOf(SPECIAL_PROCEDURE_KINDS),
  limitDays: z.number().int().optional().describe('working days; when omitted, the platform limit of the kind (5, 6, 10, 7 or 30)'),
  legalBasis: z.string().max(500).optional().describe('required when limitDays differs from the platform limit of the kind: the law or regulation that sets it'),
});

/** The shape of ServiceItemContent. Ranges and cross-field rules are validateItemContent's. */
export const itemContentShape = z.strictObject({
  name: z.string().max(500),
  itemType: enumOf(Object.keys(ITEM_TYPES) as ItemType[]),
  channels: z.array(enumOf(CHANNELS)).max(10),
  statutoryLimitDays: z.number().int().describe('法定时限, working days'),
  promisedLimitDays: z.number().int().describe('承诺时限, working days, never above the statutory limit'),
  conditions: z.string().max(5000),
  legalBasis: z.string().max(5000),
  resultType: z.string().max(200),
  fee: z.string().max(1000),
  materials: z.array(materialShape).max(100),
  specialProcedures: z.array(specialProcedureShape).max(10),
});
type ContentInput = z.output<typeof itemContentShape>;

const createItemBody = z.strictObject({
  code: itemCode,
  parentCode: refCode.optional().describe('for a sub-item (拆分项): the main item it splits'),
  departmentCode: refCode,
  zoneCode: refCode,
  content: itemContentShape,
});

const draftBody = z.strictObject({ content: itemContentShape });
const retireBody = z.strictObject({ reason: z.string().trim().min(1, 'say why the item is retired').max(1000) });
const codeParam = z.object({ code: refCode });
const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

const listQuery = z.object({
  q: z.string().trim().max(100).optional().describe('keyword in the item name or code'),
  departmentCode: refCode.optional(),
  zoneCode: refCode.optional(),
  channel: enumOf(CHANNELS).optional(),
  tolerance: booleanText.optional().describe('true: items with at least one tolerable (容缺) material'),
  specialProcedure: enumOf(SPECIAL_PROCEDURE_KINDS).optional(),
  parentCode: refCode.optional().describe('the sub-items of this main item'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const guideQuery = z.object({
  version: z.coerce.number().int().min(1).optional().describe('a given version, e.g. the one a case was accepted under; default: the published one'),
});

const exportQuery = z.object({
  departmentCode: refCode.optional(),
  zoneCode: refCode.optional(),
  codePrefix: z.string().max(64).optional().describe('only items whose code starts with this'),
});

const exportedItem = z.strictObject({
  code: itemCode,
  parentCode: refCode.nullish(),
  departmentCode: refCode,
  zoneCode: refCode,
  status: z.enum(['ACTIVE', 'RETIRED']).optional().describe('informational: an import never retires or reinstates an item'),
  version: z.number().int().optional().describe('informational: the published version in the exporting platform'),
  content: itemContentShape,
});

const catalogFile = z.strictObject({
  format: z.literal(CATALOG_FORMAT),
  exportedAt: z.string().max(40).optional(),
  departments: z
    .array(z.strictObject({ code: refCode, name: z.string().trim().min(1).max(100), shortName: z.string().trim().min(1).max(50), stationed: z.boolean(), sortOrder: z.number().int() }))
    .max(500)
    .default([]),
  zones: z
    .array(z.strictObject({ code: refCode, name: z.string().trim().min(1).max(100), description: z.string().max(1000), sortOrder: z.number().int() }))
    .max(100)
    .default([]),
  items: z.array(exportedItem).max(20_000),
});
type CatalogFile = z.output<typeof catalogFile>;

// ───────────── content ↔ rows ─────────────

function usernameOf(user: AuthUser | undefined): string {
  return user?.username ?? 'unknown';
}

// ───────────── answers ─────────────

const itemSummary = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  departmentCode: z.string(),
  departmentName: z.string(),
  zoneCode: z.string(),
  zoneName: z.string(),
  itemType: z.string(),
  channels: z.array(z.string()),
  statutoryLimitDays: z.number(),
  promisedLimitDays: z.number(),
  toleranceAllowed: z.boolean(),
  specialProcedures: z.array(z.string()),
  version: z.number(),
});

export function registerCatalogRoutes(api: ApiRegistry, deps: CatalogRouteDeps): void {
  const { db } = deps;

  /** Published items of ACTIVE status, per department or zone, with the tolerance and special-procedure counts R1.4/R2.2/R3.1 quote. */
  const countsBy = async (column: 'department' | 'zone') => {
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
  };
  const noItems = { itemCount: 0, toleranceItemCount: 0, specialProcedureItemCount: 0 };

  api.route(
    {
      method: 'get',
      path: '/api/v1/departments',
      summary: 'List departments',
      description: 'The departments whose items the hall accepts, with how many published, active items each has (sub-items counted).',
      tags: ['catalog'],
      access: 'public',
    },
    async () => {
      const [departments, counts] = await Promise.all([db.department.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }), countsBy('department')]);
      return {
        body: {
          total: departments.length,
          departments: departments.map((d) => ({ code: d.code, name: d.name, shortName: d.shortName, stationed: d.stationed, sortOrder: d.sortOrder, ...(counts.get(d.code) ?? noItems) })),
        },
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/zones',
      summary: 'List service zones',
      description: 'The zones (专区) of the hall, with how many published, active items each has.',
      tags: ['catalog'],
      access: 'public',
    },
    async () => {
      const [zones, counts] = await Promise.all([db.zone.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }), countsBy('zone')]);
      return {
        body: {
          total: zones.length,
          zones: zones.map((z) => ({ code: z.code, name: z.name, description: z.description, sortOrder: z.sortOrder, ...(counts.get(z.code) ?? noItems) })),
        },
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/items',
      summary: 'Search service items',
      description: 'Published items open for applications (sub-items included), filtered and paged, in code order.',
      tags: ['catalog'],
      access: 'public',
      query: listQuery,
      response: z.object({ page: z.number(), pageSize: z.number(), total: z.number(), items: z.array(itemSummary) }),
    },
    async ({ query }) => {
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
        body: {
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
        },
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/items/:code',
      summary: 'Read an item guide',
      description:
        'The item guide (办事指南): everything of one version — materials with what exactly is expected, form, copies, required or tolerable and supply days; ' +
        'conditions, legal basis, limits, special procedures with their limits, result, fee, channels, department, zone and sub-items. ' +
        '`?version=N` returns an earlier version, e.g. the one a case was accepted under. Drafts are shown to the centre manager only.',
      tags: ['catalog'],
      access: 'public',
      params: codeParam,
      query: guideQuery,
      problems: [404],
    },
    async ({ params, query, user }) => {
      const item = await db.serviceItem.findUnique({ where: { code: params.code }, include: { department: true, zone: true } });
      if (!item) throw notFound(`service item ${params.code} does not exist`);
      const wanted = query.version ?? item.publishedVersion;
      if (wanted === null) throw notFound(`service item ${params.code} has not been published yet`);
      const v = await db.serviceItemVersion.findUnique({ where: { itemCode_version: { itemCode: item.code, version: wanted } } });
      // Drafts are work in progress: applicants must never take one for the published standard.
      if (!v || (v.state === 'DRAFT' && user?.role !== 'CENTRE_MANAGER')) throw notFound(`service item ${item.code} has no published version ${wanted}`);

      const [parent, subItems] = await Promise.all([
        item.parentCode
          ? db.serviceItem.findUnique({ where: { code: item.parentCode }, include: { versions: { where: { state: 'PUBLISHED' }, select: { name: true } } } })
          : null,
        db.serviceItem.findMany({
          where: { parentCode: item.code, status: 'ACTIVE', publishedVersion: { not: null } },
          include: { versions: { where: { state: 'PUBLISHED' }, select: { name: true, promisedLimitDays: true, channels: true } } },
          orderBy: { code: 'asc' },
        }),
      ]);
      const content = contentOfVersion(v);
      return {
        body: {
          code: item.code,
          version: v.version,
          state: v.state,
          publishedVersion: item.publishedVersion,
          publishedAt: v.publishedAt?.toISOString() ?? null,
          status: item.status,
          acceptingApplications: item.status === 'ACTIVE' && v.state === 'PUBLISHED',
          name: content.name,
          itemType: content.itemType,
          itemTypeName: ITEM_TYPES[content.itemType] ?? content.itemType,
          department: { code: item.department.code, name: item.department.name, shortName: item.department.shortName },
          zone: { code: item.zone.code, name: item.zone.name },
          parent: parent ? { code: parent.code, name: parent.versions[0]?.name ?? null } : null,
          channels: content.channels,
          statutoryLimitDays: content.statutoryLimitDays,
          promisedLimitDays: content.promisedLimitDays,
          conditions: content.conditions,
          legalBasis: content.legalBasis,
          resultType: content.resultType,
          fee: content.fee,
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
        },
      };
    },
  );

  // ───────────── management (centre manager) ─────────────

  /** Department, zone and parent must exist; a sub-item splits a main item of its own department. */
  const placementIssues = async (at: string, p: { code: string; departmentCode: string; zoneCode: string; parentCode?: string | null }): Promise<FieldIssue[]> => {
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
  };

  api.route(
    {
      method: 'post',
      path: '/api/v1/items',
      summary: 'Create a service item',
      description: 'Creates the item with its first version as a DRAFT; it is open for applications once published.',
      tags: ['catalog management'],
      access: MANAGER,
      body: createItemBody,
      successStatus: 201,
      audit: 'catalog.item.create',
      problems: [409, 422],
    },
    async ({ body, user, res }) => {
      const content = canonicalContent(body.content);
      const issues = [...(await placementIssues('body', body)), ...contentIssues(content, 'body.content')];
      if (issues.length) refuseIssues(`item ${body.code} cannot be created`, issues);
      if (await db.serviceItem.findUnique({ where: { code: body.code }, select: { code: true } })) {
        throw conflictProblem(`service item ${body.code} already exists; edit it with PUT /api/v1/items/${body.code}/draft`, 'catalog.item_exists');
      }
      res.locals.auditDetail = `item ${body.code}`;
      try {
        await db.$transaction(async (tx) => {
          await tx.serviceItem.create({ data: { code: body.code, parentCode: body.parentCode ?? null, departmentCode: body.departmentCode, zoneCode: body.zoneCode, status: 'ACTIVE' } });
          await tx.serviceItemVersion.create({ data: { itemCode: body.code, version: 1, state: 'DRAFT', ...versionFields(content), createdBy: usernameOf(user) } });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw conflictProblem(`service item ${body.code} already exists`, 'catalog.item_exists');
        throw e;
      }
      return { status: 201, body: { code: body.code, version: 1, state: 'DRAFT', status: 'ACTIVE', publishedVersion: null, content } };
    },
  );

  api.route(
    {
      method: 'put',
      path: '/api/v1/items/:code/draft',
      summary: 'Save an item draft',
      description:
        'Creates the item\'s draft, or replaces the open one, with exactly the content sent: nothing is copied from earlier versions. ' +
        'A new draft is numbered after every existing version. The published version stays in force until the draft is published.',
      tags: ['catalog management'],
      access: MANAGER,
      params: codeParam,
      body: draftBody,
      audit: 'catalog.item.draft',
      problems: [404, 409, 422],
    },
    async ({ params, body, user, res }) => {
      res.locals.auditDetail = `item ${params.code}`;
      const item = await db.serviceItem.findUnique({ where: { code: params.code }, select: { status: true, publishedVersion: true } });
      if (!item) throw notFound(`service item ${params.code} does not exist`);
      if (item.status === 'RETIRED') throw conflictProblem(`service item ${params.code} is retired; a retired item is not edited`, 'catalog.item_retired');
      const content = canonicalContent(body.content);
      const issues = contentIssues(content, 'body.content');
      if (issues.length) refuseIssues(`the draft of ${params.code} breaks the catalog rules`, issues);
      let saved: { version: number; replaced: boolean };
      try {
        saved = await db.$transaction((tx) => saveDraft(tx, params.code, content, usernameOf(user)));
      } catch (e) {
        if (isUniqueViolation(e)) throw conflictProblem(`another draft of ${params.code} was saved at the same moment; reload and try again`, 'catalog.draft_race');
        throw e;
      }
      return { body: { code: params.code, version: saved.version, state: 'DRAFT', replaced: saved.replaced, publishedVersion: item.publishedVersion, content } };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/items/:code/publish',
      summary: 'Publish an item draft',
      description:
        'In one transaction: the draft becomes PUBLISHED, the previous published version SUPERSEDED, and new cases are accepted under the new version. ' +
        'Cases accepted earlier keep the version they were accepted under.',
      tags: ['catalog management'],
      access: MANAGER,
      params: codeParam,
      audit: 'catalog.item.publish',
      problems: [404, 409, 422],
    },
    async ({ params, res }) => {
      res.locals.auditDetail = `item ${params.code}`;
      const result = await db.$transaction(async (tx) => {
        const item = await tx.serviceItem.findUnique({ where: { code: params.code }, select: { status: true, publishedVersion: true } });
        if (!item) throw notFound(`service item ${params.code} does not exist`);
        if (item.status === 'RETIRED') throw conflictProblem(`service item ${params.code} is retired; it cannot be published again`, 'catalog.item_retired');
        const draft = await tx.serviceItemVersion.findFirst({ where: { itemCode: params.code, state: 'DRAFT' } });
        if (!draft) throw conflictProblem(`service item ${params.code} has no draft to publish; save one with PUT /api/v1/items/${params.code}/draft`, 'catalog.no_draft');
        // Drafts are checked when saved; checking again costs nothing and guards rows written by other means.
        const issues = contentIssues(contentOfVersion(draft), 'draft');
        if (issues.length) refuseIssues(`the draft of ${params.code} (version ${draft.version}) breaks the catalog rules`, issues);
        const publishedAt = new Date();
        await tx.serviceItemVersion.updateMany({ where: { itemCode: params.code, state: 'PUBLISHED' }, data: { state: 'SUPERSEDED' } });
        // Conditional on still being a draft: of two simultaneous publishes, the second finds nothing and fails whole.
        const { count } = await tx.serviceItemVersion.updateMany({ where: { itemCode: params.code, version: draft.version, state: 'DRAFT' }, data: { state: 'PUBLISHED', publishedAt } });
        if (count !== 1) throw conflictProblem(`the draft of ${params.code} was published or replaced at the same moment; reload and check`, 'catalog.publish_race');
        await tx.serviceItem.update({ where: { code: params.code }, data: { publishedVersion: draft.version } });
        return { code: params.code, version: draft.version, state: 'PUBLISHED', previousVersion: item.publishedVersion, publishedAt: publishedAt.toISOString() };
      });
      return { body: result };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/items/:code/retire',
      summary: 'Retire a service item',
      description:
        'No new case can be opened for a retired item; cases already running keep going under their own version. ' +
        'Sub-items are retired one by one: retiring a main item does not retire its sub-items.',
      tags: ['catalog management'],
      access: MANAGER,
      params: codeParam,
      body: retireBody,
      audit: 'catalog.item.retire',
      problems: [404, 409],
    },
    async ({ params, body, res }) => {
      res.locals.auditDetail = `item ${params.code}: ${body.reason}`;
      const { count } = await db.serviceItem.updateMany({ where: { code: params.code, status: 'ACTIVE' }, data: { status: 'RETIRED' } });
      if (count === 0) {
        const exists = await db.serviceItem.findUnique({ where: { code: params.code }, select: { code: true } });
        if (!exists) throw notFound(`service item ${params.code} does not exist`);
        throw conflictProblem(`service item ${params.code} is already retired`, 'catalog.item_retired');
      }
      return { body: { code: params.code, status: 'RETIRED', reason: body.reason } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/items/:code/versions',
      summary: 'List an item\'s versions',
      description: 'Every version with its state (DRAFT, PUBLISHED, SUPERSEDED), author and dates. Read one with GET /api/v1/items/{code}?version=N.',
      tags: ['catalog management'],
      access: MANAGER,
      params: codeParam,
      problems: [404],
    },
    async ({ params }) => {
      const item = await db.serviceItem.findUnique({ where: { code: params.code }, include: { versions: { orderBy: { version: 'desc' } } } });
      if (!item) throw notFound(`service item ${params.code} does not exist`);
      return {
        body: {
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
        },
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/items/:code/versions/diff',
      summary: 'The differences between two versions of an item',
      description:
        'Field by field from version `from` to version `to`: the item\'s fields (name, type, channels, limits, conditions, legal basis, result, fee, material order), ' +
        'and the materials (by code) and special procedures (by kind) added, removed or changed, each change with its Chinese label and readable values. ' +
        'Defaults: `to` is the newest version, `from` the one before it.',
      tags: ['catalog management'],
      access: MANAGER,
      params: codeParam,
      query: z.object({
        from: z.coerce.number().int().min(1).optional().describe('the older version (default: the one before `to`)'),
        to: z.coerce.number().int().min(1).optional().describe('the newer version (default: the newest)'),
      }),
      problems: [404, 422],
    },
    async ({ params, query }) => {
      const versions = await db.serviceItemVersion.findMany({ where: { itemCode: params.code }, orderBy: { version: 'asc' } });
      if (versions.length === 0) throw notFound(`service item ${params.code} does not exist`);
      const to = query.to ?? versions.at(-1)!.version;
      const from = query.from ?? to - 1;
      const byVersion = new Map(versions.map((v) => [v.version, v]));
      const missing: FieldIssue[] = [];
      if (from < 1 || !byVersion.has(from)) missing.push({ field: 'query.from', rule: 'catalog.version_unknown', message: from < 1 ? `version ${to} has no earlier version to compare with` : `${params.code} has no version ${from}` });
      if (!byVersion.has(to)) missing.push({ field: 'query.to', rule: 'catalog.version_unknown', message: `${params.code} has no version ${to}` });
      if (missing.length) throw new Problem(422, `cannot compare: ${missing.map((m) => m.message).join('; ')}`, { rule: 'catalog.version_unknown', errors: missing });
      const describe = (v: VersionRow) => ({ version: v.version, state: v.state, createdBy: v.createdBy, createdAt: v.createdAt.toISOString(), publishedAt: v.publishedAt?.toISOString() ?? null });
      const a = byVersion.get(from)!;
      const b = byVersion.get(to)!;
      return { body: { code: params.code, from: describe(a), to: describe(b), ...diffContent(contentOfVersion(a), contentOfVersion(b)) } };
    },
  );

  // ───────────── export and import ─────────────

  api.route(
    {
      method: 'get',
      path: '/api/v1/catalog/export',
      summary: 'Export the catalog',
      description:
        `The catalog as one JSON file (format \`${CATALOG_FORMAT}\`): all departments and zones, and every item that has a published version with that content. ` +
        'The same file is accepted by POST /api/v1/catalog/import. Filters narrow the items only.',
      tags: ['catalog management'],
      access: ['CENTRE_MANAGER', 'SUPERVISOR'],
      query: exportQuery,
      audit: 'catalog.export',
    },
    async ({ query }) => {
      const [departments, zones, versions] = await Promise.all([
        db.department.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }),
        db.zone.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }),
        db.serviceItemVersion.findMany({
          where: {
            state: 'PUBLISHED',
            ...(query.codePrefix ? { itemCode: { startsWith: query.codePrefix } } : {}),
            item: { ...(query.departmentCode ? { departmentCode: query.departmentCode } : {}), ...(query.zoneCode ? { zoneCode: query.zoneCode } : {}) },
          },
          include: { item: true },
          orderBy: { itemCode: 'asc' },
        }),
      ]);
      const file: CatalogFile = {
        format: CATALOG_FORMAT,
        exportedAt: new Date().toISOString(),
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
      return { body: file, headers: { 'content-disposition': `attachment; filename="catalog-${file.exportedAt!.slice(0, 10)}.json"` } };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/catalog/import',
      summary: 'Import a catalog file',
      description:
        'Takes the export format. Everything is checked first; if any item breaks a rule the whole import is refused (422) with every item code, field and rule listed, and nothing is written. ' +
        'Missing departments and zones are created (existing ones are left as they are). A new item is created with its first version as a DRAFT; ' +
        'an existing item whose content differs gets it as its DRAFT (replacing an open draft); an item whose content equals its published version is left alone. ' +
        'Nothing is published: the manager reviews and publishes drafts one by one. An import never moves an item to another department, zone or main item.',
      tags: ['catalog management'],
      access: MANAGER,
      body: catalogFile,
      audit: 'catalog.import',
      problems: [422],
    },
    async ({ body, user, res }) => {
      const by = usernameOf(user);
      const result = await importCatalog(db, body, by);
      res.locals.auditDetail = `import: ${JSON.stringify(result)}`;
      return { body: { items: body.items.length, ...result } };
    },
  );
}
