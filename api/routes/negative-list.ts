/**
 * 负面行为清单 The negative-behaviour lists: read by everyone signed in (staff must know them),
 * edited by the centre manager. Each edit adds a version; the list shows the versions in force.
 */
import { z } from 'zod';
import { NEGATIVE_GROUPS, type NegativeGroup } from '../../domain/supervision/negative-list.js';
import type { Db } from '../../prisma/client.js';
import { conflictProblem, notFound } from '../http/problem.js';
import type { ApiRegistry } from '../http/route.js';
import { text } from './supervision-common.js';

const GROUP_CODES = Object.keys(NEGATIVE_GROUPS) as [NegativeGroup, ...NegativeGroup[]];

const situationRow = z.object({
  code: z.string(),
  version: z.number(),
  group: z.enum(GROUP_CODES),
  groupName: z.string(),
  title: z.string(),
  description: z.string(),
  basis: z.string(),
  rectifyDays: z.number(),
  active: z.boolean(),
  changedBy: z.string(),
  changeNote: z.string(),
  changedAt: z.string(),
});

const content = {
  group: z.enum(GROUP_CODES),
  title: text(100),
  description: text(2000),
  basis: text(1000).describe('the public standard or regulation it rests on'),
  rectifyDays: z.number().int().min(1).max(60).describe('rectification deadline in working days'),
  active: z.boolean().default(true),
  changeNote: text(500).describe('why the list changes'),
};

type Row = { code: string; version: number; groupCode: string; title: string; description: string; basis: string; rectifyDays: number; active: boolean; changedBy: string; changeNote: string; createdAt: Date };
const view = (r: Row) => ({
  code: r.code,
  version: r.version,
  group: r.groupCode as NegativeGroup,
  groupName: NEGATIVE_GROUPS[r.groupCode as NegativeGroup] ?? r.groupCode,
  title: r.title,
  description: r.description,
  basis: r.basis,
  rectifyDays: r.rectifyDays,
  active: r.active,
  changedBy: r.changedBy,
  changeNote: r.changeNote,
  changedAt: r.createdAt.toISOString(),
});

export function registerNegativeListRoutes(api: ApiRegistry, deps: { db: Db }): void {
  const { db } = deps;
  const codeParam = z.object({ code: z.string().regex(/^[A-Z0-9_]{3,64}$/, 'a code of capital letters, digits and _') });

  api.route(
    {
      method: 'get',
      path: '/api/v1/negative-situations',
      summary: 'The negative-behaviour lists (负面行为清单)',
      description: 'The situations in force, in list order, for both groups: WINDOW_STAFF (综窗工作人员) and DEPARTMENT (进驻部门). Each has its basis and rectification deadline in working days.',
      tags: ['supervision'],
      access: 'signed-in',
      query: z.object({ group: z.enum(GROUP_CODES).optional(), includeInactive: z.enum(['true', 'false']).default('false') }),
      response: z.object({ groups: z.record(z.string(), z.string()), items: z.array(situationRow) }),
    },
    async ({ query }) => {
      const rows = await db.negativeSituation.findMany({
        where: { current: true, ...(query.group ? { groupCode: query.group } : {}), ...(query.includeInactive === 'true' ? {} : { active: true }) },
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      });
      return { body: { groups: NEGATIVE_GROUPS, items: rows.map(view) } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/negative-situations/:code/versions',
      summary: 'Every version of one negative situation',
      tags: ['supervision'],
      access: 'signed-in',
      params: codeParam,
      response: z.array(situationRow),
      problems: [404],
    },
    async ({ params }) => {
      const rows = await db.negativeSituation.findMany({ where: { code: params.code }, orderBy: { version: 'desc' } });
      if (rows.length === 0) throw notFound(`negative situation ${params.code} does not exist`);
      return { body: rows.map(view) };
    },
  );

  api.route(
    {
      method: 'put',
      path: '/api/v1/negative-situations/:code',
      summary: 'Change a negative situation (adds a version)',
      description: 'Centre manager only. The previous version stays readable under /versions. Findings keep the code; their rectification deadline comes from the version in force when confirmed.',
      tags: ['supervision'],
      access: ['CENTRE_MANAGER'],
      params: codeParam,
      body: z.object(content),
      response: situationRow,
      audit: 'negativeList.update',
      problems: [404],
    },
    async ({ params, body, user }) => {
      const row = await db.$transaction(async (tx) => {
        const current = await tx.negativeSituation.findFirst({ where: { code: params.code, current: true } });
        if (!current) throw notFound(`negative situation ${params.code} does not exist`);
        await tx.negativeSituation.update({ where: { code_version: { code: current.code, version: current.version } }, data: { current: false } });
        return tx.negativeSituation.create({
          data: {
            code: current.code,
            version: current.version + 1,
            groupCode: body.group,
            title: body.title,
            description: body.description,
            basis: body.basis,
            rectifyDays: body.rectifyDays,
            active: body.active,
            sortOrder: current.sortOrder,
            changedBy: user!.displayName,
            changeNote: body.changeNote,
          },
        });
      });
      return { body: view(row) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/negative-situations',
      summary: 'Add a negative situation',
      tags: ['supervision'],
      access: ['CENTRE_MANAGER'],
      body: z.object({ code: codeParam.shape.code, ...content }),
      response: situationRow,
      successStatus: 201,
      audit: 'negativeList.create',
      problems: [409],
    },
    async ({ body, user }) => {
      if (await db.negativeSituation.findFirst({ where: { code: body.code } })) throw conflictProblem(`negative situation ${body.code} already exists; change it with PUT`, 'negative_situation.exists');
      const max = await db.negativeSituation.aggregate({ _max: { sortOrder: true } });
      const row = await db.negativeSituation.create({
        data: {
          code: body.code,
          version: 1,
          groupCode: body.group,
          title: body.title,
          description: body.description,
          basis: body.basis,
          rectifyDays: body.rectifyDays,
          active: body.active,
          sortOrder: (max._max.sortOrder ?? 0) + 1,
          changedBy: user!.displayName,
          changeNote: body.changeNote,
        },
      });
      return { status: 201, body: view(row) };
    },
  );
}
