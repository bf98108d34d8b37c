/**
 * The lint rule guarding workflow code: workflows/ and the domain/ modules it pulls in must stay
 * deterministic and free of I/O, or replays of running cases would break. Checked on every test run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../config/index.js';

const ALLOWED_PACKAGES = new Set(['@temporalio/workflow', '@temporalio/common']);
const FORBIDDEN: [RegExp, string][] = [
  [/Math\.random\s*\(/, 'Math.random (use workflow uuid4 or pass values in)'],
  [/\bset(Timeout|Interval|Immediate)\s*\(/, 'real timers (use sleep or condition)'],
  [/\bprocess\./, 'process (environment is I/O)'],
  [/\brequire\s*\(/, 'require'],
  [/\bfetch\s*\(/, 'network I/O'],
  [/new Date\(\s*\)/, 'new Date() reads the real clock'],
];

interface Finding {
  file: string;
  problem: string;
}

function importsOf(source: string): { spec: string; typeOnly: boolean }[] {
  const found: { spec: string; typeOnly: boolean }[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) found.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  return found;
}

function check(entry: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const rel = path.relative(ROOT_DIR, file);
    const source = fs.readFileSync(file, 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const [re, what] of FORBIDDEN) if (re.test(code)) findings.push({ file: rel, problem: `uses ${what}` });
    // Outside workflows/, code cannot rely on Temporal's deterministic Date.now(): it must be passed `now`.
    if (!rel.startsWith('workflows') && /Date\.now\s*\(/.test(code)) findings.push({ file: rel, problem: 'reads Date.now(); take `now` as a parameter' });
    for (const { spec, typeOnly } of importsOf(code)) {
      if (typeOnly) continue;
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
        const inside = ['workflows', 'domain'].some((dir) => path.relative(path.join(ROOT_DIR, dir), target).split(path.sep)[0] !== '..');
        if (!inside) findings.push({ file: rel, problem: `imports ${spec} at run time (only workflows/ and domain/ may be imported; activities as types only)` });
        else visit(target);
      } else if (!ALLOWED_PACKAGES.has(spec)) {
        findings.push({ file: rel, problem: `imports package ${spec}` });
      }
    }
  };
  visit(entry);
  return findings;
}

describe('workflow determinism guard', () => {
  it('when the workflows folder and everything it imports are scanned, then no I/O, real clock, randomness or non-domain import is found', () => {
    const entries = fs.readdirSync(path.join(ROOT_DIR, 'workflows')).filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT_DIR, 'workflows', f));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.flatMap(check)).toEqual([]);
  });

  it('when a file breaks the rules, then the guard names the file and the problem', () => {
    const dir = fs.mkdtempSync(path.join(ROOT_DIR, 'workflows', '.guard-'));
    const bad = path.join(dir, 'bad.ts');
    fs.writeFileSync(bad, "import fs from 'node:fs';\nimport { x } from '../../activities/index.js';\nexport const y = Math.random() + (new Date()).getTime();\n");
    try {
      const problems = check(bad).map((f) => f.problem);
      expect(problems).toContain('imports package node:fs');
      expect(problems.some((p) => p.includes('activities/index.js'))).toBe(true);
      expect(problems.some((p) => p.includes('Math.random'))).toBe(true);
      expect(problems.some((p) => p.includes('new Date()'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
