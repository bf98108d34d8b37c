/**
 * What one case's history costs Temporal's persistence, estimated from the history alone (the
 * dev server's SQLite cannot be metered like a cluster's database). The method, explained with
 * the capacity model in docs/operations.md:
 *
 * - A **shard transaction** is one conditional update of the workflow's mutable state in its
 *   history shard, with the history events and the tasks it creates written in the same
 *   transaction. One is opened by each of: the start; a workflow task started; a workflow task
 *   completed (every command it carries — activities scheduled, timers started, search attributes
 *   upserted, updates accepted and completed, the close — rides along); an activity task started;
 *   an activity completed, failed or timed out; a timer fired; a signal; a workflow task that
 *   failed or timed out; an activity cancelled.
 * - A **task** is a row in the shard's transfer, timer or visibility queue, written with its
 *   transaction and deleted once done: each workflow task and activity scheduled (transfer), each
 *   timer and each workflow task's and activity's start-to-close timeout (timer), each visibility
 *   change (below), and the close's retention timer.
 * - A **visibility write** updates the searchable record: the start, each search-attribute upsert,
 *   the close.
 *
 * SQL statements ≈ 2 per shard transaction (history node insert + executions update) + 2 per task
 * (insert + delete) + 1 per visibility write. Matching adds nothing while pollers wait for tasks
 * (sync match); a backlog writes and deletes every task it queues, once more.
 */

export interface TemporalWrites {
  shardTransactions: number;
  tasks: number;
  visibilityWrites: number;
  /** The SQL statements that makes on a SQL persistence (PostgreSQL, MySQL). */
  sqlStatements: number;
}

const n = (byType: Record<string, number>, ...types: string[]) => types.reduce((a, t) => a + (byType[t] ?? 0), 0);

/** From a history's event counts by type (names as in Temporal's EventType without `EVENT_TYPE_`). */
export function temporalWritesOf(byType: Record<string, number>): TemporalWrites {
  const started = n(byType, 'WORKFLOW_EXECUTION_STARTED');
  const closed = n(byType, 'WORKFLOW_EXECUTION_COMPLETED', 'WORKFLOW_EXECUTION_FAILED', 'WORKFLOW_EXECUTION_TERMINATED', 'WORKFLOW_EXECUTION_CANCELED', 'WORKFLOW_EXECUTION_CONTINUED_AS_NEW', 'WORKFLOW_EXECUTION_TIMED_OUT');
  const shardTransactions =
    started +
    n(byType, 'WORKFLOW_TASK_STARTED', 'WORKFLOW_TASK_COMPLETED', 'WORKFLOW_TASK_FAILED', 'WORKFLOW_TASK_TIMED_OUT') +
    n(byType, 'ACTIVITY_TASK_STARTED', 'ACTIVITY_TASK_COMPLETED', 'ACTIVITY_TASK_FAILED', 'ACTIVITY_TASK_TIMED_OUT', 'ACTIVITY_TASK_CANCELED') +
    n(byType, 'TIMER_FIRED', 'WORKFLOW_EXECUTION_SIGNALED') +
    // A termination comes from outside, in a transaction of its own.
    n(byType, 'WORKFLOW_EXECUTION_TERMINATED');
  const visibilityWrites = started + n(byType, 'UPSERT_WORKFLOW_SEARCH_ATTRIBUTES') + closed;
  const tasks =
    // transfer: each workflow task and activity to hand out
    n(byType, 'WORKFLOW_TASK_SCHEDULED', 'ACTIVITY_TASK_SCHEDULED') +
    // timer: each timer, each started workflow task's and activity's timeout
    n(byType, 'TIMER_STARTED', 'WORKFLOW_TASK_STARTED', 'ACTIVITY_TASK_STARTED') +
    // visibility tasks, and the close's retention timer
    visibilityWrites +
    closed;
  return { shardTransactions, tasks, visibilityWrites, sqlStatements: 2 * shardTransactions + 2 * tasks + visibilityWrites };
}
