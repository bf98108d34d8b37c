/**
 * 统计 and the hall's big screen (R4.2) over HTTP: the six figures, grouped, for any range of
 * days; the drill-down from a figure to the cases behind it; the figures as an Excel or CSV file;
 * and the big screen's data — once, and as a live Server-Sent Events stream.
 *
 * This file parses, authorises and answers. The figures and their SQL are
 * api/services/statistics.ts's; the live stream — LISTEN, fan-out, heartbeats, a token's expiry,
 * a credential's revocation — is api/services/big-screen-hub.ts's (`serve`); the files are
 * api/services/statistics-export.ts's. The big
 * screen opens to a centre manager or supervisor, or to a screen credential
 * (api/services/screen-credentials.ts): a long-lived, revocable token for the hall's display.
 */
import type { Request, Response } from 'express';
import { satisfactionRowSchema } from '../services/ratings.js';
import { decodeJwt } from 'jose';
import type { Logger } from 'pino';
import { z } from 'zod';
import { type IsoDate, addCalendarDays, isIsoDate, shanghaiDateOf, toDayNumber } from '../../domain/calendar/dates.js';
import { DEFINITIONS_TEXT, DRILL_DOWN, type DrillDownMetric } from '../../domain/statistics.js';
import type { Db } from '../../prisma/client.js';
import type { Tokens } from '../http/auth.js';
import { Problem, forbiddenProblem, unauthorized } from '../http/problem.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import { BigScreenHub, HEARTBEAT_MS } from '../services/big-screen-hub.js';
import { type ScreenCredentials, type ScreenPrincipal, TICKET_SECONDS } from '../services/screen-credentials.js';
import { exportFileName, statisticsCsv, statisticsXlsx } from '../services/statistics-export.js';
import { BIG_SCREEN_LIST_LIMIT, type DrillDownQuery, GROUP_BYS, bigScreen, drillDown, filtersOf, statistics } from '../services/statistics.js';

export interface StatisticsRouteDeps {
  db: Db;
  /** The big-screen stream LISTENs on its own connection (a pooled one cannot hold a LISTEN). */
  databaseUrl: string;
  /** The stream verifies `?access_token=` itself: EventSource cannot send an Authorization header. */
  tokens: Tokens;
  /** Screen credentials for the hall's display; their stream tickets are checked here. */
  screens: ScreenCredentials;
  logger?: Logger;
}

const OVERSIGHT = ['CENTRE_MANAGER', 'SUPERVISOR'] as const;
const STATISTICS_ROLES = [...OVERSIGHT, 'DEPARTMENT_LEAD', 'DEPARTMENT_REVIEWER'] as const;

/** The longest range one statistics call may cover: three years of days. */
const MAX_RANGE_DAYS = 1_100;
/** The default range: the last 30 days including today. */
const DEFAULT_RANGE_DAYS = 30;

// ───────────── routes ─────────────

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine(isIsoDate, 'is not a day of the calendar');
const code = z.string().trim().min(1).max(64);
const filterFields = {
  from: isoDate.optional().describe(`first day (Asia/Shanghai), included; default: ${DEFAULT_RANGE_DAYS - 1} days before \`to\``),
  to: isoDate.optional().describe('last day (Asia/Shanghai), included; default: today'),
  departmentCode: code.optional().describe('department staff are held to their own department'),
  itemCode: code.optional(),
  zoneCode: code.optional(),
  channel: z.enum(['ONLINE', 'WINDOW']).optional(),
  staffId: code.optional().describe('a staff member (app_user id): the events that person performed'),
};
const rangeRule = (q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  // zod runs this even when a field failed its own check; a bad day is already reported there.
  if ((q.from !== undefined && !isIsoDate(q.from)) || (q.to !== undefined && !isIsoDate(q.to))) return;
  const { from, to } = resolveRange(q, Date.now());
  if (from > to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before `from`' });
  else if (toDayNumber(to) - toDayNumber(from) + 1 > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['from'], message: `a range covers at most ${MAX_RANGE_DAYS} days` });
};

function resolveRange(q: { from?: string | undefined; to?: string | undefined }, now: number): { from: IsoDate; to: IsoDate } {
  const to = q.to ?? shanghaiDateOf(now);
  const from = q.from ?? addCalendarDays(to, -(DEFAULT_RANGE_DAYS - 1));
  return { from, to };
}

