/**
 * Screen credentials (大屏凭证): what the hall's big screen runs on instead of a staff account.
 *
 * A credential is a long-lived, revocable, read-only token that opens the big screen and nothing
 * else: `GET /api/v1/big-screen`, its stream and the stream's ticket exchange. The centre manager
 * makes one per screen, names it after where the screen hangs, and revokes it when the PC is
 * replaced or the token leaks. Only the token's SHA-256 hash is stored; the token itself is shown
 * once, when it is made. It has no expiry: a wall display must not go dark every 15 minutes.
 *
 * - The token travels in `Authorization: Bearer owscr_…`. Any other route answers 403
 *   (rule `screen_credential.scope`): a leaked screen token reads the big screen, nothing more.
 * - EventSource cannot send headers, and a long-lived token in a URL ends up in proxy logs, so the
 *   stream takes a **ticket** instead: `POST /api/v1/big-screen/stream-ticket` with the token in the
 *   header answers a signed ticket valid for TICKET_SECONDS, which opens one stream by `?ticket=`.
 *   Tickets are signed with a key derived from the JWT secret for this purpose only, so a ticket is
 *   never a staff access token and a staff token is never a ticket.
 * - Revoking a credential refuses it at once everywhere (every use looks the hash up) and closes
 *   its open streams within seconds: the revocation is NOTIFYed on `screen_credentials` to every
 *   API copy (api/services/big-screen-hub.ts), and each stream re-checks its credential with every
 *   heartbeat in case a notification was lost.
 */
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { SignJWT, jwtVerify } from 'jose';
import type { Db } from '../../prisma/client.js';
import { Problem, forbiddenProblem, notFound, conflictProblem } from '../http/problem.js';

/** Every screen token starts with this, so the API can tell it from a staff JWT without trying. */
export const SCREEN_TOKEN_PREFIX = 'owscr_';
/** PostgreSQL channel on which a revocation is announced to every API copy. */
export const SCREEN_CREDENTIALS_CHANNEL = 'screen_credentials';
/** How long a stream ticket may wait before it opens its stream. */
export const TICKET_SECONDS = 60;
/** `last_used_at` is written at most this often per credential. */
const LAST_USED_EVERY_MS = 60_000;
const TICKET_ISSUER = 'one-window-platform/big-screen';
const TICKET_AUDIENCE = 'big-screen-stream';

/** The routes a screen credential opens (method and path). */
export const BIG_SCREEN_ROUTES: ReadonlySet<string> = new Set(['GET /api/v1/big-screen', 'GET /api/v1/big-screen/stream', 'POST /api/v1/big-screen/stream-ticket']);

/** Who is watching: a screen, known by its credential. */
export interface ScreenPrincipal {
  credentialId: string;
  name: string;
  tokenPrefix: string;
}

export interface ScreenCredentialView {
  id: string;
  name: string;
  tokenPrefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  active: boolean;
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export const isScreenToken = (token: string) => token.startsWith(SCREEN_TOKEN_PREFIX);

type Row = { id: string; name: string; tokenPrefix: string; createdBy: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null; revokedBy: string | null };

function viewOf(r: Row): ScreenCredentialView {
  return {
    id: r.id,
    name: r.name,
    tokenPrefix: r.tokenPrefix,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    revokedBy: r.revokedBy,
    active: r.revokedAt === null,
  };
}

export class ScreenCredentials {
  private readonly ticketKey: Uint8Array;
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly db: Db,
    jwtSecret: string,
  ) {
    // A key of its own: tickets and staff tokens can never be taken for one another.
    this.ticketKey = new Uint8Array(crypto.createHmac('sha256', jwtSecret).update('big-screen-stream-ticket').digest());
  }

