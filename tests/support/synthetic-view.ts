/**
 * A case view made up for tests that feed the projector directly (the projector is the unit under
 * test): in review, on time, nothing open, for the item given; the test overrides what it needs.
 */
import type { CaseView } from '../../domain/case/model.js';

export function syntheticView(caseNo: string, item: CaseView['item'], over: Partial<CaseView> = {}): CaseView {
  const now = new Date().toISOString();
  return {
    caseNo,
    status: 'IN_REVIEW',
    stateCode: 8,
    channel: 'WINDOW',
    item,
    applicant: { name: '合成测试申请人' },
    submittedAt: now,
    acceptedAt: now,
    acceptedBy: '合成测试窗口',
    warning: false,
    overdue: false,
    everOverdue: false,
    paused: false,
    inSpecialProcedure: false,
    outputHeld: false,
    missingToleratedMaterials: [],
    returns: [],
    urges: [],
    dispatch: { status: 'DELIVERED' },
    allowedActions: [],
    lastSeq: 0,
    ...over,
  } as CaseView;
}