const statisticsQuery = z.object({ ...filterFields, groupBy: z.enum(GROUP_BYS).default('department') }).superRefine(rangeRule);
const exportQuery = z
  .object({ ...filterFields, groupBy: z.enum(GROUP_BYS).default('department'), format: z.enum(['xlsx', 'csv']).default('xlsx').describe('xlsx (Excel workbook) or csv (UTF-8 with BOM)') })
  .superRefine(rangeRule);
const drillDownQuery = z
  .object({
    metric: z.enum(Object.keys(DRILL_DOWN) as [DrillDownMetric, ...DrillDownMetric[]]),
    ...filterFields,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(rangeRule);

const figuresSchema = z.object({
  accepted: z.number().int(),
  approved: z.number().int(),
  completed: z.number().int(),
  completedOnTime: z.number().int(),
  onTimeRate: z.number().nullable(),
  overdue: z.number().int(),
  overdueRate: z.number().nullable(),
  returned: z.number().int(),
  returnedRate: z.number().nullable(),
  interrupted: z.number().int(),
  interruptions: z.object({ paused: z.number().int(), specialProcedures: z.number().int(), withdrawn: z.number().int(), terminated: z.number().int(), correctionLapsed: z.number().int() }),
  specialProcedureOverruns: z.number().int(),
  stageOverdue: z.object({ preReview: z.number().int(), output: z.number().int() }),
  consultations: z.number().int(),
});
const filtersSchema = z.object({ departmentCode: z.string().optional(), itemCode: z.string().optional(), zoneCode: z.string().optional(), channel: z.string().optional(), staffId: z.string().optional() });
const statisticsResponse = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(GROUP_BYS),
  filters: filtersSchema,
  rollup: z.enum(['department', 'detail']),
  total: figuresSchema,
  groups: z.array(figuresSchema.extend({ key: z.string(), label: z.string() })),
});
const drillDownResponse = z.object({
  metric: z.string(),
  from: z.string(),
  to: z.string(),
  filters: filtersSchema,
  total: z.number().int().describe('the figure itself (from the rollups)'),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(
    z.object({
      caseNo: z.string(),
      eventSeq: z.number().int(),
      eventType: z.string(),
      eventAt: z.string(),
      day: z.string(),
      actor: z.object({ id: z.string(), name: z.string(), role: z.string() }).nullable(),
      itemCode: z.string(),
      itemName: z.string(),
      departmentCode: z.string(),
      zoneCode: z.string(),
      channel: z.string(),
      status: z.string(),
      applicantName: z.string(),
      acceptedAt: z.string().nullable(),
      dueDate: z.string().nullable(),
      overdue: z.boolean(),
      everOverdue: z.boolean(),
    }),
  ),
});
const screenCase = z.object({ caseNo: z.string(), itemCode: z.string(), itemName: z.string(), departmentCode: z.string(), departmentName: z.string(), status: z.string(), acceptedAt: z.string().nullable(), dueDate: z.string().nullable(), dueAt: z.string().nullable() });
const bigScreenResponse = z.object({
  generatedAt: z.string(),
  window: z.object({ from: z.string(), to: z.string() }),
  days: z.array(figuresSchema.extend({ day: z.string() })),
  last7Days: figuresSchema,
  live: z.object({ day: z.string(), today: figuresSchema, open: z.number().int(), openByStatus: z.record(z.string(), z.number().int()), overdueNow: z.number().int(), warningNow: z.number().int(), stageOverdueNow: z.object({ preReview: z.number().int(), output: z.number().int() }) }),
  overdue: z.object({ total: z.number().int(), items: z.array(screenCase) }),
  warning: z.object({ total: z.number().int(), items: z.array(screenCase) }),
  ranking: z.array(z.object({ rank: z.number().int(), departmentCode: z.string(), departmentName: z.string(), accepted: z.number().int(), completed: z.number().int(), completedOnTime: z.number().int(), onTimeRate: z.number().nullable(), overdue: z.number().int(), returned: z.number().int() })),
  satisfaction: z.object({ overall: satisfactionRowSchema.nullable(), byDepartment: z.array(satisfactionRowSchema) }),
  definitions: z.string(),
});

/** Department staff see their own department only; asking for another is a 403, asking for none means theirs. */
function scopedDepartment(user: AuthUser, requested: string | undefined): string | undefined {
  if (user.role !== 'DEPARTMENT_LEAD' && user.role !== 'DEPARTMENT_REVIEWER') return requested;
  if (!user.departmentCode) throw forbiddenProblem('this account belongs to no department', 'scope.department');
  if (requested !== undefined && requested !== user.departmentCode) {
    throw forbiddenProblem(`department staff see the statistics of their own department (${user.departmentCode}) only`, 'scope.department');
  }
  return user.departmentCode;
}