  /** Makes a credential; the token is in the answer only, never stored. */
  async create(name: string, by: string): Promise<{ credential: ScreenCredentialView; token: string }> {
    const token = `${SCREEN_TOKEN_PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
    const row = await this.db.screenCredential.create({
      data: { name, tokenHash: sha256(token), tokenPrefix: token.slice(0, SCREEN_TOKEN_PREFIX.length + 6), createdBy: by },
    });
    return { credential: viewOf(row), token };
  }

  async list(includeRevoked: boolean): Promise<ScreenCredentialView[]> {
    const rows = await this.db.screenCredential.findMany({ where: includeRevoked ? {} : { revokedAt: null }, orderBy: { createdAt: 'desc' }, take: 500 });
    return rows.map(viewOf);
  }

  /** Revokes a credential and announces it, in one transaction, to every API copy. */
  async revoke(id: string, by: string): Promise<ScreenCredentialView> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.screenCredential.findUnique({ where: { id } });
      if (!current) throw notFound(`screen credential ${id} does not exist`);
      if (current.revokedAt) throw conflictProblem(`screen credential ${current.name} was already revoked at ${current.revokedAt.toISOString()}`, 'screen_credential.revoked');
      const row = await tx.screenCredential.update({ where: { id }, data: { revokedAt: new Date(), revokedBy: by } });
      await tx.$executeRaw`SELECT pg_notify(${SCREEN_CREDENTIALS_CHANNEL}, ${id})`;
      return viewOf(row);
    });
  }

  /** The screen a token stands for, or undefined when it is unknown or revoked. */
  async verify(token: string): Promise<ScreenPrincipal | undefined> {
    if (!isScreenToken(token) || token.length > 200) return undefined;
    const row = await this.db.screenCredential.findUnique({ where: { tokenHash: sha256(token) } });
    if (!row || row.revokedAt) return undefined;
    this.touch(row.id);
    return { credentialId: row.id, name: row.name, tokenPrefix: row.tokenPrefix };
  }

  async isActive(credentialId: string): Promise<boolean> {
    const row = await this.db.screenCredential.findUnique({ where: { id: credentialId }, select: { revokedAt: true } });
    return !!row && row.revokedAt === null;
  }

  async issueTicket(p: ScreenPrincipal): Promise<{ ticket: string; expiresIn: number }> {
    const ticket = await new SignJWT({ name: p.name, prefix: p.tokenPrefix })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(p.credentialId)
      .setIssuer(TICKET_ISSUER)
      .setAudience(TICKET_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${TICKET_SECONDS}s`)
      .sign(this.ticketKey);
    return { ticket, expiresIn: TICKET_SECONDS };
  }

  /** The screen a ticket opens a stream for; undefined when the ticket is bad or expired, or its credential revoked. */
  async verifyTicket(ticket: string): Promise<ScreenPrincipal | undefined> {
    try {
      const { payload } = await jwtVerify(ticket, this.ticketKey, { issuer: TICKET_ISSUER, audience: TICKET_AUDIENCE, algorithms: ['HS256'] });
      const p: ScreenPrincipal = { credentialId: String(payload.sub), name: String(payload.name), tokenPrefix: String(payload.prefix) };
      if (!(await this.isActive(p.credentialId))) return undefined;
      this.touch(p.credentialId);
      return p;
    } catch {
      return undefined;
    }
  }

  /** Records that a screen used its credential, at most once a minute per credential and copy. */
  private touch(id: string): void {
    const now = Date.now();
    if (now - (this.lastUsedWritten.get(id) ?? 0) < LAST_USED_EVERY_MS) return;
    this.lastUsedWritten.set(id, now);
    this.db.screenCredential.update({ where: { id }, data: { lastUsedAt: new Date(now) } }).catch(() => undefined);
  }
}

/**
 * Runs after the staff-token authentication: a bearer screen token is checked here. On a
 * big-screen route it becomes `res.locals.screen`; on any other route the request is refused with
 * 403, so a screen token never reads or changes anything else.
 */
export function screenCredentialGate(credentials: ScreenCredentials): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    const token = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined;
    if (!token || !isScreenToken(token)) return next();
    // Not a staff token: whatever the JWT check said about it does not apply.
    delete res.locals.authError;
    if (!BIG_SCREEN_ROUTES.has(`${req.method} ${req.path}`)) {
      res.locals.auditDetail = `screen credential ${token.slice(0, SCREEN_TOKEN_PREFIX.length + 6)}…`;
      // A real screen credential used out of its scope is audited as that screen, row by row;
      // a made-up one is an anonymous refusal like any other (counted, sampled).
      const screen = await credentials.verify(token).catch(() => undefined);
      if (screen) res.locals.screen = screen;
      return next(forbiddenProblem('a screen credential opens the big screen only (GET /api/v1/big-screen and its stream); sign in as staff for anything else', 'screen_credential.scope'));
    }
    try {
      const screen = await credentials.verify(token);
      if (!screen) return next(new Problem(401, 'this screen credential is unknown or has been revoked; ask the centre manager for a new one', { rule: 'screen_credential.invalid' }));
      res.locals.screen = screen;
      res.locals.auditDetail = `screen ${screen.name} (${screen.tokenPrefix}…)`;
      next();
    } catch (e) {
      next(e);
    }
  };
}
