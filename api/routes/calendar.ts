/**
 * The working-day calendar (R2.1): public answers on China's official calendar, and the centre
 * manager's corrections (a local closure, next year's State Council notice).
 *
 * The semantics are domain/calendar/calendar.ts's: a limit of N working days from D ends at the
 * end of the N-th working day strictly after D; working days are counted over from < d ≤ to;
 * dates are Asia/Shanghai calendar dates. Any answer touching a year without official data is
 * flagged `provisional` (weekends only).
 */
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { MAX_WORKING_DAYS } from '../../domain/calendar/calendar.js';
import { isIsoDate, toDayNumber, weekdayOf } from '../../domain/calendar/dates.js';
import type { Db } from '../../prisma/client.js';
import { Problem } from '../http/problem.js';
import type { ApiRegistry, AuthUser } from '../http/route.js';
import { CalendarChangeRefused, type ChangeResult, CalendarService, IMPACT_LIST_LIMIT } from '../services/calendar.js';

export interface CalendarRouteDeps {
  db: Db;
  temporal: Client;
}

/** Beyond these years an answer would be a typo's, not a case's. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

const calendarDate = (what: string) =>
  z
    .string({ error: `required: ${what} as YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${what} must be a date YYYY-MM-DD`, abort: true })
    .superRefine((d, ctx) => {
      const year = Number(d.slice(0, 4));
      if (!isIsoDate(d)) ctx.addIssue({ code: 'invalid_format', format: 'date', input: d, message: `${what} ${d} is not a real calendar date` });
      else if (year < FIRST_YEAR || year > LAST_YEAR) ctx.addIssue({ code: 'too_big', origin: 'date', maximum: LAST_YEAR, input: d, message: `${what} must lie in the years ${FIRST_YEAR}–${LAST_YEAR}` });
    });

const daysMessage = `days must be a whole number of working days from 1 to ${MAX_WORKING_DAYS}`;
/** Strictly digits: "1.5", "1e2", " 3" or "" are not a number of working days. */
const workingDays = z
  .string({ error: `required: ${daysMessage}` })
  .regex(/^\d{1,7}$/, daysMessage)
  .transform(Number)
  .pipe(z.number().int().min(1, daysMessage).max(MAX_WORKING_DAYS, daysMessage));

const yearParam = z
  .string()
  .regex(/^\d{4}$/, 'a year of four digits')
  .transform(Number)
  .pipe(z.number().int().min(FIRST_YEAR, `a year from ${FIRST_YEAR} to ${LAST_YEAR}`).max(LAST_YEAR, `a year from ${FIRST_YEAR} to ${LAST_YEAR}`));

const dayAnswer = z.object({
  date: z.string(),
  workingDay: z.boolean(),
  kind: z.enum(['workday', 'weekend', 'holiday', 'makeup_workday']),
  name: z.string().optional(),
  provisional: z.boolean().describe('true when the year has no official data: weekends only'),
});

const dayBody = z
  .strictObject({
    kind: z.enum(['holiday', 'makeup_workday', 'workday']).describe('workday removes the day\'s holiday or make-up override: it follows Monday–Friday again'),
    name: z.string().trim().max(50).optional().describe('e.g. 春节, or the reason of a local closure'),
    note: z.string().trim().min(1, 'say why the day changes (the notice, the closure order)').max(1000),
  })
  .refine((b) => b.kind !== 'workday' || !b.name, { path: ['name'], message: 'a removed override has no name' });

const yearBody = z
  .strictObject({
    official: z.boolean().describe('true once the State Council notice for the year is entered'),
    notice: z.string().trim().max(500).default('').describe('title and document number of the notice'),
  })
  .refine((b) => !b.official || b.notice.length > 0, { path: ['notice'], message: 'an official year must cite its notice' });

const changeAnswer = z.object({
  change: z.object({ id: z.string(), at: z.string(), by: z.string(), days: z.array(z.object({ date: z.string(), kind: z.string(), name: z.string() })), reason: z.string(), notified: z.number() }),
  notified: z.number().describe('open cases that received the new calendar'),
  gone: z.number().describe('open in the read model but no longer running'),
  failed: z.number().describe('could not be told now; they receive the full calendar with the next change'),
});

