/**
 * What the benchmark applies for: seeded items picked from the catalog by their properties (never
 * by a hard-coded code, so a catalog edit cannot break the run), and case inputs built the way the
 * API builds them, for the phase that starts workflows directly.
 */
import { REGION_CODE, publishedItemSnapshot } from '../../api/services/intake.js';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import type { Actor, CaseInput, ItemSnapshot } from '../../domain/case/model.js';
import type { Db } from '../../prisma/client.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';

export interface BenchItem {
  code: string;
  name: string;
  departmentCode: string;
  requiredMaterials: string[];
  specialProcedureKinds: string[];
}

type VersionRow = { itemCode: string; name: string; materials: unknown; specialProcedureKinds: string[]; item: { departmentCode: string } };

function toBenchItem(v: VersionRow): BenchItem {
  const materials = v.materials as { code: string; required: boolean }[];
  return {
    code: v.itemCode,
    name: v.name,
    departmentCode: v.item.departmentCode,
    requiredMaterials: materials.filter((m) => m.required).map((m) => m.code),
    specialProcedureKinds: v.specialProcedureKinds,
  };
}

const published = { state: 'PUBLISHED', item: { status: 'ACTIVE' } } as const;

/** The typical case: a window intake without tolerance, accepted at once with every required material. */
export async function typicalItem(db: Db): Promise<BenchItem> {
  const v = await db.serviceItemVersion.findFirst({
    where: { ...published, channels: { has: 'WINDOW' }, toleranceAllowed: false },
    include: { item: true },
    orderBy: { itemCode: 'asc' },
  });
  if (!v) throw new Error('the catalog has no published window item without tolerance');
  return toBenchItem(v);
}

/**
 * The heavy case needs an item open online (for the correction before acceptance) with special
 * procedures configured; one with two kinds is preferred, else its one kind is used twice in turn.
 */
export async function heavyItem(db: Db): Promise<BenchItem & { procedures: [string, string] }> {
  const candidates = await db.serviceItemVersion.findMany({
    where: { ...published, channels: { has: 'ONLINE' }, toleranceAllowed: false, NOT: { specialProcedureKinds: { isEmpty: true } } },
    include: { item: true },
    orderBy: { itemCode: 'asc' },
  });
  const rows = candidates.map(toBenchItem).filter((i) => i.requiredMaterials.length > 0);
  const pick = rows.find((i) => new Set(i.specialProcedureKinds).size >= 2) ?? rows[0];
  if (!pick) throw new Error('the catalog has no published online item with special procedures and required materials');
  const [first, second] = [...new Set(pick.specialProcedureKinds)];
  return { ...pick, procedures: [first!, second ?? first!] };
}

/** Everything a direct workflow start needs that does not change from case to case. */
export interface CaseTemplate {
  item: ItemSnapshot;
  itemName: string;
  departmentName: string;
  calendar: CaseInput['calendar'];
  submittedMaterials: string[];
}

export async function caseTemplate(db: Db, itemCode: string): Promise<CaseTemplate> {
  const { channels: _channels, ...item } = await publishedItemSnapshot(db, itemCode);
  return {
    item,
    itemName: item.name,
    departmentName: item.departmentName,
    calendar: await loadCalendarData(db),
    submittedMaterials: item.materials.filter((m) => m.required).map((m) => m.code),
  };
}

/**
 * Case numbers from the platform's own sequence, many per round trip, in the API's format, so
 * directly started cases can never collide with cases the API opens at the same time.
 */
export async function reserveCaseNos(db: Db, count: number, now = Date.now()): Promise<string[]> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT nextval('case_no_seq') AS n FROM generate_series(1, ${count}::int)`;
  const day = shanghaiDateOf(now).replaceAll('-', '');
  return rows.map((r) => `${REGION_CODE}${day}${String(r.n).padStart(6, '0')}`);
}

export function windowCaseInput(t: CaseTemplate, caseNo: string, applicantName: string, clerk: Actor, warningDays: number): CaseInput {
  return {
    caseNo,
    calendar: t.calendar,
    channel: 'WINDOW',
    item: t.item,
    applicant: { name: applicantName },
    submittedMaterials: t.submittedMaterials,
    submittedBy: clerk,
    acceptNow: { toleratedMaterials: [] },
    warningDays,
  };
}
