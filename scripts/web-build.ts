/**
 * Builds the web front end (web/ → web/dist) when the build is missing or older than any of its
 * sources: web/src, web/index.html, web/vite.config.ts, web/tsconfig.json and the shared domain
 * names it imports. Used by `npm start` and by the test global setup before browser tests;
 * `npx tsx scripts/web-build.ts [--force]` by hand.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT_DIR } from '../config/index.js';

export const WEB_DIR = path.join(ROOT_DIR, 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');
/** Written after a production build (a build of an older script may be a development one). */
const PRODUCTION_MARK = path.join(WEB_DIST, '.production-build');
const SOURCES = [path.join(WEB_DIR, 'src'), path.join(WEB_DIR, 'index.html'), path.join(WEB_DIR, 'vite.config.ts'), path.join(WEB_DIR, 'tsconfig.json'), path.join(ROOT_DIR, 'domain'), path.join(ROOT_DIR, 'package-lock.json')];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

/** Why the build must run, or undefined when web/dist is fresh. */
export function staleReason(): string | undefined {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) return 'web/dist is missing';
  if (!fs.existsSync(PRODUCTION_MARK)) return 'web/dist is not a production build';
  const built = fs.statSync(index).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(s) > built);
  return changed ? `${path.relative(ROOT_DIR, changed)} changed since the last build` : undefined;
}

export async function buildWeb(log: (line: string) => void = console.log): Promise<void> {
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    // Always the production bundle: Vite keeps a NODE_ENV it inherits, and the test run's
    // NODE_ENV=test gave React's and Ant Design's development builds (2.5 MB instead of 2.2 MB),
    // which `npm start` then served to the hall as up to date.
    const env = { ...process.env, NODE_ENV: 'production' };
    const p = spawn(process.execPath, [vite, 'build', '--config', path.join(WEB_DIR, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: WEB_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.once('error', reject);
    p.once('exit', (code) => {
      if (code === 0) {
        // Touch the index so that its time is after every source read by this build.
        const now = new Date();
        fs.utimesSync(path.join(WEB_DIST, 'index.html'), now, now);
        fs.writeFileSync(PRODUCTION_MARK, `${now.toISOString()}\n`);
        resolve();
      } else reject(new Error(`the web build failed (vite exited with ${code}):\n${out}`));
    });
  });
  log('web front end built to web/dist');
}

/** Builds when stale; returns whether it built. */
export async function ensureWebBuild(opts: { force?: boolean; log?: (line: string) => void } = {}): Promise<boolean> {
  const log = opts.log ?? console.log;
  const reason = opts.force ? 'forced' : staleReason();
  if (!reason) return false;
  log(`building the web front end (${reason})…`);
  await buildWeb(log);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  const built = await ensureWebBuild({ force: process.argv.includes('--force') });
  console.log(built ? `done in ${((Date.now() - t0) / 1000).toFixed(1)} s` : 'web/dist is up to date');
}
