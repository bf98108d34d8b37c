/**
 * `npm run bench -- [--quick] [--cases N] [--concurrency C] [--duration S] [--rate R]
 *                   [--open-cases K] [--storage disk|tmpfs] [--use-running] [--profile]`
 *
 * What the platform costs on top of Temporal, measured in one run on one machine: raw workflow
 * starts, acceptance through the API, the full case lifecycle (closed loop and a sustained rate),
 * history sizes, start-up time and memory, plus the working-day calendar. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BenchOptions, FULL, QUICK } from './lib/options.js';

const HELP = `usage: npm run bench -- [options]
  --quick            small sizes; finishes within two minutes on two cores
  --cases N          workflows / cases per closed-loop phase (quick ${QUICK.cases}, full ${FULL.cases})
  --concurrency C    concurrent clients in the closed-loop phases (${FULL.concurrency})
  --duration S       seconds of the sustained phase (quick ${QUICK.durationS}, full ${FULL.durationS})
  --rate R           cases per second offered in the sustained phase (${FULL.rate})
  --open-cases K     open cases for the worker-memory figure (quick ${QUICK.openCases}, full ${FULL.openCases})
  --storage S        tmpfs (default, /dev/shm) or disk (the OS temp folder): where the isolated stack
                     keeps PostgreSQL and the Temporal dev server's SQLite file
  --use-running      measure the platform already running (env as for npm start) instead of starting one
  --profile          run the worker and the API with --cpu-prof; the profiles and where their time went
                     are written to bench/results/profile-<run>/ (isolated stack only)
  --help`;

function positive(name: string, raw: string | undefined, fallback: number, integer = true): number {
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
    console.error(`--${name} must be a positive ${integer ? 'whole ' : ''}number, got ${raw}\n\n${HELP}`);
    process.exit(2);
  }
  return v;
}

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    cases: { type: 'string' },
    concurrency: { type: 'string' },
    duration: { type: 'string' },
    rate: { type: 'string' },
    'open-cases': { type: 'string' },
    'use-running': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    storage: { type: 'string', default: 'tmpfs' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values.storage !== 'disk' && values.storage !== 'tmpfs') {
  console.error(`--storage must be disk or tmpfs, got ${values.storage}\n\n${HELP}`);
  process.exit(2);
}
const base = values.quick ? QUICK : FULL;
const opts: BenchOptions = {
  quick: values.quick,
  useRunning: values['use-running'],
  profile: values.profile,
  storage: values.storage,
  cases: positive('cases', values.cases, base.cases),
  concurrency: positive('concurrency', values.concurrency, base.concurrency),
  durationS: positive('duration', values.duration, base.durationS, false),
  rate: positive('rate', values.rate, base.rate, false),
  openCases: positive('open-cases', values['open-cases'], base.openCases),
};

// `npm run bench` is not preceded by the Prisma generation `npm start` and `npm test` do, and the
// suite (like scripts/start.ts) needs the generated client: make sure it exists before importing it.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const generated = spawnSync(process.execPath, [path.join(root, 'scripts', 'prisma-generate.mjs')], { cwd: root, stdio: 'inherit' });
if (generated.status !== 0) process.exit(generated.status ?? 1);

const { runSuite } = await import('./lib/suite.js');
process.exit(await runSuite(opts));
