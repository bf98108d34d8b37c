// Generates the Prisma client into prisma/generated (git-ignored).
// `prisma generate` itself needs no engine binary, but the CLI insists on locating the schema
// engine first and would try to download it. When no real engine is configured we point it at
// a stand-in that is never executed by `generate`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = path.join(root, 'prisma', 'schema.prisma');
const stamp = path.join(root, 'prisma', 'generated', '.schema-stamp');
const current = fs.readFileSync(schema, 'utf8');
if (!process.argv.includes('--force') && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === current) {
  process.exit(0); // already generated from this very schema
}
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const res = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
if (res.status !== 0) {
  process.stdout.write(res.stdout ?? '');
  console.error('prisma generate failed');
  process.exit(res.status ?? 1);
}
fs.writeFileSync(stamp, current);
console.log('Prisma client generated in prisma/generated');
