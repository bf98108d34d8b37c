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
 *
 * This file speaks HTTP (shapes, roles, audit, answers): the reads are
 * api/services/catalog-reads.ts's, the writes and the import planner api/services/catalog.ts's.
 */
import { z } from 'zod';
import { CHANNELS, ITEM_TYPES, type ItemType, MATERIAL_FORMS, type MaterialForm, SPECIAL_PROCEDURE_KINDS } from '../../domain/catalog/types.js';
import type { Db } from '../../prisma/client.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import { createItem, importCatalog, publishDraft, retireItem, saveItemDraft } from '../services/catalog.js';
import { CATALOG_FORMAT, exportCatalog, itemGuide, itemVersions, listDepartments, listZones, searchItems, versionDiff } from '../services/catalog-reads.js';

export interface CatalogRouteDeps {
  db: Db;
}

const MANAGER = ['CENTRE_MANAGER'] as const;

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


  api.route(
    {
      method: 'get',
      path: '/api/v1/departments',
      summary: 'List departments',
      description: 'The departments whose items the hall accepts, with how many published, active items each has (sub-items counted).',
      tags: ['catalog'],
      access: 'public',
    },
    async () => ({ body: await listDepartments(db) }),
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
    async () => ({ body: await listZones(db) }),
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
    async ({ query }) => ({ body: await searchItems(db, query) }),
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
    // Drafts are work in progress: shown to the centre manager only.
    async ({ params, query, user }) => ({ body: await itemGuide(db, params.code, { version: query.version, draftsVisible: user?.role === 'CENTRE_MANAGER' }) }),
  );

  // ───────────── management (centre manager) ─────────────


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
      res.locals.auditDetail = `item ${body.code}`;
      return { status: 201, body: await createItem(db, body, usernameOf(user)) };
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
      return { body: await saveItemDraft(db, params.code, body.content, usernameOf(user)) };
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
      return { body: await publishDraft(db, params.code) };
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
      await retireItem(db, params.code);
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
    async ({ params }) => ({ body: await itemVersions(db, params.code) }),
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
    async ({ params, query }) => ({ body: await versionDiff(db, params.code, query) }),
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
      const file = await exportCatalog(db, query);
      return { body: file, headers: { 'content-disposition': `attachment; filename="catalog-${file.exportedAt.slice(0, 10)}.json"` } };
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
