/**
 * Renders a month's statistical analysis report as PDF (Chinese text in an embedded Noto Sans
 * Hans font from the npm package @embedpdf/fonts-sc, so no viewer ever shows a missing-glyph
 * box), CSV (UTF-8 with BOM, so spreadsheet software reads the Chinese) and JSON.
 *
 * The PDF reads as an analysis for the joint review meeting: a summary whose sentences are built
 * from the figures themselves (analysisOf), the month's daily trend and the department ranking as
 * charts (charts.ts, drawn server-side as SVG and placed as vectors), the table, and who the
 * report goes to. Every time in it is Beijing time (北京时间).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { dailyTrendSvg, departmentRankingSvg } from './charts.js';
import type { Figures, MonthlyFigures } from './figures.js';
import { BUSINESS_ENVIRONMENT_OFFICE } from './recipients.js';

const require = createRequire(import.meta.url);
/** The package exports no path to its font files; they sit beside its dist folder. */
export const CJK_FONT = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
const CJK_FONT_BOLD = path.join(path.dirname(CJK_FONT), 'NotoSansHans-Bold.otf');

const HALL = '榆林市政务服务中心';

/** "2026-12-01 08:00" in Asia/Shanghai (UTC+8 all year: China keeps no daylight saving). */
export function beijingTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
/** A rate without a denominator (nothing accepted) is shown as a dash, not as 0 %. */
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const monthZh = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

type Column =
  | { key: 'accepted' | 'approved' | 'completed' | 'overdue' | 'returned' | 'interrupted' | 'specialProcedureOverruns' | 'consultations'; zh: string; rate?: false }
  | { key: 'overdueRate' | 'returnedRate'; zh: string; rate: true };

export const COLUMNS: Column[] = [
  { key: 'accepted', zh: '受理' },
  { key: 'approved', zh: '准予' },
  { key: 'completed', zh: '办结' },
  { key: 'overdue', zh: '超期' },
  { key: 'overdueRate', zh: '超期率', rate: true },
  { key: 'returned', zh: '退件' },
  { key: 'returnedRate', zh: '退件率', rate: true },
  { key: 'interrupted', zh: '中断' },
  { key: 'specialProcedureOverruns', zh: '特别程序超限' },
  { key: 'consultations', zh: '咨询' },
];

const cell = (f: Figures, c: Column) => (c.rate ? pct(f[c.key]) : String(f[c.key]));

/**
 * A few sentences of analysis a department can read at the joint review meeting. Each figure is
 * named once with its own word: 准予 (a department's approval decision) and 办结 (a result handed
 * out) are different events on different days, so neither is ever said to be part of the other.
 */
const hasActivity = (f: Figures) => f.accepted + f.approved + f.completed + f.overdue + f.returned + f.interrupted > 0;

export function analysisOf(name: string, f: Figures): string[] {
  if (!hasActivity(f)) return [`${name}本月无受理、审批、办结、退件或中断记录。`];
  const i = f.interruptions;
  const lines = [
    `${name}本月受理 ${f.accepted} 件，审批准予 ${f.approved} 件，办结 ${f.completed} 件。`,
    f.completed > 0 ? `本月办结的 ${f.completed} 件中，按时办结 ${f.completedOnTime} 件，按时办结率 ${pct(f.onTimeRate)}。` : `本月无办结件。`,
    `超期 ${f.overdue} 件，超期率 ${pct(f.overdueRate)}；退件 ${f.returned} 件，退件率 ${pct(f.returnedRate)}（两率均以本月受理量为分母）。`,
    `中断 ${f.interrupted} 件次（暂停 ${i.paused}、特别程序 ${i.specialProcedures}、撤回 ${i.withdrawn}、终止 ${i.terminated}、补正逾期 ${i.correctionLapsed}）。`,
  ];
  if (f.overdue > 0) lines.push(`存在超期办件，请对照问题台账逐件说明原因并限期整改。`);
  else if (f.accepted > 0) lines.push(`本月无超期办件。`);
  if (f.specialProcedureOverruns > 0) lines.push(`特别程序超过其时限 ${f.specialProcedureOverruns} 次，超出时间已计入承诺时限，请说明原因。`);
  if (f.stageOverdue.preReview + f.stageOverdue.output > 0) lines.push(`综合窗口预审超期 ${f.stageOverdue.preReview} 件、出件超期 ${f.stageOverdue.output} 件。`);
  if ((f.returnedRate ?? 0) >= 0.1) lines.push(`退件率偏高，请会同综合窗口核查受理标准和一次性告知执行情况。`);
  return lines;
}

/** How the figures are counted, printed under the summary so that no reader adds up unlike things. */
export const COUNTING_NOTE =
  '口径：各项均按事件发生的北京时间日期计入当月。审批准予按部门作出准予决定计数，办结按结果送达计数，二者互不包含：本月准予的办件可能下月办结，本月办结的办件也可能上月已准予。';

