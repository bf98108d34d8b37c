/**
 * 电子材料与电子证照 Documents of a case: materials uploaded online or scanned at the window (one
 * store for both channels: 无差别), opened from the case file within the case's read scope and
 * audited; the electronic result of a decided case (PDF with a QR code), and its public
 * verification by the code printed on it.
 */
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { type CaseState, FINAL_STATUSES } from '../../domain/case/model.js';
import { DECISION_NAMES } from '../../domain/case/names.js';
import { shanghaiDateOf } from '../../domain/calendar/dates.js';
import type { Db } from '../../prisma/client.js';
import { caseStateQuery } from '../../workflows/messages.js';
import { Problem, badRequest, notFound } from '../http/problem.js';
import type { ApiRegistry } from '../http/route.js';
import { type CertificateFacts, CertificateSigner, DECISION_TITLES, renderCertificatePdf } from '../services/documents/certificate.js';
import { type DocumentRow, type DocumentService, documentView } from '../services/documents/documents.js';
import { readUpload } from '../services/documents/upload.js';
import { sha256Of } from '../services/documents/store.js';
import { problemOfTemporal } from '../services/temporal-errors.js';
import { CASE_READERS, caseReadScope } from './cases.js';
import { maskApplicant } from './public.js';

export interface DocumentRouteDeps {
  db: Db;
  temporal: Client;
  documents: DocumentService;
  /** Secret the verification codes are derived from. */
  certificateSecret: string;
  /** Base of the public verification URL printed in the QR code. */
  publicBaseUrl: string;
}

const caseNoParam = z.object({ caseNo: z.string().regex(/^\d{20}$/, 'a case number is 20 digits') });
const documentParams = caseNoParam.extend({ documentId: z.string().uuid('a document id is a UUID') });
/** A certificate PDF presented for checking: generous, it is the platform's own file. */
const VERIFY_MAX_BYTES = 20 * 1024 * 1024;
const CODE = /^\d{20}-[0-9A-Z]{26}$/;

