/**
 * The document store's two adapters and the file check, without servers: the folder store on a
 * real temporary folder; the S3 adapter against a fake client that records the commands the AWS
 * SDK would send (no S3-compatible server is run here). The types are told by the bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { FsBlobStore, S3BlobStore, sha256Of } from '../../api/services/documents/store.js';
import { safeFileName, sniffMediaType } from '../../domain/document/files.js';

describe('the file check', () => {
  it('when bytes start like a PDF, JPEG or PNG, then that is their type whatever the name; anything else is none', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0]))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    expect(sniffMediaType(Buffer.from('MZ\x90\x00'))).toBeUndefined();
    expect(sniffMediaType(Buffer.from('<html>%PDF-1.4'))).toBeUndefined(); // something else first: not taken as a PDF
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
  it('when a file name carries a path or control characters, then only a clean base name is kept', () => {
    expect(safeFileName('../../etc/passwd\u0000.pdf', 'application/pdf')).toBe('passwd.pdf');
    expect(safeFileName('C:\\scans\\营业执照 "副本".pdf', 'application/pdf')).toBe('营业执照 副本.pdf');
    expect(safeFileName('', 'image/png')).toBe('material.png');
  });
});

describe('the folder store', () => {
  it('when bytes are put twice, then they are kept once under their hash and read back the same; removed, they are gone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blob-'));
    const store = new FsBlobStore(dir);
    const bytes = Buffer.from('%PDF-1.4 hello');
    const hash = sha256Of(bytes);
    expect(await store.put(hash, bytes, 'application/pdf')).toBe(true);
    expect(await store.put(hash, bytes, 'application/pdf')).toBe(false);
    expect(fs.existsSync(path.join(dir, hash.slice(0, 2), hash.slice(2, 4), hash))).toBe(true);
    expect(Buffer.from((await store.get(hash))!).equals(bytes)).toBe(true);
    await store.remove(hash);
    expect(await store.get(hash)).toBeUndefined();
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/sha256/);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('the S3 adapter (fake client)', () => {
  it('when bytes are put, then it checks for the object, uploads with its SHA-256 checksum under documents/<hash>, reads and deletes by the same key', async () => {
    const objects = new Map<string, Uint8Array>();
    const sent: { name: string; input: Record<string, unknown> }[] = [];
    const client = {
      async send(command: unknown) {
        const c = command as { constructor: { name: string }; input: Record<string, unknown> };
        sent.push({ name: c.constructor.name, input: c.input });
        const key = c.input.Key as string;
        if (c instanceof HeadObjectCommand) {
          if (!objects.has(key)) throw Object.assign(new Error('NotFound'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } });
          return {};
        }
        if (c instanceof PutObjectCommand) return void objects.set(key, c.input.Body as Uint8Array);
        if (c instanceof GetObjectCommand) {
          const b = objects.get(key);
          if (!b) throw Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey' });
          return { Body: { transformToByteArray: async () => b } };
        }
        if (c instanceof DeleteObjectCommand) return void objects.delete(key);
        throw new Error(`unexpected ${c.constructor.name}`);
      },
    };
    const store = new S3BlobStore(async () => ({ client, sdk: { HeadObjectCommand, PutObjectCommand, GetObjectCommand, DeleteObjectCommand } }), 'onewindow-docs');
    const bytes = Buffer.from('%PDF-1.4 s3');
    const hash = sha256Of(bytes);
    expect(await store.put(hash, bytes, 'application/pdf')).toBe(true);
    expect(await store.put(hash, bytes, 'application/pdf')).toBe(false);
    const put = sent.find((s) => s.name === 'PutObjectCommand')!;
    expect(put.input).toMatchObject({ Bucket: 'onewindow-docs', Key: `documents/${hash}`, ContentType: 'application/pdf', ChecksumSHA256: Buffer.from(hash, 'hex').toString('base64') });
    expect(Buffer.from((await store.get(hash))!).equals(bytes)).toBe(true);
    await store.remove(hash);
    expect(await store.get(hash)).toBeUndefined();
  });
});
