/**
 * The case workflow's side effects, built by a factory that receives its dependencies, so tests
 * and processes wire in their own database and department systems.
 */
import { log } from '@temporalio/activity';
import type { CaseEvent, CaseView } from '../domain/case/model.js';
import type { Db } from '../prisma/client.js';
import type { DepartmentSystems, DispatchReceipt, DispatchRequest } from './department-systems/adapter.js';
import { loadConfig } from '../config/index.js';
import type { CaseNoticeOptions } from './notifications/case-notices.js';
import { projectCase } from './projection.js';
import { createSupervisionActivities } from './supervision.js';

export interface ActivityDeps {
  db: Db;
  departments: DepartmentSystems;
  /** Links and signing for the notices case events cause; by default from the configuration. */
  notices?: CaseNoticeOptions;
}

export function createActivities({ db, departments, notices }: ActivityDeps) {
  const config = notices ? undefined : loadConfig();
  const noticeOptions: CaseNoticeOptions = notices ?? { publicBaseUrl: config!.PUBLIC_BASE_URL, linkSecret: config!.JWT_SECRET };
  return {
    ...createSupervisionActivities(db),

    /** Idempotent and ordered per case: keyed by case number and event sequence. */
    async projectCase(input: { view: CaseView; events: CaseEvent[]; queryCodeHash?: string }): Promise<void> {
      await projectCase(db, input, noticeOptions);
    },

    async dispatchToDepartment(req: DispatchRequest): Promise<DispatchReceipt> {
      const receipt = await departments(req.departmentCode).receiveCase(req);
      log.info('case handed to department system', { caseNo: req.caseNo, departmentCode: req.departmentCode, receipt: receipt.receipt });
      return receipt;
    },
  };
}

export type CaseActivities = ReturnType<typeof createActivities>;
