/**
 * 实名认证 Who an applicant says they are. The platform asks an identity provider when an
 * applicant registers: the local provider takes the applicant's word (a self-declared account);
 * a real-name system (e.g. the provincial unified identity platform) plugs in behind the same
 * interface and may refuse, or confirm with a stronger level.
 */
export interface IdentityClaim {
  name: string;
  idNo?: string;
  phone?: string;
}

export interface IdentityCheck {
  ok: boolean;
  /** SELF_DECLARED (local accounts) or REAL_NAME (confirmed by a real-name system). */
  level: 'SELF_DECLARED' | 'REAL_NAME';
  /** Why the provider refused, in words for the applicant. */
  reason?: string;
}

export interface IdentityProvider {
  readonly name: string;
  verify(claim: IdentityClaim): Promise<IdentityCheck>;
}

/** Local accounts: the applicant's own statement, checked for form only (the API's schema does that). */
export class LocalIdentityProvider implements IdentityProvider {
  readonly name = 'local';
  async verify(): Promise<IdentityCheck> {
    return { ok: true, level: 'SELF_DECLARED' };
  }
}
