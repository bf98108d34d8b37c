/**
 * The local notification and hotline simulator `npm start` runs:
 * - an SMS gateway (POST /sms, JSON { messageId, to, text }, Idempotency-Key header) and an SMTP
 *   server (any address, no auth) that catch every notice the platform sends. Each message is
 *   kept once per delivery key (the outbox id): a resend after a deliverer died mid-send is
 *   counted in `deliveries` but not shown twice.
 * - GET / shows the caught messages (auto-refreshing page); GET /messages gives them as JSON.
 * - the 12345 hotline and the business-environment platform: POST /hotline/send and
 *   POST /business-platform/send ({ count?, departmentCode?, caseNo? }) post complaint tickets to
 *   the platform's inbound endpoints with their credentials (buttons on the page do the same).
 * - POST /control { smsDelayMs?, smsDown? } makes the gateway slow or failing, for drills and tests.
 * Run alone with `tsx scripts/notification-simulator.ts`.
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMessage {
  key: string;
  channel: 'SMS' | 'EMAIL';
  to: string;
  subject: string;
  text: string;
  receivedAt: string;
  /** How many times the platform delivered it (more than 1 only after a retry of the same message). */
  deliveries: number;
}

export interface NotificationSimulator {
  url: string;
  smsUrl: string;
  smtpPort: number;
  messages(): CaughtMessage[];
  setSms(opts: { delayMs?: number; down?: boolean }): void;
  close(): Promise<void>;
}

export interface SimulatorOptions {
  httpPort?: number;
  smtpPort?: number;
  host?: string;
  /** Where the platform's API is, for the hotline and business-platform senders. */
  apiUrl?: string;
  hotlineToken?: string;
  businessPlatformToken?: string;
}

const COMPLAINTS = [
  { text: '在综合窗口办理营业执照变更，工作人员让我回去补材料，第二次去又说还缺别的，没有一次性告知。', situation: 'WS02_NOT_TOLD_AT_ONCE' },
  { text: '上午十点到大厅A区窗口，窗口没人，等了四十分钟也没有工作人员。', situation: 'WS04_ABSENT_FROM_POST' },
  { text: '施工许可申请已经超过承诺时间一周了，打电话问部门说还在审，没有说明原因。', situation: 'DP01_OVERDUE' },
  { text: '窗口说这个事不归他们管，让我去部门，部门又让我回窗口，来回跑了三趟。', situation: 'DP03_SHIRKING' },
  { text: '部门要求额外提供一份办事指南上没有的无犯罪证明。', situation: 'DP05_EXTRA_CONDITIONS' },
];

/** Decodes the bits of MIME nodemailer uses: encoded-word headers, base64 and quoted-printable bodies. */
function decodeMail(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const bodyRaw = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const word = (v: string) =>
    v.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
      enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')),
    );
  const qp = (v: string) => Buffer.from(v.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  for (const [k, v] of headers) headers.set(k, word(v));
  const cte = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const text = cte === 'base64' ? Buffer.from(bodyRaw.replace(/\s+/g, ''), 'base64').toString('utf8') : cte === 'quoted-printable' ? qp(bodyRaw) : bodyRaw;
  return { headers, text: text.trim() };
}

