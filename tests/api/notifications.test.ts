/**
 * Notifications leave through the transactional outbox: the case events of an applicant's case
 * each put their notice in the outbox once; the deliverer brings them to the local SMS/e-mail
 * simulator once each, retries a failing gateway and gives up into the dead-letter list; and a
 * deliverer process killed mid-send does not make the applicant get the message twice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxDeliverer, configuredDeliverer, deliveryKey } from '../../activities/notifications/deliverer.js';
import { ROOT_DIR, loadConfig } from '../../config/index.js';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type NotificationSimulator, startNotificationSimulator } from '../../scripts/notification-simulator.js';
import { type TestItem, eventually } from '../support/catalog.js';
import { supervisionItem } from '../support/supervision.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let sim: NotificationSimulator;
let clerk: string;
let reviewer: string;
let manager: string;
let item: TestItem;
const config = loadConfig();
let phoneSeq = 0;
const newPhone = () => `137${String(process.pid % 10000).padStart(4, '0')}${String(++phoneSeq).padStart(4, '0')}`;

const started: OutboxDeliverer[] = [];
const deliverer = (opts: Partial<ConstructorParameters<typeof OutboxDeliverer>[0]> = {}) => {
  const d = configuredDeliverer(config, { smsGatewayUrl: sim.smsUrl, smtpPort: sim.smtpPort }, world.db, { backoffBaseMs: 1, backoffMaxMs: 1, ...opts });
  started.push(d);
  return d;
};

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  sim = await startNotificationSimulator();
  item = await supervisionItem(world.db);
  [clerk, reviewer, manager] = await Promise.all([world.login('clerk.a01'), world.login(reviewerUsername(item.departmentCode)), world.login('manager')]);
});

afterAll(async () => {
  await Promise.all(started.map((d) => d.stop()));
  await sim?.close();
  await world?.stop();
  await env?.teardown();
});

async function newCase(phone: string, accept = true) {
  const r = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: item.code, applicant: { name: '通知测试申请人', phone }, submittedMaterials: accept ? item.requiredMaterials : [], accept } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.case.caseNo as string;
}

const kindsFor = async (phone: string) => (await world.db.outboxMessage.findMany({ where: { recipient: phone }, orderBy: { id: 'asc' } })).map((m) => m.kind);

describe('notices to the applicant', () => {
  it('when a case is accepted, decided and completed, then the receipt, result-ready and rating invitation reach the simulator once each, however often the deliverer runs', async () => {
    const phone = newPhone();
    const caseNo = await newCase(phone);
    await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: clerk })).body.status).toBe('IN_REVIEW'));
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '准予' } })).status).toBe(200);
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: clerk, body: { method: 'WINDOW_PICKUP' } })).status).toBe(200);
    await eventually(async () => expect(await kindsFor(phone)).toEqual(['case.accepted', 'case.result_ready', 'case.rating_invitation']));

    const d = deliverer();
    await eventually(async () => {
      await d.deliverDue();
      expect(await world.db.outboxMessage.count({ where: { recipient: phone, status: { not: 'SENT' } } })).toBe(0);
    });
    await d.deliverDue();
    const caught = sim.messages().filter((m) => m.to === phone);
    expect(caught.map((m) => m.subject).sort()).toEqual(['办理结果领取通知', '受理回执', '服务评价邀请'].sort());
    expect(caught.every((m) => m.deliveries === 1)).toBe(true);
    const invitation = caught.find((m) => m.subject === '服务评价邀请')!;
    // The link in the invitation works: it opens the rating form for this case.
    const link = new URL(/https?:\/\/\S+/.exec(invitation.text)![0]);
    const form = await world.call('GET', `/api/v1/public/cases/${caseNo}/rating?token=${link.searchParams.get('token')}`);
    expect(form.body).toMatchObject({ caseNo, canRate: true });
  });

  it('when the front desk refuses an application or asks for a correction, then the refusal and the one-time notice are sent; department notices go by e-mail too', async () => {
    const refusedPhone = newPhone();
    const refused = await newCase(refusedPhone, false);
    expect((await world.call('POST', `/api/v1/cases/${refused}/refuse`, { token: clerk, body: { reason: '不属于本事项受理范围' } })).status).toBe(200);
    const correctionPhone = newPhone();
    const corrected = await newCase(correctionPhone, false);
    const r = await world.call('POST', `/api/v1/cases/${corrected}/request-correction`, { token: clerk, body: { items: [{ name: '营业执照复印件', problem: '未加盖公章' }], days: 5 } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    await eventually(async () => {
      expect(await kindsFor(refusedPhone)).toEqual(['case.refused']);
      expect(await kindsFor(correctionPhone)).toEqual(['case.correction']);
    });
    const d = deliverer();
    await eventually(async () => {
      await d.deliverDue();
      expect(sim.messages().filter((m) => m.to === correctionPhone).map((m) => m.text)).toEqual([expect.stringContaining('营业执照复印件（未加盖公章）')]);
      expect(sim.messages().filter((m) => m.to === refusedPhone).map((m) => m.subject)).toEqual(['不予受理通知']);
    });
    // Department notices go by SMS and e-mail (SMTP): an urge on the waiting case tells the department.
    const supervisor = await world.login('supervisor');
    const urged = await world.call('POST', `/api/v1/cases/${corrected}/urge`, { token: supervisor, body: { note: '请关注补正进度' } });
    expect(urged.status, JSON.stringify(urged.body)).toBe(200);
    const contact = await world.db.notifyContact.findUniqueOrThrow({ where: { code: item.departmentCode } });
    await eventually(async () => {
      await d.deliverDue();
      const mail = await world.db.outboxMessage.findFirstOrThrow({ where: { ref: urged.body.urge.id, channel: 'EMAIL' } });
      expect(mail).toMatchObject({ status: 'SENT', recipient: contact.email });
      const caught = sim.messages().find((x) => x.key === deliveryKey(mail.id) && x.channel === 'EMAIL');
      expect(caught).toMatchObject({ to: contact.email, subject: '督办通知', text: mail.body, deliveries: 1 });
      expect(caught!.text).toContain('请关注补正进度');
    });
  });
});

describe('retries and the dead-letter list', () => {
  it('when the SMS gateway stays down, then the message is retried and then listed as a dead letter; once the gateway is back a retry sends it', async () => {
    const phone = newPhone();
    await newCase(phone);
    await eventually(async () => expect(await kindsFor(phone)).toEqual(['case.accepted']));
    sim.setSms({ down: true });
    const d = deliverer({ maxAttempts: 3 });
    try {
      await eventually(async () => {
        await d.deliverDue();
        expect((await world.db.outboxMessage.findFirstOrThrow({ where: { recipient: phone } })).status).toBe('DEAD');
      });
    } finally {
      sim.setSms({ down: false });
    }
    const row = await world.db.outboxMessage.findFirstOrThrow({ where: { recipient: phone } });
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain('503');
    const dead = await world.call('GET', `/api/v1/outbox/dead-letters?kind=case.accepted&pageSize=200`, { token: manager });
    expect(dead.status).toBe(200);
    expect(dead.body.items.map((m: { id: string }) => m.id)).toContain(String(row.id));
    expect(dead.body.items.find((m: { id: string }) => m.id === String(row.id)).recipient).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect((await world.call('POST', `/api/v1/outbox/${row.id}/retry`, { token: reviewer })).status).toBe(403);
    expect((await world.call('POST', `/api/v1/outbox/${row.id}/retry`, { token: manager })).body).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect((await world.call('POST', `/api/v1/outbox/${row.id}/retry`, { token: manager })).body.rule).toBe('outbox.not_dead');
    await eventually(async () => {
      await deliverer().deliverDue();
      expect(sim.messages().filter((m) => m.to === phone)).toHaveLength(1);
    });
  });

  it('when a deliverer process is killed while the gateway is taking its message, then another deliverer sends it again and the applicant still gets it once', async () => {
    const phone = newPhone();
    await newCase(phone);
    await eventually(async () => expect(await kindsFor(phone)).toEqual(['case.accepted']));
    const row = await world.db.outboxMessage.findFirstOrThrow({ where: { recipient: phone } });
    sim.setSms({ delayMs: 60_000 }); // the gateway takes the message but answers late
    let child: ChildProcess | undefined;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', 'scripts/outbox-deliverer.ts'], {
        cwd: ROOT_DIR,
        env: { ...process.env, SMS_GATEWAY_URL: sim.smsUrl, SMTP_PORT: String(sim.smtpPort), OUTBOX_LEASE_MS: '1500', OUTBOX_POLL_MS: '200', LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      await eventually(async () => expect(sim.messages().filter((m) => m.key === deliveryKey(row.id))).toHaveLength(1), 30_000);
      child.kill('SIGKILL'); // mid-send: the gateway has it, the outbox row is not marked
      await new Promise((r) => child!.once('exit', r));
    } finally {
      sim.setSms({ delayMs: 0 });
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    const afterKill = await world.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(afterKill).toMatchObject({ status: 'PENDING', attempts: 1 });
    const d = deliverer();
    await eventually(async () => {
      await d.deliverDue();
      expect((await world.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('SENT');
    });
    const caught = sim.messages().filter((m) => m.to === phone);
    expect(caught).toHaveLength(1);
    expect(caught[0]!.deliveries).toBe(2); // delivered twice, shown once: idempotent by the outbox id
    expect((await world.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(2);
  });
});
