/** The bench's own workflows, bundled once for its in-process worker. */
export { minimalWorkflow } from './minimal.js';
export { intakeBaselineWorkflow } from './intake-baseline.js';
