/**
 * The intake baseline's workflow: the Temporal work a window intake costs, and nothing of the
 * platform's own. The bench starts it as the API starts a case — the same input payload (through
 * the same encrypting codec), the same search attributes, summary and details, the same id reuse
 * policy — and its first and only workflow task sets the search attributes an accepted case
 * carries and the current details, as the case workflow's first task does. It then waits for a
 * release signal, as an open case waits on its timers. Run only by the benchmark's own in-process
 * worker, on its own task queue.
 */
import { condition, defineSignal, setCurrentDetails, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import * as SA from '../../workflows/search-attributes.js';

export const releaseIntakeSignal = defineSignal('release');

/** The input is carried (and decoded) like a case's, but only its size matters here. */
export async function intakeBaselineWorkflow(input: { input: { caseNo: string } }): Promise<void> {
  let released = false;
  setHandler(releaseIntakeSignal, () => {
    released = true;
  });
  upsertSearchAttributes([
    { key: SA.CaseStatus, value: 'IN_REVIEW' },
    { key: SA.Overdue, value: false },
    { key: SA.Warning, value: false },
    // A due instant, as an accepted case has (workflow time: deterministic).
    { key: SA.DueAt, value: new Date(Date.now() + 20 * 86_400_000) },
  ]);
  setCurrentDetails(`### 办件 ${input.input.caseNo}\n- 状态 Status: **IN_REVIEW** (bench baseline)`);
  await condition(() => released);
}
