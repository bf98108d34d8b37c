/** The window desk's server state (TanStack Query hooks over the typed API client). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, authedFetch, unwrap, ApiProblem } from '../../shared/api/client';
import type { CaseEventRow, CaseList, CaseView, ItemGuide, ItemList } from '../../shared/api/types';

export interface ItemFilter {
  q?: string;
  departmentCode?: string;
  zoneCode?: string;
  tolerance?: 'true' | 'false';
  specialProcedure?: string;
  page: number;
}

export const useItems = (f: ItemFilter) =>
  useQuery({
    queryKey: ['items', f],
    queryFn: () => unwrap<ItemList>(api.GET('/api/v1/items', { params: { query: { ...f, pageSize: 8 } as never } })),
    placeholderData: keepPreviousData,
  });

export const useItemGuide = (code?: string) =>
  useQuery({
    queryKey: ['item', code],
    enabled: !!code,
    queryFn: () => unwrap<ItemGuide>(api.GET('/api/v1/items/{code}', { params: { path: { code: code! }, query: {} as never } })),
  });

export const useDepartments = () =>
  useQuery({
    queryKey: ['departments'],
    staleTime: 600_000,
    queryFn: () => unwrap<{ departments: { code: string; name: string }[] }>(api.GET('/api/v1/departments')),
    select: (d) => d.departments,
  });

export const useZones = () =>
  useQuery({
    queryKey: ['zones'],
    staleTime: 600_000,
    queryFn: () => unwrap<{ zones: { code: string; name: string }[] }>(api.GET('/api/v1/zones')),
    select: (d) => d.zones,
  });

export const useCaseList = (query: Record<string, string | number | boolean | undefined>, refetchInterval = 5_000) =>
  useQuery({
    queryKey: ['cases', query],
    queryFn: () => unwrap<CaseList>(api.GET('/api/v1/cases', { params: { query: query as never } })),
    refetchInterval,
    placeholderData: keepPreviousData,
  });

export const useCase = (caseNo?: string) =>
  useQuery({
    queryKey: ['case', caseNo],
    enabled: !!caseNo,
    queryFn: () => unwrap<CaseView>(api.GET('/api/v1/cases/{caseNo}', { params: { path: { caseNo: caseNo! } } })),
  });

/** POST /api/v1/cases/{caseNo}/{action} with a fresh idempotency key. */
export async function caseAction(caseNo: string, path: string, body: unknown): Promise<CaseView> {
  const res = await authedFetch(`/api/v1/cases/${caseNo}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => undefined);
  if (!res.ok) throw new ApiProblem(data ?? { type: 'about:blank', title: '', status: res.status, detail: `服务器返回 ${res.status}` });
  return data as CaseView;
}

export async function createCase(body: unknown): Promise<{ case: CaseView; queryCode: string }> {
  const res = await authedFetch('/api/v1/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => undefined);
  if (!res.ok) throw new ApiProblem(data ?? { type: 'about:blank', title: '', status: res.status, detail: `服务器返回 ${res.status}` });
  return data as { case: CaseView; queryCode: string };
}

export const useCaseEvents = (caseNo?: string) =>
  useQuery({
    queryKey: ['case-events', caseNo],
    enabled: !!caseNo,
    queryFn: () => unwrap<CaseEventRow[]>(api.GET('/api/v1/cases/{caseNo}/events', { params: { path: { caseNo: caseNo! } } })),
  });

/** What the applicant handed in so far: the submission, plus every correction supplied. */
export const submittedMaterialsOf = (events: CaseEventRow[]): string[] => [
  ...new Set(
    events.flatMap((e) => (e.type === 'RECEIVED' ? ((e.detail.submittedMaterials as string[]) ?? []) : e.type === 'CORRECTION_SUPPLIED' ? ((e.detail.materialCodes as string[]) ?? []) : [])),
  ),
];
