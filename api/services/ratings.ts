/**
 * 好差评 Satisfaction figures: per department, window, clerk or item, from the ratings not
 * excluded by an upheld appeal. Satisfied = 非常满意, 满意 or 基本满意 (levels 3–5); the rate is
 * satisfied / rated. Shared by the statistics API, the big screen and the monthly report.
 */
import { RATING_LEVELS } from '../../domain/supervision/labels.js';
import { type Db, Prisma } from '../../prisma/client.js';
import { z } from 'zod';

export const RATING_GROUP_BYS = ['department', 'window', 'clerk', 'item', 'none'] as const;
export type RatingGroupBy = (typeof RATING_GROUP_BYS)[number];

export interface SatisfactionRow {
  key: string;
  label: string;
  rated: number;
  levels: Record<'1' | '2' | '3' | '4' | '5', number>;
  satisfied: number;
  bad: number;
  /** satisfied / rated, 0..1; null when nothing was rated */
  satisfactionRate: number | null;
  averages: { level: number | null; overall: number | null; efficiency: number | null; serviceLevel: number | null; attitude: number | null };
}

const COLUMN: Record<RatingGroupBy, Prisma.Sql> = {
  department: Prisma.sql`department_code`,
  window: Prisma.sql`COALESCE(window_no, '')`,
  clerk: Prisma.sql`COALESCE(clerk_id, '')`,
  item: Prisma.sql`item_code`,
  none: Prisma.sql`'ALL'`,
};

export async function satisfaction(db: Db, q: { groupBy: RatingGroupBy; from?: Date; to?: Date; departmentCode?: string }): Promise<SatisfactionRow[]> {
  const col = COLUMN[q.groupBy];
  const rows = await db.$queryRaw<
    { key: string; label: string | null; rated: bigint; l1: bigint; l2: bigint; l3: bigint; l4: bigint; l5: bigint; avg_level: number | null; avg_overall: number | null; avg_eff: number | null; avg_svc: number | null; avg_att: number | null }[]
  >`
    SELECT ${col} AS key, MAX(${q.groupBy === 'clerk' ? Prisma.sql`clerk_name` : q.groupBy === 'window' ? Prisma.sql`window_no` : Prisma.sql`NULL`}) AS label,
      COUNT(*) AS rated,
      COUNT(*) FILTER (WHERE level = 1) AS l1, COUNT(*) FILTER (WHERE level = 2) AS l2, COUNT(*) FILTER (WHERE level = 3) AS l3,
      COUNT(*) FILTER (WHERE level = 4) AS l4, COUNT(*) FILTER (WHERE level = 5) AS l5,
      AVG(level)::float8 AS avg_level, AVG(overall)::float8 AS avg_overall, AVG(efficiency)::float8 AS avg_eff, AVG(service_level)::float8 AS avg_svc, AVG(attitude)::float8 AS avg_att
    FROM service_rating
    WHERE NOT excluded
      ${q.from ? Prisma.sql`AND rated_at >= ${q.from}` : Prisma.empty}
      ${q.to ? Prisma.sql`AND rated_at < ${q.to}` : Prisma.empty}
      ${q.departmentCode ? Prisma.sql`AND department_code = ${q.departmentCode}` : Prisma.empty}
    GROUP BY 1
    ORDER BY 1`;
  const deptNames = q.groupBy === 'department' ? new Map((await db.department.findMany({ select: { code: true, name: true } })).map((d) => [d.code, d.name])) : undefined;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return rows.map((r) => {
    const levels = { '1': Number(r.l1), '2': Number(r.l2), '3': Number(r.l3), '4': Number(r.l4), '5': Number(r.l5) };
    const rated = Number(r.rated);
    const satisfied = levels['3'] + levels['4'] + levels['5'];
    return {
      key: r.key,
      label: deptNames?.get(r.key) ?? r.label ?? (q.groupBy === 'none' ? '全部' : r.key || '（未知）'),
      rated,
      levels,
      satisfied,
      bad: levels['1'] + levels['2'],
      satisfactionRate: rated ? Math.round((satisfied / rated) * 10_000) / 10_000 : null,
      averages: { level: round(r.avg_level), overall: round(r.avg_overall), efficiency: round(r.avg_eff), serviceLevel: round(r.avg_svc), attitude: round(r.avg_att) },
    };
  });
}

export { RATING_LEVELS };


/** The shape of a satisfaction row, for OpenAPI. */
export const satisfactionRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  rated: z.number().int(),
  levels: z.object({ '1': z.number().int(), '2': z.number().int(), '3': z.number().int(), '4': z.number().int(), '5': z.number().int() }),
  satisfied: z.number().int(),
  bad: z.number().int(),
  satisfactionRate: z.number().nullable(),
  averages: z.object({ level: z.number().nullable(), overall: z.number().nullable(), efficiency: z.number().nullable(), serviceLevel: z.number().nullable(), attitude: z.number().nullable() }),
});

/** The big screen's and the monthly report's satisfaction block over [from, to). */
export async function satisfactionSummary(db: Db, from: Date, to: Date): Promise<{ overall: SatisfactionRow | null; byDepartment: SatisfactionRow[] }> {
  const [overall, byDepartment] = await Promise.all([satisfaction(db, { groupBy: 'none', from, to }), satisfaction(db, { groupBy: 'department', from, to })]);
  return { overall: overall[0] ?? null, byDepartment };
}