export async function startNotificationSimulator(opts: SimulatorOptions = {}): Promise<NotificationSimulator> {
  const host = opts.host ?? '127.0.0.1';
  const caught = new Map<string, CaughtMessage>();
  const sms = { delayMs: 0, down: false };
  let ticketSeq = 0;

  const keep = (m: Omit<CaughtMessage, 'deliveries' | 'receivedAt'>) => {
    const existing = caught.get(`${m.channel}:${m.key}`);
    if (existing) {
      existing.deliveries += 1;
      return true;
    }
    caught.set(`${m.channel}:${m.key}`, { ...m, receivedAt: new Date().toISOString(), deliveries: 1 });
    return false;
  };

  const readJson = async (req: http.IncomingMessage): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return {};
    if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
    return JSON.parse(text) as Record<string, unknown>;
  };
  const json = (res: http.ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

  const sendTickets = async (kind: 'hotline' | 'business-platform', body: Record<string, unknown>) => {
    if (!opts.apiUrl) throw new Error('the simulator does not know the API address');
    const count = Math.min(Math.max(Number(body.count ?? 1) || 1, 1), 20);
    const results: unknown[] = [];
    for (let i = 0; i < count; i++) {
      ticketSeq += 1;
      const c = COMPLAINTS[(ticketSeq - 1) % COMPLAINTS.length]!;
      const now = new Date();
      const ticketNo = `${kind === 'hotline' ? '12345' : 'YSHJ'}-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${String(now.getTime()).slice(-6)}${String(ticketSeq).padStart(3, '0')}`;
      const ticket = {
        ticketNo,
        receivedAt: now.toISOString(),
        category: kind === 'hotline' ? 'COMPLAINT' : 'FEEDBACK',
        content: c.text,
        complainant: { name: '市民（模拟）', phone: `1380000${String(1000 + (ticketSeq % 9000)).padStart(4, '0')}` },
        ...(body.departmentCode ? { department: { code: String(body.departmentCode) } } : {}),
        ...(body.caseNo ? { caseNo: String(body.caseNo) } : {}),
        situationCode: c.situation,
      };
      const token = kind === 'hotline' ? opts.hotlineToken : opts.businessPlatformToken;
      const r = await fetch(`${opts.apiUrl}/api/v1/inbound/${kind}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(ticket),
      });
      results.push({ ticketNo, status: r.status, answer: await r.json().catch(() => null) });
    }
    return results;
  };

  const page = () => {
    const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
    const rows = [...caught.values()]
      .reverse()
      .map((m) => `<tr><td>${esc(m.receivedAt)}</td><td>${m.channel === 'SMS' ? '短信' : '邮件'}</td><td>${esc(m.to)}</td><td>${esc(m.subject)}</td><td>${esc(m.text)}</td><td>${m.deliveries}</td><td><code>${esc(m.key)}</code></td></tr>`)
      .join('');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>通知模拟器</title>
<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;font-size:13px;vertical-align:top}th{background:#f3f3f3}</style></head>
<body><h1>通知模拟器（短信网关 + SMTP）</h1>
<p>短信网关 POST ${esc(`http://${host}:${(httpServer.address() as AddressInfo).port}/sms`)} · SMTP ${host}:${smtpPortNo} · JSON: <a href="/messages">/messages</a></p>
<form method="post" action="/hotline/send" style="display:inline"><input type="hidden" name="count" value="1"><button>模拟12345热线来件</button></form>
<form method="post" action="/business-platform/send" style="display:inline"><input type="hidden" name="count" value="1"><button>模拟营商环境平台反馈</button></form>
<h2>已收到 ${caught.size} 条</h2><table><tr><th>时间</th><th>渠道</th><th>收件人</th><th>主题</th><th>内容</th><th>投递次数</th><th>投递键</th></tr>${rows}</table></body></html>`;
  };

  const httpServer = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://simulator');
      if (req.method === 'POST' && url.pathname === '/sms') {
        if (sms.down) return json(res, 503, { error: 'SMS gateway down (simulated)' });
        const body = await readJson(req);
        const key = String(req.headers['idempotency-key'] ?? body.messageId ?? '');
        if (!key || !body.to || !body.text) return json(res, 400, { error: 'to, text and an Idempotency-Key header are required' });
        // The message is accepted (kept) before the answer: a slow answer models a deliverer dying mid-send.
        const duplicate = keep({ key, channel: 'SMS', to: String(body.to), subject: String(body.text).split('：')[0] ?? '', text: String(body.text) });
        if (sms.delayMs) await new Promise((r) => setTimeout(r, sms.delayMs));
        return json(res, 200, { status: 'accepted', messageId: key, duplicate });
      }
      if (req.method === 'GET' && url.pathname === '/messages') {
        const channel = url.searchParams.get('channel');
        const to = url.searchParams.get('to');
        return json(res, 200, [...caught.values()].filter((m) => (!channel || m.channel === channel) && (!to || m.to === to)));
      }
      if (req.method === 'DELETE' && url.pathname === '/messages') {
        caught.clear();
        return json(res, 204, {});
      }
      if (req.method === 'POST' && url.pathname === '/control') {
        const body = await readJson(req);
        if (body.smsDelayMs !== undefined) sms.delayMs = Number(body.smsDelayMs) || 0;
        if (body.smsDown !== undefined) sms.down = Boolean(body.smsDown);
        return json(res, 200, sms);
      }
      if (req.method === 'POST' && (url.pathname === '/hotline/send' || url.pathname === '/business-platform/send')) {
        const body = await readJson(req);
        const results = await sendTickets(url.pathname.startsWith('/hotline') ? 'hotline' : 'business-platform', body);
        if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) return res.writeHead(303, { location: '/' }).end();
        return json(res, 200, results);
      }
      if (req.method === 'GET' && url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
      return json(res, 404, { error: `no route ${req.method} ${url.pathname}` });
    } catch (e) {
      return json(res, 500, { error: e instanceof Error ? e.message : String(e) });
    }
  });

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'one-window notification simulator',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const { headers, text } = decodeMail(Buffer.concat(chunks).toString('utf8'));
        const key = headers.get('x-outbox-id') ?? headers.get('message-id') ?? `mail-${Date.now()}`;
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
        keep({ key, channel: 'EMAIL', to, subject: headers.get('subject') ?? '', text });
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.httpPort ?? 0, host, () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(opts.smtpPort ?? 0, host, () => resolve());
  });
  const httpPortNo = (httpServer.address() as AddressInfo).port;
  const smtpPortNo = (smtp.server.address() as AddressInfo).port;
  const url = `http://${host}:${httpPortNo}`;
  return {
    url,
    smsUrl: `${url}/sms`,
    smtpPort: smtpPortNo,
    messages: () => [...caught.values()],
    setSms(o) {
      if (o.delayMs !== undefined) sms.delayMs = o.delayMs;
      if (o.down !== undefined) sms.down = o.down;
    },
    async close() {
      httpServer.closeAllConnections();
      await Promise.all([new Promise((r) => httpServer.close(r)), new Promise<void>((r) => smtp.close(() => r()))]);
    },
  };
}

// Run alone: `tsx scripts/notification-simulator.ts`
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { loadConfig, smtpPort } = await import('../config/index.js');
  const config = loadConfig();
  const sim = await startNotificationSimulator({
    httpPort: config.NOTIFY_SIMULATOR_PORT,
    smtpPort: smtpPort(config),
    apiUrl: `http://${config.HOST}:${config.PORT}`,
    hotlineToken: config.HOTLINE_TOKEN,
    businessPlatformToken: config.BUSINESS_PLATFORM_TOKEN,
  });
  console.log(`notification simulator on ${sim.url} (SMTP port ${sim.smtpPort})`);
}
