/**
 * Demo accounts for a local hall: clerks at the comprehensive windows, one reviewer per
 * department (plus a lead for the first), a centre manager, a supervisor, an applicant and an
 * account administrator. Created only when missing; never in production (SEED_DEMO_USERS=false).
 */
import { hashPassword } from '../../api/http/auth.js';
import type { Db } from '../client.js';

export const DEMO_PASSWORD = 'onewindow2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
  departmentCode?: string;
  windowNo?: string;
  phone?: string;
}

export function reviewerUsername(departmentCode: string): string {
  return `reviewer.${departmentCode.toLowerCase()}`;
}

export async function demoAccounts(db: Db): Promise<DemoAccount[]> {
  const departments = await db.department.findMany({ orderBy: { sortOrder: 'asc' } });
  return [
    { username: 'clerk.a01', displayName: '综合窗口A01 王敏', role: 'FRONT_DESK_CLERK', windowNo: 'A-01' },
    { username: 'clerk.a02', displayName: '综合窗口A02 李娜', role: 'FRONT_DESK_CLERK', windowNo: 'A-02' },
    ...departments.map((d) => ({ username: reviewerUsername(d.code), displayName: `${d.shortName}审批员`, role: 'DEPARTMENT_REVIEWER', departmentCode: d.code })),
    ...(departments[0] ? [{ username: `lead.${departments[0].code.toLowerCase()}`, displayName: `${departments[0].shortName}科长`, role: 'DEPARTMENT_LEAD', departmentCode: departments[0].code }] : []),
    { username: 'manager', displayName: '政务服务中心 张主任', role: 'CENTRE_MANAGER' },
    { username: 'supervisor', displayName: '督查室 赵督查', role: 'SUPERVISOR' },
    { username: 'complaint', displayName: '政务监察投诉中心 孙主任', role: 'COMPLAINT_CENTRE' },
    { username: 'applicant', displayName: '申请人 陈晓', role: 'APPLICANT', phone: '13800000000' },
    { username: 'admin', displayName: '账号管理员', role: 'ACCOUNT_ADMIN' },
  ];
}

export async function seedDemoUsers(db: Db): Promise<number> {
  const accounts = await demoAccounts(db);
  const existing = new Set((await db.user.findMany({ select: { username: true } })).map((u) => u.username));
  const missing = accounts.filter((a) => !existing.has(a.username));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: missing.map((a) => ({
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      departmentCode: a.departmentCode ?? null,
      windowNo: a.windowNo ?? null,
      phone: a.phone ?? null,
      passwordHash,
    })),
    skipDuplicates: true,
  });
  return missing.length;
}
