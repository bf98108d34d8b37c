/**
 * The append-only audit log: every action and every refusal, with who, role, department,
 * channel, case, outcome, time, client address and request id. Also the violations list of
 * the split of powers (R1.1, R1.2), for the supervision side.
 */
import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Db } from '../../prisma/client.js';
import type { AuditWriter } from './audit-spool.js';
import { sanitizeText } from '../../domain/text.js';
import type { Problem } from './problem.js';
import { DETECTION_SITUATIONS } from '../../domain/supervision/negative-list.js';
import type { AuthUser } from './route.js';

export function channelOf(user: AuthUser | undefined): string {
  if (!user) return 'PUBLIC';
  switch (user.role) {
    case 'APPLICANT':
      return 'ONLINE';
    case 'FRONT_DESK_CLERK':
      return 'WINDOW';
    case 'DEPARTMENT_REVIEWER':
    case 'DEPARTMENT_LEAD':
      return 'DEPARTMENT';
    default:
      return 'CENTRE';
  }
}

/**
 * Refusals of anonymous requests (no or an invalid token) are not stored one row each — that
 * would let anybody grow the permanent audit log without bound. They are counted per minute,
 * action and status (table anonymous_refusal_tally, flushed every few seconds), and the first of
 * each kind per minute is kept as a sample audit row.
 */
export class AnonymousRefusals {
  private counts = new Map<string, number>();
  private sampled = new Set<string>();
  private minute = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    flushMs = 5_000,
  ) {
    this.timer = setInterval(() => void this.flush(), flushMs);
    this.timer.unref();
  }

  /** Counts one refusal; true when it should also be written as a sample row. */
  count(action: string, status: number, now = Date.now()): boolean {
    const minute = Math.floor(now / 60_000) * 60_000;
    if (minute !== this.minute) {
      this.minute = minute;
      this.sampled.clear();
    }
    const key = JSON.stringify([minute, action.slice(0, 200), status]);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const kind = `${action} ${status}`;
    if (this.sampled.has(kind) || this.sampled.size > 1_000) return false;
    this.sampled.add(kind);
    return true;
  }

  async flush(): Promise<void> {
    if (this.counts.size === 0) return;
    const rows = [...this.counts].map(([k, n]) => {
      const [minute, action, status] = JSON.parse(k) as [number, string, number];
      return { minute: new Date(minute).toISOString(), action, status, n };
    });
    const taken = this.counts;
    this.counts = new Map();
    await this.db.$executeRaw`
      INSERT INTO anonymous_refusal_tally (minute, action, status, count)
      SELECT r.minute, r.action, r.status, r.n FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(minute timestamptz, action text, status int, n int)
      ORDER BY 1, 2, 3
      ON CONFLICT (minute, action, status) DO UPDATE SET count = anonymous_refusal_tally.count + EXCLUDED.count`.catch((err: unknown) => {
      // Counted again at the next flush: a database outage loses no count.
      for (const [k, n] of taken) this.counts.set(k, (this.counts.get(k) ?? 0) + n);
      this.logger.warn({ err: String((err as Error)?.message ?? err).split('\n')[0] }, 'anonymous refusal tally write postponed');
    });
  }

  stop(): Promise<void> {
    clearInterval(this.timer);
    return this.flush();
  }
}

/**
 * Writes one audit row when the response is finished: for mutations always, for reads when
 * refused — including refusals before any route ran (malformed JSON, 413, 429). Anonymous
 * refusals are counted and sampled (AnonymousRefusals).
 */
export function auditTrail(writer: AuditWriter, anonymous?: AnonymousRefusals): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      const refused = res.statusCode >= 400;
      if (!res.locals.auditAlways && !refused) return;
      const user = res.locals.user as AuthUser | undefined;
      const problem = res.locals.problem as Problem | undefined;
      const action = (res.locals.auditAction as string | undefined) ?? `${req.method} ${req.route?.path ?? req.path}`.slice(0, 300);
      let sample = '';
      if (!user && !res.locals.screen && refused && res.statusCode < 500 && anonymous) {
        // Keyed by route, never by the raw path: random paths must not grow the tally either.
        if (!anonymous.count((res.locals.auditAction as string | undefined) ?? `${req.method} (no route)`, res.statusCode)) return;
        sample = '[sample: anonymous refusals of this kind are counted per minute] ';
      }
      // Written now, or spooled and written once the database answers again (audit-spool.ts).
      writer.write({
        userId: user?.id ?? null,
        username: user?.username ?? null,
        role: user?.role ?? null,
        departmentCode: user?.departmentCode ?? null,
        channel: channelOf(user),
        caseNo: (res.locals.caseNo as string | undefined) ?? null,
        action,
        outcome: res.statusCode >= 500 ? 'ERROR' : refused ? 'REFUSED' : 'OK',
        status: res.statusCode,
        detail: sanitizeText(sample + (problem ? `${problem.extra.rule ? `[${problem.extra.rule}] ` : ''}${problem.detail}` : ((res.locals.auditDetail as string | undefined) ?? ''))).slice(0, 2000),
        clientIp: req.ip ?? null,
        requestId: (res.locals.requestId as string | undefined) ?? null,
      });
    });
    next();
  };
}

export async function recordViolation(db: Db, res: Response, user: AuthUser, kind: string, detail: string, caseNo?: string): Promise<void> {
  // The violation and its finding in the problem ledger (a platform detection), together.
  await db.$transaction(async (tx) => {
    const v = await tx.violation.create({
      data: {
        userId: user.id,
        username: user.username,
        role: user.role,
        departmentCode: user.departmentCode ?? null,
        kind,
        caseNo: caseNo ?? null,
        detail,
        requestId: (res.locals.requestId as string | undefined) ?? null,
      },
    });
    await tx.finding.create({
      data: {
        source: 'PLATFORM',
        kind: 'VIOLATION',
        externalRef: `violation:${v.id}`,
        occurredAt: v.at,
        recordedBy: '平台监测',
        departmentCode: user.departmentCode ?? null,
        staffName: user.displayName,
        caseNo: caseNo ?? null,
        situationCode: DETECTION_SITUATIONS.VIOLATION,
        summary: `违反受审分离：${user.displayName}（${kind}）`,
        evidence: detail,
      },
    });
  });
}
