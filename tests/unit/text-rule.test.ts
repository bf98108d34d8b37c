/**
 * The one text rule (domain/text.ts): what PostgreSQL cannot hold is named, field by field,
 * before it enters; numbers and dates beyond what the database holds are named too.
 */
import { describe, expect, it } from 'vitest';
import { rangeIssues, sanitizeText, textIssues } from '../../domain/text.js';

describe('the text rule', () => {
  it('when a NUL or an unpaired surrogate hides anywhere in a body (values, keys, arrays), then each is named with its rule', () => {
    const issues = textIssues({ a: 'ok', b: ['x', 'y\u0000'], c: { d: 'lone \ud800 high', e: 'lone \udc00 low' }, 'k\u0000': 1, emoji: '好😀' }, 'body');
    expect(issues.map((i) => `${i.field} ${i.rule}`)).toEqual([
      'body.b.1 text.nul',
      'body.c.d text.unpaired_surrogate',
      'body.c.e text.unpaired_surrogate',
      'body.k\\u0000 text.nul',
    ]);
  });

  it('when a body nests absurdly deep, then it is refused instead of walked', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(textIssues(deep, 'body')[0]?.rule).toBe('json.too_deep');
  });

  it('when integers leave int4 or dates and months leave 1900–2199, then they are named; ordinary values pass', () => {
    const issues = rangeIssues({ version: 99_999_999_999, page: 3, from: '0001-01-01', month: '0000-01', at: '2026-11-29T10:00:00Z', big: -2_147_483_649, f: 1.5 }, 'query');
    expect(issues.map((i) => `${i.field} ${i.rule}`)).toEqual(['query.version number.range', 'query.from date.range', 'query.month date.range', 'query.big number.range']);
  });

  it('when text must be kept for operators, then sanitising replaces exactly the unstorable characters', () => {
    expect(sanitizeText({ 'n\u0000': ['a\u0000b', 'c\ud800d', '😀'] })).toEqual({ 'n\uFFFD': ['a\uFFFDb', 'c\uFFFDd', '😀'] });
  });
});
