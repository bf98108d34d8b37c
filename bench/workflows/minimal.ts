/**
 * The raw baseline's workflow: as little as Temporal allows while still answering the same two
 * calls the API makes when it opens a case (start, then a query). It waits for a release signal so
 * that the query meets a running workflow from the worker's cache, as the API's query meets a case.
 * Run only by the benchmark's own in-process worker, on its own task queue.
 */
import { condition, defineQuery, defineSignal, setHandler } from '@temporalio/workflow';

export const minimalStateQuery = defineQuery<'waiting' | 'released'>('minimalState');
export const releaseSignal = defineSignal('release');

export async function minimalWorkflow(): Promise<void> {
  let released = false;
  setHandler(minimalStateQuery, () => (released ? 'released' : 'waiting'));
  setHandler(releaseSignal, () => {
    released = true;
  });
  await condition(() => released);
}
