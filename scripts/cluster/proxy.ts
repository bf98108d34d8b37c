/**
 * A tiny round-robin HTTP proxy: one address for the API copies, as a load balancer gives in
 * production. A copy that refuses the connection (it is down) is skipped for that request: nothing
 * reached it, so even a POST is safe to send to the next. Streams (the big screen's SSE) pass through.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  url: string;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(opts: { host: string; port: number; backends: () => string[] }): Promise<RoundRobinProxy> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const backends = opts.backends();
    // The body is held, so that a refused connection can be retried on the next copy.
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const first = next++;
      const attempt = (tries: number) => {
        // A retry goes to the copy after the one that refused, whatever other requests took meanwhile.
        const target = new URL(backends[(first + tries) % backends.length]!);
        const upstream = http.request(
          { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' } },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        upstream.once('error', (e: NodeJS.ErrnoException) => {
          if (e.code === 'ECONNREFUSED' && tries + 1 < backends.length) return attempt(tries + 1);
          if (!res.headersSent) {
            res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '2' });
            res.end(JSON.stringify({ type: 'about:blank', title: '服务暂不可用', status: 503, detail: `no API copy answered (${e.code ?? e.message})` }));
          } else res.destroy();
        });
        res.once('close', () => upstream.destroy());
        upstream.end(body);
      };
      attempt(0);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  return {
    url: `http://${opts.host}:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
