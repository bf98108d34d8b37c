/**
 * The Temporal UI that `npm start` serves is read-only for operators (issue 14, point 2 and 8):
 * the gate in front of it (scripts/temporal-ui-gate.ts) lets only a signed-in manager or
 * supervisor in, answers the UI's settings with every write action disabled, stops every write
 * request before it reaches Temporal, and decodes payloads for a signed-in operator only.
 * The upstream here stands in for the dev server's own UI and records what reaches it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { loadSecrets } from '../../config/secrets.js';
import { DEMO_PASSWORD } from '../../prisma/seed/users.js';
import { type UiGate, startUiGate } from '../../scripts/temporal-ui-gate.js';
import { CaseCodec } from '../../worker/codec.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let gate: UiGate;
let upstream: http.Server;
const reached: string[] = [];
let codec: CaseCodec;

/** The settings the dev server's UI (2.54) really answers, shortened. */
const UI_SETTINGS = { Auth: { Enabled: false }, Codec: { Endpoint: '', PassAccessToken: false, IncludeCredentials: false }, Version: '2.54.1', DisableWriteActions: false, WorkflowTerminateDisabled: false, WorkflowCancelDisabled: false, WorkflowSignalDisabled: false, WorkflowUpdateDisabled: false, WorkflowResetDisabled: false, BatchActionsDisabled: false, StartWorkflowDisabled: false };

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  upstream = http.createServer((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    if (req.url === '/api/v1/settings') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(UI_SETTINGS));
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Temporal UI</html>');
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
  const secrets = loadSecrets(loadConfig(process.env));
  codec = new CaseCodec(secrets.payload, secrets.actorKey);
  gate = await startUiGate({ upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, apiUrl: world.baseUrl, codec, host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await gate?.close();
  await new Promise((r) => upstream?.close(r));
  await world?.stop();
  await env?.teardown();
});

async function signIn(username: string): Promise<{ status: number; cookie?: string }> {
  const r = await fetch(`${gate.url}/_ow/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username, password: DEMO_PASSWORD }) });
  return { status: r.status, cookie: r.headers.get('set-cookie')?.split(';')[0] };
}

describe('the Temporal UI gate', () => {
  it('when nobody is signed in, then the UI sends them to sign-in and the codec decodes nothing', async () => {
    const home = await fetch(`${gate.url}/`, { redirect: 'manual' });
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/_ow/login');
    expect((await fetch(`${gate.url}/_ow/codec/decode`, { method: 'POST', body: '{"payloads":[]}' })).status).toBe(401);
    expect(reached).toEqual([]);
  });

  it('when a clerk signs in, then they are refused: only managers and supervisors inspect cases in Temporal', async () => {
    const clerk = await signIn('clerk.a01');
    expect(clerk.status).toBe(403);
    expect(clerk.cookie).toBeUndefined();
  });

  it('when a supervisor signs in, then the UI is read-only: settings disable every write, and a terminate or signal never reaches Temporal', async () => {
    const { status, cookie } = await signIn('supervisor');
    expect(status).toBe(303);
    const headers = { cookie: cookie! };
    expect((await fetch(`${gate.url}/`, { headers })).status).toBe(200);
    const settings = (await (await fetch(`${gate.url}/api/v1/settings`, { headers })).json()) as any;
    expect(settings).toMatchObject({ DisableWriteActions: true, WorkflowTerminateDisabled: true, WorkflowSignalDisabled: true, WorkflowUpdateDisabled: true, WorkflowResetDisabled: true, BatchActionsDisabled: true, StartWorkflowDisabled: true });
    expect(settings.Codec.Endpoint).toBe(`${gate.url}/_ow/codec`);
    reached.length = 0;
    for (const path of ['/api/v1/namespaces/default/workflows/610800/terminate', '/api/v1/namespaces/default/workflows/610800/signal/x', '/api/v1/namespaces/default/workflows/610800/update/urge', '/api/v1/namespaces/default/workflows/610800/cancel']) {
      expect((await fetch(`${gate.url}${path}`, { method: 'POST', headers, body: '{}' })).status, path).toBe(403);
    }
    expect((await fetch(`${gate.url}/_ow/codec/encode`, { method: 'POST', headers, body: '{"payloads":[]}' })).status).toBe(403);
    expect(reached).toEqual([]);
    expect((await fetch(`${gate.url}/api/v1/namespaces/default/workflows/610800/query/caseState`, { method: 'POST', headers, body: '{}' })).status).toBe(200);
  });

  it('when a signed-in operator asks the codec endpoint, then encrypted payloads come back decoded', async () => {
    const { cookie } = await signIn('manager');
    const plain = { metadata: { encoding: new TextEncoder().encode('json/plain') }, data: new TextEncoder().encode('{"name":"界面解码测试"}') };
    const [sealed] = await codec.encode([plain]);
    const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
    const r = await fetch(`${gate.url}/_ow/codec/decode`, {
      method: 'POST',
      headers: { cookie: cookie!, 'content-type': 'application/json' },
      body: JSON.stringify({ payloads: [{ metadata: Object.fromEntries(Object.entries(sealed!.metadata!).map(([k, v]) => [k, b64(v)])), data: b64(sealed!.data!) }] }),
    });
    expect(r.status).toBe(200);
    const { payloads } = (await r.json()) as any;
    expect(Buffer.from(payloads[0].data, 'base64').toString('utf8')).toBe('{"name":"界面解码测试"}');
  });
});
