/**
 * The monthly report activity: counts the month, renders the overall report and one per
 * department in three formats, stores them (replacing an earlier run for the same month), and
 * tells each window department, the centre and the business-environment office (市营商办, which
 * the seed names as a recipient of the monthly analysis, R4.3) by a notification record.
 */
import type { Db } from '../../prisma/client.js';
import { monthlyFigures } from './figures.js';
import { BUSINESS_ENVIRONMENT_OFFICE } from './recipients.js';
import { type ReportScope, renderCsv, renderJson, renderPdf } from './render.js';

export interface MonthlyReportResult {
  month: string;
  reports: number;
  notifications: number;
  overall: { accepted: number; completed: number; overdue: number };
}

const FORMATS = [
  { format: 'PDF', contentType: 'application/pdf', ext: 'pdf' },
  { format: 'CSV', contentType: 'text/csv; charset=utf-8', ext: 'csv' },
  { format: 'JSON', contentType: 'application/json', ext: 'json' },
] as const;

export function createReportActivities({ db }: { db: Db }) {
  return {
    async buildMonthlyReports({ month }: { month: string }): Promise<MonthlyReportResult> {
      const data = await monthlyFigures(db, month);
      const generatedAt = new Date();
      const scopes: { scope: string; s: ReportScope; label: string }[] = [
        { scope: 'ALL', s: { kind: 'ALL' }, label: 'overall' },
        ...data.departments.map((d) => ({ scope: d.code, s: { kind: 'DEPARTMENT', code: d.code } as ReportScope, label: d.code })),
      ];
      const ids = new Map<string, string[]>();
      for (const { scope, s, label } of scopes) {
        // Prisma's Bytes field takes a plain Uint8Array over an ArrayBuffer.
        const bytes = (b: Buffer) => new Uint8Array(b);
        const contents = { PDF: bytes(await renderPdf(data, s, generatedAt)), CSV: bytes(renderCsv(data, s)), JSON: bytes(renderJson(data, s)) };
        for (const f of FORMATS) {
          const fileName = `report-${month}-${label}.${f.ext}`;
          const row = await db.report.upsert({
            where: { month_scope_format: { month, scope, format: f.format } },
            create: { month, scope, format: f.format, fileName, contentType: f.contentType, content: contents[f.format] },
            update: { fileName, contentType: f.contentType, content: contents[f.format], generatedAt },
            select: { id: true },
          });
          ids.set(scope, [...(ids.get(scope) ?? []), row.id]);
        }
      }
      const title = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月统计分析报告已生成`;
      await db.notification.createMany({
        data: [
          { recipient: 'CENTRE', departmentCode: null, kind: 'MONTHLY_REPORT', title, payload: { month, reportIds: ids.get('ALL') ?? [] } },
          { recipient: 'BUSINESS_ENVIRONMENT_OFFICE', departmentCode: null, kind: 'MONTHLY_REPORT', title: `${BUSINESS_ENVIRONMENT_OFFICE}：${title}`, payload: { month, reportIds: ids.get('ALL') ?? [] } },
          ...data.departments.map((d) => ({ recipient: 'DEPARTMENT', departmentCode: d.code, kind: 'MONTHLY_REPORT', title: `${d.name}${title}`, payload: { month, reportIds: ids.get(d.code) ?? [] } })),
        ],
      });
      return {
        month,
        reports: [...ids.values()].reduce((n, l) => n + l.length, 0),
        notifications: data.departments.length + 2,
        overall: { accepted: data.overall.accepted, completed: data.overall.completed, overdue: data.overall.overdue },
      };
    },
  };
}

export type ReportActivities = ReturnType<typeof createReportActivities>;
