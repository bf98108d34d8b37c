/**
 * What the window or the portal needs to open a case: the item as published now (the case keeps
 * this version for life), a case number, a masked ID number and the applicant's query code.
 */
import crypto from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import type { ItemSnapshot } from '../../domain/case/model.js';
import type { Db } from '../../prisma/client.js';
import { notFound, ruleRefused } from '../http/problem.js';

/** Yulin city's administrative division code: the prefix of every case number. */
export const REGION_CODE = '610800';

/** An item as published, with the channels it may be applied through. */
export type PublishedItem = ItemSnapshot & { channels: string[] };

export async function publishedItemSnapshot(db: Db, itemCode: string): Promise<PublishedItem> {
  const item = await db.serviceItem.findUnique({ where: { code: itemCode }, include: { department: true } });
  if (!item) throw notFound(`service item ${itemCode} does not exist`);
  if (item.status !== 'ACTIVE' || item.publishedVersion === null) {
    throw ruleRefused(`service item ${itemCode} is not open for applications (${item.status === 'ACTIVE' ? 'never published' : 'retired'})`, 'item.not_published');
  }
  const v = await db.serviceItemVersion.findUniqueOrThrow({ where: { itemCode_version: { itemCode, version: item.publishedVersion } } });
  const materials = v.materials as { code: string; name: string; required: boolean; tolerable: boolean; defaultSupplyDays?: number }[];
  const procedures = v.specialProcedures as ItemSnapshot['specialProcedures'];
  return {
    code: item.code,
    version: v.version,
    name: v.name,
    departmentCode: item.departmentCode,
    departmentName: item.department.name,
    zoneCode: item.zoneCode,
    promisedLimitDays: v.promisedLimitDays,
    statutoryLimitDays: v.statutoryLimitDays,
    specialProcedures: procedures.map((p) => ({ kind: p.kind, limitDays: p.limitDays })),
    materials: materials.map((m) => ({
      code: m.code,
      name: m.name,
      required: m.required,
      tolerable: m.tolerable,
      ...(m.defaultSupplyDays !== undefined ? { defaultSupplyDays: m.defaultSupplyDays } : {}),
    })),
    channels: v.channels,
  };
}

/** 办件编号: region code + Shanghai date + a number from one database sequence (unique across replicas). */
export async function nextCaseNo(db: Db, today: string): Promise<string> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT nextval('case_no_seq') AS n`;
  return `${REGION_CODE}${today.replaceAll('-', '')}${String(row!.n).padStart(6, '0')}`;
}

/** Only the first 4 and last 4 characters of an ID number are ever kept. */
export function maskIdNo(idNo: string): string {
  return idNo.length <= 8 ? '*'.repeat(idNo.length) : `${idNo.slice(0, 4)}${'*'.repeat(idNo.length - 8)}${idNo.slice(-4)}`;
}

/** Letters and digits without look-alikes (0/O, 1/l/I): easy to read out at the window. */
export const QUERY_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz';
export const QUERY_CODE_LENGTH = 12;

/**
 * The applicant's query code: 12 characters from 55 (about 69 bits), stored only as an argon2id
 * hash (salted, slow), never in plain text — not in the read model, the workflow or the
 * idempotency store (whose saved answers are sealed).
 */
export async function newQueryCode(): Promise<{ code: string; hash: string }> {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += QUERY_CODE_ALPHABET[crypto.randomInt(0, QUERY_CODE_ALPHABET.length)];
  return { code, hash: await hashQueryCode(code) };
}

/** A keyed hash of an applicant's ID number or credit code, for lookup only (the number itself is never stored). */
export const applicantIdHash = (idNo: string, key: string) => crypto.createHmac('sha256', key).update(`applicant-id:${idNo.trim().toUpperCase()}`).digest('hex');

/** The stored form of a query code: argon2id, salted and slow. */
export const hashQueryCode = (code: string): Promise<string> => argon2Hash(code);

/** Checks a query code against its stored hash (argon2id; older cases kept an unsalted sha256). */
export async function queryCodeMatches(stored: string, code: string): Promise<boolean> {
  if (stored.startsWith('$argon2')) return argon2Verify(stored, code).catch(() => false);
  const legacy = crypto.createHash('sha256').update(`query-code:${code}`).digest('hex');
  return stored.length === legacy.length && crypto.timingSafeEqual(Buffer.from(stored), Buffer.from(legacy));
}
