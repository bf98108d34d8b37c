/**
 * The big screen's latency: from a staff action sent to the API until a screen watching the live
 * stream on a screen credential receives a payload that shows it (issue: "within 2 s").
 *
 *   npx tsx bench/big-screen.ts [--samples N] [--use-running]
 *
 * Starts an isolated platform exactly as `npm start` does (or uses the running one), makes a
 * screen credential as the centre manager, opens the stream with a ticket as the screen's page
 * does, then N times: a clerk accepts a case at the window and, once the screen has shown it, the
 * department reviewer approves it; each time it measures until the screen's payload counts it.
 * Last, the manager revokes the credential: it measures until the server has closed the stream.
 * Prints median, p95 and max and writes bench/results/big-screen-<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDb } from '../prisma/client.js';
import { reviewerUsername } from '../prisma/seed/users.js';
import { ApiClient, Session } from './lib/api-client.js';
import { typicalItem } from './lib/fixtures.js';
import { type Stack, startIsolatedStack, useRunningStack } from './lib/stack.js';
import { ssePayloads } from '../scripts/sse.js';

const { values } = parseArgs({ options: { samples: { type: 'string', default: '20' }, 'use-running': { type: 'boolean', default: false } } });
const samples = Number(values.samples);
const log = (l: string) => console.log(`[big-screen] ${l}`);

interface Payload {
  live: { today: { accepted: number; approved: number } };
}

/** The stream's payloads, newest kept; `until` waits for one that satisfies a condition. */
class Screen {
  private latest: Payload | undefined;
  private waiters: { check: (p: Payload) => boolean; resolve: (at: number) => void }[] = [];
  private readonly abort = new AbortController();
  /** Resolves (with the time) when the server ends the stream, e.g. after `event: revoked`. */
  ended!: Promise<number>;
  private end!: (at: number) => void;

  static async open(baseUrl: string, ticket: string): Promise<Screen> {
    const screen = new Screen();
    screen.ended = new Promise((resolve) => (screen.end = resolve));
    const res = await fetch(`${baseUrl}/api/v1/big-screen/stream?ticket=${encodeURIComponent(ticket)}`, { signal: screen.abort.signal });
    if (res.status !== 200) throw new Error(`stream answered ${res.status}`);
    void screen.read(res.body!);
    await screen.until(() => true, 10_000);
    return screen;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    try {
      for await (const data of ssePayloads(body)) {
        const at = performance.now();
        this.latest = JSON.parse(data) as Payload;
        this.waiters = this.waiters.filter((w) => {
          if (!w.check(this.latest!)) return true;
          w.resolve(at);
          return false;
        });
      }
      this.end(performance.now());
    } catch {
      // aborted
    }
  }

  get current(): Payload {
    return this.latest!;
  }

  until(check: (p: Payload) => boolean, timeoutMs: number): Promise<number> {
    if (this.latest && check(this.latest)) return Promise.resolve(performance.now());
    return new Promise((resolve, reject) => {
      this.waiters.push({ check, resolve });
      setTimeout(() => reject(new Error(`the screen showed nothing new within ${timeoutMs} ms`)), timeoutMs).unref();
    });
  }

  close(): void {
    this.abort.abort();
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const summary = (xs: number[]) => ({ samples: xs.length, medianMs: Math.round(quantile(xs, 0.5)), p95Ms: Math.round(quantile(xs, 0.95)), maxMs: Math.round(Math.max(...xs)) });

async function main(): Promise<void> {
  const stack: Stack = values['use-running'] ? await useRunningStack() : await startIsolatedStack({ timeoutMs: 300_000, storage: 'disk', log });
  const db = createDb(stack.databaseUrl, 2);
  let screen: Screen | undefined;
  try {
    const api = new ApiClient(stack.apiUrl);
    const item = await typicalItem(db);
    const manager = new Session(api, 'manager');
    const clerk = new Session(api, 'clerk.a01');
    const reviewer = new Session(api, reviewerUsername(item.departmentCode));
    const { token } = await manager.call<{ token: string }>('POST', '/api/v1/screen-credentials', { body: { name: '压测大屏' }, expect: 201 });
    const { ticket } = await api.call<{ ticket: string }>('POST', '/api/v1/big-screen/stream-ticket', { token });
    screen = await Screen.open(stack.apiUrl, ticket);
    const s = screen;
    const accept: number[] = [];
    const approve: number[] = [];
    for (let i = 0; i < samples; i++) {
      const before = s.current.live.today;
      let t0 = performance.now();
      const created = await clerk.call<{ case: { caseNo: string } }>('POST', '/api/v1/cases', { body: { itemCode: item.code, applicant: { name: `大屏压测申请人${i}` }, submittedMaterials: item.requiredMaterials }, expect: 201 });
      accept.push((await s.until((p) => p.live.today.accepted >= before.accepted + 1, 30_000)) - t0);
      // Approval needs the case in review (delivered to the department).
      for (let tries = 0; ; tries++) {
        const c = await reviewer.call<{ status: string }>('GET', `/api/v1/cases/${created.case.caseNo}`);
        if (c.status === 'IN_REVIEW') break;
        if (tries > 200) throw new Error(`case ${created.case.caseNo} never reached IN_REVIEW`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const approvedBefore = s.current.live.today.approved;
      t0 = performance.now();
      await reviewer.call('POST', `/api/v1/cases/${created.case.caseNo}/approve`, { body: { opinion: '准予' } });
      approve.push((await s.until((p) => p.live.today.approved >= approvedBefore + 1, 30_000)) - t0);
    }
    // Revocation: from the manager's request until the server has ended the screen's stream.
    const credentials = await manager.call<{ items: { id: string; name: string }[] }>('GET', '/api/v1/screen-credentials');
    const id = credentials.items.find((c) => c.name === '压测大屏')!.id;
    const t0 = performance.now();
    await manager.call('POST', `/api/v1/screen-credentials/${id}/revoke`);
    const revokeToClosedMs = Math.round((await Promise.race([s.ended, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('the stream was not closed within 30 s')), 30_000).unref())])) - t0);
    const result = { benchmark: 'big-screen', startedAt: new Date().toISOString(), node: process.version, stack: stack.kind, acceptToScreen: summary(accept), approveToScreen: summary(approve), revokeToClosedMs };
    log(`window acceptance → screen: median ${result.acceptToScreen.medianMs} ms, p95 ${result.acceptToScreen.p95Ms} ms, max ${result.acceptToScreen.maxMs} ms (${samples} samples)`);
    log(`department approval → screen: median ${result.approveToScreen.medianMs} ms, p95 ${result.approveToScreen.p95Ms} ms, max ${result.approveToScreen.maxMs} ms`);
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `big-screen-${result.startedAt.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`revocation → stream closed: ${revokeToClosedMs} ms`);
    log(`written ${file}`);
  } finally {
    screen?.close();
    await db.$disconnect();
    if (stack.kind === 'isolated') await stack.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
