/**
 * Issue 14, points 2 and 8 replayed: somebody with access to Temporal itself (its CLI, its UI,
 * its database) can neither act on a case as an invented actor nor read applicants' personal
 * data. The API's client and the worker share the payload codec (worker/codec.ts); the "outsider"
 * here is a plain Temporal client without it — what `temporal workflow update execute` or
 * `temporal workflow show` is.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { loadSecrets } from '../../config/secrets.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { CaseCodec, vouched, vouchedRequest } from '../../worker/codec.js';
import { actionUpdates, caseStateQuery } from '../../workflows/messages.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: TestItem;
let clerk: string;
let reviewer: string;
let outsider: Client;

const NAME = '保密测试申请人王五';
const PHONE = '13912345678';

/** This file's Temporal server persists to a file, so that the file itself can be searched. */
const TEMPORAL_DB = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-temporal-db-')), 'temporal.db');

beforeAll(async () => {
  env = await devServerEnv({ dbFilename: TEMPORAL_DB });
  world = await startApi(env);
  item = await findItem(world.db, { channel: 'WINDOW', tolerance: false });
  [clerk, reviewer] = await Promise.all([world.login('clerk.a01'), world.login(reviewerUsername(item.departmentCode))]);
  outsider = new Client({ connection: env.connection, namespace: env.namespace ?? 'default' });
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
  fs.rmSync(path.dirname(TEMPORAL_DB), { recursive: true, force: true });
});

async function openCase(): Promise<string> {
  const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: NAME, phone: PHONE }, submittedMaterials: item.requiredMaterials } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const caseNo = r.body.case.caseNo as string;
  await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer })).body.status).toBe('IN_REVIEW'));
  return caseNo;
}

async function refusal(p: Promise<unknown>) {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (e as WorkflowUpdateFailedError).cause as { type?: string; details?: { rule?: string }[] };
  return { kind: cause.type, rule: cause.details?.[0]?.rule };
}

describe('actors cannot be forged through Temporal', () => {
  it('when an urge with an invented actor is sent around the API (a plain Temporal client, as the temporal CLI), then it is refused and the case is unchanged', async () => {
    const caseNo = await openCase();
    const invented = { id: 'nobody', name: '冒名督办', role: 'SUPERVISOR' as const };
    // Without the codec: refused (the refusal's details are themselves encrypted for this client).
    await expect(outsider.workflow.getHandle(caseNo).executeUpdate(actionUpdates.urge, { args: [{ actor: invented, payload: { note: '伪造' } }] })).rejects.toThrow();
    // With the payload keys (an operator's codec) but not the API's actor key: refused with the rule named,
    // also when the request claims to be vouched for.
    const secrets = loadSecrets(loadConfig(process.env));
    const operator = new Client({ connection: env.connection, namespace: env.namespace ?? 'default', dataConverter: { payloadCodecs: [new CaseCodec(secrets.payload, crypto.randomBytes(32))] } });
    const forged = operator.workflow.getHandle(caseNo).executeUpdate(actionUpdates.urge, { args: [{ actor: invented, payload: { note: '伪造' } }] });
    expect(await refusal(forged)).toEqual({ kind: 'FORBIDDEN', rule: 'actor.not_vouched' });
    const claimed = operator.workflow.getHandle(caseNo).executeUpdate(actionUpdates.urge, {
      args: [{ actor: invented, payload: { note: '伪造' }, vouch: { caseNo, action: 'urge', at: Date.now(), sig: 'made-up', verified: true } }] as never,
    });
    expect(await refusal(claimed)).toEqual({ kind: 'FORBIDDEN', rule: 'actor.not_vouched' });
    const state = await env.client.workflow.getHandle(caseNo).query(caseStateQuery);
    expect(JSON.stringify(state)).not.toContain('伪造');
    const events = (await world.call('GET', `/api/v1/cases/${caseNo}/events`, { token: reviewer })).body as { type: string }[];
    expect(events.map((e) => e.type)).not.toContain('URGED');
  });

  it('when a signed request is replayed for another action or case, or names the SYSTEM actor, then it is refused', async () => {
    const caseNo = await openCase();
    const other = await openCase();
    const key = loadSecrets(loadConfig(process.env)).actorKey;
    const supervisor = { id: 'sup', name: '督查', role: 'SUPERVISOR' as const };
    const signed = vouchedRequest(key, other, 'urge', supervisor, { note: '别的案件' }, Date.now());
    expect(await refusal(env.client.workflow.getHandle(caseNo).executeUpdate(actionUpdates.urge, { args: [signed] }))).toEqual({ kind: 'FORBIDDEN', rule: 'actor.not_vouched' });
    const asSystem = vouchedRequest(key, caseNo, 'urge', { id: 'system', name: '平台', role: 'SYSTEM' }, { note: '系统' }, Date.now());
    expect(await refusal(env.client.workflow.getHandle(caseNo).executeUpdate(actionUpdates.urge, { args: [asSystem as never] }))).toEqual({ kind: 'FORBIDDEN', rule: 'actor.unknown_role' });
    const stale = vouchedRequest(key, caseNo, 'urge', supervisor, { note: '旧的' }, Date.now() - 3_600_000);
    expect(await refusal(env.client.workflow.getHandle(caseNo).executeUpdate(actionUpdates.urge, { args: [stale] }))).toEqual({ kind: 'FORBIDDEN', rule: 'actor.not_vouched' });
  });
});

