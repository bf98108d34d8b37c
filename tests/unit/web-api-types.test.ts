/**
 * The web's API types are generated from the app's OpenAPI document, never hand-copied: the
 * committed web/src/shared/api/schema.d.ts must be what the generator makes of today's routes.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, apiTypesSource } from '../../scripts/openapi-types.js';

describe('generated API types for the web', () => {
  it('when the routes change, then web/src/shared/api/schema.d.ts is regenerated (npm run web:types)', async () => {
    const fresh = await apiTypesSource();
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8') === fresh, 'web/src/shared/api/schema.d.ts is stale: run npm run web:types').toBe(true);
    expect(fresh).toContain('"/api/v1/cases"');
  });
});
