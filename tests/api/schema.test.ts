/**
 * The migrations are hand-written SQL (see docs/operations.md), so this test keeps them and
 * prisma/schema.prisma in step: every model's table and every scalar field's column must exist
 * in the migrated database with the same nullability.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../config/index.js';

interface Column {
  table: string;
  column: string;
  nullable: boolean;
}

function expectedColumns(): Column[] {
  const schema = fs.readFileSync(path.join(ROOT_DIR, 'prisma', 'schema.prisma'), 'utf8');
  const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(models.map((m) => m[1]));
  const columns: Column[] = [];
  for (const [, name, body] of models) {
    const table = /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? name!;
    for (const line of body!.split('\n')) {
      const m = /^\s*(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!m || line.trim().startsWith('@@') || line.trim().startsWith('//')) continue;
      const [, field, type, list, optional, rest] = m;
      if (modelNames.has(type!)) continue; // a relation, not a column
      const column = /@map\("([^"]+)"\)/.exec(rest!)?.[1] ?? field!;
      columns.push({ table, column, nullable: Boolean(optional) || Boolean(list) });
    }
  }
  return columns;
}

describe('schema and migrations', () => {
  it('when the migrations have run, then every table and column of schema.prisma exists with the same nullability', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string; column_name: string; is_nullable: string }>(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
      );
      const actual = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.is_nullable === 'YES']));
      const expected = expectedColumns();
      expect(expected.length).toBeGreaterThan(80);
      const mismatches = expected
        .filter((c) => actual.get(`${c.table}.${c.column}`) !== c.nullable)
        .map((c) => `${c.table}.${c.column}: schema says ${c.nullable ? 'nullable' : 'not null'}, database ${actual.has(`${c.table}.${c.column}`) ? (actual.get(`${c.table}.${c.column}`) ? 'nullable' : 'not null') : 'has no such column'}`);
      expect(mismatches).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
