/**
 * application/problem+json errors (RFC 9457). Every refusal the API gives is one of these; the
 * error middleware is the only place that writes them. Never a stack trace or SQL in a response.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { unavailableDependency } from './unavailable.js';
import { type ProblemBody, localizeProblem, negotiateLang } from './messages.js';

export interface FieldIssue {
  field: string;
  rule: string;
  message: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict with the current state',
  415: 'Unsupported media type',
  422: 'Refused by a rule',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

export class Problem extends Error {
  override name = 'Problem';
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: { type?: string; rule?: string; errors?: FieldIssue[]; [k: string]: unknown } = {},
  ) {
    super(detail);
  }

  body(instance?: string) {
    const { type, ...rest } = this.extra;
    return {
      type: type ?? `https://onewindow.example.gov.cn/problems/${this.status}`,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...rest,
    };
  }
}

export const badRequest = (detail: string, errors?: FieldIssue[]) => new Problem(400, detail, errors ? { errors } : {});
export const unauthorized = (detail = 'sign in first: send Authorization: Bearer <token>') => new Problem(401, detail);
export const forbiddenProblem = (detail: string, rule?: string) => new Problem(403, detail, rule ? { rule } : {});
export const notFound = (detail: string) => new Problem(404, detail);
export const conflictProblem = (detail: string, rule?: string) => new Problem(409, detail, rule ? { rule } : {});
export const ruleRefused = (detail: string, rule?: string, errors?: FieldIssue[]) =>
  new Problem(422, detail, { ...(rule ? { rule } : {}), ...(errors ? { errors } : {}) });

export function problemMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let problem: Problem;
    if (err instanceof Problem) {
      problem = err;
    } else if (err?.type === 'entity.parse.failed') {
      problem = badRequest('the request body is not valid JSON');
    } else if (err?.type === 'entity.too.large') {
      problem = new Problem(413, 'the request body is too large');
    } else if (unavailableDependency(err)) {
      const dependency = unavailableDependency(err)!;
      logger.warn({ err, requestId: res.locals.requestId, dependency }, 'dependency unavailable');
      problem = new Problem(503, `${dependency} is unavailable or did not answer in time; retry in a few seconds (with the same Idempotency-Key)`, { rule: 'dependency.unavailable', dependency, retryAfterSeconds: 5 });
    } else {
      logger.error({ err, requestId: res.locals.requestId }, 'unhandled error');
      problem = new Problem(500, `something went wrong on our side; quote request id ${res.locals.requestId ?? '-'}`);
    }
    res.locals.problem = problem;
    if (typeof problem.extra.retryAfterSeconds === 'number') res.setHeader('retry-after', String(problem.extra.retryAfterSeconds));
    // title and detail in the asked language (zh-CN by default); type and rule stay codes.
    const lang = negotiateLang((langs) => req.acceptsLanguages(langs));
    res.setHeader('content-language', lang);
    res.vary('accept-language');
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(localizeProblem(problem.body(req.originalUrl) as ProblemBody, lang)));
  };
}
