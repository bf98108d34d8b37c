/** Finds seeded items with the properties a test needs, and the materials to hand in for them. */
import type { Db } from '../../prisma/client.js';

export interface TestItem {
  code: string;
  departmentCode: string;
  promisedLimitDays: number;
  requiredMaterials: string[];
  tolerableMaterials: string[];
  specialProcedures: { kind: string; limitDays: number }[];
}

export async function findItem(
  db: Db,
  /**
   * Always one of the catalog's own (seeded) items, never a TEST- item another test file publishes
   * and retires meanwhile (one with a single required material was once picked by a test needing
   * three); skip: the nth match, so files that count per item do not share one.
   */
  want: { channel?: 'ONLINE' | 'WINDOW'; tolerance?: boolean; specialProcedure?: string; maxLimit?: number; skip?: number } = {},
): Promise<TestItem> {
  const versions = await db.serviceItemVersion.findMany({
    where: {
      state: 'PUBLISHED',
      item: { status: 'ACTIVE' },
      ...(want.channel ? { channels: { has: want.channel } } : {}),
      ...(want.tolerance !== undefined ? { toleranceAllowed: want.tolerance } : {}),
      ...(want.specialProcedure ? { specialProcedureKinds: { has: want.specialProcedure } } : {}),
      ...(want.maxLimit ? { promisedLimitDays: { lte: want.maxLimit } } : {}),
      NOT: { itemCode: { startsWith: 'TEST-' } },
    },
    include: { item: true },
    orderBy: { itemCode: 'asc' },
    skip: want.skip ?? 0,
    take: 1,
  });
  const v = versions[0];
  if (!v) throw new Error(`no seeded item matches ${JSON.stringify(want)}`);
  const materials = v.materials as { code: string; required: boolean; tolerable: boolean }[];
  return {
    code: v.itemCode,
    departmentCode: v.item.departmentCode,
    promisedLimitDays: v.promisedLimitDays,
    requiredMaterials: materials.filter((m) => m.required).map((m) => m.code),
    tolerableMaterials: materials.filter((m) => m.tolerable).map((m) => m.code),
    specialProcedures: v.specialProcedures as { kind: string; limitDays: number }[],
  };
}

/** Polls until the check passes (the read model follows the workflow within moments). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
