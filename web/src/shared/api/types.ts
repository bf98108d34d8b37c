/**
 * Shapes the web reads. Request bodies and list rows come from the generated OpenAPI paths
 * (schema.d.ts); the case view and the item guide are the domain's own shared types.
 */
import type { components, paths } from './schema';
export type { CaseView, ClockLedger } from '../../../../domain/case/model';
export type { Material, ServiceItemContent, ItemSpecialProcedure } from '../../../../domain/catalog/types';

export type CaseList = paths['/api/v1/cases']['get']['responses']['200']['content']['application/json'];
export type CaseRow = CaseList['items'][number];
export type ItemList = paths['/api/v1/items']['get']['responses']['200']['content']['application/json'];
export type ItemSummary = ItemList['items'][number];
export type CreateCaseBody = paths['/api/v1/cases']['post']['requestBody']['content']['application/json'];
export type Problem = components['schemas']['Problem'];

/** The item guide (办事指南) as GET /api/v1/items/{code} answers. */
export interface ItemGuide {
  code: string;
  version: number;
  name: string;
  itemTypeName: string;
  department: { code: string; name: string; shortName: string };
  zone: { code: string; name: string };
  channels: string[];
  statutoryLimitDays: number;
  promisedLimitDays: number;
  conditions: string;
  legalBasis: string;
  resultType: string;
  fee: string;
  materials: (import('../../../../domain/catalog/types').Material & { formName: string })[];
  tolerance: { allowed: boolean; materials: string[] };
  specialProcedures: { kind: string; name: string; limitDays: number }[];
  acceptingApplications: boolean;
}

export interface CaseEventRow {
  seq: number;
  at: string;
  type: string;
  stateCode: number;
  actor: { name: string; role: string } | null;
  detail: Record<string, unknown>;
}
