/**
 * 电子证照 / 批文 The electronic result of a decided case: a PDF in Chinese (item, applicant,
 * decision, date, case number, department, a QR code) and its verification code. The code is the
 * case number and an HMAC of the printed facts under the platform's secret, so a code made up or
 * altered by anyone without the secret, or a record whose facts were changed, fails verification.
 */
import crypto from 'node:crypto';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { CJK_FONT } from '../../../activities/reports/render.js';

const HALL = '榆林市政务服务中心';

/** What the certificate states; signed as it is printed. */
export interface CertificateFacts {
  caseNo: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  departmentName: string;
  decision: 'APPROVED' | 'DENIED';
  /** The department's opinion (approval) or reason (denial). */
  decisionText: string;
  /** Asia/Shanghai date of the decision, YYYY-MM-DD. */
  decisionDate: string;
}

const canonical = (f: CertificateFacts) =>
  JSON.stringify([f.caseNo, f.itemCode, f.itemName, f.applicantName, f.departmentName, f.decision, f.decisionText, f.decisionDate]);

/** base32 without padding (Crockford-like alphabet, no I/L/O/U): easy to read out and type. */
function base32(bytes: Uint8Array): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export class CertificateSigner {
  private readonly key: Buffer;
  constructor(secret: string | Buffer) {
    // A key of its own, derived from the platform secret: a certificate code is no token.
    this.key = crypto.createHmac('sha256', secret).update('one-window electronic result v1').digest();
  }

  signatureOf(facts: CertificateFacts): string {
    return base32(crypto.createHmac('sha256', this.key).update(canonical(facts)).digest()).slice(0, 26);
  }

  /** The verification code printed under the QR code: <case number>-<signature>. */
  codeOf(facts: CertificateFacts): string {
    return `${facts.caseNo}-${this.signatureOf(facts)}`;
  }

  /** True when the code is the one these facts carry (constant-time). */
  verify(code: string, facts: CertificateFacts): boolean {
    const expected = Buffer.from(this.codeOf(facts));
    const given = Buffer.from(code);
    return expected.length === given.length && crypto.timingSafeEqual(expected, given);
  }
}

export const DECISION_TITLES = { APPROVED: '准予行政许可决定书', DENIED: '不予行政许可决定书' } as const;

/** The PDF: title, the facts, the department's seal line, and a QR code of the verification URL. */
export async function renderCertificatePdf(facts: CertificateFacts, code: string, verifyUrl: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const title = DECISION_TITLES[facts.decision];
  // A fixed creation date (the decision's) keeps the file the same each time it is rendered.
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${title}（${facts.caseNo}）`, Author: facts.departmentName, Creator: HALL, CreationDate: new Date(`${facts.decisionDate}T00:00:00+08:00`) } });
  doc.registerFont('cjk', CJK_FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const [y, m, d] = facts.decisionDate.split('-');
  doc.font('cjk').fontSize(22).text(facts.departmentName, { align: 'center' });
  doc.moveDown(0.4).fontSize(20).text(title, { align: 'center' });
  doc.moveDown(0.3).fontSize(11).fillColor('#444').text(`办件编号：${facts.caseNo}`, { align: 'center' });
  doc.moveDown(1.5).fillColor('#000').fontSize(13);
  const line = (label: string, value: string) => doc.text(`${label}：${value}`, { lineGap: 6 });
  line('申请人', facts.applicantName);
  line('申请事项', `${facts.itemName}（${facts.itemCode}）`);
  line('审批部门', facts.departmentName);
  line('决定', facts.decision === 'APPROVED' ? '准予许可' : '不予许可');
  line(facts.decision === 'APPROVED' ? '审批意见' : '理由', facts.decisionText || (facts.decision === 'APPROVED' ? '经审查，申请符合法定条件、标准，准予许可。' : '—'));
  line('决定日期', `${y}年${Number(m)}月${Number(d)}日`);
  if (facts.decision === 'DENIED') {
    doc.moveDown(0.5).fontSize(11).text('申请人如对本决定不服，可以自收到本决定之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。', { lineGap: 4 });
  }
  doc.moveDown(2).fontSize(13).text(facts.departmentName, { align: 'right' });
  doc.text(`${y}年${Number(m)}月${Number(d)}日`, { align: 'right' });
  const qrY = doc.y + 30;
  doc.image(qr, doc.page.margins.left, qrY, { width: 110 });
  doc.fontSize(10).fillColor('#333').text('扫描二维码或访问下列地址核验本文书真伪：', doc.page.margins.left + 125, qrY + 10);
  doc.text(verifyUrl, { width: 330 });
  doc.moveDown(0.5).text(`核验码：${code}`);
  doc.moveDown(0.5).fillColor('#666').text(`本文书由${HALL}一窗综合受理平台出具，与纸质文书具有同等效力。`, { width: 330 });
  doc.end();
  return done;
}
