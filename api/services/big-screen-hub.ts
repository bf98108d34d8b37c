/**
 * The big screen's live stream hub, one per API copy: holds the connected screens and, while
 * there is at least one, a LISTEN connection to PostgreSQL.
 *
 * Live updates cross API copies through PostgreSQL: the projector NOTIFYs `case_events` when it
 * commits events; each API copy LISTENs on one dedicated connection while at least one screen is
 * connected to it, and pushes a fresh payload to its screens shortly after. A revoked screen
 * credential is announced on `screen_credentials` the same way, and every copy closes the
 * streams that ran on it within a second or so.
 */
import type { Response } from 'express';
import pg from 'pg';
import type { Logger } from 'pino';
import { CASE_EVENTS_CHANNEL } from '../../activities/projection.js';
import type { Db } from '../../prisma/client.js';
import { Problem } from '../http/problem.js';
import { SCREEN_CREDENTIALS_CHANNEL, type ScreenCredentials } from './screen-credentials.js';
import { bigScreen } from './statistics.js';

/** How long a change waits for the rest of its action's events before it is pushed. */
const GATHER_MS = 50;
/** A heartbeat shows a screen that its connection lives even when nothing changed. */
export const HEARTBEAT_MS = 15_000;

/** Who watches one stream: a screen credential (checked again now and then), and when a staff member's token expires. */
export interface StreamViewer {
  credentialId?: string | undefined;
  expiresAtMs?: number | undefined;
}

/**
 * One per API copy: holds the connected screens and, while there is at least one, a LISTEN
 * connection. Notifications are coalesced: the first starts a short timer, those arriving
 * meanwhile ride along, so a burst of events costs one payload per screen, not one per event.
 */
export class BigScreenHub {
  /** Each connected screen, with the screen credential it runs on (undefined: a staff member's token). */
  private readonly screens = new Map<Response, string | undefined>();
  private users = 0;
  private listener: pg.Client | undefined;
  private listening: Promise<void> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing = false;
  private changes = 0;
  private lastFlushAt = 0;
  private messageId = 0;
  /** Bumped when the last screen leaves: a listener that connects after that is closed at once. */
  private generation = 0;

  constructor(
    private readonly deps: { db: Db; databaseUrl: string; screens: Pick<ScreenCredentials, 'isActive'>; logger?: Logger | undefined },
    /** At most one payload per this many milliseconds while changes keep coming. */
    private readonly coalesceMs = 500,
  ) {}

