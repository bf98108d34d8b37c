/**
 * The suite must be able to fail. Runs vitest on a tiny fixture suite (tests/fixtures/exit-code)
 * whose integration project starts the real embedded PostgreSQL, as the real suite does, and checks
 * the exit code in each situation: a failing test, a file that cannot load, a failing global setup
 * or teardown — each next to a passing integration test — must exit non-zero; all passing, zero.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../config/index.js';

const VITEST = path.join(ROOT_DIR, 'node_modules', 'vitest', 'vitest.mjs');
const CONFIG = path.join(ROOT_DIR, 'tests', 'fixtures', 'exit-code', 'vitest.config.ts');

function runFixture(situation: string): Promise<{ code: number | null; output: string }> {
  // A clean environment: nothing of this vitest process (its workers, its database) leaks in.
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(VITEST|TEST_|DATABASE_URL$|NODE_ENV$)/.test(k)) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITEST, 'run', '--config', CONFIG, '--reporter=dot'], {
      cwd: ROOT_DIR,
      env: { ...env, EXIT_FIXTURE: situation, CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

describe('the exit code of a test run', () => {
  it('when every test passes, then vitest exits 0', async () => {
    const r = await runFixture('all-pass');
    expect(r.output).toMatch(/2 passed/);
    expect(r.code, r.output).toBe(0);
  });

  it.each([
    ['failing-unit', /1 failed/],
    ['broken-import', /no-such-module/],
    ['broken-setup', /global setup fails on purpose/],
    ['broken-teardown', /global teardown fails on purpose/],
  ])('when the situation is %s next to a passing integration test, then vitest exits non-zero', async (situation, evidence) => {
    const r = await runFixture(situation);
    expect(r.output).toMatch(evidence);
    expect(r.code, r.output).not.toBe(0);
  });
});
