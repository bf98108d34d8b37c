/**
 * Issue 17 through the API, against real PostgreSQL, a real Temporal server and the real folder
 * document store: material files checked by their bytes and size, kept by hash with every
 * version, opened within the case's scope and audited; bad files refused with the field and the
 * rule and nothing left behind; the electronic result and its public verification, where a
 * made-up code or an altered file fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewerUsername } from '../../prisma/seed/users.js';
import { type TestItem, eventually, findItem } from '../support/catalog.js';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let item: TestItem;
let clerk: string;
let applicant: string;
let otherApplicant: string;
let reviewer: string;
let otherReviewer: string;
const MAX_BYTES = 64 * 1024;
const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-documents-'));

/** A small real PDF, JPEG and PNG (made here, not committed). */
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b60000000049454e44ae426082', 'hex');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);

function storedFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : out.push(e.name);
  };
  walk(storeDir);
  return out;
}

async function upload(caseNo: string, token: string, parts: { materialCode?: string; file?: { bytes: Uint8Array; name: string; type?: string } }) {
  const form = new FormData();
  if (parts.materialCode !== undefined) form.append('materialCode', parts.materialCode);
  if (parts.file) form.append('file', new Blob([parts.file.bytes], { type: parts.file.type ?? 'application/pdf' }), parts.file.name);
  const res = await fetch(`${world.baseUrl}/api/v1/cases/${caseNo}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' }, body: form });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function download(p: string, token?: string) {
  const res = await fetch(`${world.baseUrl}${p}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': 'en' } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

async function onlineCase(): Promise<string> {
  const r = await world.call('POST', '/api/v1/cases', { token: applicant, body: { itemCode: item.code, applicant: { name: '陈晓' }, submittedMaterials: [] } });
  expect(r.status).toBe(201);
  return r.body.case.caseNo as string;
}

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env, { configOverrides: { DOCUMENT_DIR: storeDir, DOCUMENT_MAX_BYTES: String(MAX_BYTES), PUBLIC_BASE_URL: 'https://zwfw.example.gov.cn' } });
  item = await findItem(world.db, { channel: 'ONLINE', tolerance: false });
  const other = await world.db.department.findFirstOrThrow({ where: { code: { not: item.departmentCode } } });
  const stamp = Date.now().toString(36);
  const reg = await world.call('POST', '/api/v1/auth/register', { body: { username: `zhang.${stamp}`, password: 'portal-pass-2026', name: '张三', phone: '13900000000' } });
  expect(reg.status).toBe(201);
  otherApplicant = reg.body.token;
  [clerk, applicant, reviewer, otherReviewer] = await Promise.all([world.login('clerk.a01'), world.login('applicant'), world.login(reviewerUsername(item.departmentCode)), world.login(reviewerUsername(other.code))]);
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
  fs.rmSync(storeDir, { recursive: true, force: true });
});

