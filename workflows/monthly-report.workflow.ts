/**
 * 月度统计分析报告 The month's statistical analysis report (R4.3). Started by a Temporal Schedule
 * on the 1st of each month at 08:00 Asia/Shanghai for the month just ended, or on demand for any
 * month through the API.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { ReportActivities } from '../activities/reports/index.js';
import { addCalendarDays, shanghaiDateOf } from '../domain/calendar/dates.js';

const { buildMonthlyReports } = proxyActivities<ReportActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumAttempts: 5 },
});

export async function monthlyReportWorkflow(args: { month?: string } = {}) {
  // Run by the schedule on the 1st: the month before today (Asia/Shanghai).
  const month = args.month ?? addCalendarDays(`${shanghaiDateOf(Date.now()).slice(0, 7)}-01`, -1).slice(0, 7);
  return buildMonthlyReports({ month });
}
