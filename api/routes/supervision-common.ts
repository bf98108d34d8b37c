/** Query pieces shared by the supervision-side lists: paging, day ranges (Asia/Shanghai), scopes. */
import { z } from 'zod';
import type { Prisma } from '../../prisma/client.js';
import { forbiddenProblem } from '../http/problem.js';
import type { AuthUser } from '../http/route.js';

export const OVERSIGHT_ROLES = ['CENTRE_MANAGER', 'SUPERVISOR', 'COMPLAINT_CENTRE'] as const;
export const DEPARTMENT_ROLES = ['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD'] as const;
export const OVERSIGHT_AND_DEPARTMENTS = [...OVERSIGHT_ROLES, ...DEPARTMENT_ROLES] as const;

const isValidDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine(isValidDay, 'is not a day of the calendar');
export const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};
export const dayRange = {
  from: isoDay.optional().describe('on or after this day (Asia/Shanghai)'),
  to: isoDay.optional().describe('on or before this day (Asia/Shanghai)'),
};
export const rangeOk = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
export const rangeMessage = { path: ['to'], message: 'must not be before `from`' };
export const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export function dayFilter(q: { from?: string | undefined; to?: string | undefined }): Prisma.DateTimeFilter | undefined {
  if (!q.from && !q.to) return undefined;
  return {
    ...(q.from ? { gte: new Date(`${q.from}T00:00:00+08:00`) } : {}),
    ...(q.to ? { lt: new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) } : {}),
  };
}

export const isDepartmentUser = (u: AuthUser) => u.role === 'DEPARTMENT_REVIEWER' || u.role === 'DEPARTMENT_LEAD';

/** Department staff see only their own department; asking for another is a 403. */
export function departmentScope(u: AuthUser, requested: string | undefined): string | undefined {
  if (!isDepartmentUser(u)) return requested;
  if (requested && requested !== u.departmentCode) throw forbiddenProblem('部门工作人员只能查看本部门的数据', 'scope.department');
  return u.departmentCode;
}

/** Plain text a person typed: trimmed, not empty, no bytes PostgreSQL cannot hold. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');
export const optionalText = (max: number) => z.string().trim().max(max).refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');

export const page = <T extends z.ZodType>(item: T) => z.object({ page: z.number(), pageSize: z.number(), total: z.number(), items: z.array(item) });
