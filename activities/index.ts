/**
 * The case workflow's side effects, built by a factory that receives its dependencies, so tests
 * and processes wire in their own database and department systems.
 */
import { log } from '@temporalio/activity';
import type { CalendarData } from '../domain/calendar/calendar.js';
import type { CaseEvent, CaseView } from '../domain/case/model.js';
import type { Db } from '../prisma/client.js';
import { loadCalendarData } from '../prisma/seed/calendar.js';
import type { DepartmentSystems, DispatchReceipt, DispatchRequest } from './department-systems/adapter.js';
import { projectCase } from './projection.js';

export interface ActivityDeps {
  db: Db;
  departments: DepartmentSystems;
  /** Where the working-day calendar comes from; PostgreSQL unless a test supplies a fixture. */
  calendar?: () => Promise<CalendarData>;
}

export function createActivities({ db, departments, calendar = () => loadCalendarData(db) }: ActivityDeps) {
  return {
    /** The working-day calendar enters the workflow as this activity's result (so it is in history). */
    async loadCalendar(): Promise<CalendarData> {
      return calendar();
    },

    /** Idempotent and ordered per case: keyed by case number and event sequence. */
    async projectCase(input: { view: CaseView; events: CaseEvent[]; queryCodeHash?: string }): Promise<void> {
      await projectCase(db, input);
    },

    async dispatchToDepartment(req: DispatchRequest): Promise<DispatchReceipt> {
      const receipt = await departments(req.departmentCode).receiveCase(req);
      log.info('case handed to department system', { caseNo: req.caseNo, departmentCode: req.departmentCode, receipt: receipt.receipt });
      return receipt;
    },
  };
}

export type CaseActivities = ReturnType<typeof createActivities>;