  /**
   * Serves one live stream on `res` until the screen goes away: LISTEN first, so nothing committed
   * after the first payload is missed; then the full payload at once, a fresh one after changes,
   * a heartbeat every HEARTBEAT_MS, `event: expired` when a staff token expires, `event: revoked`
   * when the screen credential is revoked. Before anything is written it refuses with a Problem:
   * 401 for a credential revoked meanwhile, 503 when live updates are unavailable.
   */
  async serve(res: Response, viewer: StreamViewer): Promise<void> {
    const { credentialId } = viewer;
    const release = this.retain();
    let first: string;
    const changesBefore = this.changes;
    try {
      await this.ready();
      // LISTEN is in place now: a revocation committed from here on reaches this stream.
      if (credentialId && !(await this.deps.screens.isActive(credentialId))) throw new Problem(401, 'this screen credential has been revoked', { rule: 'screen_credential.invalid' });
      first = await this.render();
    } catch (e) {
      release();
      if (e instanceof Problem) throw e;
      this.deps.logger?.error({ err: e }, 'big-screen stream could not start');
      throw new Problem(503, 'live updates are unavailable right now; try again shortly');
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx and similar proxies would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 5000\n\n${this.message(first)}`);
    this.join(res, changesBefore, credentialId);
    const heartbeat = setInterval(() => {
      res.write(`event: heartbeat\ndata: ${JSON.stringify({ at: new Date().toISOString() })}\n\n`);
      // In case a revocation's notification was lost (a listener reconnecting): check now and then.
      if (credentialId) {
        this.deps.screens.isActive(credentialId).then(
          (active) => {
            if (!active) this.closeCredential(credentialId);
          },
          () => undefined,
        );
      }
    }, HEARTBEAT_MS);
    // A staff member's stream must not outlive their token: a signed-out or disabled account stops watching then.
    const expiry =
      viewer.expiresAtMs !== undefined
        ? setTimeout(() => {
            res.write('event: expired\ndata: {}\n\n');
            res.end();
          }, Math.max(0, viewer.expiresAtMs - Date.now()))
        : undefined;
    await new Promise<void>((resolve) => res.once('close', resolve));
    clearInterval(heartbeat);
    if (expiry) clearTimeout(expiry);
    this.leave(res);
    release();
  }

  /** Counts a screen in (before it is ready) so the listener is kept; returns the matching release. */
  private retain(): () => void {
    this.users += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.users -= 1;
      if (this.users === 0) this.stopListening();
    };
  }

  /** Resolves once LISTEN is in place, so nothing committed after the first payload is missed. */
  private ready(): Promise<void> {
    this.listening ??= this.listen().catch((e: unknown) => {
      this.listening = undefined;
      throw e;
    });
    return this.listening;
  }

  private render(): Promise<string> {
    return bigScreen(this.deps.db).then((p) => JSON.stringify(p));
  }

  private message(data: string): string {
    this.messageId += 1;
    return `id: ${this.messageId}\ndata: ${data}\n\n`;
  }

  /** Adds a screen that has had its first payload; catches up if something changed meanwhile. */
  private join(res: Response, changesBefore: number, credentialId?: string): void {
    this.screens.set(res, credentialId);
    if (this.changes !== changesBefore) this.schedule();
  }

  /**
   * Ends every stream of this copy that runs on a revoked credential: the screen is told
   * (`event: revoked`, after which a screen stops reconnecting) and the connection closed.
   */
  closeCredential(credentialId: string): number {
    let closed = 0;
    for (const [res, id] of this.screens) {
      if (id !== credentialId) continue;
      this.screens.delete(res);
      res.write(`event: revoked\ndata: ${JSON.stringify({ reason: '大屏凭证已被撤销，请联系中心管理员重新发放' })}\n\n`);
      res.end();
      closed += 1;
    }
    return closed;
  }

  private leave(res: Response): void {
    this.screens.delete(res);
  }

  private async listen(): Promise<void> {
    const generation = this.generation;
    const client = new pg.Client({ connectionString: this.deps.databaseUrl, application_name: 'one-window big-screen listener' });
    client.on('notification', (n) => {
      if (n.channel === SCREEN_CREDENTIALS_CHANNEL) {
        if (n.payload) this.closeCredential(n.payload);
      } else this.changed();
    });
    client.on('error', (err) => {
      this.deps.logger?.warn({ err }, 'big-screen listener connection failed');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${CASE_EVENTS_CHANNEL}`);
    await client.query(`LISTEN ${SCREEN_CREDENTIALS_CHANNEL}`);
    if (generation !== this.generation) {
      // Every screen left while we were connecting (and perhaps another listener was started since).
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  /** The listener went away (database restart, network): reconnect while screens watch. */
  private lost(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    this.listening = undefined;
    this.reconnect();
  }

  private reconnect(): void {
    if (this.users === 0 || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.users === 0) return;
      this.ready().then(
        // Notifications sent while we were away are lost: assume something changed.
        () => this.changed(),
        (err: unknown) => {
          this.deps.logger?.warn({ err }, 'big-screen listener could not reconnect; retrying');
          this.reconnect();
        },
      );
    }, 2_000);
  }

  private stopListening(): void {
    this.generation += 1;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.reconnectTimer = undefined;
    this.flushTimer = undefined;
    const client = this.listener;
    this.listener = undefined;
    this.listening = undefined;
    if (client) client.end().catch(() => undefined);
  }

  private changed(): void {
    this.changes += 1;
    this.schedule();
  }

  /**
   * A change after a quiet spell is pushed almost at once (after GATHER_MS, so that the events of
   * one action — e.g. approved and output held — ride together); during a burst at most one
   * payload per `coalesceMs` goes out, so a busy hall costs a bounded number of renders.
   */
  private schedule(): void {
    if (this.flushTimer || this.flushing || this.screens.size === 0) return;
    const wait = Math.max(GATHER_MS, this.lastFlushAt + this.coalesceMs - Date.now());
    this.flushTimer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    this.flushTimer = undefined;
    this.flushing = true;
    this.lastFlushAt = Date.now();
    const before = this.changes;
    try {
      const msg = this.message(await this.render());
      for (const res of this.screens.keys()) {
        // A screen that stopped reading would make us buffer without end: drop it; EventSource reconnects.
        if (res.writableLength > 4_000_000) res.destroy();
        else res.write(msg);
      }
    } catch (err) {
      this.deps.logger?.error({ err }, 'big-screen payload failed');
    } finally {
      this.flushing = false;
      if (this.changes !== before) this.schedule();
    }
  }
}
