// `npm run bench -- --profile`: loaded into every Node process of the bench's stack through
// NODE_OPTIONS=--import (Node 20 refuses --cpu-prof there). It does what --cpu-prof does: V8's
// sampling profiler from start-up, its profile written as a .cpuprofile when the process (or the
// thread) exits. Plain JavaScript: it runs before any TypeScript loader.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  // 1 ms between samples, as --cpu-prof's default.
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  // A session on the process's own thread answers synchronously, so this works inside 'exit'.
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (err || !result) return;
      try {
        fs.writeFileSync(path.join(dir, `CPU.${process.pid}.${threadId}.cpuprofile`), JSON.stringify(result.profile));
      } catch {
        // The folder went away (a run interrupted): nothing to keep.
      }
    });
  });
}
