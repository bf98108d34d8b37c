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
import { SCREEN_CREDENTIALS_CHANNEL } from './screen-credentials.js';
import { bigScreen } from './statistics.js';


/** How long a change waits for the rest of its action's events before it is pushed. */
const GATHER_MS = 50;

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
    private readonly deps: { db: Db; databaseUrl: string; logger?: Logger | undefined },
    /** At most one payload per this many milliseconds while changes keep coming. */
    private readonly coalesceMs = 500,
  ) {}

  /** Counts a screen in (before it is ready) so the listener is kept; returns the matching release. */
  retain(): () => void {
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
  ready(): Promise<void> {
    this.listening ??= this.listen().catch((e: unknown) => {
      this.listening = undefined;
      throw e;
    });
    return this.listening;
  }

  get changeCount(): number {
    return this.changes;
  }

  render(): Promise<string> {
    return bigScreen(this.deps.db).then((p) => JSON.stringify(p));
  }

  message(data: string): string {
    this.messageId += 1;
    return `id: ${this.messageId}\ndata: ${data}\n\n`;
  }

  /** Adds a screen that has had its first payload; catches up if something changed meanwhile. */
  join(res: Response, changesBefore: number, credentialId?: string): void {
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

  leave(res: Response): void {
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
