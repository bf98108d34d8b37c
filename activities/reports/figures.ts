/**
 * The month's figures for the analysis report. They come from the same rollups and definitions
 * as the live statistics (domain/statistics.ts, docs/statistics.md), so a report and the
 * statistics page never disagree: each figure counts its events on their Asia/Shanghai day,
 * overdue counts a case once, rates divide by the month's acceptances (null without any).
 */
import { rollupDailyDepartmentCounts, statistics } from '../../api/services/statistics.js';
import { addCalendarDays } from '../../domain/calendar/dates.js';
import { type Figures, type Metric, daysBetween, figuresOf } from '../../domain/statistics.js';
import type { Db } from '../../prisma/client.js';
import { type SatisfactionRow, satisfactionSummary } from '../../api/services/ratings.js';
import { startOfShanghaiDay } from '../../domain/calendar/dates.js';

export type { Figures };

export interface MonthlyFigures {
  month: string;
  /** First and last day of the month (Asia/Shanghai), both included. */
  from: string;
  to: string;
  overall: Figures;
  /** Every day of the month, for the daily trend chart. */
  daily: DailyFigures[];
  departments: { code: string; name: string; figures: Figures; daily: DailyFigures[]; items: { code: string; name: string; figures: Figures }[] }[];
  /** 好差评 ratings given in the month (those excluded by an upheld appeal not counted). */
  satisfaction: { overall: SatisfactionRow | null; byDepartment: SatisfactionRow[] };
}

export interface DailyFigures {
  day: string;
  figures: Figures;
}

/** The month's first and last calendar day. */
export function monthDays(month: string): { from: string; to: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`month must be YYYY-MM, got "${month}"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: addCalendarDays(next, -1) };
}

export async function monthlyFigures(db: Db, month: string): Promise<MonthlyFigures> {
  const { from, to } = monthDays(month);
  const [overall, byDepartment, byItem, dailyRows, satisfaction] = await Promise.all([
    statistics(db, { from, to, groupBy: 'none' }),
    statistics(db, { from, to, groupBy: 'department' }),
    statistics(db, { from, to, groupBy: 'item' }),
    rollupDailyDepartmentCounts(db, from, to),
    satisfactionSummary(db, new Date(startOfShanghaiDay(from)), new Date(startOfShanghaiDay(addCalendarDays(to, 1)))),
  ]);
  // Day × department counts from the same rollup: the trend adds up to the month's figures.
  const perDay = new Map<string, Partial<Record<Metric, number>>>();
  const perDeptDay = new Map<string, Partial<Record<Metric, number>>>();
  for (const r of dailyRows) {
    for (const [map, key] of [[perDay, r.day], [perDeptDay, `${r.department_code} ${r.day}`]] as const) {
      const counts = map.get(key) ?? {};
      counts[r.metric] = (counts[r.metric] ?? 0) + Number(r.n);
      map.set(key, counts);
    }
  }
  const days = daysBetween(from, to);
  const departmentOfItem = new Map(
    (await db.serviceItem.findMany({ where: { code: { in: byItem.groups.map((g) => g.key) } }, select: { code: true, departmentCode: true } })).map((i) => [i.code, i.departmentCode]),
  );
  const departments = await db.department.findMany({ orderBy: { sortOrder: 'asc' } });
  const figuresOfGroup = (g: (typeof byItem.groups)[number]): Figures => {
    const { key: _key, label: _label, ...figures } = g;
    return figures;
  };
  return {
    month,
    from,
    to,
    overall: overall.total,
    daily: days.map((day) => ({ day, figures: figuresOf(perDay.get(day) ?? {}) })),
    departments: departments.map((d) => ({
      code: d.code,
      name: d.name,
      daily: days.map((day) => ({ day, figures: figuresOf(perDeptDay.get(`${d.code} ${day}`) ?? {}) })),
      figures: byDepartment.groups.find((g) => g.key === d.code) ? figuresOfGroup(byDepartment.groups.find((g) => g.key === d.code)!) : emptyFigures(byDepartment.total),
      items: byItem.groups
        .filter((g) => departmentOfItem.get(g.key) === d.code)
        .map((g) => ({ code: g.key, name: g.label, figures: figuresOfGroup(g) })),
    })),
    satisfaction,
  };
}

/** A department without any event in the month: every count 0, every rate null. */
function emptyFigures(shape: Figures): Figures {
  return {
    ...shape,
    accepted: 0,
    approved: 0,
    completed: 0,
    completedOnTime: 0,
    onTimeRate: null,
    overdue: 0,
    overdueRate: null,
    returned: 0,
    returnedRate: null,
    interrupted: 0,
    interruptions: { paused: 0, specialProcedures: 0, withdrawn: 0, terminated: 0, correctionLapsed: 0 },
    specialProcedureOverruns: 0,
    stageOverdue: { preReview: 0, output: 0 },
    consultations: 0,
  };
}
