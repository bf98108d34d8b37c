// Reads vitest's JSON report and prints the one plain closing line that tools read
// ("N passed, N failed, N skipped"). Exits non-zero when anything failed — a failed test, or a
// test file that failed to load or whose hooks failed — whatever vitest's own exit code was.
import fs from 'node:fs';

const [file] = process.argv.slice(2);
let report;
try {
  report = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.log('0 passed, 1 failed, 0 skipped');
  console.error(`no readable test report at ${file}: ${e.message}`);
  process.exit(1);
}
// A file that failed without a failed test in it (it did not load, or a hook threw) counts as one failure.
const brokenFiles = (report.testResults ?? []).filter(
  (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
);
for (const f of brokenFiles) console.error(`failed to run: ${f.name}${f.message ? ` — ${f.message.split('\n')[0]}` : ''}`);
const failed = report.numFailedTests + brokenFiles.length;
const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || report.success === false ? 1 : 0);
