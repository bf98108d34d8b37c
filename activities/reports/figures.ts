/**
 * The month's figures for the analysis report, counted from the case events of the read model.
 * A report runs once a month, so it counts the month's raw events directly; the live statistics
 * use rollups instead. The six figures follow docs/statistics.md: each counts the events of its
 * kind that happened in the month (Asia/Shanghai), rates divide by the month's acceptances.
 */
import type { Db } from '../../prisma/client.js';

export const FIGURE_EVENTS = {
  accepted: ['ACCEPTED'],
  approved: ['APPROVED'],
  completed: ['COMPLETED'],
  overdue: ['OVERDUE'],
  returned: ['RETURNED'],
  interrupted: ['PAUSED', 'SPECIAL_PROCEDURE_STARTED', 'WITHDRAWN', 'TERMINATED', 'CORRECTION_LAPSED'],
} as const;

export type FigureName = keyof typeof FIGURE_EVENTS;

export interface Figures {
  accepted: number;
  approved: number;
  completed: number;
  overdue: number;
  overdueRate: number;
  returned: number;
  returnedRate: number;
  interrupted: number;
}

export interface MonthlyFigures {
  month: string;
  from: string;
  to: string;
  overall: Figures;
  departments: { code: string; name: string; figures: Figures; items: { code: string; name: string; figures: Figures }[] }[];
}

/** The month's bounds: [first day 00:00, first day of next month 00:00) in Asia/Shanghai. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`month must be YYYY-MM, got "${month}"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return { from: new Date(`${month}-01T00:00:00+08:00`), to: new Date(`${next}-01T00:00:00+08:00`) };
}

const rate = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 10_000) / 10_000);

function figuresOf(counts: Map<string, number>): Figures {
  const sum = (name: FigureName) => FIGURE_EVENTS[name].reduce((n, type) => n + (counts.get(type) ?? 0), 0);
  const accepted = sum('accepted');
  return {
    accepted,
    approved: sum('approved'),
    completed: sum('completed'),
    overdue: sum('overdue'),
    overdueRate: rate(sum('overdue'), accepted),
    returned: sum('returned'),
    returnedRate: rate(sum('returned'), accepted),
    interrupted: sum('interrupted'),
  };
}

export async function monthlyFigures(db: Db, month: string): Promise<MonthlyFigures> {
  const { from, to } = monthBounds(month);
  const types = Object.values(FIGURE_EVENTS).flat();
  const rows = await db.$queryRaw<{ department_code: string; item_code: string; item_name: string; type: string; n: bigint }[]>`
    SELECT s.department_code, s.item_code, s.item_name, e.type, count(*) AS n
    FROM case_event e JOIN case_snapshot s ON s.case_no = e.case_no
    WHERE e.at >= ${from} AND e.at < ${to} AND e.type = ANY(${types})
    GROUP BY s.department_code, s.item_code, s.item_name, e.type`;
  const departments = await db.department.findMany({ orderBy: { sortOrder: 'asc' } });
  const all = new Map<string, number>();
  const byDept = new Map<string, Map<string, number>>();
  const byItem = new Map<string, { dept: string; name: string; counts: Map<string, number> }>();
  const add = (m: Map<string, number>, type: string, n: number) => m.set(type, (m.get(type) ?? 0) + n);
  for (const r of rows) {
    const n = Number(r.n);
    add(all, r.type, n);
    if (!byDept.has(r.department_code)) byDept.set(r.department_code, new Map());
    add(byDept.get(r.department_code)!, r.type, n);
    if (!byItem.has(r.item_code)) byItem.set(r.item_code, { dept: r.department_code, name: r.item_name, counts: new Map() });
    add(byItem.get(r.item_code)!.counts, r.type, n);
  }
  return {
    month,
    from: from.toISOString(),
    to: to.toISOString(),
    overall: figuresOf(all),
    departments: departments.map((d) => ({
      code: d.code,
      name: d.name,
      figures: figuresOf(byDept.get(d.code) ?? new Map()),
      items: [...byItem.entries()]
        .filter(([, v]) => v.dept === d.code)
        .map(([code, v]) => ({ code, name: v.name, figures: figuresOf(v.counts) }))
        .sort((a, b) => b.figures.accepted - a.figures.accepted || a.code.localeCompare(b.code)),
    })),
  };
}