describe('material files', () => {
  it('when the applicant uploads a material twice, then both versions are kept by their hash and the clerk opens the same bytes, audited', async () => {
    const caseNo = await onlineCase();
    const code = item.requiredMaterials[0]!;
    const first = await upload(caseNo, applicant, { materialCode: code, file: { bytes: pdf('first'), name: '营业执照.pdf' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ materialCode: code, version: 1, mediaType: 'application/pdf', fileName: '营业执照.pdf', channel: 'ONLINE', sha256: crypto.createHash('sha256').update(pdf('first')).digest('hex') });
    // The type is told by the bytes: a PNG sent as "scan.pdf" with a PDF content type is a PNG.
    const second = await upload(caseNo, applicant, { materialCode: code, file: { bytes: png, name: 'scan.pdf', type: 'application/pdf' } });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ version: 2, mediaType: 'image/png' });
    // The window scans a paper material into the same store (无差别).
    const scanned = await upload(caseNo, clerk, { materialCode: item.requiredMaterials[1] ?? code, file: { bytes: jpeg, name: '扫描件.jpg', type: 'image/jpeg' } });
    expect(scanned.status).toBe(201);
    expect(scanned.body).toMatchObject({ channel: 'WINDOW', mediaType: 'image/jpeg' });
    expect(storedFiles()).toEqual(expect.arrayContaining([first.body.sha256, second.body.sha256, scanned.body.sha256]));

    const list = await world.call('GET', `/api/v1/cases/${caseNo}/documents`, { token: clerk });
    expect(list.status).toBe(200);
    // The applicant's two versions (the window's scan may land on the same material when the item
    // found has only one required material, e.g. while other files change the catalog).
    expect(list.body.filter((d: { materialCode: string; channel: string }) => d.materialCode === code && d.channel === 'ONLINE').map((d: { version: number }) => d.version)).toEqual([2, 1]);

    const opened = await download(`/api/v1/cases/${caseNo}/documents/${first.body.id}/content`, clerk);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toContain('application/pdf');
    expect(opened.bytes.equals(pdf('first'))).toBe(true);
    const audited = await eventually(async () => {
      const rows = await world.db.auditLog.findMany({ where: { caseNo, action: 'document.read' } });
      expect(rows.length).toBeGreaterThan(0);
      return rows;
    });
    expect(audited[0]).toMatchObject({ outcome: 'OK', username: 'clerk.a01' });
  });

  it('when someone outside the case asks for its documents, then 403 names the scope, and a department reviewer in scope opens them', async () => {
    const caseNo = await onlineCase();
    const up = await upload(caseNo, applicant, { materialCode: item.requiredMaterials[0]!, file: { bytes: pdf('scope'), name: 'a.pdf' } });
    expect(up.status).toBe(201);
    const other = await world.call('GET', `/api/v1/cases/${caseNo}/documents`, { token: otherApplicant });
    expect(other.status).toBe(403);
    expect(other.body.rule).toBe('scope.own_case');
    const otherUpload = await upload(caseNo, otherApplicant, { materialCode: item.requiredMaterials[0]!, file: { bytes: pdf('x'), name: 'x.pdf' } });
    expect(otherUpload.status).toBe(403);
    const dept = await download(`/api/v1/cases/${caseNo}/documents/${up.body.id}/content`, otherReviewer);
    expect(dept.status).toBe(403);
    expect((await download(`/api/v1/cases/${caseNo}/documents/${up.body.id}/content`, reviewer)).status).toBe(200);
    expect((await download(`/api/v1/cases/${caseNo}/documents/${up.body.id}/content`)).status).toBe(401);
  });

  it('when a file is not a PDF or image, too large, missing, or for an unknown material, then the answer names the field and the rule and nothing is stored', async () => {
    const caseNo = await onlineCase();
    const before = storedFiles().length;
    const code = item.requiredMaterials[0]!;

    const fake = await upload(caseNo, applicant, { materialCode: code, file: { bytes: Buffer.from('MZ\x90\x00 this is an executable, named like a PDF'), name: '营业执照.pdf', type: 'application/pdf' } });
    expect(fake.status).toBe(415);
    expect(fake.body.rule).toBe('file.type');
    expect(fake.body.errors).toEqual([expect.objectContaining({ field: 'file', rule: 'file.type' })]);

    const big = await upload(caseNo, applicant, { materialCode: code, file: { bytes: Buffer.concat([pdf('big'), Buffer.alloc(MAX_BYTES, 0x20)]), name: 'big.pdf' } });
    expect(big.status).toBe(413);
    expect(big.body.errors).toEqual([expect.objectContaining({ field: 'file', rule: 'file.too_large' })]);

    const empty = await upload(caseNo, applicant, { materialCode: code, file: { bytes: new Uint8Array(), name: 'empty.pdf' } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ field: 'file', rule: 'file.empty' });

    const none = await upload(caseNo, applicant, { materialCode: code });
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'file', rule: 'file.required' });

    const unknown = await upload(caseNo, applicant, { materialCode: 'NOPE', file: { bytes: pdf('unknown'), name: 'a.pdf' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'body.materialCode', rule: 'unknown_material' });

    const json = await world.call('POST', `/api/v1/cases/${caseNo}/documents`, { token: applicant, body: { materialCode: code } });
    expect(json.status).toBe(415);
    expect(json.body.rule).toBe('multipart.required');

    expect(storedFiles().length).toBe(before);
    expect(await world.db.document.count({ where: { caseNo } })).toBe(0);
  });

  it('when the OpenAPI document describes the upload, then it is multipart/form-data with the file as binary', async () => {
    const doc = await world.call('GET', '/api/openapi.json');
    const op = doc.body.paths['/api/v1/cases/{caseNo}/documents'].post;
    const schema = op.requestBody.content['multipart/form-data'].schema;
    expect(schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(schema.required).toEqual(expect.arrayContaining(['materialCode', 'file']));
  });
});