const documentSchema = z.object({
  id: z.string(),
  caseNo: z.string(),
  kind: z.enum(['MATERIAL', 'RESULT']),
  materialCode: z.string(),
  version: z.number(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  channel: z.enum(['ONLINE', 'WINDOW']),
  uploadedBy: z.object({ name: z.string(), role: z.string() }),
  createdAt: z.string(),
});

const verification = z.object({
  genuine: z.literal(true),
  code: z.string(),
  caseNo: z.string(),
  title: z.string().describe('准予行政许可决定书 or 不予行政许可决定书'),
  itemName: z.string(),
  applicant: z.string().describe('masked for persons'),
  departmentName: z.string(),
  decision: z.enum(['APPROVED', 'DENIED']),
  decisionName: z.string(),
  decisionDate: z.string(),
  sha256: z.string().describe('sha256 of the genuine PDF: a file with another hash is not the certificate issued'),
  issuedAt: z.string(),
});

/** Content-Disposition with a UTF-8 file name (RFC 6266/5987): Chinese names survive, headers stay ASCII. */
function disposition(kind: 'inline' | 'attachment', fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerDocumentRoutes(api: ApiRegistry, deps: DocumentRouteDeps): void {
  const { db, temporal, documents } = deps;
  const requireReadable = caseReadScope(db, temporal);
  const signer = new CertificateSigner(deps.certificateSecret);
  const verifyUrl = (code: string) => `${deps.publicBaseUrl.replace(/\/$/, '')}/api/v1/public/verify/${code}`;

  const stateOf = async (caseNo: string): Promise<CaseState> => {
    try {
      return await temporal.workflow.getHandle(caseNo).query(caseStateQuery);
    } catch (e) {
      throw problemOfTemporal(e, caseNo) ?? e;
    }
  };

  api.route(
    {
      method: 'post',
      path: '/api/v1/cases/:caseNo/documents',
      summary: 'Upload a material file',
      description:
        'multipart/form-data with `materialCode` (one of the item\'s materials) and `file` (PDF, JPEG or PNG, told by its bytes, at most DOCUMENT_MAX_BYTES, 10 MB by default). ' +
        'The applicant uploads to their own case while it awaits pre-review or a correction, or while a tolerated material is owed; the front desk scans paper materials into the same store at any time before the case is closed. ' +
        'Each upload is the next version of that material; earlier versions stay. A refused file leaves nothing behind (400/413/415 naming the field and the rule).',
      tags: ['documents'],
      access: ['FRONT_DESK_CLERK', 'APPLICANT'],
      params: caseNoParam,
      multipart: { fields: z.object({ materialCode: z.string().min(1).max(64).describe('the item\'s material code, e.g. M01') }), files: { file: 'the material: PDF, JPEG or PNG' } },
      successStatus: 201,
      response: documentSchema,
      audit: 'document.upload',
      problems: [403, 404, 409, 413, 415],
    },
    async ({ params, user, req, res }) => {
      const u = user!;
      await requireReadable(u, params.caseNo, res);
      const { fields, file } = await readUpload(req, res, { fileField: 'file', maxBytes: documents.maxBytes });
      const materialCode = (fields.materialCode ?? '').trim();
      if (!materialCode) throw badRequest('materialCode is required', [{ field: 'body.materialCode', rule: 'required', message: 'name the material this file is' }]);
      const state = await stateOf(params.caseNo);
      const material = state.item.materials.find((m) => m.code === materialCode);
      if (!material) throw badRequest(`${materialCode} is not a material of item ${state.item.code}`, [{ field: 'body.materialCode', rule: 'unknown_material', message: `${materialCode} is not a material of ${state.item.code}` }]);
      if (FINAL_STATUSES.has(state.status)) throw new Problem(409, `case ${params.caseNo} is closed (${state.status}); no more materials are taken`, { rule: 'document.case_closed' });
      if (u.role === 'APPLICANT') {
        const owed = state.tolerated.some((t) => t.code === materialCode && t.suppliedAt === undefined);
        if (!(state.status === 'SUBMITTED' || state.status === 'CORRECTION_REQUESTED' || owed)) {
          throw new Problem(409, `case ${params.caseNo} does not await materials from the applicant now (${state.status})`, { rule: 'document.not_expected' });
        }
      }
      const row = await documents.add({
        caseNo: params.caseNo,
        kind: 'MATERIAL',
        materialCode,
        fileName: file.originalName,
        bytes: file.bytes,
        channel: u.role === 'APPLICANT' ? 'ONLINE' : 'WINDOW',
        actor: { id: u.id, name: u.displayName, role: u.role },
      });
      res.locals.auditDetail = `${materialCode} v${row.version} ${row.mediaType} ${row.size} bytes sha256 ${row.sha256}`;
      return { status: 201, body: documentView(row) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/cases/:caseNo/documents',
      summary: 'A case\'s documents',
      description: 'Every version of every material file, newest version first per material, and the electronic result once issued. Within the case\'s read scope.',
      tags: ['documents'],
      access: CASE_READERS,
      params: caseNoParam,
      response: z.array(documentSchema),
      problems: [403, 404],
    },
    async ({ params, user, res }) => {
      await requireReadable(user!, params.caseNo, res);
      return { body: (await documents.list(params.caseNo)).map(documentView) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/cases/:caseNo/documents/:documentId/content',
      summary: 'Open a document',
      description: 'The file itself, with its detected media type. Within the case\'s read scope; every opening is audited.',
      tags: ['documents'],
      access: CASE_READERS,
      params: documentParams,
      audit: 'document.read',
      problems: [403, 404],
    },
    async ({ params, user, res }) => {
      await requireReadable(user!, params.caseNo, res);
      const d = await db.document.findFirst({ where: { id: params.documentId, caseNo: params.caseNo } });
      if (!d) throw notFound(`case ${params.caseNo} has no document ${params.documentId}`);
      if (user!.role === 'APPLICANT' && d.kind === 'RESULT') assertApplicantMayDownload(await stateOf(params.caseNo));
      res.locals.auditDetail = `${d.materialCode} v${d.version} ${d.fileName}`;
      return fileResult(d, await documents.content(d));
    },
  );

  function fileResult(d: DocumentRow, bytes: Uint8Array) {
    return {
      raw: { type: d.mediaType, content: bytes },
      headers: { 'content-disposition': disposition('inline', d.fileName), 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' },
    };
  }

  function assertApplicantMayDownload(state: CaseState) {
    if (!state.decision) throw new Problem(409, `case ${state.caseNo} has no decision yet`, { rule: 'result.not_decided' });
    if (state.output?.method !== 'ELECTRONIC') {
      throw new Problem(409, 'the result is handed out by the window or by post for this case; the electronic result is issued when the front desk issues the output electronically', { rule: 'result.not_electronic' });
    }
  }

  /** The certificate of a decided case: made once, then the same file every time. */
  async function certificateOf(state: CaseState) {
    const existing = await db.resultCertificate.findUnique({ where: { caseNo: state.caseNo } });
    if (existing) return existing;
    const facts: CertificateFacts = {
      caseNo: state.caseNo,
      itemCode: state.item.code,
      itemName: state.item.name,
      applicantName: state.applicant.name,
      departmentName: state.item.departmentName,
      decision: state.decision!,
      decisionText: state.decisionReason ?? '',
      decisionDate: shanghaiDateOf(state.decidedAt!),
    };
    const code = signer.codeOf(facts);
    const pdf = await renderCertificatePdf(facts, code, verifyUrl(code));
    const doc = await documents.add({
      caseNo: state.caseNo,
      kind: 'RESULT',
      materialCode: 'RESULT',
      fileName: `${DECISION_TITLES[facts.decision]}-${state.caseNo}.pdf`,
      bytes: pdf,
      channel: 'ONLINE',
      actor: { id: 'system', name: '平台', role: 'SYSTEM' },
    });
    try {
      return await db.resultCertificate.create({ data: { code, caseNo: state.caseNo, documentId: doc.id, decision: facts.decision, issuedAt: doc.createdAt, facts: facts as object } });
    } catch (e) {
      // Two first downloads at once: one certificate is kept, the other's file stays as a version.
      if ((e as { code?: string }).code === 'P2002') return db.resultCertificate.findUniqueOrThrow({ where: { caseNo: state.caseNo } });
      throw e;
    }
  }

  api.route(
    {
      method: 'get',
      path: '/api/v1/cases/:caseNo/result',
      summary: 'The electronic result (电子证照/批文)',
      description:
        'A decided case\'s result as a PDF in Chinese (准予行政许可决定书 or 不予行政许可决定书: item, applicant, decision, date, case number, department, a QR code of its public verification URL). ' +
        'Staff in scope may open it once the case is decided; the applicant downloads it when the output method is ELECTRONIC. Audited.',
      tags: ['documents'],
      access: CASE_READERS,
      params: caseNoParam,
      audit: 'result.read',
      problems: [403, 404, 409],
    },
    async ({ params, user, res }) => {
      const u = user!;
      await requireReadable(u, params.caseNo, res);
      const state = await stateOf(params.caseNo);
      if (u.role === 'APPLICANT') assertApplicantMayDownload(state);
      else if (!state.decision) throw new Problem(409, `case ${params.caseNo} has no decision yet`, { rule: 'result.not_decided' });
      const cert = await certificateOf(state);
      const d = await db.document.findUniqueOrThrow({ where: { id: cert.documentId } });
      res.locals.auditDetail = `certificate ${cert.code}`;
      return { ...fileResult(d, await documents.content(d)), headers: { ...fileResult(d, new Uint8Array()).headers, 'content-disposition': disposition('attachment', d.fileName), 'x-verification-code': cert.code } };
    },
  );

  const genuine = async (code: string) => {
    const notGenuine = () => new Problem(404, 'no certificate was issued with this verification code: the document is not genuine', { rule: 'certificate.not_genuine' });
    if (!CODE.test(code)) throw notGenuine();
    const cert = await db.resultCertificate.findUnique({ where: { code } });
    if (!cert || !signer.verify(code, cert.facts as unknown as CertificateFacts)) throw notGenuine();
    const d = await db.document.findUniqueOrThrow({ where: { id: cert.documentId } });
    const f = cert.facts as unknown as CertificateFacts;
    return {
      genuine: true as const,
      code,
      caseNo: f.caseNo,
      title: DECISION_TITLES[f.decision],
      itemName: f.itemName,
      applicant: maskApplicant(f.applicantName),
      departmentName: f.departmentName,
      decision: f.decision,
      decisionName: DECISION_NAMES[f.decision],
      decisionDate: f.decisionDate,
      sha256: d.sha256,
      issuedAt: cert.issuedAt.toISOString(),
    };
  };

  api.route(
    {
      method: 'get',
      path: '/api/v1/public/verify/:code',
      summary: 'Verify an electronic result (核验)',
      description:
        'The URL in the certificate\'s QR code. A genuine code answers with what the certificate states (applicant masked) and the sha256 of the genuine file; a made-up or altered code answers 404 with the rule certificate.not_genuine. A browser (Accept: text/html) gets the same as a page in Chinese.',
      tags: ['public'],
      access: 'public',
      params: z.object({ code: z.string().max(100) }),
      response: verification,
      problems: [404],
    },
    async ({ params, req }) => {
      const html = req.accepts(['json', 'html']) === 'html';
      try {
        const v = await genuine(params.code);
        return html ? { raw: { type: 'html', content: verifyPage(v) } } : { body: v };
      } catch (e) {
        if (html && e instanceof Problem && e.status === 404) return { status: 404, raw: { type: 'html', content: verifyPage(undefined) } };
        throw e;
      }
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/public/verify/:code/file',
      summary: 'Check a certificate file against its verification code',
      description: 'multipart/form-data with `file`: the PDF someone presents. Genuine when it is, byte for byte, the file issued under this code; 422 certificate.file_altered otherwise.',
      tags: ['public'],
      access: 'public',
      params: z.object({ code: z.string().max(100) }),
      multipart: { fields: z.object({}), files: { file: 'the certificate PDF to check' } },
      response: verification,
      problems: [404, 413, 415, 422],
    },
    async ({ params, req, res }) => {
      const v = await genuine(params.code);
      const { file } = await readUpload(req, res, { fileField: 'file', maxBytes: VERIFY_MAX_BYTES, maxFields: 0 });
      if (sha256Of(file.bytes) !== v.sha256) {
        throw new Problem(422, 'this file is not the certificate issued under this code: it was altered or belongs to another case', { rule: 'certificate.file_altered', errors: [{ field: 'file', rule: 'certificate.file_altered', message: 'the file differs from the one issued' }] });
      }
      return { body: v };
    },
  );

}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function verifyPage(v: z.infer<typeof verification> | undefined): string {
  const body = v
    ? `<h1 class="ok">✔ 文书真实有效</h1><table>
<tr><th>文书</th><td>${esc(v.title)}</td></tr><tr><th>办件编号</th><td>${esc(v.caseNo)}</td></tr>
<tr><th>申请事项</th><td>${esc(v.itemName)}</td></tr><tr><th>申请人</th><td>${esc(v.applicant)}</td></tr>
<tr><th>审批部门</th><td>${esc(v.departmentName)}</td></tr><tr><th>决定</th><td>${esc(v.decisionName)}</td></tr>
<tr><th>决定日期</th><td>${esc(v.decisionDate)}</td></tr><tr><th>文件指纹 (SHA-256)</th><td style="word-break:break-all">${esc(v.sha256)}</td></tr></table>`
    : '<h1 class="bad">✘ 核验未通过</h1><p>没有以此核验码出具的文书：该文书不是本平台出具的真实文书，或核验码有误。</p>';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>电子文书核验 — 一窗综合受理平台</title>
<style>body{font-family:sans-serif;max-width:640px;margin:2em auto;padding:0 1em}.ok{color:#389e0d}.bad{color:#cf1322}th{text-align:left;padding:4px 12px 4px 0;color:#555;white-space:nowrap}</style></head>
<body>${body}<p style="color:#888">榆林市政务服务中心 · 一窗综合受理平台</p></body></html>`;
}

