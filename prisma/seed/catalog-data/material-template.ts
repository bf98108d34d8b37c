/** A material as curated once and reused by every item that asks for it. */
import type { MaterialForm } from '../../../domain/catalog/types.js';

export interface MaterialTemplate {
  name: string;
  /** What exactly to bring, in words an applicant understands (R3.1). */
  description: string;
  form: MaterialForm;
  copies: number;
  /** False for a material needed only in some situations, which the description names. */
  required: boolean;
}

export function m(name: string, description: string, form: MaterialForm = 'COPY', opts: { copies?: number; required?: boolean } = {}): MaterialTemplate {
  return { name, description, form, copies: opts.copies ?? 1, required: opts.required ?? true };
}
