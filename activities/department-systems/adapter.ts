/**
 * One interface to every department's business system. Activities call it to hand a case to the
 * department; the HTTP implementation talks to the real system (or to the built-in simulator,
 * which speaks the same protocol). Tests may substitute a department that lies outside the platform.
 */
export interface DispatchRequest {
  caseNo: string;
  departmentCode: string;
  /** Which hand-over this is (first transfer, resubmission after a return, …). */
  step: string;
  payload: unknown;
}

export interface DispatchReceipt {
  /** The department system's own reference for the case. */
  receipt: string;
}

export interface DepartmentSystem {
  receiveCase(req: DispatchRequest): Promise<DispatchReceipt>;
}

export type DepartmentSystems = (departmentCode: string) => DepartmentSystem;

export class DepartmentSystemError extends Error {
  override name = 'DepartmentSystemError';
  constructor(
    readonly departmentCode: string,
    message: string,
  ) {
    super(`department ${departmentCode}: ${message}`);
  }
}

/** The idempotency key a department system sees: a retried hand-over is the same hand-over. */
export const idempotencyKeyOf = (req: DispatchRequest) => `${req.caseNo}:${req.step}`;