describe('the audit trail from the workflow\'s own events', () => {
  it('when a case changes state, then each of its events is in the audit log once, with the case and the actor\'s role', async () => {
    const caseNo = await openCase();
    const rows = await eventually(async () => {
      const r = await world.db.auditLog.findMany({ where: { caseNo, action: { startsWith: 'case.event.' } }, orderBy: { id: 'asc' } });
      expect(r.map((x) => x.action)).toEqual(['case.event.RECEIVED', 'case.event.ACCEPTED', 'case.event.TRANSFERRED']);
      return r;
    });
    expect(rows[1]).toMatchObject({ role: 'FRONT_DESK_CLERK', channel: 'SYSTEM', outcome: 'OK' });
  });
});

describe('personal data is encrypted in Temporal', () => {
  it('when someone reads a case\'s history without the codec (as `temporal workflow show`), then neither the applicant\'s name nor phone appears, base64 decoded or not; with the codec it does', async () => {
    const caseNo = await openCase();
    const fetched = await outsider.workflow.getHandle(caseNo).fetchHistory();
    const { History } = proto.temporal.api.history.v1;
    const history = History.decode(History.encode(fetched).finish());
    const raw = JSON.stringify(History.toObject(history, { bytes: String, longs: String }));
    const decodedBase64 = [...raw.matchAll(/"data":"([A-Za-z0-9+/=]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8')).join('\n');
    const everything = `${raw}\n${decodedBase64}`;
    for (const secret of [NAME, PHONE, Buffer.from(NAME).toString('base64')]) expect(everything).not.toContain(secret);
    expect(raw).toContain(Buffer.from('binary/encrypted').toString('base64'));

    // An operator's tools with the codec read it all.
    const secrets = loadSecrets(loadConfig(process.env));
    const codec = new CaseCodec(secrets.payload, secrets.actorKey);
    const started = history.events!.find((e) => e.workflowExecutionStartedEventAttributes)!.workflowExecutionStartedEventAttributes!;
    const [payload] = await codec.decode(started.input!.payloads! as never);
    expect(Buffer.from(payload!.data!).toString('utf8')).toContain(NAME);
  });

  it('when the real temporal CLI shows the case and the Temporal database file is searched, then neither holds the name or the phone', async () => {
    const caseNo = await openCase();
    const cli = process.env.TEMPORAL_CLI_PATH;
    expect(cli, 'the global setup provisions the temporal CLI').toBeTruthy();
    const shown = execFileSync(cli!, ['workflow', 'show', '--address', env.address, '--namespace', env.namespace ?? 'default', '-w', caseNo, '--output', 'json'], { encoding: 'utf8' });
    expect(shown).toContain(caseNo);
    const decoded = [...shown.matchAll(/"data":\s*"([A-Za-z0-9+/=]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8')).join('\n');
    for (const secret of [NAME, PHONE]) {
      expect(shown + decoded).not.toContain(secret);
    }
    await new Promise((r) => setTimeout(r, 500));
    const files = fs.readdirSync(path.dirname(TEMPORAL_DB)).map((f) => fs.readFileSync(path.join(path.dirname(TEMPORAL_DB), f)));
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) {
      expect(bytes.includes(Buffer.from(NAME))).toBe(false);
      expect(bytes.includes(Buffer.from(PHONE))).toBe(false);
    }
    expect(files.some((bytes) => bytes.includes(Buffer.from(caseNo)))).toBe(true); // the file does hold the case
  });

  it('when any update request names its actor with the API\'s vouch, then the codec verifies it, and a changed field breaks the vouch', async () => {
    const secrets = loadSecrets(loadConfig(process.env));
    const codec = new CaseCodec(secrets.payload, secrets.actorKey);
    const request = vouched(secrets.actorKey, 'RZ-1', 'answerUrge', { actor: { id: 'r', name: '审批员', role: 'DEPARTMENT_REVIEWER' }, answer: '已办结' }, Date.now());
    const asPayload = (value: unknown) => ({ metadata: { encoding: new TextEncoder().encode('json/plain') }, data: new TextEncoder().encode(JSON.stringify(value)) });
    const judge = async (value: unknown) => {
      const [sealed] = await codec.encode([asPayload(value)]);
      const [opened] = await codec.decode([sealed!]);
      return JSON.parse(new TextDecoder().decode(opened!.data)).vouch;
    };
    expect(await judge(request)).toMatchObject({ verified: true, caseNo: 'RZ-1', action: 'answerUrge' });
    expect(await judge({ ...request, answer: '不是我们' })).toEqual({ verified: false });
    // Without a vouch, a request that is not a case action passes untouched.
    const [plain] = await codec.decode([asPayload({ actor: { id: 'r' }, answer: 'x' })]);
    expect(JSON.parse(new TextDecoder().decode(plain!.data))).toEqual({ actor: { id: 'r' }, answer: 'x' });
  });

  it('when a payload was encrypted under an older key, then after rotation it still decodes while new payloads use the new key', async () => {
    const secrets = loadSecrets(loadConfig(process.env));
    const oldCodec = new CaseCodec({ currentId: 'old', keys: { old: Buffer.alloc(32, 1) } }, secrets.actorKey);
    const rotated = new CaseCodec({ currentId: 'new', keys: { old: Buffer.alloc(32, 1), new: Buffer.alloc(32, 2) } }, secrets.actorKey);
    const plain = { metadata: { encoding: new TextEncoder().encode('json/plain') }, data: new TextEncoder().encode(JSON.stringify({ name: NAME })) };
    const [sealed] = await oldCodec.encode([plain]);
    const [opened] = await rotated.decode([sealed!]);
    expect(new TextDecoder().decode(opened!.data)).toContain(NAME);
    const [fresh] = await rotated.encode([plain]);
    expect(new TextDecoder().decode(fresh!.metadata!['encryption-key-id'])).toBe('new');
  });
});
