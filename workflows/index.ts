// The workflows the worker registers (bundled for the Temporal sandbox).
export { caseWorkflow } from './case.workflow.js';
export { monthlyReportWorkflow } from './monthly-report.workflow.js';
export { rectificationWorkflow } from './rectification.workflow.js';
export { urgeWorkflow } from './urge.workflow.js';