describe('the electronic result', () => {
  it('when an approved case is output electronically, then the applicant downloads a Chinese PDF whose code verifies, and a forged code or an altered file fails', async () => {
    const r = await world.call('POST', '/api/v1/cases', { token: applicant, body: { itemCode: item.code, applicant: { name: '陈晓' }, submittedMaterials: item.requiredMaterials } });
    const caseNo = r.body.case.caseNo as string;
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/accept`, { token: clerk, body: {} })).status).toBe(200);
    await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer })).body.status).toBe('IN_REVIEW'));
    expect((await download(`/api/v1/cases/${caseNo}/result`, applicant)).status).toBe(409);
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/approve`, { token: reviewer, body: { opinion: '经审查，符合法定条件，准予许可。' } })).status).toBe(200);
    const notYet = await world.call('GET', `/api/v1/cases/${caseNo}/result`, { token: applicant });
    expect(notYet.status).toBe(409);
    expect(notYet.body.rule).toBe('result.not_electronic');
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: clerk, body: { method: 'ELECTRONIC' } })).status).toBe(200);

    const got = await download(`/api/v1/cases/${caseNo}/result`, applicant);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toContain('application/pdf');
    const code = got.headers.get('x-verification-code')!;
    expect(code).toMatch(new RegExp(`^${caseNo}-[0-9A-Z]{26}$`));
    const text = (await new PDFParse({ data: new Uint8Array(got.bytes) }).getText()).text.replace(/\s+/g, '');
    expect(text).toContain('准予行政许可决定书');
    expect(text).toContain(caseNo);
    expect(text).toContain('陈晓');
    expect(text).toContain(code);
    // The same file every time; the staff's copy is the applicant's.
    expect((await download(`/api/v1/cases/${caseNo}/result`, clerk)).bytes.equals(got.bytes)).toBe(true);

    const verified = await world.call('GET', `/api/v1/public/verify/${code}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ genuine: true, caseNo, decision: 'APPROVED', decisionName: '准予许可', applicant: '陈*', sha256: crypto.createHash('sha256').update(got.bytes).digest('hex') });

    // A forged code: one character of the signature changed, or a code for another case number.
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    for (const forged of [`${code.slice(0, -1)}${last}`, `${String(BigInt(caseNo) + 1n).padStart(20, '0')}${code.slice(20)}`, 'not-a-code']) {
      const v = await world.call('GET', `/api/v1/public/verify/${encodeURIComponent(forged)}`);
      expect(v.status).toBe(404);
      expect(v.body.rule).toBe('certificate.not_genuine');
    }
    // An altered certificate file fails against its code; the genuine one passes.
    const check = async (bytes: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'cert.pdf');
      const res = await fetch(`${world.baseUrl}/api/v1/public/verify/${code}/file`, { method: 'POST', body: form, headers: { 'accept-language': 'en' } });
      return { status: res.status, body: (await res.json()) as { rule?: string } };
    };
    const altered = Buffer.from(got.bytes);
    const at = Math.floor(altered.length / 2);
    altered[at] = altered[at]! ^ 0x01;
    const bad = await check(altered);
    expect(bad.status).toBe(422);
    expect(bad.body.rule).toBe('certificate.file_altered');
    expect((await check(got.bytes)).status).toBe(200);

    // The public progress query names the steps in Chinese and shows the documents on file and the result's code.
    const progress = await world.call('GET', `/api/v1/public/cases/${caseNo}?queryCode=${r.body.queryCode}`);
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ statusName: expect.any(String), decisionName: '准予许可', result: { verificationCode: code } });
    expect(progress.body.progress.map((p: { stepName: string }) => p.stepName)).toEqual(expect.arrayContaining(['收件', '受理']));

    // A browser opening the QR code's URL reads the answer in Chinese.
    const page = await fetch(`${world.baseUrl}/api/v1/public/verify/${code}`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('文书真实有效');
  });

  it('when a case is denied and output electronically, then the applicant gets the written decision (不予行政许可决定书) with the reason, and it verifies as a denial', async () => {
    const r = await world.call('POST', '/api/v1/cases', { token: applicant, body: { itemCode: item.code, applicant: { name: '陈晓' }, submittedMaterials: item.requiredMaterials } });
    const caseNo = r.body.case.caseNo as string;
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/accept`, { token: clerk, body: {} })).status).toBe(200);
    await eventually(async () => expect((await world.call('GET', `/api/v1/cases/${caseNo}`, { token: reviewer })).body.status).toBe('IN_REVIEW'));
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/deny`, { token: reviewer, body: { reason: '申请材料所载用途与规划条件不符' } })).status).toBe(200);
    expect((await world.call('POST', `/api/v1/cases/${caseNo}/issue-output`, { token: clerk, body: { method: 'ELECTRONIC' } })).status).toBe(200);
    const got = await download(`/api/v1/cases/${caseNo}/result`, applicant);
    expect(got.status).toBe(200);
    const text = (await new PDFParse({ data: new Uint8Array(got.bytes) }).getText()).text.replace(/\s+/g, '');
    expect(text).toContain('不予行政许可决定书');
    expect(text).toContain('申请材料所载用途与规划条件不符');
    const verified = await world.call('GET', `/api/v1/public/verify/${got.headers.get('x-verification-code')}`);
    expect(verified.body).toMatchObject({ genuine: true, decision: 'DENIED', decisionName: '不予许可' });
    // In Chinese by default, the applicant reads why a file was refused.
    const res = await fetch(`${world.baseUrl}/api/v1/cases/${caseNo}/result`, { headers: { authorization: `Bearer ${otherApplicant}` } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toContain('本人');
  });
});
