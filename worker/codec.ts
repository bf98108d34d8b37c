/**
 * What goes into Temporal is protected with Temporal's own mechanism, a payload codec, used by
 * the API's client, the worker, the tests and the Temporal UI's codec endpoint alike:
 *
 * 1. Encryption. Every payload is encrypted with AES-256-GCM under the current key (PAYLOAD_KEYS /
 *    PAYLOAD_KEY_ID, config/secrets.ts); the key id travels in the payload's metadata, so keys can
 *    rotate (new payloads use the new key, old ones still decrypt while their key is listed).
 *    Payloads that are not encrypted (histories recorded before the codec) pass through on decode.
 *    The Temporal server, its database, its exports and its UI without the codec hold ciphertext.
 *
 * 2. Vouching for actors. The API signs each staff action's actor (HMAC-SHA256 with the actor
 *    key, kept outside workflow code and history) over the case, the action, the time and the
 *    payload. On decode, the codec checks the signature of every action request and replaces it
 *    by its verdict (`vouch.verified`); an action request that arrives unencrypted can never be
 *    vouched for, whatever it claims. The workflow's validator refuses any action not vouched
 *    for (workflows/case.workflow.ts), so an update sent around the API — with the temporal CLI,
 *    say — is refused and changes nothing.
 */
import crypto from 'node:crypto';
import { type DataConverter, type Payload, type PayloadCodec, METADATA_ENCODING_KEY } from '@temporalio/common';
import proto from '@temporalio/proto';

const { temporal } = proto;
import { type Config, loadConfig } from '../config/index.js';
import { type PayloadKeys, loadSecrets } from '../config/secrets.js';
import type { ActionVouch } from '../workflows/messages.js';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const CIPHER = 'encryption-cipher';
const enc = new TextEncoder();
const dec = new TextDecoder();

/** The canonical text an actor signature covers: the workflow, the action, the time, the actor and the rest of the request. */
function signedText(v: { caseNo: string; action: string; at: number; actor: unknown; body: unknown }): string {
  return JSON.stringify([v.caseNo, v.action, v.at, v.actor, v.body ?? null]);
}

/** The request without its actor and vouch: what the signature covers besides the actor. */
function bodyOf(request: Record<string, unknown>): Record<string, unknown> {
  const { actor: _a, vouch: _v, ...body } = request;
  return body;
}

export function signAction(actorKey: Buffer, v: { caseNo: string; action: string; at: number; actor: unknown; body: unknown }): string {
  return crypto.createHmac('sha256', actorKey).update(signedText(v)).digest('base64url');
}

/**
 * The API's side, for any update whose request names an `actor`: the request with the actor
 * vouched for, for this workflow id (`caseNo`), this update name and this time.
 */
export function vouched<R extends { actor: unknown }>(actorKey: Buffer, workflowId: string, action: string, request: R, at: number): R & { vouch: ActionVouch } {
  const sig = signAction(actorKey, { caseNo: workflowId, action, at, actor: request.actor, body: bodyOf(request) });
  return { ...request, vouch: { caseNo: workflowId, action, at, sig } };
}

/** A case action's request ({ actor, payload }) vouched for. */
export function vouchedRequest<A, P>(actorKey: Buffer, caseNo: string, action: string, actor: A, payload: P, at: number) {
  return vouched(actorKey, caseNo, action, { actor, payload }, at);
}

export class CaseCodec implements PayloadCodec {
  constructor(
    private readonly keys: PayloadKeys,
    private readonly actorKey: Buffer,
  ) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const keyId = this.keys.currentId;
    const key = this.keys.keys[keyId]!;
    return payloads.map((p) => {
      if (dec.decode(p.metadata?.[METADATA_ENCODING_KEY] ?? new Uint8Array()) === ENCODING) return p;
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const plain = temporal.api.common.v1.Payload.encode(p).finish();
      const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return { metadata: { [METADATA_ENCODING_KEY]: enc.encode(ENCODING), [KEY_ID]: enc.encode(keyId), [CIPHER]: enc.encode('AES256-GCM') }, data };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => {
      if (dec.decode(p.metadata?.[METADATA_ENCODING_KEY] ?? new Uint8Array()) !== ENCODING) return this.judge(p, false);
      const keyId = dec.decode(p.metadata?.[KEY_ID] ?? new Uint8Array());
      const key = this.keys.keys[keyId];
      if (!key) throw new Error(`payload encrypted with key ${JSON.stringify(keyId)}, which is not configured (PAYLOAD_KEYS)`);
      const data = Buffer.from(p.data ?? new Uint8Array());
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(data.length - 16));
      const plain = Buffer.concat([decipher.update(data.subarray(12, data.length - 16)), decipher.final()]);
      return this.judge(temporal.api.common.v1.Payload.decode(plain) as Payload, true);
    });
  }

  /**
   * An action request ({ actor, payload, vouch? }, or any { actor, …, vouch }) leaves decoding with
   * `vouch.verified` saying whether the API signed it; everything else passes unchanged. Other
   * workflows whose updates carry an actor (e.g. rectifications) can require `vouch.verified`
   * in their validators the same way, once their callers send `vouched(...)` requests.
   */
  private judge(p: Payload, encrypted: boolean): Payload {
    if (dec.decode(p.metadata?.[METADATA_ENCODING_KEY] ?? new Uint8Array()) !== 'json/plain' || !p.data) return p;
    const text = dec.decode(p.data);
    if (!text.startsWith('{') || !text.includes('"actor"')) return p;
    let value: { actor?: unknown; payload?: unknown; vouch?: Partial<ActionVouch> & { sig?: unknown } };
    try {
      value = JSON.parse(text);
    } catch {
      return p;
    }
    // A case action ({ actor, payload }) is always judged; another update naming an actor only when it claims a vouch.
    if (!value || typeof value !== 'object' || Array.isArray(value) || !('actor' in value) || !('payload' in value || 'vouch' in value)) return p;
    const v = value.vouch;
    let verified = false;
    if (encrypted && v && typeof v.sig === 'string' && typeof v.caseNo === 'string' && typeof v.action === 'string' && typeof v.at === 'number') {
      const expected = signAction(this.actorKey, { caseNo: v.caseNo, action: v.action, at: v.at, actor: value.actor, body: bodyOf(value as Record<string, unknown>) });
      verified = expected.length === v.sig.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(v.sig));
    }
    const judged = { ...value, vouch: verified ? { caseNo: v!.caseNo, action: v!.action, at: v!.at, verified: true } : { verified: false } };
    return { ...p, data: enc.encode(JSON.stringify(judged)) };
  }
}

/**
 * The data converter every client and worker of the platform uses: payloads through the codec.
 * (Failure messages stay readable: they carry rule names and refusals, never personal data.)
 */
export function caseDataConverter(keys: PayloadKeys, actorKey: Buffer): DataConverter {
  return { payloadCodecs: [new CaseCodec(keys, actorKey)] };
}

/** The platform's data converter for this configuration (keys from config/secrets.ts). */
export function platformDataConverter(config: Config = loadConfig()): DataConverter {
  const secrets = loadSecrets(config);
  return caseDataConverter(secrets.payload, secrets.actorKey);
}
