/**
 * The append-only audit log: every action and every refusal, with who, role, department,
 * channel, case, outcome, time, client address and request id. Also the violations list of
 * the split of powers (R1.1, R1.2), for the supervision side.
 */
import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Db } from '../../prisma/client.js';
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

/** Writes one audit row when the response is finished: for mutations always, for reads when refused. */
export function auditTrail(db: Db, logger: Logger): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      const refused = res.statusCode >= 400;
      if (!res.locals.auditAlways && !refused) return;
      const user = res.locals.user as AuthUser | undefined;
      const problem = res.locals.problem as Problem | undefined;
      db.auditLog
        .create({
          data: {
            userId: user?.id ?? null,
            username: user?.username ?? null,
            role: user?.role ?? null,
            departmentCode: user?.departmentCode ?? null,
            channel: channelOf(user),
            caseNo: (res.locals.caseNo as string | undefined) ?? null,
            action: (res.locals.auditAction as string | undefined) ?? `${req.method} ${req.path}`,
            outcome: res.statusCode >= 500 ? 'ERROR' : refused ? 'REFUSED' : 'OK',
            status: res.statusCode,
            detail: problem ? `${problem.extra.rule ? `[${problem.extra.rule}] ` : ''}${problem.detail}`.slice(0, 2000) : ((res.locals.auditDetail as string | undefined) ?? ''),
            clientIp: req.ip ?? null,
            requestId: (res.locals.requestId as string | undefined) ?? null,
          },
        })
        .catch((err: unknown) => logger.error({ err }, 'audit write failed'));
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