/** Departments best first: most completions, then the lower overdue rate. */
export function rankDepartments(data: MonthlyFigures): MonthlyFigures['departments'] {
  return data.departments
    .filter((d) => d.figures.accepted + d.figures.completed > 0)
    .sort((a, b) => b.figures.completed - a.figures.completed || (a.figures.overdueRate ?? 0) - (b.figures.overdueRate ?? 0) || a.code.localeCompare(b.code));
}

/** The ranking chart is the same in every report of a month: drawn once per month's figures. */
const rankingCharts = new WeakMap<MonthlyFigures, string>();
function rankingChartOf(data: MonthlyFigures, ranked: MonthlyFigures['departments'], width: number): string {
  let svg = rankingCharts.get(data);
  if (svg === undefined) {
    svg = departmentRankingSvg(ranked.map((d) => ({ name: d.name, figures: d.figures })), { width, height: 300 });
    rankingCharts.set(data, svg);
  }
  return svg;
}

/** Who receives a report: the business-environment office and the centre get the overall one, each window department its own. */
export function recipientsOf(data: MonthlyFigures, scope: ReportScope): string {
  if (scope.kind === 'DEPARTMENT') return `${data.departments.find((d) => d.code === scope.code)?.name ?? scope.code}；抄送：${BUSINESS_ENVIRONMENT_OFFICE}`;
  return `${BUSINESS_ENVIRONMENT_OFFICE}、中心领导及各窗口部门（${data.departments.length} 个）`;
}

export type ReportScope = { kind: 'ALL' } | { kind: 'DEPARTMENT'; code: string };

function rowsOf(data: MonthlyFigures, scope: ReportScope): { label: string; figures: Figures }[] {
  if (scope.kind === 'ALL') return data.departments.map((d) => ({ label: d.name, figures: d.figures }));
  const dept = data.departments.find((d) => d.code === scope.code)!;
  return dept.items.map((i) => ({ label: `${i.name}（${i.code}）`, figures: i.figures }));
}

export function renderPdf(data: MonthlyFigures, scope: ReportScope, generatedAt: Date): Promise<Buffer> {
  const dept = scope.kind === 'DEPARTMENT' ? data.departments.find((d) => d.code === scope.code) : undefined;
  const title = `${HALL}${monthZh(data.month)}统计分析报告${dept ? `（${dept.name}）` : ''}`;
  const totals = dept ? dept.figures : data.overall;
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: title, Author: HALL } });
  doc.registerFont('cjk', CJK_FONT);
  doc.registerFont('cjk-bold', CJK_FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const chart = (svg: string, height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], svg, doc.page.margins.left, y, {
      width,
      height,
      assumePt: true,
      // Every label of a chart is Chinese or digits: one embedded font draws them all.
      fontCallback: (_family, bold) => (bold ? 'cjk-bold' : 'cjk'),
    });
    doc.x = doc.page.margins.left;
    doc.y = y + height + 6;
    doc.font('cjk').fontSize(10).fillColor('#000');
  };

  doc.font('cjk-bold').fontSize(16).text(title, { align: 'center' });
  doc.moveDown(0.3).font('cjk').fontSize(9).fillColor('#555')
    .text(`统计期间：${data.from} 至 ${data.to}（北京时间） · 生成时间：${beijingTime(generatedAt)}（北京时间）`, { align: 'center' })
    .text(`报送：${recipientsOf(data, scope)}`, { align: 'center' });
  doc.fillColor('#000').moveDown();

  doc.font('cjk-bold').fontSize(12).text('一、总体情况');
  doc.font('cjk').fontSize(10);
  for (const line of analysisOf(dept ? dept.name : '全市', totals)) doc.text(line);
  doc.moveDown(0.3).fontSize(8).fillColor('#555').text(COUNTING_NOTE).fillColor('#000').fontSize(10);
  doc.moveDown(0.5);
  for (const c of COLUMNS) doc.text(`${c.zh}：${cell(totals, c)}`, { continued: false });
  doc.moveDown(0.5);
  // A department without a single event this month gets the sentence above, not an empty chart.
  if (!dept || hasActivity(dept.figures)) chart(dailyTrendSvg(dept ? dept.daily : data.daily, { width, height: 220 }), 220);

  doc.font('cjk-bold').fontSize(12).text(dept ? '二、分事项情况' : '二、分部门情况');
  const rows = rowsOf(data, scope).filter((r) => scope.kind === 'ALL' || r.figures.accepted + r.figures.completed + r.figures.interrupted > 0);
  const widths = [130, ...COLUMNS.map(() => 36)];
  const header = [dept ? '事项' : '部门', ...COLUMNS.map((c) => c.zh)];
  const drawRow = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(8);
    let height = 0;
    cells.forEach((text, i) => {
      doc.text(text, x, y, { width: widths[i]! - 4 });
      height = Math.max(height, doc.y - y);
      x += widths[i]!;
    });
    doc.x = doc.page.margins.left;
    doc.y = y + height + 3;
  };
  doc.moveDown(0.3);
  drawRow(header, true);
  if (rows.length === 0) drawRow(['本月无办件', ...COLUMNS.map(() => '')], false);
  for (const r of rows) drawRow([r.label, ...COLUMNS.map((c) => cell(r.figures, c))], false);

  doc.moveDown();
  doc.font('cjk-bold').fontSize(12).text('三、服务评价（好差评）');
  doc.font('cjk').fontSize(10);
  for (const line of satisfactionLines(data, dept?.code)) doc.text(line);

  const ranked = rankDepartments(data);
  doc.moveDown();
  doc.font('cjk-bold').fontSize(12).text('四、部门排名（按办结件数，超期率低者优先）');
  doc.font('cjk').fontSize(10);
  if (ranked.length === 0) doc.text('本月各部门均无受理和办结件。');
  else {
    // The chart is the overall report's; a department's report says where the department stands.
    if (!dept) chart(rankingChartOf(data, ranked, width), 300);
    if (dept) {
      const place = ranked.findIndex((d) => d.code === dept.code);
      doc.text(place >= 0 ? `${dept.name}在本月有办件的 ${ranked.length} 个部门中排名第 ${place + 1}。` : `${dept.name}本月无受理和办结件，未参与排名。`);
    } else {
      ranked.forEach((d, i) => doc.text(`${i + 1}. ${d.name}：办结 ${d.figures.completed} 件，超期率 ${pct(d.figures.overdueRate)}`));
    }
  }
  doc.end();
  return done;
}

