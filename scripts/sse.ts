/**
 * Reads a Server-Sent Events stream as the platform's own clients do (the tests and the bench
 * watching the big screen): every message with its event name, data and id, in order. A block
 * without data (a bare comment or keep-alive) is not a message.
 */
export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

export async function* sseMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      if (!data) continue;
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const id = lines.find((l) => l.startsWith('id: '))?.slice(4);
      yield { event, data, ...(id ? { id } : {}) };
    }
  }
}

/** The data of each unnamed message: the payloads (named events — heartbeat, expired, revoked — are not). */
export async function* ssePayloads(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  for await (const m of sseMessages(body)) if (m.event === 'message') yield m.data;
}
