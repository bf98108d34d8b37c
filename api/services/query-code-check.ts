/**
 * The one check of an applicant's query code on public routes (progress, rating): an unknown case
 * and a wrong code give the same 404 after the same work, and after MAX_QUERY_FAILURES wrong codes
 * for one case that case answers 429 for QUERY_LOCK_MINUTES, whichever public route was guessed on.
 */
import type { Response } from 'express';
import { z } from 'zod';
import type { Db } from '../../prisma/client.js';
import { verifyAgainstDummy } from '../http/auth.js';
import { Problem, notFound } from '../http/problem.js';
import { queryCodeMatches } from './intake.js';

/** Wrong query codes one case takes before it pauses public queries for QUERY_LOCK_MINUTES. */
export const MAX_QUERY_FAILURES = 5;
export const QUERY_LOCK_MINUTES = 15;

/** A query code as typed: today's 12 characters, or 6 digits for cases opened before. */
export const queryCodeSchema = z.string().regex(/^[0-9A-Za-z]{6,32}$/, 'the query code is 6–32 letters or digits');

type CaseRow = NonNullable<Awaited<ReturnType<Db['case']['findUnique']>>>;

export async function caseByQueryCode(db: Db, caseNo: string, code: string, res: Response): Promise<CaseRow> {
  const row = await db.case.findUnique({ where: { caseNo } });
  const noMatch = () => notFound('no case matches this case number and query code');
  if (!row || !row.queryCodeHash) {
    await verifyAgainstDummy(code); // the same work as for a real case
    throw noMatch();
  }
  const attempts = await db.publicQueryAttempt.findUnique({ where: { caseNo: row.caseNo } });
  const lockedFor = attempts && attempts.failures >= MAX_QUERY_FAILURES ? attempts.lastFailureAt.getTime() + QUERY_LOCK_MINUTES * 60_000 - Date.now() : 0;
  if (lockedFor > 0) {
    res.setHeader('retry-after', String(Math.ceil(lockedFor / 1000)));
    throw new Problem(429, `too many wrong query codes for this case; try again in ${Math.ceil(lockedFor / 60_000)} minutes`, { rule: 'query_code.attempts' });
  }
  if (!(await queryCodeMatches(row.queryCodeHash, code))) {
    await db.$executeRaw`
      INSERT INTO public_query_attempt (case_no, failures, last_failure_at) VALUES (${row.caseNo}, 1, now())
      ON CONFLICT (case_no) DO UPDATE SET
        failures = CASE WHEN public_query_attempt.failures >= ${MAX_QUERY_FAILURES} THEN 1 ELSE public_query_attempt.failures + 1 END,
        last_failure_at = now()`;
    throw noMatch();
  }
  if (attempts) await db.publicQueryAttempt.deleteMany({ where: { caseNo: row.caseNo } });
  return row;
}
