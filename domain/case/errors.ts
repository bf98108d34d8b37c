/**
 * Why an action on a case was refused. The workflow turns a refusal into a non-retryable
 * ApplicationFailure whose `type` is the kind; the API turns the kind into an HTTP status:
 * STATE_CONFLICT → 409, RULE_VIOLATION → 422, FORBIDDEN → 403.
 */
export type RefusalKind = 'STATE_CONFLICT' | 'RULE_VIOLATION' | 'FORBIDDEN';

export class CaseRefusal extends Error {
  override name = 'CaseRefusal';
  constructor(
    readonly kind: RefusalKind,
    /** A stable rule code, e.g. `pause.max_count`. */
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

export const conflict = (rule: string, message: string) => new CaseRefusal('STATE_CONFLICT', rule, message);
export const violation = (rule: string, message: string) => new CaseRefusal('RULE_VIOLATION', rule, message);
export const forbidden = (rule: string, message: string) => new CaseRefusal('FORBIDDEN', rule, message);
