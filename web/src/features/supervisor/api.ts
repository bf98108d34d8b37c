/**
 * The supervision side's server state: the problem ledger, rectifications, urges, ratings, the
 * negative-behaviour lists, violations, the audit log and the dead-letter list. List rows are the
 * generated OpenAPI shapes; a single rectification or urge is the domain's own view type.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiProblem, authedFetch } from '../../shared/api/client';
import type { paths } from '../../shared/api/schema';
export type { RectificationView } from '../../../../domain/supervision/rectification';
export type { UrgeView } from '../../../../domain/supervision/urge';

type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put'> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } }
  ? T
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;

export type FindingPage = Ok<'/api/v1/findings', 'get'>;
export type FindingRow = FindingPage['items'][number];
export type RectificationPage = Ok<'/api/v1/rectifications', 'get'>;
export type RectificationRow = RectificationPage['items'][number];
export type UrgePage = Ok<'/api/v1/urges', 'get'>;
export type UrgeRow = UrgePage['items'][number];
export type RatingPage = Ok<'/api/v1/ratings', 'get'>;
export type RatingRow = RatingPage['items'][number];
export type SituationList = Ok<'/api/v1/negative-situations', 'get'>;
export type Situation = SituationList['items'][number];
export type ViolationPage = Ok<'/api/v1/violations', 'get'>;
export type AuditPage = Ok<'/api/v1/audit', 'get'>;
export type OutboxPage = Ok<'/api/v1/outbox/dead-letters', 'get'>;
export type PatrolBody = NonNullable<paths['/api/v1/findings']['post']['requestBody']>['content']['application/json'];
export type ConfirmBody = NonNullable<paths['/api/v1/findings/{id}/confirm']['post']['requestBody']>['content']['application/json'];
export type SituationBody = NonNullable<paths['/api/v1/negative-situations/{code}']['put']['requestBody']>['content']['application/json'];

export interface SupervisionEventRow {
  seq: number;
  at: string;
  type: string;
  actor: { name: string; role: string } | null;
  detail: Record<string, unknown>;
}

export type Query = Record<string, string | number | undefined>;

const problemOf = (res: Response, data: unknown) =>
  new ApiProblem(data && typeof data === 'object' && 'status' in data ? (data as never) : { type: 'about:blank', title: `HTTP ${res.status}`, status: res.status, detail: `服务器返回 ${res.status}` });

/** GET a JSON resource with the session's token; a problem+json answer is thrown as ApiProblem. */
export async function getJson<T>(path: string, query: Query = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const res = await authedFetch(`${path}${qs.size ? `?${qs}` : ''}`);
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw problemOf(res, data);
  return data as T;
}

/** POST (or PUT) JSON with a fresh idempotency key: a retried click never acts twice. */
export async function sendJson<T>(path: string, body: unknown, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
  const res = await authedFetch(path, { method, headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }, body: JSON.stringify(body) });
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw problemOf(res, data);
  return data as T;
}

/** A list that refreshes by itself (the ledger changes as hotline tickets and detections arrive). */
export const useList = <T,>(key: string, path: string, query: Query, refetchInterval: number | false = 5_000) =>
  useQuery({ queryKey: [key, query], queryFn: () => getJson<T>(path, query), refetchInterval, placeholderData: keepPreviousData });

export const useDepartments = () =>
  useQuery({
    queryKey: ['departments'],
    staleTime: 600_000,
    queryFn: () => getJson<{ departments: { code: string; name: string; shortName: string }[] }>('/api/v1/departments'),
    select: (d) => d.departments,
  });

/** The short name of a department code, for tables (the code until the list arrives). */
export function useDepartmentName(): (code: string | null | undefined) => string {
  const departments = useDepartments();
  return (code) => (code ? (departments.data?.find((d) => d.code === code)?.shortName ?? code) : '—');
}

export const useSituations = (includeInactive = false) =>
  useQuery({
    queryKey: ['negative-situations', includeInactive],
    staleTime: 30_000,
    queryFn: () => getJson<SituationList>('/api/v1/negative-situations', { includeInactive: String(includeInactive) }),
  });