const impactAnswer = z.object({
  date: z.string(),
  before: dayAnswer,
  after: dayAnswer,
  changesWorkingDay: z.boolean().describe('false when the day stays a working day (or a day off) as it was: no case moves'),
  checked: z.number().int().describe('open cases with a running clock whose limit spans the day'),
  moved: z.number().int(),
  later: z.number().int(),
  earlier: z.number().int(),
  items: z.array(
    z.object({
      caseNo: z.string(),
      itemCode: z.string(),
      itemName: z.string(),
      departmentCode: z.string(),
      status: z.string(),
      acceptedDate: z.string(),
      dueDate: z.string(),
      newDueDate: z.string(),
      suspended: z.boolean(),
    }),
  ),
});

export function registerCalendarRoutes(api: ApiRegistry, deps: CalendarRouteDeps): void {
  const calendars = new CalendarService(deps.db, deps.temporal);

  const applied = async (run: () => Promise<ChangeResult>): Promise<{ body: ChangeResult }> => {
    try {
      return { body: await run() };
    } catch (e) {
      if (e instanceof CalendarChangeRefused) throw new Problem(e.kind === 'conflict' ? 409 : 422, e.message, { rule: e.rule });
      throw e;
    }
  };
  const by = (user: AuthUser | undefined) => user?.username ?? 'unknown';

  api.route(
    {
      method: 'get',
      path: '/api/v1/calendar/days/:date',
      summary: 'Read a calendar day',
      description: 'Whether the day is a working day on the official calendar, and why: workday, weekend, holiday (with its name) or make-up workday (调休上班).',
      tags: ['calendar'],
      access: 'public',
      params: z.object({ date: calendarDate('date') }),
      response: dayAnswer,
    },
    async ({ params }) => ({ body: (await calendars.current()).dayInfo(params.date) }),
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/calendar/add-working-days',
      summary: 'Add working days to a date',
      description: 'The date a limit of `days` working days starting on `from` ends: the `days`-th working day strictly after `from` (the start day never counts).',
      tags: ['calendar'],
      access: 'public',
      query: z.object({ from: calendarDate('from'), days: workingDays }),
      response: z.object({ from: z.string(), days: z.number(), date: z.string(), provisional: z.boolean() }),
    },
    async ({ query }) => {
      const answer = (await calendars.current()).addWorkingDays(query.from, query.days);
      return { body: { from: query.from, days: query.days, date: answer.date, provisional: answer.provisional } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/calendar/working-days',
      summary: 'Count working days between two dates',
      description: 'The working days d with from < d ≤ to (0 when `to` is not after `from`).',
      tags: ['calendar'],
      access: 'public',
      query: z.object({ from: calendarDate('from'), to: calendarDate('to') }),
      response: z.object({ from: z.string(), to: z.string(), count: z.number(), provisional: z.boolean() }),
    },
    async ({ query }) => {
      const answer = (await calendars.current()).countWorkingDays(query.from, query.to);
      return { body: { from: query.from, to: query.to, count: answer.count, provisional: answer.provisional } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/calendar/years',
      summary: 'List calendar years',
      description: 'The years the platform knows, whether each is official (its State Council notice entered) and which notice; any other year counts weekends only and is provisional.',
      tags: ['calendar'],
      access: 'public',
    },
    async () => {
      const { data } = await calendars.current();
      const perYear = new Map<number, { holidays: number; makeupWorkdays: number }>();
      for (const d of data.days) {
        const year = Number(d.date.slice(0, 4));
        const counts = perYear.get(year) ?? { holidays: 0, makeupWorkdays: 0 };
        if (d.kind === 'holiday') counts.holidays++;
        else counts.makeupWorkdays++;
        perYear.set(year, counts);
      }
      const years = [...new Set([...data.years.map((y) => y.year), ...perYear.keys()])].sort((a, b) => a - b);
      return {
        body: {
          years: years.map((year) => {
            const info = data.years.find((y) => y.year === year);
            return { year, official: info?.official ?? false, notice: info?.notice ?? null, ...(perYear.get(year) ?? { holidays: 0, makeupWorkdays: 0 }) };
          }),
        },
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/calendar/years/:year/days',
      summary: 'Every day of a year (the year view)',
      description: 'Each day of the year with its kind (workday, weekend, holiday with its name, make-up workday) and, for a holiday or make-up day, whether it came from the official notice or a manager (with the note, who and when). A year without an official notice is flagged provisional: only weekends are known to be off.',
      tags: ['calendar'],
      access: 'public',
      params: z.object({ year: yearParam }),
      response: z.object({
        year: z.number().int(),
        official: z.boolean(),
        notice: z.string().nullable(),
        provisional: z.boolean(),
        workingDays: z.number().int(),
        holidays: z.number().int(),
        makeupWorkdays: z.number().int(),
        days: z.array(dayAnswer.extend({ source: z.string().optional(), note: z.string().optional(), updatedBy: z.string().optional(), updatedAt: z.string().optional() })),
      }),
    },
    async ({ params }) => ({ body: await calendars.yearView(params.year) }),
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/calendar/days/:date/impact',
      summary: 'What a change of a calendar day would do, before saving it',
      description:
        'Previews PUT /api/v1/calendar/days/{date} with the same `kind`: the day as it is and as it would be, and which open cases with a running clock (transferring, in review, returned) would have their due date moved, later or earlier, with the new date — at most ' +
        `${IMPACT_LIST_LIMIT} listed, all counted. A case paused or in a special procedure is flagged: its exact date is settled when it resumes. Nothing is saved and no case is told.`,
      tags: ['calendar'],
      access: ['CENTRE_MANAGER'],
      params: z.object({ date: calendarDate('date') }),
      query: z.object({ kind: z.enum(['holiday', 'makeup_workday', 'workday']).describe('the kind the day would be set to (as in PUT)') }),
      response: impactAnswer,
    },
    async ({ params, query }) => ({ body: await calendars.previewDay({ date: params.date, kind: query.kind }) }),
  );

  api.route(
    {
      method: 'put',
      path: '/api/v1/calendar/days/:date',
      longRunning: true,
      summary: 'Set a calendar day',
      description:
        'Adds or corrects a day (a holiday, a make-up workday on a weekend, or `workday` to remove an override), records the change, and sends the new calendar to every open case, whose due dates move. ' +
        'A manager\'s day is never undone by reloading the official notices.',
      tags: ['calendar'],
      access: ['CENTRE_MANAGER'],
      params: z.object({ date: calendarDate('date') }),
      body: dayBody,
      response: changeAnswer,
      audit: 'calendar.day.set',
      problems: [409, 422],
    },
    async ({ params, body, user, res }) => {
      res.locals.auditDetail = `${params.date} ${body.kind}${body.name ? ` ${body.name}` : ''}: ${body.note}`;
      const weekday = weekdayOf(toDayNumber(params.date));
      if (body.kind === 'makeup_workday' && weekday !== 0 && weekday !== 6) {
        throw new Problem(422, `${params.date} is a Monday–Friday day, which is a working day anyway; a make-up workday (调休上班) is a weekend day worked`, {
          rule: 'calendar.makeup_on_weekday',
          errors: [{ field: 'body.kind', rule: 'makeup_on_weekday', message: 'a make-up workday must fall on a Saturday or Sunday' }],
        });
      }
      return applied(() => calendars.setDay({ date: params.date, kind: body.kind, ...(body.name ? { name: body.name } : {}), note: body.note }, by(user)));
    },
  );

  api.route(
    {
      method: 'put',
      path: '/api/v1/calendar/years/:year',
      longRunning: true,
      summary: 'Set a calendar year\'s status',
      description:
        'Marks a year official once its State Council notice is entered (enter the notice\'s days first, then mark the year), or provisional again. ' +
        'The change is recorded and sent to every open case, whose answers lose or gain the provisional flag.',
      tags: ['calendar'],
      access: ['CENTRE_MANAGER'],
      params: z.object({ year: yearParam }),
      body: yearBody,
      response: changeAnswer,
      audit: 'calendar.year.set',
      problems: [422],
    },
    async ({ params, body, user, res }) => {
      res.locals.auditDetail = `${params.year} official=${body.official} ${body.notice}`;
      return applied(() => calendars.setYear({ year: params.year, official: body.official, notice: body.notice }, by(user)));
    },
  );
}
