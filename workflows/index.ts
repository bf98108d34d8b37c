// The workflows the worker registers (bundled for the Temporal sandbox).
export { caseWorkflow } from './case.workflow.js';
