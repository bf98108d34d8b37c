/**
 * One text rule for everything that enters through the API: path parameters, query parameters,
 * the JSON body (values and keys) and the headers used as data. PostgreSQL cannot hold a NUL
 * character in text or jsonb, and an unpaired UTF-16 surrogate cannot be encoded as UTF-8 at all:
 * such a string accepted once would poison every later write of the case (the read model, the
 * idempotency store, the audit). Refused at the door with 400, naming the field and the rule.
 *
 * Numbers and dates are range-checked to what the database holds: an integer must fit a
 * PostgreSQL integer (int4), a date or month (YYYY-MM-DD, YYYY-MM, also a date-time) must lie in
 * the years the platform counts in (MIN_YEAR–MAX_YEAR).
 */
/** A field that broke a rule (the same shape as api/http/problem.ts's FieldIssue). */
export interface FieldIssue {
  field: string;
  rule: string;
  message: string;
}

export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** How deep a JSON body may nest before it is refused (deeper is never a real request). */
const MAX_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNPAIRED_SURROGATES = new RegExp(UNPAIRED_SURROGATE.source, 'g');

/** A date (YYYY-MM-DD), a month (YYYY-MM) or a date-time: their year is range-checked. */
const DATE_PREFIX = /^(\d{4,})-\d{2}(?:-\d{2})?(?:$|T)/;

/** The text rule alone: a string with no NUL and no unpaired surrogate. */
export function textIssue(value: string): { rule: string; message: string } | undefined {
  if (value.includes('\u0000')) return { rule: 'text.nul', message: '不得包含空字符（NUL，\\u0000）' };
  if (UNPAIRED_SURROGATE.test(value)) return { rule: 'text.unpaired_surrogate', message: '不得包含不成对的 UTF-16 代理字符（无法以 UTF-8 存储）' };
  return undefined;
}

/** Bad text anywhere in a request part (raw, before schema parsing). */
export function textIssues(value: unknown, field: string, out: FieldIssue[] = [], depth = 0): FieldIssue[] {
  if (out.length >= 20) return out;
  if (typeof value === 'string') {
    const issue = textIssue(value);
    if (issue) out.push({ field, ...issue });
  } else if (Array.isArray(value)) {
    if (depth > MAX_DEPTH) out.push({ field, rule: 'json.too_deep', message: `嵌套不得超过 ${MAX_DEPTH} 层` });
    else value.forEach((v, i) => textIssues(v, `${field}.${i}`, out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    if (depth > MAX_DEPTH) {
      out.push({ field, rule: 'json.too_deep', message: `嵌套不得超过 ${MAX_DEPTH} 层` });
      return out;
    }
    for (const [k, v] of Object.entries(value)) {
      const keyIssue = textIssue(k);
      const name = `${field}.${keyIssue ? JSON.stringify(k).slice(1, -1) : k}`;
      if (keyIssue) out.push({ field: name, ...keyIssue, message: `字段名${keyIssue.message}` });
      textIssues(v, name, out, depth + 1);
    }
  }
  return out;
}

/** Numbers and dates out of the database's range anywhere in a parsed request part. */
export function rangeIssues(value: unknown, field: string, out: FieldIssue[] = [], depth = 0): FieldIssue[] {
  if (out.length >= 20 || depth > MAX_DEPTH) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push({ field, rule: 'number.finite', message: '必须是有限数值' });
    else if (Number.isInteger(value) && (value < INT4_MIN || value > INT4_MAX)) {
      out.push({ field, rule: 'number.range', message: `整数必须在 ${INT4_MIN} 到 ${INT4_MAX} 之间` });
    }
  } else if (typeof value === 'string') {
    const m = DATE_PREFIX.exec(value);
    if (m) {
      const year = Number(m[1]);
      if (year < MIN_YEAR || year > MAX_YEAR) out.push({ field, rule: 'date.range', message: `日期年份必须在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间` });
    }
  } else if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) out.push({ field, rule: 'date.range', message: `日期年份必须在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间` });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => rangeIssues(v, `${field}.${i}`, out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) rangeIssues(v, `${field}.${k}`, out, depth + 1);
  }
  return out;
}

/** Headers the API reads as data (not only compares): checked by the same text rule. */
export const DATA_HEADERS = ['idempotency-key', 'accept-language', 'x-request-id'] as const;

/**
 * Makes any text safe to store and show (for the rare place that must keep what it was given,
 * e.g. an operator's record of a projection that failed on its data): NUL and unpaired
 * surrogates become U+FFFD.
 */
export function sanitizeText<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD').replace(UNPAIRED_SURROGATES, '\uFFFD') as T;
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => sanitizeText(v, depth + 1)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [sanitizeText(k), sanitizeText(v, depth + 1)])) as T;
  }
  return value;
}