export function registerStatisticsRoutes(api: ApiRegistry, deps: StatisticsRouteDeps): void {
  const { db, tokens } = deps;
  const hub = new BigScreenHub({ db, databaseUrl: deps.databaseUrl, screens: deps.screens, logger: deps.logger });

  api.route(
    {
      method: 'get',
      path: '/api/v1/statistics',
      summary: 'Statistics: the six figures, grouped',
      description: `Accepted, approved, completed, overdue (count and rate), returned (count and rate) and interrupted, over a range of days (default: the last ${DEFAULT_RANGE_DAYS} days), grouped by department, item, zone, channel, staff member, day, week (ISO, key = its Monday) or month, or not at all (groupBy=none). \`total\` covers every group. Department staff see their own department only. Read from rollups kept by the projector.\n\n${DEFINITIONS_TEXT}`,
      tags: ['statistics'],
      access: STATISTICS_ROLES,
      query: statisticsQuery,
      response: statisticsResponse,
    },
    async ({ query, user }) => {
      const { from, to } = resolveRange(query, Date.now());
      const answer = await statistics(db, { ...query, from, to, departmentCode: scopedDepartment(user!, query.departmentCode) });
      return { body: answer };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/statistics/cases',
      summary: 'Statistics: the cases behind a figure',
      description: `The events a figure counted (one row per counted event, newest first), with their cases, for the same range and filters as GET /api/v1/statistics; \`total\` is the figure. metric=interrupted lists all five interruption kinds; paused, specialProcedures, withdrawn, terminated and correctionLapsed list one; completedOnTime lists on-time completions.\n\n${DEFINITIONS_TEXT}`,
      tags: ['statistics'],
      access: STATISTICS_ROLES,
      query: drillDownQuery,
      response: drillDownResponse,
    },
    async ({ query, user }) => {
      const { from, to } = resolveRange(query, Date.now());
      const q: DrillDownQuery = { ...query, from, to, departmentCode: scopedDepartment(user!, query.departmentCode) };
      const { total, items } = await drillDown(db, q);
      return { body: { metric: q.metric, from, to, filters: filtersOf(q), total, page: q.page, pageSize: q.pageSize, items } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/statistics/export',
      summary: 'Statistics as an Excel or CSV file',
      description: 'The same figures as GET /api/v1/statistics for the same range, grouping and filters, as a download: `format=xlsx` (a workbook with the table and a sheet that says what was counted) or `format=csv` (UTF-8 with BOM). One row per group and a last row with the total.',
      tags: ['statistics'],
      access: STATISTICS_ROLES,
      query: exportQuery,
    },
    async ({ query, user }) => {
      const { from, to } = resolveRange(query, Date.now());
      const { format, ...q } = query;
      const answer = await statistics(db, { ...q, from, to, departmentCode: scopedDepartment(user!, q.departmentCode) });
      if (format === 'csv') return { raw: { type: 'text/csv; charset=utf-8', content: statisticsCsv(answer), fileName: exportFileName(answer, 'csv') } };
      return { raw: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await statisticsXlsx(answer, new Date()), fileName: exportFileName(answer, 'xlsx') } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/big-screen',
      summary: 'Big screen: the last 7 days, live counters, overdue and warning lists, department ranking',
      description: `The hall's big screen (大屏) data: the six figures for each of the last 7 Asia/Shanghai days (today included) and over the 7 days; today's counters and the cases open now; the overdue and warning lists (cases in the approval stage, at most ${BIG_SCREEN_LIST_LIMIT} each, most urgent first; no applicant names, the screen is public in the hall); and the departments ranked by on-time completion rate over the 7 days. Opens to a centre manager or supervisor, or to a screen credential (\`Authorization: Bearer owscr_…\`, made by the manager at POST /api/v1/screen-credentials). For live updates use GET /api/v1/big-screen/stream.\n\n${DEFINITIONS_TEXT}`,
      tags: ['big screen'],
      // Authorised in the handler: a screen credential is no staff account.
      access: 'public',
      response: bigScreenResponse,
      problems: [401, 403],
    },
    async ({ req, res }) => {
      bigScreenViewer(req, res);
      return { body: await bigScreen(db) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/big-screen/stream-ticket',
      summary: 'Big screen: a short-lived ticket to open the stream',
      description: `For a screen credential: EventSource cannot send an Authorization header, and a long-lived token does not belong in a URL. Send the credential in the header here and open GET /api/v1/big-screen/stream?ticket=<ticket> within ${TICKET_SECONDS} s. The stream then runs until the credential is revoked. A staff member may ask too (the ticket then runs on their account's role, checked now).`,
      tags: ['big screen'],
      access: 'public',
      response: z.object({ ticket: z.string(), expiresIn: z.number().int(), stream: z.string() }),
      problems: [401, 403],
    },
    async ({ req, res }) => {
      const viewer = bigScreenViewer(req, res);
      if (viewer.kind !== 'screen') throw forbiddenProblem('stream tickets are for screen credentials; staff open the stream with ?access_token=<token>', 'screen_credential.required');
      const { ticket, expiresIn } = await deps.screens.issueTicket(viewer.screen);
      return { body: { ticket, expiresIn, stream: `/api/v1/big-screen/stream?ticket=${encodeURIComponent(ticket)}` } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/big-screen/stream',
      summary: 'Big screen: live stream (Server-Sent Events)',
      description: `text/event-stream. Each message is the full GET /api/v1/big-screen payload (\`data:\`), sent at once on connect — so a screen that reconnects, with or without Last-Event-ID, is whole again at once — and again within about a second of any case event (coalesced). Every ${HEARTBEAT_MS / 1000} s an \`event: heartbeat\` (data: { at }) shows the screen that the connection lives even when nothing changed: a screen that hears nothing for two heartbeats should reconnect and show its figures as stale. \`retry: 5000\` asks EventSource to reconnect after 5 s.\n\nWho may watch: a screen credential, by \`?ticket=\` from POST /api/v1/big-screen/stream-ticket (or in the Authorization header); the stream has no expiry and ends with \`event: revoked\` within seconds of the credential's revocation. A centre manager or supervisor, by \`?access_token=\` (EventSource sends no headers) or the header; their stream ends with \`event: expired\` when the token expires.`,
      tags: ['big screen'],
      // Authentication happens in the handler: the token may come in the query string.
      access: 'public',
      query: z.object({ access_token: z.string().max(4096).optional(), ticket: z.string().max(4096).optional() }),
      problems: [401, 403, 503],
    },
    async ({ query, req, res }) => {
      let screen: ScreenPrincipal | undefined;
      let token: string | undefined;
      if (query.ticket !== undefined) {
        screen = await deps.screens.verifyTicket(query.ticket);
        if (!screen) throw new Problem(401, 'the stream ticket is not valid, has expired, or its screen credential has been revoked; ask for a new ticket', { rule: 'screen_credential.ticket_invalid' });
        res.locals.screen = screen;
      } else if (res.locals.screen) {
        screen = res.locals.screen as ScreenPrincipal;
      } else {
        const header = req.headers.authorization;
        const bearer = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined;
        token = bearer ?? query.access_token;
        if (!res.locals.user && query.access_token && !bearer) {
          try {
            res.locals.user = await tokens.verifyAccess(query.access_token); // for the audit trail too
          } catch (e) {
            throw unauthorized((e as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'the access token has expired; sign in again' : 'the access token is not valid');
          }
        }
        bigScreenViewer(req, res);
      }
      if (screen) {
        // The stream's audit row is written when it ends, naming the screen.
        res.locals.auditAlways = true;
        res.locals.auditAction = 'big-screen.stream';
        res.locals.auditDetail = `screen ${screen.name} (${screen.tokenPrefix}…)`;
      }

      // A staff member's stream ends when their token expires.
      const exp = !screen && token ? decodeJwt(token).exp : undefined;
      await hub.serve(res, { credentialId: screen?.credentialId, expiresAtMs: exp ? exp * 1000 : undefined });
      return {};
    },
  );
}

type BigScreenViewer = { kind: 'screen'; screen: ScreenPrincipal } | { kind: 'staff'; user: AuthUser };

/** A screen credential (checked by the gate in app.ts), or a manager or supervisor; otherwise 401 or 403. */
function bigScreenViewer(_req: Request, res: Response): BigScreenViewer {
  const screen = res.locals.screen as ScreenPrincipal | undefined;
  if (screen) return { kind: 'screen', screen };
  const user = res.locals.user as AuthUser | undefined;
  if (!user) throw unauthorized((res.locals.authError as string | undefined) ?? 'sign in first, or use a screen credential: Authorization: Bearer <token> (the stream also takes ?ticket= or ?access_token=)');
  if (!(OVERSIGHT as readonly string[]).includes(user.role)) {
    throw forbiddenProblem(`${user.role} may not watch the big screen: allowed for ${OVERSIGHT.join(', ')} and screen credentials`, 'role.not_allowed');
  }
  return { kind: 'staff', user };
}
