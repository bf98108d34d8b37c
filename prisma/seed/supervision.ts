/**
 * Supervision seed: the first version of the negative-behaviour lists (never overwriting a
 * manager's later versions) and the notice contacts of every department, the centre manager and
 * the complaint centre (only when missing; real addresses are set in the database).
 */
import { NEGATIVE_SITUATIONS } from '../../domain/supervision/negative-list.js';
import type { Db } from '../client.js';

export async function seedSupervision(db: Db): Promise<{ situations: number; contacts: number }> {
  const { count: situations } = await db.negativeSituation.createMany({
    data: NEGATIVE_SITUATIONS.map((s, i) => ({
      code: s.code,
      version: 1,
      groupCode: s.group,
      title: s.title,
      description: s.description,
      basis: s.basis,
      rectifyDays: s.rectifyDays,
      sortOrder: i + 1,
      changeNote: '初始清单',
    })),
    skipDuplicates: true,
  });
  const departments = await db.department.findMany({ orderBy: { sortOrder: 'asc' } });
  const { count: contacts } = await db.notifyContact.createMany({
    data: [
      { code: 'CENTRE_MANAGER', name: '政务服务中心', phone: '13909120000', email: 'centre@zwfw.yulin.example' },
      { code: 'COMPLAINT_CENTRE', name: '政务监察投诉中心', phone: '13909120001', email: 'jiancha@zwfw.yulin.example' },
      ...departments.map((d, i) => ({
        code: d.code,
        name: d.name,
        phone: `1390912${String(100 + i).padStart(4, '0')}`,
        email: `${d.code.toLowerCase()}@dept.yulin.example`,
      })),
    ],
    skipDuplicates: true,
  });
  return { situations, contacts };
}
