/**
 * 电子材料 What a material file may be: PDF, JPEG or PNG, told by its first bytes (magic numbers),
 * never by its name or the type the browser claims. Pure: shared by the API and the portal.
 */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** Default size limit of one material file (DOCUMENT_MAX_BYTES overrides it). */
export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const MEDIA_TYPE_NAMES: Record<DocumentMediaType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG 图片', 'image/png': 'PNG 图片' };
export const EXTENSIONS: Record<DocumentMediaType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** The file's real type from its bytes, or undefined when it is none of the accepted ones. */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | undefined {
  // %PDF- at the very start: readers tolerate junk before it, but a file that is something else
  // first (an HTML page with a PDF header inside) is refused rather than passed on as a PDF.
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return undefined;
}

/** A file name safe to keep and to send back in Content-Disposition: no path, no control characters. */
export function safeFileName(name: string | undefined, mediaType: DocumentMediaType): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 120);
  return clean || `material.${EXTENSIONS[mediaType]}`;
}
