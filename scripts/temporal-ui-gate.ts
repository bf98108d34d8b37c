/**
 * The gate in front of the Temporal Web UI that `npm start` runs (the dev server's own UI listens
 * on an internal port only). Operators inspect cases there; nobody changes them there:
 *
 * - Sign-in first: only a centre manager or a supervisor of the platform (checked by the API's
 *   own sign-in) gets a session (an HttpOnly, SameSite=Strict cookie, 8 hours).
 * - Read-only: the UI's settings are answered with every write action disabled, and whatever the
 *   browser sends anyway, no request that could change anything (terminate, cancel, signal,
 *   update, reset, batch, start, schedules, …) reaches the server: only reads and queries pass.
 * - The codec endpoint (`/_ow/codec/decode`, the dev server's --ui-codec-endpoint) decrypts
 *   payloads for a signed-in operator only: the server and its database hold ciphertext, the
 *   operator's browser shows the case file. Encoding is refused (it is only needed to write).
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Payload, PayloadCodec } from '@temporalio/common';

export const OPERATOR_ROLES = ['CENTRE_MANAGER', 'SUPERVISOR'] as const;
const COOKIE = 'ow_ui_session';
const SESSION_MS = 8 * 3_600_000;

export interface UiGate {
  url: string;
  close(): Promise<void>;
}

/** Requests that only read: GET/HEAD, and POSTs that run a workflow query. */
export function isReadOnly(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  return method === 'POST' && /^\/api\/v1\/namespaces\/[^/]+\/workflows\/[^/]+\/query\/[^/]+$/.test(path.split('?')[0]!);
}

/** The UI settings with every write action turned off and our codec endpoint named. */
export function readOnlySettings(settings: Record<string, unknown>, codecEndpoint: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...settings, DisableWriteActions: true };
  for (const k of Object.keys(settings)) if (/Disabled$/.test(k) && k !== 'RefreshWorkflowCountsDisabled') out[k] = true;
  out.Codec = { ...((settings.Codec as object) ?? {}), Endpoint: codecEndpoint, PassAccessToken: false, IncludeCredentials: true };
  return out;
}

const page = (body: string, status = 200) => ({
  status,
  body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Temporal 控制台登录 — 一窗综合受理平台</title>
<style>body{font-family:sans-serif;max-width:28rem;margin:4rem auto;color:#222}input{display:block;width:100%;margin:.4rem 0 1rem;padding:.4rem}button{padding:.5rem 1.2rem}.err{color:#b00}</style></head>
<body><h1>Temporal 控制台（只读）</h1><p>仅限中心管理人员和督查人员查看办件流程。请使用平台账号登录。</p>${body}
<form method="post" action="/_ow/login"><label>用户名<input name="username" autocomplete="username" required></label>
<label>密码<input name="password" type="password" autocomplete="current-password" required></label><button type="submit">登录</button></form></body></html>`,
});

async function readBody(req: http.IncomingMessage, limit = 5_000_000): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const b64 = (u?: Uint8Array | null) => Buffer.from(u ?? new Uint8Array()).toString('base64');
const unb64 = (s: unknown) => new Uint8Array(Buffer.from(typeof s === 'string' ? s : '', 'base64'));

export async function startUiGate(opts: {
  /** The dev server's own UI, e.g. http://127.0.0.1:18233 */
  upstream: string;
  /** The platform API, for signing operators in. */
  apiUrl: string;
  codec: PayloadCodec;
  host: string;
  port: number;
}): Promise<UiGate> {
  const sessions = new Map<string, { username: string; role: string; expires: number }>();
  const upstream = new URL(opts.upstream);

  const sessionOf = (req: http.IncomingMessage) => {
    const id = /(?:^|;\s*)ow_ui_session=([A-Za-z0-9_-]{20,})/.exec(req.headers.cookie ?? '')?.[1];
    const s = id ? sessions.get(id) : undefined;
    if (!s || s.expires < Date.now()) return undefined;
    return s;
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      const path = url.split('?')[0]!;
      const send = (status: number, body: string, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
        res.end(body);
      };

      if (path === '/_ow/login') {
        if (req.method === 'GET') return send(200, page('').body, 'text/html; charset=utf-8');
        if (req.method !== 'POST') return send(405, 'method not allowed');
        const form = new URLSearchParams(await readBody(req, 10_000));
        const login = await fetch(`${opts.apiUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: form.get('username') ?? '', password: form.get('password') ?? '' }),
        });
        const answer = (await login.json().catch(() => ({}))) as { user?: { username: string; role: string }; detail?: string };
        if (!login.ok || !answer.user) return send(401, page('<p class="err">用户名或密码错误，或尝试过多，请稍后再试。</p>').body, 'text/html; charset=utf-8');
        if (!(OPERATOR_ROLES as readonly string[]).includes(answer.user.role)) {
          return send(403, page('<p class="err">该账号无权查看 Temporal 控制台（仅限中心管理人员和督查人员）。</p>').body, 'text/html; charset=utf-8');
        }
        const id = crypto.randomBytes(32).toString('base64url');
        sessions.set(id, { username: answer.user.username, role: answer.user.role, expires: Date.now() + SESSION_MS });
        res.writeHead(303, { location: '/', 'set-cookie': `${COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_MS / 1000}`, 'cache-control': 'no-store' });
        return res.end();
      }

      const session = sessionOf(req);
      if (!session) {
        if (req.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/_ow/')) {
          res.writeHead(303, { location: '/_ow/login', 'cache-control': 'no-store' });
          return res.end();
        }
        return send(401, '请先登录：/_ow/login');
      }

      if (path.startsWith('/_ow/codec/')) {
        if (path !== '/_ow/codec/decode' || req.method !== 'POST') return send(403, '只读控制台：仅提供解码');
        const { payloads } = JSON.parse(await readBody(req)) as { payloads?: { metadata?: Record<string, string>; data?: string }[] };
        const decoded = await opts.codec.decode(
          (payloads ?? []).map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, unb64(v)])), data: unb64(p.data) })) as Payload[],
        );
        return send(200, JSON.stringify({ payloads: decoded.map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])), data: b64(p.data) })) }), 'application/json');
      }

      if (!isReadOnly(req.method ?? 'GET', url)) return send(403, '只读控制台：不允许在 Temporal 界面中更改办件（终止、取消、信号、更新、重置等）。请通过平台操作。');

      const headers = { ...req.headers, host: upstream.host };
      delete headers['accept-encoding']; // the settings answer is rewritten below
      const proxied = http.request({ hostname: upstream.hostname, port: upstream.port, method: req.method, path: url, headers }, (up) => {
        if (path === '/api/v1/settings' && (up.statusCode ?? 500) < 300) {
          const chunks: Buffer[] = [];
          up.on('data', (c: Buffer) => chunks.push(c));
          up.on('end', () => {
            const settings = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
            send(200, JSON.stringify(readOnlySettings(settings, `http://${req.headers.host}/_ow/codec`)), 'application/json');
          });
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      proxied.on('error', () => send(502, 'Temporal UI unavailable'));
      req.pipe(proxied);
    })().catch(() => {
      if (!res.headersSent) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('bad request');
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
