/** What every phase of the benchmark receives. */
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { Db } from '../../prisma/client.js';
import type { ApiClient, Session } from './api-client.js';
import type { BenchItem } from './fixtures.js';
import type { BenchOptions } from './options.js';
import type { InReviewWatcher } from './read-model.js';
import type { Stack } from './stack.js';

export interface BenchContext {
  opts: BenchOptions;
  /** Unique per run: tags applicant names, workflow ids and idempotency keys. */
  runId: string;
  stack: Stack;
  db: Db;
  temporal: Client;
  /** The stack's data converter (payload encryption): the bench's own worker decodes case inputs with it. */
  dataConverter: DataConverter;
  /** The stack's actor signing key: actions sent to workflows directly must be vouched for. */
  actorKey: Buffer;
  api: ApiClient;
  clerk: Session;
  applicant: Session;
  /** Reviewer of the typical item's department. */
  reviewer: Session;
  /** Reviewer of the heavy item's department. */
  heavyReviewer: Session;
  typical: BenchItem;
  heavy: BenchItem & { procedures: [string, string] };
  watcher: InReviewWatcher;
  log: (line: string) => void;
}

/** The applicant name that marks a phase's cases in the read model (findable after a --use-running run). */
export const tagOf = (ctx: BenchContext, phase: string) => `压测申请人 bench ${ctx.runId} ${phase}`;
