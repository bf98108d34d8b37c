/**
 * The web's API types come from the app's own OpenAPI document, never hand-copied: this builds the
 * document from the route declarations (no server, no database, no Temporal needed) and turns it
 * into TypeScript with openapi-typescript. `npx tsx scripts/openapi-types.ts` rewrites
 * web/src/shared/api/schema.d.ts; a unit test fails when the committed file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { pino } from 'pino';
import { createApp } from '../api/app.js';
import { ROOT_DIR, loadConfig } from '../config/index.js';

export const SCHEMA_FILE = path.join(ROOT_DIR, 'web', 'src', 'shared', 'api', 'schema.d.ts');

/** The OpenAPI document exactly as GET /api/openapi.json serves it. */
export function openApiDocument(): Record<string, unknown> {
  const app = createApp({ config: loadConfig({ ...process.env, LOG_LEVEL: 'silent' }), db: {} as never, temporal: {} as never, logger: pino({ level: 'silent' }) });
  return app.locals.openapi as Record<string, unknown>;
}

export async function apiTypesSource(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as never);
  return `/**\n * Generated from the app's OpenAPI document by scripts/openapi-types.ts. Do not edit by hand.\n */\n\n${astToString(ast)}`;
}

/** Writes the file when its content changed; returns whether it did. */
export async function writeApiTypes(): Promise<boolean> {
  const source = await apiTypesSource();
  if (fs.existsSync(SCHEMA_FILE) && fs.readFileSync(SCHEMA_FILE, 'utf8') === source) return false;
  fs.writeFileSync(SCHEMA_FILE, source);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const changed = await writeApiTypes();
  console.log(changed ? `wrote ${path.relative(ROOT_DIR, SCHEMA_FILE)}` : `${path.relative(ROOT_DIR, SCHEMA_FILE)} is up to date`);
}
