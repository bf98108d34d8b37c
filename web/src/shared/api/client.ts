/**
 * The API client: openapi-fetch typed by the paths generated from the app's own OpenAPI document
 * (schema.d.ts). Every request carries the access token (renewed silently) and asks for Chinese.
 * Errors arrive as problem+json; `ApiProblem` keeps its Chinese detail and its stable rule code.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import { accessToken, refreshSession, saveSession } from '../auth/session';
import type { paths } from './schema';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  rule?: string;
  errors?: { field: string; rule: string; message: string }[];
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status() {
    return this.problem.status;
  }
  get rule() {
    return this.problem.rule;
  }
}

const auth: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept-language', 'zh-CN');
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '/' });
api.use(auth);

/** Raw authenticated fetch (printable notices, anything not JSON): one silent retry after a refresh on 401. */
export async function authedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const go = async (token: string | null) =>
    fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), 'accept-language': 'zh-CN', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  let res = await go(await accessToken());
  if (res.status === 401) {
    const s = await refreshSession();
    if (s) res = await go(s.token);
    else saveSession(null);
  }
  return res;
}

/** Unwraps an openapi-fetch answer: the data, or an ApiProblem to throw. */
export async function unwrap<T>(p: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const r = await p;
  if (r.response.status === 401) {
    // Tokens are renewed before they expire; a 401 means the session is gone (revoked, expired
    // refresh token): try one refresh, and when that fails the app shows the sign-in page.
    const s = await refreshSession();
    if (!s) saveSession(null);
  }
  if (r.error !== undefined || !r.response.ok) throw new ApiProblem(asProblem(r.error, r.response));
  return r.data as T;
}

function asProblem(body: unknown, res: Response): Problem {
  if (body && typeof body === 'object' && 'status' in body) return body as Problem;
  return { type: 'about:blank', title: `HTTP ${res.status}`, status: res.status, detail: typeof body === 'string' && body ? body : `服务器返回 ${res.status}` };
}

/** What a person reads about a failure: the Chinese detail, with the rule code for the record. */
export function problemText(e: unknown): string {
  if (e instanceof ApiProblem) return e.problem.detail + (e.problem.rule ? `（规则：${e.problem.rule}）` : '');
  return `网络或程序错误：${(e as Error)?.message ?? String(e)}`;
}
