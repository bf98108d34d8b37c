/**
 * 文档库 The document store: bytes kept by their sha256, behind one interface. A folder under the
 * data directory by default; any S3-compatible object store by configuration. Metadata (case,
 * material, version, who, when) lives in PostgreSQL (`document`); the store only knows hashes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../../config/index.js';

export interface BlobStore {
  /** Which kind of store, for logs and the readiness page. */
  readonly kind: 'fs' | 's3';
  /** Stores the bytes under their hash; true when they were not there before (so a failed caller may remove them). */
  put(sha256: string, bytes: Uint8Array, mediaType: string): Promise<boolean>;
  /** The bytes, or undefined when the store does not hold them. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  /** Removes bytes this caller just stored and could not record (nothing half-stored). */
  remove(sha256: string): Promise<void>;
}

export const sha256Of = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const HASH = /^[0-9a-f]{64}$/;
function checkHash(sha256: string) {
  if (!HASH.test(sha256)) throw new Error(`not a sha256 hex digest: ${sha256.slice(0, 80)}`);
}
/** Bytes are stored only under their own hash, whichever store. */
function checkBytes(sha256: string, bytes: Uint8Array) {
  if (sha256Of(bytes) !== sha256) throw new Error(`the bytes do not match their hash ${sha256.slice(0, 12)}…`);
}

/** A folder: <dir>/ab/cd/<hash>. Written to a temporary file and renamed, so a reader never sees half a file. */
export class FsBlobStore implements BlobStore {
  readonly kind = 'fs' as const;
  constructor(private readonly dir: string) {}

  private pathOf(sha256: string) {
    checkHash(sha256);
    return path.join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(sha256: string, bytes: Uint8Array, _mediaType?: string): Promise<boolean> {
    const file = this.pathOf(sha256);
    checkBytes(sha256, bytes);
    if (await fs.stat(file).then(() => true, () => false)) return false;
    await fs.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
    try {
      await fs.writeFile(tmp, bytes, { flag: 'wx' });
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
    return true;
  }

  async get(sha256: string): Promise<Uint8Array | undefined> {
    try {
      return await fs.readFile(this.pathOf(sha256));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async remove(sha256: string): Promise<void> {
    await fs.rm(this.pathOf(sha256), { force: true });
  }
}

/** What the S3 adapter needs of a client: `send` of the three commands (the AWS SDK's S3Client, or a fake in unit tests). */
export interface S3Like {
  send(command: unknown): Promise<unknown>;
}

type S3Sdk = Pick<typeof import('@aws-sdk/client-s3'), 'HeadObjectCommand' | 'PutObjectCommand' | 'GetObjectCommand' | 'DeleteObjectCommand'>;

/**
 * An S3-compatible bucket: objects named documents/<hash>, via the AWS SDK v3 (@aws-sdk/client-s3).
 * The SDK is loaded on first use, so the folder store never pays for it.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  private loaded?: Promise<{ client: S3Like; sdk: S3Sdk }>;
  constructor(
    private readonly load: () => Promise<{ client: S3Like; sdk: S3Sdk }>,
    private readonly bucket: string,
    private readonly prefix = 'documents/',
  ) {}

  private s3() {
    return (this.loaded ??= this.load());
  }

  private keyOf(sha256: string) {
    checkHash(sha256);
    return `${this.prefix}${sha256}`;
  }

  private static missing(e: unknown) {
    const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
    return err?.name === 'NotFound' || err?.name === 'NoSuchKey' || err?.$metadata?.httpStatusCode === 404;
  }

  async put(sha256: string, bytes: Uint8Array, mediaType: string): Promise<boolean> {
    const { client, sdk } = await this.s3();
    const Key = this.keyOf(sha256);
    checkBytes(sha256, bytes);
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key }));
      return false;
    } catch (e) {
      if (!S3BlobStore.missing(e)) throw e;
    }
    // A store that checks ChecksumSHA256 (AWS S3 and most compatible ones) refuses bytes torn on the way.
    await client.send(new sdk.PutObjectCommand({ Bucket: this.bucket, Key, Body: bytes, ContentType: mediaType, ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64') }));
    return true;
  }

  async get(sha256: string): Promise<Uint8Array | undefined> {
    const { client, sdk } = await this.s3();
    try {
      const out = (await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }))) as { Body?: { transformToByteArray(): Promise<Uint8Array> } };
      return out.Body ? await out.Body.transformToByteArray() : undefined;
    } catch (e) {
      if (S3BlobStore.missing(e)) return undefined;
      throw e;
    }
  }

  async remove(sha256: string): Promise<void> {
    const { client, sdk } = await this.s3();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }));
  }
}

/** The store the configuration names. */
export function createBlobStore(config: Config): BlobStore {
  if (config.DOCUMENT_STORE === 's3') {
    return new S3BlobStore(async () => {
      const sdk = await import('@aws-sdk/client-s3');
      const client = new sdk.S3Client({
        region: config.S3_REGION,
        forcePathStyle: config.S3_FORCE_PATH_STYLE,
        ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}),
        ...(config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY } } : {}),
      });
      return { client, sdk };
    }, config.S3_BUCKET!);
  }
  return new FsBlobStore(config.DOCUMENT_DIR ?? path.join(config.DATA_DIR, 'documents'));
}
