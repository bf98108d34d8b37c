/**
 * Registers the platform's custom search attributes on a Temporal namespace. The dev server gets
 * them as start-up flags; an external cluster gets them through the operator service (idempotent).
 */
import type { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';

const { temporal } = proto;
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes.js';

const CLI_TYPE: Record<string, string> = { KEYWORD: 'Keyword', DATETIME: 'Datetime', BOOL: 'Bool', TEXT: 'Text', INT: 'Int', DOUBLE: 'Double', KEYWORD_LIST: 'KeywordList' };
const INDEXED: Record<string, proto.temporal.api.enums.v1.IndexedValueType> = {
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  DATETIME: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  BOOL: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
};

export function searchAttributeFlags(): string[] {
  return CASE_SEARCH_ATTRIBUTES.flatMap((k) => ['--search-attribute', `${k.name}=${CLI_TYPE[k.type]}`]);
}

export async function registerSearchAttributes(connection: Connection, namespace: string, attributes: readonly { name: string; type: string }[] = CASE_SEARCH_ATTRIBUTES): Promise<void> {
  let known: Record<string, unknown> = {};
  try {
    known = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (e) {
    // The time-skipping test server can add search attributes but not list them.
    if ((e as { code?: number }).code !== 12 /* UNIMPLEMENTED */) throw e;
  }
  const missing = attributes.filter((k) => !(k.name in known));
  if (missing.length === 0) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((k) => [k.name, INDEXED[k.type]!])),
  });
}
