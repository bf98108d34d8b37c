/** The one table a run prints: every figure, and for the targeted ones the target and a verdict. */

export type Verdict = 'PASS' | 'FAIL' | 'n/a' | '';

export interface Row {
  section: string;
  measure: string;
  value: string;
  target?: string;
  result?: Verdict;
}

export const ms = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);
export const perS = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(1)}/s`);
export const mb = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : `${Math.round(v)} MiB`);
export const int = (v: number) => v.toLocaleString('en-US');
export const verdict = (ok: boolean | undefined): Verdict => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');

export function formatTable(rows: Row[]): string {
  const header = ['#', 'measure', 'value', 'target', 'result'];
  const cells = rows.map((r) => [r.section, r.measure, r.value, r.target ?? '', r.result ?? '']);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]!))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  const line = (c: string[]) => c.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let previous = '';
  for (const c of cells) {
    // A blank section cell under the same section keeps the table readable.
    const section = c[0] === previous ? '' : c[0]!;
    previous = c[0]!;
    out.push(line([section, ...c.slice(1)]));
  }
  return out.join('\n');
}

/** CJK characters take two columns in a terminal. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
