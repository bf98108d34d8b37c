/**
 * Reads one multipart/form-data upload into memory with multer (busboy underneath), within the
 * size limit, and turns every way it can go wrong into a problem naming the field and the rule.
 */
import type { Request, Response } from 'express';
import multer from 'multer';
import { textIssues } from '../../../domain/text.js';
import { Problem, badRequest } from '../../http/problem.js';

export interface UploadedFile {
  fieldName: string;
  originalName: string;
  bytes: Buffer;
}

export async function readUpload(req: Request, res: Response, opts: { fileField: string; maxBytes: number; maxFields?: number }): Promise<{ fields: Record<string, string>; file: UploadedFile }> {
  if (!req.is('multipart/form-data')) throw new Problem(415, 'send the file as multipart/form-data', { rule: 'multipart.required', errors: [{ field: 'content-type', rule: 'multipart.required', message: 'must be multipart/form-data' }] });
  const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: opts.maxBytes, files: 1, fields: opts.maxFields ?? 10, fieldSize: 4096, parts: (opts.maxFields ?? 10) + 1 } }).single(opts.fileField);
  await new Promise<void>((resolve, reject) =>
    parse(req, res, (err: unknown) => {
      if (!err) return resolve();
      if (err instanceof multer.MulterError) {
        const field = err.field ?? opts.fileField;
        if (err.code === 'LIMIT_FILE_SIZE') {
          return reject(new Problem(413, `the file is larger than ${opts.maxBytes} bytes (${Math.round(opts.maxBytes / 1024 / 1024)} MB)`, { rule: 'file.too_large', errors: [{ field, rule: 'file.too_large', message: `at most ${opts.maxBytes} bytes` }] }));
        }
        if (err.code === 'LIMIT_UNEXPECTED_FILE' || err.code === 'LIMIT_FILE_COUNT') {
          return reject(badRequest(`send exactly one file, in the field "${opts.fileField}"`, [{ field, rule: 'file.unexpected', message: `only one file, in the field ${opts.fileField}` }]));
        }
        return reject(badRequest(`the form is not acceptable: ${err.message}`, [{ field, rule: `multipart.${err.code.toLowerCase()}`, message: err.message }]));
      }
      reject(badRequest(`the multipart body cannot be read: ${(err as Error).message}`, [{ field: 'body', rule: 'multipart.malformed', message: (err as Error).message }]));
    }),
  );
  const fields = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v)]));
  const bad = textIssues(fields, 'body');
  if (bad.length) throw badRequest(`invalid input: ${bad.map((i) => `${i.field} (${i.rule})`).join('; ')}`, bad);
  const f = req.file;
  if (!f) throw badRequest(`a file is required in the field "${opts.fileField}"`, [{ field: opts.fileField, rule: 'file.required', message: 'choose a file' }]);
  if (f.size === 0) throw badRequest('the file is empty', [{ field: opts.fileField, rule: 'file.empty', message: 'the file has no content' }]);
  // Browsers send names as UTF-8; busboy reads the header as latin1.
  const originalName = Buffer.from(f.originalname, 'latin1').toString('utf8');
  return { fields, file: { fieldName: f.fieldname, originalName, bytes: f.buffer } };
}
