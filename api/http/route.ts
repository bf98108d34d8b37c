/**
 * Routes are declared once: the same zod schemas validate the request and describe it in the
 * OpenAPI 3.1 document. Each route also declares who may call it and how it is audited.
 */
import type { NextFunction, Request, Response, Router } from 'express';
import { z } from 'zod';
import type { Role } from '../../domain/case/model.js';
import type { IdempotencyClaim } from './idempotency.js';
import { DATA_HEADERS, INT4_MAX, INT4_MIN, rangeIssues, textIssues } from '../../domain/text.js';
import { type FieldIssue, Problem, badRequest, forbiddenProblem, unauthorized } from './problem.js';

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentCode?: string;
  windowNo?: string;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  /** Express-style path, e.g. /api/v1/cases/:caseNo */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** 'public': no sign-in; 'signed-in': any role; otherwise the roles allowed. */
  access: 'public' | 'signed-in' | readonly Role[];
  params?: P;
  query?: Q;
  body?: B;
  /**
   * A multipart/form-data body (file uploads): its text fields and its file fields, for the
   * OpenAPI document. The handler parses the body itself (api/services/documents/upload.ts).
   */
  multipart?: { fields: z.ZodObject; files: Record<string, string> };
  response?: z.ZodType;
  successStatus?: number;
  /** The audit action name; mutations are audited by default, reads only when refused. */
  audit?: string;
  /** Accepts an Idempotency-Key header. */
  idempotent?: boolean;
  /** Extra problem statuses worth listing in the docs. */
  problems?: number[];
  /**
   * Waits on Temporal longer than an interactive request may (a report, a calendar change told to
   * every open case). Other routes give up on Temporal after TEMPORAL_CALL_TIMEOUT_MS and answer 503.
   */
  longRunning?: boolean;
  /** Custom role refusal (e.g. to record a violation) — runs before the 403 is sent. */
  onRoleRefused?: (user: AuthUser, req: Request, res: Response) => Promise<void>;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  user: AuthUser | undefined;
  req: Request;
  res: Response;
  /** Present when the request carries an Idempotency-Key on an idempotent route. */
  idempotency?: IdempotencyClaim;
}

export interface RouteResult {
  status?: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with its media type (a printable HTML notice, a PDF report); a file name makes it a download. */
  raw?: { type: string; content: string | Uint8Array; fileName?: string };
  headers?: Record<string, string>;
}

export function zodIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((i) => ({
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.'),
    rule: i.code,
    message: i.message,
  }));
}

export function parseOr400<T extends z.ZodType>(schema: T, data: unknown, prefix: string): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = zodIssues(result.error, prefix);
    throw badRequest(`invalid ${prefix}: ${issues.map((i) => `${i.field} (${i.rule}): ${i.message}`).join('; ')}`, issues);
  }
  return result.data;
}

interface Registered {
  spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType>;
}

export class ApiRegistry {
  private readonly routes: Registered[] = [];

  constructor(
    private readonly router: Router,
    private readonly idempotency?: { run(scope: string, key: string, request: unknown, fn: (claim: IdempotencyClaim) => Promise<RouteResult>): Promise<RouteResult> },
    /** Runs a handler with a deadline on every Temporal call it makes. */
    private readonly boundedTemporal: <T>(fn: () => Promise<T>) => Promise<T> = (fn) => fn(),
  ) {}