/** The month's 好差评 in sentences: hall-wide with each rated department, or one department's. */
export function satisfactionLines(data: MonthlyFigures, departmentCode?: string): string[] {
  const row = departmentCode ? data.satisfaction.byDepartment.find((r) => r.key === departmentCode) : data.satisfaction.overall;
  const describe = (name: string, r: NonNullable<typeof row>) =>
    `${name}：评价 ${r.rated} 件，满意率 ${pct(r.satisfactionRate)}（非常满意 ${r.levels['5']}、满意 ${r.levels['4']}、基本满意 ${r.levels['3']}、不满意 ${r.levels['2']}、非常不满意 ${r.levels['1']}）`;
  if (!row) return ['本月无评价。'];
  const lines = [describe(departmentCode ? '本部门' : '全市', row)];
  if (!departmentCode) for (const r of data.satisfaction.byDepartment) lines.push(describe(r.label, r));
  if (row.bad > 0) lines.push(`差评 ${row.bad} 件，已按“1个工作日内回访核实、15个工作日内整改反馈”纳入问题台账。`);
  return lines;
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function renderCsv(data: MonthlyFigures, scope: ReportScope): Buffer {
  const dept = scope.kind === 'DEPARTMENT' ? data.departments.find((d) => d.code === scope.code) : undefined;
  const head = ['月份', dept ? '事项编码' : '部门编码', dept ? '事项' : '部门', ...COLUMNS.map((c) => c.zh)];
  const lines = [head.join(',')];
  const rows = dept ? dept.items.map((i) => ({ code: i.code, name: i.name, f: i.figures })) : data.departments.map((d) => ({ code: d.code, name: d.name, f: d.figures }));
  for (const r of rows) lines.push([data.month, r.code, r.name, ...COLUMNS.map((c) => cell(r.f, c))].map(csvField).join(','));
  lines.push([data.month, dept ? dept.code : 'ALL', dept ? `${dept.name}合计` : '全市合计', ...COLUMNS.map((c) => cell(dept ? dept.figures : data.overall, c))].map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export function renderJson(data: MonthlyFigures, scope: ReportScope): Buffer {
  const dept = scope.kind === 'DEPARTMENT' ? data.departments.find((d) => d.code === scope.code) : undefined;
  const body = dept
    ? { month: data.month, from: data.from, to: data.to, recipients: recipientsOf(data, scope), department: { code: dept.code, name: dept.name }, figures: dept.figures, daily: dept.daily, items: dept.items, analysis: analysisOf(dept.name, dept.figures), satisfaction: data.satisfaction.byDepartment.find((r) => r.key === dept.code) ?? null }
    : { month: data.month, from: data.from, to: data.to, recipients: recipientsOf(data, scope), figures: data.overall, daily: data.daily, departments: data.departments.map(({ items: _items, daily: _daily, ...d }) => d), analysis: analysisOf('全市', data.overall), satisfaction: data.satisfaction };
  return Buffer.from(JSON.stringify(body, null, 2), 'utf8');
}
