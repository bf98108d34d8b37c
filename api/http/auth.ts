/**
 * Sign-in: argon2id password hashes, short-lived JWT access tokens (jose, HS256) and rotating
 * refresh tokens stored only as hashes. Repeated failed sign-ins lock the account for a while.
 */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { RequestHandler } from 'express';
import { SignJWT, jwtVerify } from 'jose';
import type { Role } from '../../domain/case/model.js';
import type { Db } from '../../prisma/client.js';
import type { AuthUser } from './route.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export interface TokenSettings {
  secret: string;
  accessMinutes: number;
  refreshHours: number;
}

export class Tokens {
  private readonly key: Uint8Array;
  constructor(private readonly settings: TokenSettings) {
    this.key = new TextEncoder().encode(settings.secret);
  }

  async access(user: AuthUser): Promise<{ token: string; expiresIn: number }> {
    const expiresIn = this.settings.accessMinutes * 60;
    const token = await new SignJWT({
      role: user.role,
      name: user.displayName,
      username: user.username,
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

  async verifyAccess(token: string): Promise<AuthUser> {
    const { payload } = await jwtVerify(token, this.key, { issuer: 'one-window-platform', algorithms: ['HS256'] });
    return {
      id: String(payload.sub),
      username: String(payload.username),
      displayName: String(payload.name),
      role: payload.role as Role,
      ...(payload.dept ? { departmentCode: String(payload.dept) } : {}),
      ...(payload.window ? { windowNo: String(payload.window) } : {}),
    };
  }

  async issueRefresh(db: Db, userId: string): Promise<string> {
    const token = crypto.randomBytes(32).toString('base64url');
    await db.refreshToken.create({
      data: { userId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + this.settings.refreshHours * 3_600_000) },
    });
    return token;
  }

  /** Consumes a refresh token (rotation): returns its user id, or undefined when invalid, used or expired. */
  async consumeRefresh(db: Db, token: string): Promise<string | undefined> {
    const now = new Date();
    const row = await db.refreshToken.findUnique({ where: { tokenHash: sha256(token) } });
    if (!row || row.revokedAt || row.expiresAt <= now) return undefined;
    const { count } = await db.refreshToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: now } });
    return count === 1 ? row.userId : undefined;
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
          res.locals.authError = (e as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'the access token has expired; refresh it or sign in again' : 'the access token is not valid';
        }
      }
    }
    next();
  };
}
