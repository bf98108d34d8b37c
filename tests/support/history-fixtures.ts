/**
 * Recorded histories are kept as fixtures in the clear: the payload key that encrypted them lives
 * in the recording checkout's DATA_DIR/secrets.json, which no other checkout (and no CI run) has.
 * Fake applicants only, so nothing secret is written; the codec passes clear payloads through
 * on replay, as it does for histories recorded before encryption.
 */
import type { Payload, PayloadCodec } from '@temporalio/common';
import type proto from '@temporalio/proto';

type History = proto.temporal.api.history.v1.IHistory;

const isPayload = (v: unknown): v is Payload =>
  typeof v === 'object' && v !== null && 'metadata' in v && 'data' in v && typeof (v as Payload).metadata === 'object';

/** Every encrypted payload of the history, decrypted (in place), by the codec that wrote it. */
export async function decryptHistory<H extends History>(history: H, codec: PayloadCodec): Promise<H> {
  const walk = async (node: unknown): Promise<void> => {
    if (typeof node !== 'object' || node === null || node instanceof Uint8Array) return;
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (isPayload(value[i])) value[i] = (await codec.decode([value[i]]))[0];
          else await walk(value[i]);
        }
      } else if (isPayload(value)) {
        (node as Record<string, unknown>)[key] = (await codec.decode([value]))[0];
      } else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
        // Maps of payloads (memo, search attributes, header fields) and nested attributes.
        await walk(value);
      }
    }
  };
  await walk(history);
  return history;
}
