/**
 * The platform's Temporal Schedules, created idempotently at start-up:
 * the monthly analysis report on the 1st of each month at 08:00 Asia/Shanghai (R4.3).
 */
import { type Client, ScheduleAlreadyRunning } from '@temporalio/client';

export const MONTHLY_REPORT_SCHEDULE_ID = 'monthly-statistical-report';

export async function ensureMonthlyReportSchedule(client: Client, taskQueue: string): Promise<'created' | 'exists'> {
  try {
    await client.schedule.create({
      scheduleId: MONTHLY_REPORT_SCHEDULE_ID,
      spec: { calendars: [{ dayOfMonth: 1, hour: 8, minute: 0, comment: '每月1日08:00 上月统计分析报告' }], timezone: 'Asia/Shanghai' },
      action: { type: 'startWorkflow', workflowType: 'monthlyReportWorkflow', args: [{}], taskQueue },
      // A report missed while the platform was down is still produced when it comes back that day.
      policies: { overlap: 'SKIP', catchupWindow: '1 day' },
      memo: { purpose: 'monthly statistical analysis report for the business-environment office and every window department' },
    });
    return 'created';
  } catch (e) {
    if (e instanceof ScheduleAlreadyRunning) return 'exists';
    throw e;
  }
}
