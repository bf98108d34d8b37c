/**
 * Search attributes an operator filters on in the Temporal UI, e.g.
 *   CaseStatus="IN_REVIEW" AND DepartmentCode="YL-ZRZYJ" AND Overdue=true
 *   Paused="true" OR InSpecialProcedure="true"
 * Registered by `npm start` on the dev server (or on a cluster when TEMPORAL_ADDRESS is set).
 */
import { type SearchAttributePair, type SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';

export const CaseNo = defineSearchAttributeKey('CaseNo', 'KEYWORD');
export const ItemCode = defineSearchAttributeKey('ItemCode', 'KEYWORD');
export const DepartmentCode = defineSearchAttributeKey('DepartmentCode', 'KEYWORD');
export const CaseStatus = defineSearchAttributeKey('CaseStatus', 'KEYWORD');
export const CaseChannel = defineSearchAttributeKey('CaseChannel', 'KEYWORD');
export const DueAt = defineSearchAttributeKey('DueAt', 'DATETIME');
export const Overdue = defineSearchAttributeKey('Overdue', 'BOOL');
export const Warning = defineSearchAttributeKey('Warning', 'BOOL');
/**
 * "true" or "false". Keywords, not Bools: SQL visibility stores (the dev server's SQLite, a
 * cluster on PostgreSQL or MySQL) at most 3 Bool attributes per namespace, and Overdue and Warning
 * hold two of them; Keyword has 10 slots, 7 in use with these.
 */
export const Paused = defineSearchAttributeKey('Paused', 'KEYWORD');
export const InSpecialProcedure = defineSearchAttributeKey('InSpecialProcedure', 'KEYWORD');

/**
 * THE list: the dev server's start flags, the test servers and a cluster's registration
 * (scripts/temporal/search-attributes.ts) all read it. A workflow upserting an attribute the
 * namespace does not know fails its task, so add here first and register before deploying.
 */
export const CASE_SEARCH_ATTRIBUTES = [CaseNo, ItemCode, DepartmentCode, CaseStatus, CaseChannel, DueAt, Overdue, Warning, Paused, InSpecialProcedure] as const;
export type CaseSearchAttributeType = SearchAttributeType;
