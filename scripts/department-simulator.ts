/**
 * The built-in department simulator: a small HTTP service that plays every department's business
 * system, speaking the same protocol as a real one (POST /departments/{code}/cases with an
 * Idempotency-Key). It can be made slow or failing on demand, per department or for all:
 *   PUT /admin/mode {"mode":"down"|"up"|"slow","departmentCode"?: "...","delayMs"?: 2000}
 * `npm start` runs it; run alone with `tsx scripts/department-simulator.ts`.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';

type Mode = { mode: 'up' | 'down' | 'slow'; delayMs: number };

export interface DepartmentSimulator {
  url: string;
  port: number;
  setMode(mode: 'up' | 'down' | 'slow', opts?: { departmentCode?: string; delayMs?: number }): void;
  received(departmentCode: string): { caseNo: string; step: string; receipt: string; at: string }[];
  close(): Promise<void>;
}

export async function startDepartmentSimulator(port = 0, host = '127.0.0.1'): Promise<DepartmentSimulator> {
  const modes = new Map<string, Mode>(); // key '*' = all departments
  const receipts = new Map<string, string>(); // idempotency key → receipt
  const inbox = new Map<string, { caseNo: string; step: string; receipt: string; at: string }[]>();
  const modeOf = (code: string): Mode => modes.get(code) ?? modes.get('*') ?? { mode: 'up', delayMs: 0 };

  const setMode: DepartmentSimulator['setMode'] = (mode, opts = {}) => {
    modes.set(opts.departmentCode ?? '*', { mode, delayMs: opts.delayMs ?? (mode === 'slow' ? 3_000 : 0) });
    if (!opts.departmentCode) for (const k of [...modes.keys()]) if (k !== '*') modes.delete(k);
  };

  const readJson = async (req: http.IncomingMessage): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://simulator');
      const m = /^\/departments\/([^/]+)\/cases$/.exec(url.pathname);
      if (m && req.method === 'POST') {
        const code = decodeURIComponent(m[1]!);
        const mode = modeOf(code);
        if (mode.mode === 'down') return send(res, 503, { error: `department ${code} system is down (simulated)` });
        if (mode.mode === 'slow') await new Promise((r) => setTimeout(r, mode.delayMs));
        const body = await readJson(req);
        const key = req.headers['idempotency-key'];
        if (typeof key !== 'string' || !key) return send(res, 400, { error: 'Idempotency-Key header is required' });
        let receipt = receipts.get(key);
        if (!receipt) {
          receipt = `${code}-${crypto.createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
          receipts.set(key, receipt);
          const list = inbox.get(code) ?? [];
          list.push({ caseNo: String(body.caseNo), step: String(body.step), receipt, at: new Date().toISOString() });
          inbox.set(code, list);
        }
        return send(res, 200, { receipt });
      }
      if (m && req.method === 'GET') return send(res, 200, inbox.get(decodeURIComponent(m[1]!)) ?? []);
      if (url.pathname === '/admin/mode' && req.method === 'PUT') {
        const body = await readJson(req);
        const mode = body.mode;
        if (mode !== 'up' && mode !== 'down' && mode !== 'slow') return send(res, 400, { error: 'mode must be up, down or slow' });
        setMode(mode, {
          ...(typeof body.departmentCode === 'string' ? { departmentCode: body.departmentCode } : {}),
          ...(typeof body.delayMs === 'number' ? { delayMs: body.delayMs } : {}),
        });
        return send(res, 200, { modes: Object.fromEntries(modes) });
      }
      if (url.pathname === '/admin/health') return send(res, 200, { status: 'ok', modes: Object.fromEntries(modes) });
      send(res, 404, { error: 'not found' });
    } catch (e) {
      send(res, 400, { error: (e as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actual = (server.address() as { port: number }).port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    setMode,
    received: (code) => inbox.get(code) ?? [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const port = Number(process.env.DEPARTMENT_SIMULATOR_PORT ?? 3100);
  const sim = await startDepartmentSimulator(port);
  console.log(`department simulator listening on ${sim.url}`);
}
