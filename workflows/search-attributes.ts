/**
 * Search attributes an operator filters on in the Temporal UI, e.g.
 *   CaseStatus="IN_REVIEW" AND DepartmentCode="YL-ZRZYJ" AND Overdue=true
 * Registered by `npm start` on the dev server (or on a cluster when TEMPORAL_ADDRESS is set).
 */
import { type SearchAttributePair, type SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';
import type { CaseView } from '../domain/case/model.js';

export const CaseNo = defineSearchAttributeKey('CaseNo', 'KEYWORD');
export const ItemCode = defineSearchAttributeKey('ItemCode', 'KEYWORD');
export const DepartmentCode = defineSearchAttributeKey('DepartmentCode', 'KEYWORD');
export const CaseStatus = defineSearchAttributeKey('CaseStatus', 'KEYWORD');
export const CaseChannel = defineSearchAttributeKey('CaseChannel', 'KEYWORD');
export const DueAt = defineSearchAttributeKey('DueAt', 'DATETIME');
export const Overdue = defineSearchAttributeKey('Overdue', 'BOOL');
export const Warning = defineSearchAttributeKey('Warning', 'BOOL');

export const CASE_SEARCH_ATTRIBUTES = [CaseNo, ItemCode, DepartmentCode, CaseStatus, CaseChannel, DueAt, Overdue, Warning] as const;
export type CaseSearchAttributeType = SearchAttributeType;

/**
 * The search attributes of a case as its view stands: given at the start (api/services/case-start.ts)
 * and upserted by the workflow only when they change.
 */
export function caseSearchAttributes(view: CaseView): SearchAttributePair[] {
  return [
    { key: CaseNo, value: view.caseNo },
    { key: ItemCode, value: view.item.code },
    { key: DepartmentCode, value: view.item.departmentCode },
    { key: CaseStatus, value: view.status },
    { key: CaseChannel, value: view.channel },
    { key: Overdue, value: view.overdue },
    { key: Warning, value: view.warning },
    ...(view.dueAt ? [{ key: DueAt, value: new Date(view.dueAt) }] : []),
  ];
}