  route<P extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown, B extends z.ZodType = z.ZodUnknown>(
    spec: RouteSpec<P, Q, B>,
    handler: (input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<RouteResult>,
  ): void {
    this.routes.push({ spec: spec as unknown as RouteSpec<z.ZodType, z.ZodType, z.ZodType> });
    const run = async (req: Request, res: Response, next: NextFunction) => {
      try {
        res.locals.auditAction = spec.audit ?? `${spec.method.toUpperCase()} ${spec.path}`;
        if (spec.audit || spec.method !== 'get') res.locals.auditAlways = true;
        const user = res.locals.user as AuthUser | undefined;
        if (spec.access !== 'public') {
          if (!user) throw unauthorized(res.locals.authError as string | undefined);
          if (spec.access !== 'signed-in' && !spec.access.includes(user.role)) {
            await spec.onRoleRefused?.(user, req, res);
            throw forbiddenProblem(`${user.role} may not ${spec.summary.toLowerCase()}: allowed for ${spec.access.join(', ')}`, 'role.not_allowed');
          }
        }
        // The text rule on everything raw, before any schema sees it (domain/text.ts).
        const bad = textIssues(req.params, 'params');
        textIssues(req.query, 'query', bad);
        if (spec.body) textIssues(req.body, 'body', bad);
        for (const h of DATA_HEADERS) textIssues(req.header(h), `header.${h}`, bad);
        if (bad.length) throw badRequest(`invalid input: ${bad.map((i) => `${i.field} (${i.rule})`).join('; ')}`, bad);
        const params = spec.params ? parseOr400(spec.params, req.params, 'params') : (req.params as unknown);
        const query = spec.query ? parseOr400(spec.query, req.query, 'query') : (req.query as unknown);
        if (spec.body && req.method !== 'GET' && !req.is('application/json') && req.headers['content-length'] !== '0' && req.body === undefined) {
          throw new Problem(415, 'send the request body as application/json');
        }
        const body = spec.body ? parseOr400(spec.body, req.body ?? {}, 'body') : (req.body as unknown);
        const outOfRange = rangeIssues(params, 'params');
        rangeIssues(query, 'query', outOfRange);
        if (spec.body) rangeIssues(body, 'body', outOfRange);
        if (outOfRange.length) throw badRequest(`out of range: ${outOfRange.map((i) => `${i.field} (${i.rule})`).join('; ')}`, outOfRange);
        const input = (idempotency?: IdempotencyClaim) => ({ params, query, body, user, req, res, idempotency }) as RouteInput<z.output<P>, z.output<Q>, z.output<B>>;
        const call = (idempotency?: IdempotencyClaim) => (spec.longRunning ? handler(input(idempotency)) : this.boundedTemporal(() => handler(input(idempotency))));
        const key = req.header('idempotency-key');
        const result =
          spec.idempotent && key && this.idempotency
            ? await this.idempotency.run(`${user?.id ?? 'public'} ${spec.method} ${req.path}`, key, { params, query, body }, call)
            : await call();
        for (const [k, v] of Object.entries(result.headers ?? {})) res.setHeader(k, v);
        const status = result.status ?? spec.successStatus ?? 200;
        if (result.raw) {
          if (result.raw.fileName) res.setHeader('content-disposition', `attachment; filename="${result.raw.fileName}"`);
          res.status(status).type(result.raw.type).send(typeof result.raw.content === 'string' ? result.raw.content : Buffer.from(result.raw.content));
        }
        else if (result.body === undefined) res.status(status).end();
        else res.status(status).json(result.body);
      } catch (e) {
        next(e);
      }
    };
    this.router[spec.method](spec.path, run);
  }

  /** The OpenAPI 3.1 document, generated from the registered routes' schemas. */
  openapi(info: { title: string; version: string; description: string }) {
    const paths: Record<string, Record<string, unknown>> = {};
    const problem = { $ref: '#/components/schemas/Problem' };
    const toSchema = (s: z.ZodType, io: 'input' | 'output') => {
      const json = z.toJSONSchema(s, { io, unrepresentable: 'any' });
      return io === 'input' ? withInputRanges(json) : json;
    };
    for (const { spec } of this.routes) {
      const oaPath = spec.path.replace(/:(\w+)/g, '{$1}');
      const parameters: unknown[] = [];
      for (const [where, schema] of [['path', spec.params], ['query', spec.query]] as const) {
        if (!schema || !(schema instanceof z.ZodObject)) continue;
        const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
        for (const [name, s] of Object.entries(json.properties ?? {})) {
          parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s });
        }
      }
      if (spec.idempotent) {
        parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 }, description: 'A retried request with the same key returns the first result.' });
      }
      const statuses = new Set<number>([400, ...(spec.access === 'public' ? [] : [401]), ...(Array.isArray(spec.access) ? [403] : []), ...(spec.problems ?? [])]);
      const responses: Record<string, unknown> = {
        [String(spec.successStatus ?? 200)]: {
          description: 'Success',
          ...(spec.response ? { content: { 'application/json': { schema: toSchema(spec.response, 'output') } } } : {}),
        },
      };
      for (const s of [...statuses].sort()) responses[String(s)] = { description: `Problem ${s}`, content: { 'application/problem+json': { schema: problem } } };
      (paths[oaPath] ??= {})[spec.method] = {
        summary: spec.summary,
        ...(spec.description ? { description: spec.description } : {}),
        tags: spec.tags,
        operationId: `${spec.method}${oaPath.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
        ...(spec.access === 'public' ? { security: [] } : {}),
        ...(Array.isArray(spec.access) ? { 'x-roles': spec.access } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(spec.body, 'input') } } } } : {}),
        ...(spec.multipart ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: multipartSchema(spec.multipart, toSchema(spec.multipart.fields, 'input')) } } } } : {}),
        responses,
      };
    }
    return {
      openapi: '3.1.0',
      info,
      servers: [{ url: '/' }],
      security: [{ bearer: [] }],
      paths,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: {
          Problem: {
            type: 'object',
            required: ['type', 'title', 'status', 'detail'],
            properties: {
              type: { type: 'string' },
              title: { type: 'string' },
              status: { type: 'integer' },
              detail: { type: 'string' },
              rule: { type: 'string', description: 'The rule that refused the request' },
              errors: {
                type: 'array',
                items: { type: 'object', properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } } },
              },
            },
          },
        },
      },
    };
  }
}

function multipartSchema(spec: { files: Record<string, string> }, fields: unknown) {
  const f = fields as { properties?: Record<string, unknown>; required?: string[] };
  const files = Object.fromEntries(Object.entries(spec.files).map(([name, description]) => [name, { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream', description }]));
  return { type: 'object', properties: { ...(f.properties ?? {}), ...files }, required: [...(f.required ?? []), ...Object.keys(spec.files)] };
}

/** The OpenAPI tells what domain/text.ts checks: every integer fits a PostgreSQL integer. */
function withInputRanges<T>(schema: T): T {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'integer') {
      if (n.exclusiveMaximum === undefined && (typeof n.maximum !== 'number' || n.maximum > INT4_MAX)) n.maximum = INT4_MAX;
      if (n.exclusiveMinimum === undefined && (typeof n.minimum !== 'number' || n.minimum < INT4_MIN)) n.minimum = INT4_MIN;
    }
    Object.values(n).forEach(visit);
  };
  visit(schema);
  return schema;
}
