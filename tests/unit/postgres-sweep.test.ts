/**
 * Data folders moved out of a project's reach (running as root, the project in a private folder)
 * are removed once their project is gone, and never while their project or a server still has them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNER_SUFFIX, sweepOrphans } from '../../scripts/postgres.js';

function moved(home: string, name: string, asked: string) {
  const dir = path.join(home, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'PG_VERSION'), '16\n');
  fs.writeFileSync(`${dir}${OWNER_SUFFIX}`, `${asked}\n`);
  return dir;
}

describe('moved PostgreSQL data folders', () => {
  it('when the project that asked for a folder is gone, then its data goes; a live project, a running server or an unmarked folder stay', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-sweep-'));
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-project-'));
    try {
      const gone = moved(home, 'postgres-gone', path.join(project, 'deleted', 'postgres'));
      const live = moved(home, 'postgres-live', path.join(project, 'postgres'));
      fs.writeFileSync(path.join(project, 'postgres.location'), `${live}\n`);
      const running = moved(home, 'postgres-running', path.join(project, 'other', 'postgres'));
      fs.writeFileSync(path.join(running, 'postmaster.pid'), `${process.pid}\n${running}\n`);
      const unmarked = path.join(home, 'postgres-unmarked');
      fs.mkdirSync(unmarked);
      const said: string[] = [];
      sweepOrphans(home, (l) => said.push(l));
      expect(fs.existsSync(gone)).toBe(false);
      expect(fs.existsSync(`${gone}${OWNER_SUFFIX}`)).toBe(false);
      expect([live, running, unmarked].map((d) => fs.existsSync(d))).toEqual([true, true, true]);
      expect(said).toEqual([expect.stringContaining('postgres-gone')]);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
