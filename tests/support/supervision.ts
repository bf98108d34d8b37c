/**
 * Test helpers of the supervision tests. Their notices land in departments' notification lists,
 * so they keep off the last department, whose list the monthly-report test reads.
 */
import type { Db } from '../../prisma/client.js';
import { type TestItem, findItem } from './catalog.js';

/** A window item without tolerance, of a department other than the last in the list. */
export async function supervisionItem(db: Db): Promise<TestItem> {
  const last = await db.department.findFirstOrThrow({ orderBy: { sortOrder: 'desc' } });
  const v = await db.serviceItemVersion.findFirst({
    where: { state: 'PUBLISHED', item: { status: 'ACTIVE', departmentCode: { not: last.code } }, channels: { has: 'WINDOW' }, toleranceAllowed: false },
    orderBy: { itemCode: 'asc' },
    select: { itemCode: true },
  });
  if (!v) return findItem(db, { channel: 'WINDOW', tolerance: false });
  const version = await db.serviceItemVersion.findFirstOrThrow({ where: { itemCode: v.itemCode, state: 'PUBLISHED' }, include: { item: true } });
  const list = version.materials as { code: string; required: boolean; tolerable: boolean }[];
  return {
    code: v.itemCode,
    departmentCode: version.item.departmentCode,
    promisedLimitDays: version.promisedLimitDays,
    requiredMaterials: list.filter((m) => m.required).map((m) => m.code),
    tolerableMaterials: list.filter((m) => m.tolerable).map((m) => m.code),
    specialProcedures: version.specialProcedures as { kind: string; limitDays: number }[],
  };
}
