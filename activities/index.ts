/**
 * The case workflow's side effects, built by a factory that receives its dependencies, so tests
 * and processes wire in their own database and department systems.
 */
import { log } from '@temporalio/activity';
import type { CaseEvent, CaseView } from '../domain/case/model.js';
import type { Db } from '../prisma/client.js';
import type { DepartmentSystems, DispatchReceipt, DispatchRequest } from './department-systems/adapter.js';
import { loadConfig } from '../config/index.js';
import { loadSecrets } from '../config/secrets.js';
import type { CaseNoticeOptions } from './notifications/case-notices.js';
import { isDataError, projectCase } from './projection.js';
import { createSupervisionActivities } from './supervision.js';
import { sanitizeText } from '../domain/text.js';

export interface ActivityDeps {
  db: Db;
  departments: DepartmentSystems;
  /** Links and signing for the notices case events cause; by default from the configuration. */
  notices?: CaseNoticeOptions;
}

export function createActivities({ db, departments, notices }: ActivityDeps) {
  const config = notices ? undefined : loadConfig();
  const noticeOptions: CaseNoticeOptions = notices ?? { publicBaseUrl: config!.PUBLIC_BASE_URL, linkSecret: loadSecrets(config!).jwtSecret };
  return {
    ...createSupervisionActivities(db),

    /**
     * Idempotent and ordered per case: keyed by case number and event sequence. A projection the
     * database refuses for its data (a character PostgreSQL cannot hold, a value out of range) is
     * never retried forever: it is projected once more with the offending characters replaced,
     * and recorded either way in projection_issue for operators (GET /api/v1/ops/projection-issues).
     * Other failures (database down) are retried as usual.
     */
    async projectCase(input: { view: CaseView; events: CaseEvent[]; queryCodeHash?: string }): Promise<void> {
      try {
        await projectCase(db, input, noticeOptions);
      } catch (e) {
        if (!isDataError(e)) throw e;
        const error = sanitizeText(String((e as Error).message ?? e)).slice(0, 2000);
        const seqs = input.events.map((ev) => ev.seq);
        let outcome = 'SANITIZED';
        try {
          await projectCase(db, sanitizeText(input), noticeOptions);
        } catch (again) {
          if (!isDataError(again)) throw again;
          outcome = 'FAILED';
        }
        await db.projectionIssue.create({ data: { caseNo: sanitizeText(input.view.caseNo), outcome, error, eventSeqs: seqs } });
        const message = 'case projection refused by the database for its data; recorded for operators (GET /api/v1/ops/projection-issues)';
        try {
          log.error(message, { caseNo: input.view.caseNo, outcome, error });
        } catch {
          console.error(message, { caseNo: input.view.caseNo, outcome, error }); // called outside an activity (tools, tests)
        }
      }
    },

    async dispatchToDepartment(req: DispatchRequest): Promise<DispatchReceipt> {
      const receipt = await departments(req.departmentCode).receiveCase(req);
      log.info('case handed to department system', { caseNo: req.caseNo, departmentCode: req.departmentCode, receipt: receipt.receipt });
      return receipt;
    },
  };
}

export type CaseActivities = ReturnType<typeof createActivities>;
