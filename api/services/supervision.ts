/**
 * Starting the supervision workflows from the API: a confirmed finding becomes a rectification
 * (workflow id ZG-<finding id>), a bad rating a rectification that starts with verification, an
 * urge on a case an urge workflow (DB-<case number>-<n>). Workflow ids are derived from what
 * caused them, so a retried request never starts two.
 */
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Actor, CaseView } from '../../domain/case/model.js';
import { BAD_RATING_RECTIFY_DAYS, BAD_RATING_VERIFY_DAYS } from '../../domain/supervision/negative-list.js';
import type { RectificationInput } from '../../domain/supervision/rectification.js';
import type { UrgeInput } from '../../domain/supervision/urge.js';
import type { Db } from '../../prisma/client.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';

export interface SupervisionSettings {
  taskQueue: string;
  rectificationWarningDays: number;
  rectificationEscalateAfterDays: number;
  urgeReplyDays: number;
  urgeWarningDays: number;
}

export const rectificationIdOf = (findingId: bigint | string) => `ZG-${findingId}`;

async function startOnce(temporal: Client, workflow: string, id: string, taskQueue: string, arg: unknown, summary: string): Promise<void> {
  try {
    await temporal.workflow.start(workflow, { taskQueue, workflowId: id, args: [arg], workflowIdReusePolicy: 'REJECT_DUPLICATE', staticSummary: summary });
  } catch (e) {
    if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
  }
}

export class SupervisionService {
  constructor(
    private readonly db: Db,
    private readonly temporal: Client,
    private readonly settings: SupervisionSettings,
  ) {}

  /** Starts the rectification of a finding; returns its id. */
  async startRectification(
    finding: { id: bigint; source: string; summary: string; caseNo: string | null },
    opts: { departmentCode: string; situationCode?: string | undefined; deadlineDays: number; createdBy: Actor; verifyFirst?: boolean },
  ): Promise<string> {
    const id = rectificationIdOf(finding.id);
    const input: RectificationInput = {
      id,
      findingId: String(finding.id),
      source: finding.source,
      title: finding.summary.slice(0, 200),
      departmentCode: opts.departmentCode,
      ...(opts.situationCode ? { situationCode: opts.situationCode } : {}),
      ...(finding.caseNo ? { caseNo: finding.caseNo } : {}),
      deadlineDays: opts.deadlineDays,
      ...(opts.verifyFirst ? { verifyDays: BAD_RATING_VERIFY_DAYS } : {}),
      warningDays: this.settings.rectificationWarningDays,
      escalateAfterDays: this.settings.rectificationEscalateAfterDays,
      createdBy: opts.createdBy,
      calendar: await loadCalendarData(this.db),
    };
    await startOnce(this.temporal, 'rectificationWorkflow', id, this.settings.taskQueue, input, `整改 ${id} · ${input.title.slice(0, 60)} · ${opts.departmentCode}`);
    return id;
  }

  /** A bad rating: verified (回访核实) within 1 working day, rectified within 15. */
  async startBadRatingRectification(finding: { id: bigint; source: string; summary: string; caseNo: string | null; departmentCode: string }): Promise<string> {
    return this.startRectification(finding, {
      departmentCode: finding.departmentCode,
      deadlineDays: BAD_RATING_RECTIFY_DAYS,
      createdBy: { id: 'system', name: '平台', role: 'SYSTEM' },
      verifyFirst: true,
    });
  }

  /** Starts the urge workflow for the n-th urge of a case (n = the case's urge count after it). */
  async startUrge(view: CaseView, actor: Actor, note: string, replyDays: number | undefined): Promise<{ id: string; replyDays: number }> {
    const id = `DB-${view.caseNo}-${view.urges.length}`;
    const days = replyDays ?? this.settings.urgeReplyDays;
    const input: UrgeInput = {
      id,
      caseNo: view.caseNo,
      departmentCode: view.item.departmentCode,
      itemName: view.item.name,
      note,
      replyDays: days,
      warningDays: this.settings.urgeWarningDays,
      urgedBy: actor,
      calendar: await loadCalendarData(this.db),
    };
    await startOnce(this.temporal, 'urgeWorkflow', id, this.settings.taskQueue, input, `督办 ${view.caseNo} · ${view.item.departmentName}`);
    return { id, replyDays: days };
  }
}
