/**
 * `--profile`: the worker and the API run with V8's sampling profiler (what `--cpu-prof` does;
 * bench/lib/cpu-profile-preload.mjs, loaded through NODE_OPTIONS), and each profile is summed up
 * here — where the sampled CPU time went, by package or app folder and by function — so a closing
 * note can say where a case's cost sits. The profiles are V8's: JavaScript (and the garbage
 * collector) on each thread; the Temporal core SDK's Rust threads and PostgreSQL do not appear in
 * them (their share is in the per-process CPU split). Open a `.cpuprofile` in Chrome DevTools
 * (Performance → Load profile) or https://www.speedscope.app for the call trees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT_DIR } from '../../config/index.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  file: string;
  role: string;
  /** Sampled time on the thread, idle excluded. */
  busyMs: number;
  /** Where the busy time went: npm package, app folder, node internals, GC. */
  byWhere: { where: string; ms: number; pct: number }[];
  /** The functions with the most self time. */
  topFunctions: { fn: string; where: string; ms: number; pct: number }[];
  /**
   * The platform's own files by inclusive time: samples with the file anywhere on their stack
   * (what the work it started cost, libraries included). Shares overlap: a projection's time
   * counts for the activity file and for the workflow file that called it. Work continued after an
   * `await` has lost its caller in a CPU profile, so these shares undercount: read them as floors.
   */
  byAppFile: { file: string; ms: number; pct: number }[];
}

const PRELOAD = fileURLToPath(new URL('./cpu-profile-preload.mjs', import.meta.url));

/**
 * The environment of a profiled stack: every Node process of it writes its profile into `dir` at
 * exit. (Node 20 does not take --cpu-prof in NODE_OPTIONS, and the start script spawns the worker
 * and the API itself; a preload reaches them all without changing how they are started.)
 */
export function profileEnv(dir: string, existing = process.env.NODE_OPTIONS ?? ''): { NODE_OPTIONS: string; BENCH_CPU_PROFILE_DIR: string } {
  return { NODE_OPTIONS: `${existing} --import ${JSON.stringify(pathToFileURL(PRELOAD).href)}`.trim(), BENCH_CPU_PROFILE_DIR: dir };
}

/** Where a frame's code lives: `pkg @temporalio/worker`, `app activities/`, `node`, `(garbage collector)`. */
export function whereOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  // WebAssembly: Prisma's query compiler, among others.
  if (url.startsWith('wasm:')) return 'wasm';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return `pkg ${parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const file = url.replace(/^file:\/\//, '');
  const rel = path.relative(ROOT_DIR, file);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return `app ${rel.split(path.sep)[0]}/`;
  // Workflow bundles run from webpack's in-memory output.
  if (/workflow|webpack/i.test(url)) return 'workflow bundle';
  return url.length > 60 ? `…${url.slice(-60)}` : url;
}

export function summariseProfile(file: string, role: string, top = 12): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i: it belongs to the sample before it.
  for (let i = 0; i < samples.length - 1; i += 1) selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0));
  const where = new Map<string, number>();
  const fns = new Map<string, { where: string; us: number }>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** The app files on a node's stack, found once per node. */
  const appFilesOf = new Map<number, Set<string>>();
  const appFiles = (id: number): Set<string> => {
    const known = appFilesOf.get(id);
    if (known) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const files = new Set(up === undefined ? [] : appFiles(up));
    const file = node ? appFileOf(node.callFrame.url) : undefined;
    if (file) files.add(file);
    appFilesOf.set(id, files);
    return files;
  };
  const inclusive = new Map<string, number>();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    busyUs += us;
    const w = whereOf(url, functionName);
    where.set(w, (where.get(w) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
    const f = fns.get(key) ?? { where: w, us: 0 };
    f.us += us;
    fns.set(key, f);
    for (const file of appFiles(id)) inclusive.set(file, (inclusive.get(file) ?? 0) + us);
  }
  const pct = (us: number) => (busyUs ? Math.round((us / busyUs) * 1000) / 10 : 0);
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    file: path.basename(file),
    role,
    busyMs: ms(busyUs),
    byWhere: [...where].sort((a, b) => b[1] - a[1]).slice(0, top).map(([w, us]) => ({ where: w, ms: ms(us), pct: pct(us) })),
    topFunctions: [...fns].sort((a, b) => b[1].us - a[1].us).slice(0, top).map(([fn, f]) => ({ fn, where: f.where, ms: ms(f.us), pct: pct(f.us) })),
    byAppFile: [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top).map(([file, us]) => ({ file, ms: ms(us), pct: pct(us) })),
  };
}

/** `activities/projection.ts` for a frame of the platform's own code, undefined for packages and node. */
export function appFileOf(url: string): string | undefined {
  if (!url.startsWith('file://') || url.includes('/node_modules/')) return undefined;
  const rel = path.relative(ROOT_DIR, fileURLToPath(url));
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel;
}

/**
 * Names the profiles in `dir` after the process that wrote them (the preload names them
 * CPU.<pid>.<thread>.cpuprofile) and sums up those of the roles asked for.
 */
export function collectProfiles(dir: string, roles: Record<string, number | undefined>): ProfileSummary[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.cpuprofile'));
  } catch {
    return [];
  }
  const rolesByPid = new Map(Object.entries(roles).flatMap(([role, pid]) => (pid === undefined ? [] : [[pid, role] as const])));
  const out: ProfileSummary[] = [];
  for (const name of names) {
    const m = /^CPU\.(\d+)\.(\d+)\.cpuprofile$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const thread = Number(m[2]);
    const role = rolesByPid.get(pid) ?? 'other';
    const renamed = `${role}-${pid}${thread ? `-thread${thread}` : ''}.cpuprofile`;
    fs.renameSync(path.join(dir, name), path.join(dir, renamed));
    if (role !== 'other') out.push(summariseProfile(path.join(dir, renamed), thread ? `${role} (thread ${thread})` : role));
  }
  return out.sort((a, b) => b.busyMs - a.busyMs);
}

export function formatProfiles(summaries: ProfileSummary[], dir: string): string {
  if (summaries.length === 0) return `CPU profiles: none written to ${path.relative(ROOT_DIR, dir)} (did the worker and API exit normally?)`;
  const lines = [`CPU profiles in ${path.relative(ROOT_DIR, dir)} (V8 samples, JavaScript and GC; idle left out):`];
  for (const s of summaries.filter((x) => x.busyMs >= 100)) {
    lines.push(`  ${s.role}: ${(s.busyMs / 1000).toFixed(1)} s busy`);
    lines.push(`    by where: ${s.byWhere.slice(0, 8).map((w) => `${w.where} ${w.pct}%`).join(' · ')}`);
    lines.push(`    top functions: ${s.topFunctions.slice(0, 6).map((f) => `${f.fn} (${f.where}) ${f.pct}%`).join(' · ')}`);
    if (s.byAppFile.length) lines.push(`    platform files, inclusive: ${s.byAppFile.slice(0, 8).map((f) => `${f.file} ${f.pct}%`).join(' · ')}`);
  }
  return lines.join('\n');
}
