/**
 * Sign-in: argon2id password hashes, short-lived JWT access tokens (jose, HS256) and rotating
 * refresh tokens stored only as hashes, rotated in families. Every request checks the user's
 * current state (cached for seconds) through a per-user token version.
 */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { RequestHandler } from 'express';
import { SignJWT, jwtVerify } from 'jose';
import type { Role } from '../../domain/case/model.js';
import type { Db } from '../../prisma/client.js';
import type { AuthUser } from './route.js';
import { unavailableDependency } from './unavailable.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);

/**
 * A hash of a random password, verified against when the username is unknown: the answer then
 * costs the same argon2 work as for a real account, so timing tells nobody which names exist.
 */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash(crypto.randomBytes(24).toString('base64'));
  await verify(await dummyHash, password).catch(() => false);
  return false;
}
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export interface TokenSettings {
  secret: string;
  accessMinutes: number;
  refreshHours: number;
  /** How long a user's current state (active, role, department, token version) is cached. */
  userStateCacheMs?: number;
}

/** Thrown when a well-signed token no longer matches its user (deactivated, demoted, moved, password changed). */
export class TokenRevokedError extends Error {
  readonly code = 'ERR_TOKEN_REVOKED';
}

interface UserState {
  user: AuthUser;
  tokenVersion: number;
  at: number;
}

export class Tokens {
  private readonly key: Uint8Array;
  private readonly states = new Map<string, UserState>();
  constructor(
    private readonly settings: TokenSettings,
    private readonly db?: Db,
  ) {
    this.key = new TextEncoder().encode(settings.secret);
  }

  async access(user: AuthUser & { tokenVersion?: number }): Promise<{ token: string; expiresIn: number }> {
    const expiresIn = this.settings.accessMinutes * 60;
    const token = await new SignJWT({
      role: user.role,
      name: user.displayName,
      username: user.username,
      ver: user.tokenVersion ?? 0,
      ...(user.departmentCode ? { dept: user.departmentCode } : {}),
      ...(user.windowNo ? { window: user.windowNo } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuedAt()
      .setIssuer('one-window-platform')
      .setExpirationTime(`${expiresIn}s`)
      .sign(this.key);
    return { token, expiresIn };
  }

  /**
   * A token is good when it is well signed, not expired (exp required) and issued for the user's
   * current state: the user exists, is active, and its token version is the one in the token.
   * What the token says about role and department is not believed: the user's current record is.
   */
  async verifyAccess(token: string): Promise<AuthUser> {
    const { payload } = await jwtVerify(token, this.key, { issuer: 'one-window-platform', algorithms: ['HS256'], requiredClaims: ['exp', 'iat', 'sub'] });
    const fromToken: AuthUser = {
      id: String(payload.sub),
      username: String(payload.username),
      displayName: String(payload.name),
      role: payload.role as Role,
      ...(payload.dept ? { departmentCode: String(payload.dept) } : {}),
      ...(payload.window ? { windowNo: String(payload.window) } : {}),
    };
    if (!this.db) return fromToken;
    const state = await this.currentState(fromToken.id);
    if (!state || state.tokenVersion !== Number(payload.ver ?? -1)) throw new TokenRevokedError('the token was issued for an account state that no longer holds');
    return state.user;
  }

  private async currentState(id: string): Promise<UserState | undefined> {
    const ttl = this.settings.userStateCacheMs ?? 5_000;
    const hit = this.states.get(id);
    if (hit && Date.now() - hit.at < ttl) return hit;
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const u = await this.db!.user.findUnique({ where: { id } });
    if (!u || !u.active) {
      this.states.delete(id);
      return undefined;
    }
    const state = { user: toAuthUser(u), tokenVersion: u.tokenVersion, at: Date.now() };
    if (this.states.size > 10_000) this.states.clear();
    this.states.set(id, state);
    return state;
  }

  /** Issues a refresh token; a rotation keeps the family of the token it replaces. */
  async issueRefresh(db: Db, userId: string, familyId?: string): Promise<string> {
    const token = crypto.randomBytes(32).toString('base64url');
    const id = crypto.randomUUID();
    await db.refreshToken.create({
      data: { id, userId, tokenHash: sha256(token), familyId: familyId ?? id, expiresAt: new Date(Date.now() + this.settings.refreshHours * 3_600_000) },
    });
    return token;
  }

  /**
   * Consumes a refresh token (rotation): returns its user id and family, or undefined when
   * invalid, used or expired. A token used a second time means it was stolen (either the thief
   * or the owner holds a copy): the whole family is revoked, so the thief's rotated token dies too.
   */
  async consumeRefresh(db: Db, token: string): Promise<{ userId: string; familyId: string; reused?: boolean } | undefined> {
    const now = new Date();
    const row = await db.refreshToken.findUnique({ where: { tokenHash: sha256(token) } });
    if (!row || row.expiresAt <= now) return undefined;
    const familyId = row.familyId ?? row.id;
    if (row.revokedAt) {
      await db.refreshToken.updateMany({ where: { OR: [{ familyId }, { id: familyId }], revokedAt: null }, data: { revokedAt: now } });
      return { userId: row.userId, familyId, reused: true };
    }
    const { count } = await db.refreshToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: now } });
    return count === 1 ? { userId: row.userId, familyId } : undefined;
  }
}

export function toAuthUser(u: { id: string; username: string; displayName: string; role: string; departmentCode: string | null; windowNo: string | null }): AuthUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    ...(u.departmentCode ? { departmentCode: u.departmentCode } : {}),
    ...(u.windowNo ? { windowNo: u.windowNo } : {}),
  };
}

/** Reads the bearer token when present; routes decide whether a user is required. */
export function authenticate(tokens: Tokens): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header) {
      const [scheme, token] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) {
        res.locals.authError = 'the Authorization header must be "Bearer <token>"';
      } else {
        try {
          res.locals.user = await tokens.verifyAccess(token);
        } catch (e) {
          // The database did not answer whether the token's account still holds: that is a 503
          // (retry shortly), never a 401 that would send every client back to the sign-in page.
          if (unavailableDependency(e)) return next(e);
          const code = (e as { code?: string }).code;
          res.locals.authError =
            code === 'ERR_JWT_EXPIRED'
              ? 'the access token has expired; refresh it or sign in again'
              : code === 'ERR_TOKEN_REVOKED'
                ? 'the access token is no longer valid for this account (deactivated, role or password changed); sign in again'
                : 'the access token is not valid';
        }
      }
    }
    next();
  };
}
