/**
 * The transactional outbox: a notice is a row written in the same database transaction as the
 * event that causes it (a case event, a rectification or urge event, a rating), so an event
 * never goes untold and a rolled-back event never tells. One row per channel and recipient; the
 * dedupe key makes a replayed or retried projection write nothing twice. The deliverer
 * (deliverer.ts) sends the rows.
 */
import crypto from 'node:crypto';
import type { Prisma } from '../../prisma/client.js';

export type Tx = Prisma.TransactionClient;

export interface Recipient {
  phone?: string | null;
  email?: string | null;
}

export interface Notice {
  /** What it is about, e.g. case.accepted, rectification.overdue */
  kind: string;
  /** The case number, rectification or urge id */
  ref: string;
  /** Unique per cause; the channel and recipient are appended */
  cause: string;
  subject: string;
  body: string;
}

/** Writes the notice for each recipient and channel it has; returns how many rows are new. */
export async function enqueue(tx: Tx, notice: Notice, recipients: Recipient[]): Promise<number> {
  const rows: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const r of recipients) {
    if (r.phone) rows.push(row(notice, 'SMS', r.phone));
    if (r.email) rows.push(row(notice, 'EMAIL', r.email));
  }
  if (rows.length === 0) return 0;
  const { count } = await tx.outboxMessage.createMany({ data: rows, skipDuplicates: true });
  return count;
}

function row(n: Notice, channel: 'SMS' | 'EMAIL', recipient: string): Prisma.OutboxMessageCreateManyInput {
  return { dedupeKey: `${n.cause}:${channel}:${recipient}`, kind: n.kind, channel, recipient, subject: n.subject, body: n.body, ref: n.ref };
}

/** The contacts of a department, the centre manager (CENTRE_MANAGER) or the complaint centre (COMPLAINT_CENTRE). */
export async function contactsOf(tx: Tx, ...codes: string[]): Promise<Recipient[]> {
  const rows = await tx.notifyContact.findMany({ where: { code: { in: codes } } });
  return rows.map((r) => ({ phone: r.phone, email: r.email }));
}

/** The signed token of a rating link: the case number, vouched for by the platform's secret. */
export function ratingToken(caseNo: string, secret: string): string {
  return crypto.createHmac('sha256', `rating-link:${secret}`).update(caseNo).digest('base64url').slice(0, 32);
}

export function ratingLink(publicBaseUrl: string, caseNo: string, secret: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/portal/rate?caseNo=${caseNo}&token=${ratingToken(caseNo, secret)}`;
}
