/**
 * 电子材料 The documents of cases: checks a file (type by its bytes, size), stores its bytes by
 * hash and records its metadata as the next version of that material. Either both are kept or
 * neither: bytes stored for a row that could not be written are removed again.
 */
import type { Db } from '../../../prisma/client.js';
import { type DocumentMediaType, DOCUMENT_MEDIA_TYPES, MEDIA_TYPE_NAMES, safeFileName, sniffMediaType } from '../../../domain/document/files.js';
import { Problem } from '../../http/problem.js';
import { type BlobStore, sha256Of } from './store.js';

export interface DocumentActor {
  id: string;
  name: string;
  role: string;
}

export type DocumentRow = Awaited<ReturnType<Db['document']['findFirstOrThrow']>>;

export function documentView(d: DocumentRow) {
  return {
    id: d.id,
    caseNo: d.caseNo,
    kind: d.kind as 'MATERIAL' | 'RESULT',
    materialCode: d.materialCode,
    version: d.version,
    fileName: d.fileName,
    mediaType: d.mediaType,
    size: d.size,
    sha256: d.sha256,
    channel: d.channel as 'ONLINE' | 'WINDOW',
    uploadedBy: { name: d.uploadedByName, role: d.uploadedByRole },
    createdAt: d.createdAt.toISOString(),
  };
}

export class DocumentService {
  constructor(
    private readonly db: Db,
    readonly store: BlobStore,
    readonly maxBytes: number,
  ) {}

  /** The file's type from its bytes; a 415 naming the field and the rule otherwise. */
  checkFile(bytes: Uint8Array, field = 'file', limit: number | null = this.maxBytes): DocumentMediaType {
    if (limit !== null && bytes.length > limit) {
      throw new Problem(413, `the file is larger than ${this.maxBytes} bytes`, { rule: 'file.too_large', errors: [{ field, rule: 'file.too_large', message: `at most ${this.maxBytes} bytes` }] });
    }
    const type = sniffMediaType(bytes);
    if (!type) {
      const allowed = DOCUMENT_MEDIA_TYPES.map((t) => MEDIA_TYPE_NAMES[t]).join(', ');
      throw new Problem(415, `the file is not a PDF, JPEG or PNG by its content (whatever its name says); accepted: ${allowed}`, { rule: 'file.type', errors: [{ field, rule: 'file.type', message: 'must be a PDF, JPEG or PNG file' }] });
    }
    return type;
  }

  /** Keeps the bytes and records them as the next version of the material. */
  async add(input: { caseNo: string; kind: 'MATERIAL' | 'RESULT'; materialCode: string; fileName?: string; bytes: Uint8Array; channel: 'ONLINE' | 'WINDOW'; actor: DocumentActor }): Promise<DocumentRow> {
    // The size limit is the applicants' and clerks'; the platform's own results are not bound by it.
    const mediaType = this.checkFile(input.bytes, 'file', input.kind === 'MATERIAL' ? this.maxBytes : null);
    const sha256 = sha256Of(input.bytes);
    const fresh = await this.store.put(sha256, input.bytes, mediaType);
    try {
      for (let attempt = 0; ; attempt++) {
        const last = await this.db.document.findFirst({ where: { caseNo: input.caseNo, materialCode: input.materialCode }, orderBy: { version: 'desc' }, select: { version: true } });
        try {
          return await this.db.document.create({
            data: {
              caseNo: input.caseNo,
              kind: input.kind,
              materialCode: input.materialCode,
              version: (last?.version ?? 0) + 1,
              fileName: safeFileName(input.fileName, mediaType),
              mediaType,
              size: input.bytes.length,
              sha256,
              channel: input.channel,
              uploadedById: input.actor.id,
              uploadedByName: input.actor.name,
              uploadedByRole: input.actor.role,
            },
          });
        } catch (e) {
          // Two uploads of one material at once: the loser takes the next version number.
          if ((e as { code?: string }).code === 'P2002' && attempt < 3) continue;
          throw e;
        }
      }
    } catch (e) {
      // Nothing half-stored: bytes this call brought in and could not record go again
      // (unless another row already refers to the same content).
      if (fresh && !(await this.db.document.count({ where: { sha256 } }).catch(() => 1))) await this.store.remove(sha256).catch(() => undefined);
      throw e;
    }
  }

  list(caseNo: string, kind?: 'MATERIAL' | 'RESULT') {
    return this.db.document.findMany({ where: { caseNo, ...(kind ? { kind } : {}) }, orderBy: [{ materialCode: 'asc' }, { version: 'desc' }] });
  }

  async content(d: DocumentRow): Promise<Uint8Array> {
    const bytes = await this.store.get(d.sha256);
    if (!bytes) throw new Problem(503, `the document store does not hold ${d.fileName} (sha256 ${d.sha256.slice(0, 12)}…) right now`, { rule: 'document.store_unavailable' });
    // The store hands back what it holds; a changed file is refused, never passed on as genuine.
    if (sha256Of(bytes) !== d.sha256) throw new Problem(500, `the stored bytes of ${d.fileName} no longer match their hash`, { rule: 'document.integrity' });
    return bytes;
  }
}
