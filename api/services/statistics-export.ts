/**
 * Statistics as files for the centre manager (R4.2): the same answer as GET /api/v1/statistics —
 * any period, any grouping, any filter — as an Excel workbook (.xlsx, written by exceljs) or as
 * CSV (UTF-8 with a byte-order mark, so spreadsheet software reads the Chinese).
 *
 * One table per file: a row per group and a last row for the total, with the six figures and
 * their rates; the workbook adds a sheet with the query and the definitions, so a file read a
 * month later still says what it counted.
 */
import ExcelJS from 'exceljs';
import { type Figures } from '../../domain/statistics.js';
import { type StatisticsAnswer } from './statistics.js';

interface Column {
  header: string;
  value: (f: Figures) => number | null;
  rate?: boolean;
}

/** The columns in the order the figures are defined (docs/statistics.md). */
export const EXPORT_COLUMNS: Column[] = [
  { header: '受理量', value: (f) => f.accepted },
  { header: '审批量（准予）', value: (f) => f.approved },
  { header: '办结量', value: (f) => f.completed },
  { header: '按时办结量', value: (f) => f.completedOnTime },
  { header: '按时办结率', value: (f) => f.onTimeRate, rate: true },
  { header: '超期量', value: (f) => f.overdue },
  { header: '超期率', value: (f) => f.overdueRate, rate: true },
  { header: '退件量', value: (f) => f.returned },
  { header: '退件率', value: (f) => f.returnedRate, rate: true },
  { header: '中断量', value: (f) => f.interrupted },
  { header: '其中暂停', value: (f) => f.interruptions.paused },
  { header: '其中特别程序', value: (f) => f.interruptions.specialProcedures },
  { header: '其中撤回', value: (f) => f.interruptions.withdrawn },
  { header: '其中终止', value: (f) => f.interruptions.terminated },
  { header: '其中补正逾期', value: (f) => f.interruptions.correctionLapsed },
];

const GROUP_HEADERS: Record<StatisticsAnswer['groupBy'], string> = {
  none: '范围',
  department: '部门',
  item: '事项',
  zone: '专区',
  channel: '渠道',
  staff: '工作人员',
  day: '日期',
  week: '周（周一）',
  month: '月份',
};

const FILTER_LABELS: Record<string, string> = { departmentCode: '部门', itemCode: '事项', zoneCode: '专区', channel: '渠道', staffId: '工作人员' };

/** The file's base name, e.g. statistics-2026-11-01_2026-11-30-by-department. */
export function exportFileName(a: StatisticsAnswer, ext: 'xlsx' | 'csv'): string {
  return `statistics-${a.from}_${a.to}-by-${a.groupBy}.${ext}`;
}

function tableOf(a: StatisticsAnswer): { head: string[]; rows: (string | number | null)[][] } {
  const head = ['编码', GROUP_HEADERS[a.groupBy], ...EXPORT_COLUMNS.map((c) => c.header)];
  const rows = a.groups.map((g) => [g.key, g.label, ...EXPORT_COLUMNS.map((c) => c.value(g))]);
  rows.push(['TOTAL', '合计', ...EXPORT_COLUMNS.map((c) => c.value(a.total))]);
  return { head, rows };
}

const csvField = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Rates as a percentage with one decimal ("12.5%"), empty when there is nothing to divide by. */
const pct = (r: number | null) => (r === null ? '' : `${(r * 100).toFixed(1)}%`);

export function statisticsCsv(a: StatisticsAnswer): Buffer {
  const { head, rows } = tableOf(a);
  const lines = [head.map(csvField).join(',')];
  for (const r of rows) {
    lines.push(r.map((v, i) => (i >= 2 && EXPORT_COLUMNS[i - 2]!.rate ? pct(v as number | null) : csvField(v))).join(','));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function statisticsXlsx(a: StatisticsAnswer, generatedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '一窗综合受理平台';
  wb.created = generatedAt;
  const sheet = wb.addWorksheet('统计', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const { head, rows } = tableOf(a);
  sheet.columns = head.map((h, i) => ({ header: h, key: `c${i}`, width: i === 1 ? 36 : i === 0 ? 16 : Math.max(10, h.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  EXPORT_COLUMNS.forEach((c, i) => {
    if (c.rate) sheet.getColumn(i + 3).numFmt = '0.0%';
  });
  const last = sheet.getRow(sheet.rowCount);
  last.font = { bold: true };

  const about = wb.addWorksheet('说明');
  about.columns = [{ width: 16 }, { width: 90 }];
  about.addRow(['统计期间', `${a.from} 至 ${a.to}（北京时间，含首尾两日）`]);
  about.addRow(['分组', GROUP_HEADERS[a.groupBy]]);
  const filters = Object.entries(a.filters).map(([k, v]) => `${FILTER_LABELS[k] ?? k}=${String(v)}`);
  about.addRow(['筛选', filters.length ? filters.join('；') : '无']);
  about.addRow(['数据来源', a.rollup === 'department' ? '部门日汇总表' : '明细日汇总表']);
  about.addRow(['生成时间', `${beijingTime(generatedAt)}（北京时间）`]);
  about.addRow(['口径', '受理、准予、办结、超期、退件、中断均按事件发生的北京时间日期计数；超期率、退件率以受理量为分母；按时办结率以办结量为分母。详见 docs/statistics.md。']);
  about.getColumn(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "2026-11-29 16:05" in Asia/Shanghai (UTC+8, no daylight saving). */
export function beijingTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
