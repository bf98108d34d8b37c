/**
 * Budget check: the desk's first load must stay under 600 KB of JavaScript, gzip-compressed.
 *
 *   npx tsx bench/web-bundle.ts [--budget-kb 600] [--no-build]
 *
 * Builds web/ when stale, reads the built index.html, follows its entry module and everything
 * it loads eagerly (modulepreload links and the static imports of each chunk, not the lazy
 * `import()` of the desks), gzips each file (level 9, as a server would) and prints the total.
 * Exits non-zero over budget. The lazy desk chunks are listed too, for information.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { WEB_DIST, ensureWebBuild } from '../scripts/web-build.js';

const { values } = parseArgs({ options: { 'budget-kb': { type: 'string', default: '600' }, 'no-build': { type: 'boolean', default: false } } });
const budgetKb = Number(values['budget-kb']);
if (!values['no-build']) await ensureWebBuild();

const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
const fileOf = (url: string) => path.join(WEB_DIST, url.replace(/^\//, ''));

/** Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
const staticImports = (source: string, from: string) =>
  [...source.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => path.resolve(path.dirname(from), m[1]!));

function closure(start: string[], into = new Set<string>()): Set<string> {
  const queue = [...start];
  while (queue.length) {
    const f = queue.shift()!;
    if (into.has(f) || !fs.existsSync(f)) continue;
    into.add(f);
    queue.push(...staticImports(fs.readFileSync(f, 'utf8'), f));
  }
  return into;
}
const first = closure([...entry, ...preloads].map(fileOf));

const gz = (f: string) => gzipSync(fs.readFileSync(f), { level: 9 }).length;
let total = 0;
console.log('first load (entry and its static imports):');
for (const f of [...first].sort()) {
  const size = gz(f);
  total += size;
  console.log(`  ${path.relative(WEB_DIST, f).padEnd(48)} ${(fs.statSync(f).size / 1024).toFixed(1).padStart(8)} KB raw ${(size / 1024).toFixed(1).padStart(8)} KB gzip`);
}
const lazy = fs.readdirSync(path.join(WEB_DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => path.join(WEB_DIST, 'assets', f)).filter((f) => !first.has(f));
const lazyTotal = lazy.reduce((s, f) => s + gz(f), 0);
console.log(`lazy chunks (desks, loaded on navigation): ${lazy.length} files, ${(lazyTotal / 1024).toFixed(1)} KB gzip in all`);
console.log(`shell (sign-in, layout): ${(total / 1024).toFixed(1)} KB gzip`);
// A desk's first load: the shell plus the desk's lazy chunk and everything it imports statically.
let worst = total;
for (const desk of ['WindowDesk', 'DepartmentDesk', 'CaseFilePage', 'SupervisorConsole', 'DepartmentSupervision', 'PublicRatingPage']) {
  const chunk = lazy.find((f) => path.basename(f).startsWith(`${desk}-`));
  if (!chunk) continue;
  const files = closure([chunk], new Set(first));
  const size = [...files].reduce((s, f) => s + gz(f), 0);
  worst = Math.max(worst, size);
  console.log(`first load of ${desk.padEnd(22)} ${(size / 1024).toFixed(1).padStart(8)} KB gzip`);
}
const kb = worst / 1024;
console.log(`FIRST LOAD JS (heaviest desk): ${kb.toFixed(1)} KB gzip (budget ${budgetKb} KB) — ${kb <= budgetKb ? 'within budget' : 'OVER BUDGET'}`);
process.exit(kb <= budgetKb ? 0 : 1);
