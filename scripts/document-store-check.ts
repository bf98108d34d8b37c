/**
 * Checks the configured document store end to end: put, put again (already there), get, bytes
 * that do not match their hash refused, remove. For an S3-compatible server, e.g. a local moto:
 *   pip install 'moto[server]' && moto_server -H 127.0.0.1 -p 5055 &
 *   DOCUMENT_STORE=s3 S3_ENDPOINT=http://127.0.0.1:5055 S3_BUCKET=onewindow-docs \
 *     S3_ACCESS_KEY_ID=test S3_SECRET_ACCESS_KEY=test npx tsx scripts/document-store-check.ts --create-bucket
 */
import crypto from 'node:crypto';
import { loadConfig } from '../config/index.js';
import { createBlobStore, sha256Of } from '../api/services/documents/store.js';

const config = loadConfig(process.env);
if (config.DOCUMENT_STORE === 's3' && process.argv.includes('--create-bucket')) {
  const sdk = await import('@aws-sdk/client-s3');
  const client = new sdk.S3Client({ region: config.S3_REGION, forcePathStyle: config.S3_FORCE_PATH_STYLE, ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}), ...(config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY } } : {}) });
  await client.send(new sdk.CreateBucketCommand({ Bucket: config.S3_BUCKET! })).catch((e: Error) => console.log(`bucket: ${e.name}`));
}
const store = createBlobStore(config);
const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(200_000)]);
const hash = sha256Of(bytes);
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) process.exitCode = 1;
};
check((await store.put(hash, bytes, 'application/pdf')) === true, `${store.kind}: put stores new bytes`);
check((await store.put(hash, bytes, 'application/pdf')) === false, `${store.kind}: put of the same bytes finds them there`);
check(Buffer.from((await store.get(hash)) ?? []).equals(bytes), `${store.kind}: get returns the same bytes`);
const other = crypto.randomBytes(64);
const torn = await store.put(sha256Of(other), Buffer.concat([other, Buffer.from('x')]), 'application/pdf').then(() => false, () => true);
check(torn, `${store.kind}: bytes that do not match their hash are refused`);
await store.remove(hash);
check((await store.get(hash)) === undefined, `${store.kind}: removed bytes are gone`);
