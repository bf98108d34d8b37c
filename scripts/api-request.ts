/**
 * One request to the platform's API as its own tools send it (the fault suite, the cluster check,
 * the tests): English problems, JSON in and out, the bearer token and Idempotency-Key when given,
 * a deadline on every call. The body comes back parsed when it is JSON, as text when it is not.
 */
export interface ApiRequest {
  token?: string;
  body?: unknown;
  key?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface ApiAnswer {
  status: number;
  body: any;
  headers: Headers;
  /** Retry-After in seconds, when the API asked for one. */
  retryAfter?: number;
}

export async function apiRequest(url: string, method: string, opts: ApiRequest = {}): Promise<ApiAnswer> {
  const res = await fetch(url, {
    method,
    headers: {
      'accept-language': 'en',
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.key ? { 'idempotency-key': opts.key } : {}),
      ...opts.headers,
    },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: the text as it came
  }
  const retryAfter = Number(res.headers.get('retry-after'));
  return { status: res.status, body, headers: res.headers, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}) };
}
