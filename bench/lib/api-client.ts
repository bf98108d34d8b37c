/**
 * A small client for the platform's REST API, as a front-desk or department application would use
 * it: bearer tokens from the login route, JSON bodies, an Idempotency-Key on every mutation.
 */
import { DEMO_PASSWORD } from '../../prisma/seed/users.js';

const REQUEST_TIMEOUT_MS = 30_000;
/** Access tokens live 15 minutes by default; a full run may last longer. */
const RELOGIN_AFTER_MS = 10 * 60_000;

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly body: unknown,
  ) {
    const detail = body && typeof body === 'object' ? ((body as { detail?: string; rule?: string }).rule ? `[${(body as { rule: string }).rule}] ` : '') + ((body as { detail?: string }).detail ?? '') : String(body ?? '');
    super(`${method} ${path} answered ${status}${detail ? `: ${detail.slice(0, 300)}` : ''}`);
  }
}

export interface CallOptions {
  body?: unknown;
  idempotencyKey?: string;
  /** The status that counts as success (200 unless told). */
  expect?: number;
  /** Aborts the request when its phase is over, so no request outlives the phase that sent it. */
  signal?: AbortSignal;
}

export interface LoggedInUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  departmentCode?: string;
}

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  /** Sends one request; resolves with the parsed body when the status is the expected one, else throws ApiError. */
  async call<T = unknown>(method: string, path: string, opts: CallOptions & { token?: string } = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.idempotencyKey ? { 'idempotency-key': opts.idempotencyKey } : {}),
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      signal: opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]) : AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text for the error message.
    }
    if (res.status !== (opts.expect ?? 200)) throw new ApiError(res.status, method, path, body);
    return body as T;
  }
}

/** One signed-in demo account; signs in again before its access token could expire. */
export class Session {
  private current: { token: string; at: number } | undefined;
  user: LoggedInUser | undefined;

  constructor(
    private readonly api: ApiClient,
    readonly username: string,
  ) {}

  async token(): Promise<string> {
    if (!this.current || Date.now() - this.current.at > RELOGIN_AFTER_MS) {
      const r = await this.api.call<{ token: string; user: LoggedInUser }>('POST', '/api/v1/auth/login', { body: { username: this.username, password: DEMO_PASSWORD } });
      this.current = { token: r.token, at: Date.now() };
      this.user = r.user;
    }
    return this.current.token;
  }

  async call<T = unknown>(method: string, path: string, opts: CallOptions = {}): Promise<T> {
    return this.api.call<T>(method, path, { ...opts, token: await this.token() });
  }
}
