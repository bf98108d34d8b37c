/**
 * The outbox deliverer: claims due messages (FOR UPDATE SKIP LOCKED, so any number of deliverers
 * can run side by side), sends each through its channel's adapter and marks it SENT; a failure is
 * retried with exponential backoff, and after OUTBOX_MAX_ATTEMPTS the message goes to the
 * dead-letter list (status DEAD). A claimed message is leased: if its deliverer dies mid-send, the
 * lease runs out and another deliverer sends it again. That resend cannot duplicate, because
 * delivery is idempotent by the outbox id: the SMS gateway gets it as the Idempotency-Key, the
 * mail as its Message-ID and X-Outbox-Id header.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../prisma/client.js';

export interface OutgoingMessage {
  id: bigint;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

export interface ChannelAdapter {
  send(message: OutgoingMessage): Promise<void>;
  /** Releases connections (the SMTP pool). */
  close?(): void;
}

/** The idempotent delivery key of a message: the same for every attempt. */
export const deliveryKey = (id: bigint) => `outbox-${id}`;

/** An HTTP SMS gateway: POST JSON { messageId, to, text } with the delivery key as Idempotency-Key. */
export class HttpSmsGateway implements ChannelAdapter {
  constructor(
    private readonly url: string,
    private readonly token?: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(m: OutgoingMessage): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': deliveryKey(m.id), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ messageId: deliveryKey(m.id), to: m.recipient, text: `${m.subject}：${m.body}` }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  }
}

/** E-mail over SMTP (nodemailer); the delivery key is the Message-ID and the X-Outbox-Id header. */
export class SmtpMailer implements ChannelAdapter {
  private readonly transport: Transporter;
  constructor(
    opts: { host: string; port: number; secure: boolean; user?: string | undefined; password?: string | undefined },
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport({
      host: opts.host,
      port: opts.port,
      secure: opts.secure,
      ...(opts.user ? { auth: { user: opts.user, pass: opts.password ?? '' } } : {}),
      // Pooled connections: one SMTP handshake serves many messages.
      pool: true,
      maxConnections: 5,
      connectionTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(m: OutgoingMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: m.recipient,
      subject: m.subject,
      text: m.body,
      messageId: `<${deliveryKey(m.id)}@onewindow.local>`,
      headers: { 'X-Outbox-Id': deliveryKey(m.id) },
    });
  }

  close(): void {
    this.transport.close();
  }
}

export interface DelivererOptions {
  db: Db;
  adapters: Record<string, ChannelAdapter>;
  maxAttempts: number;
  /** How long a claim holds before another deliverer may take the message over. */
  leaseMs?: number;
  batchSize?: number;
  /** Backoff after the n-th failed attempt: min(base · 2^(n−1), max). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  onError?: (message: OutgoingMessage, error: unknown) => void;
}

export class OutboxDeliverer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly opts: DelivererOptions) {}

  /** Claims and sends what is due now; returns the counts. */
  async deliverDue(): Promise<{ sent: number; retried: number; dead: number }> {
    const { db, adapters, maxAttempts } = this.opts;
    const leaseMs = this.opts.leaseMs ?? 60_000;
    const claimed = await db.$queryRaw<OutgoingMessage[]>`
      UPDATE outbox_message SET locked_until = now() + make_interval(secs => ${leaseMs / 1000}::float8), attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM outbox_message
        WHERE status = 'PENDING' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
        ORDER BY id LIMIT ${this.opts.batchSize ?? 50}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, channel, recipient, subject, body, attempts`;
    let sent = 0;
    let retried = 0;
    let dead = 0;
    await Promise.all(
      claimed.map(async (m) => {
        try {
          const adapter = adapters[m.channel];
          if (!adapter) throw new Error(`no adapter for channel ${m.channel}`);
          await adapter.send(m);
          await db.outboxMessage.update({ where: { id: m.id }, data: { status: 'SENT', sentAt: new Date(), lockedUntil: null, lastError: null } });
          sent += 1;
        } catch (e) {
          this.opts.onError?.(m, e);
          const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
          if (m.attempts >= maxAttempts) {
            await db.outboxMessage.update({ where: { id: m.id }, data: { status: 'DEAD', lockedUntil: null, lastError: error } });
            dead += 1;
          } else {
            const delay = Math.min((this.opts.backoffBaseMs ?? 2_000) * 2 ** (m.attempts - 1), this.opts.backoffMaxMs ?? 10 * 60_000);
            await db.outboxMessage.update({ where: { id: m.id }, data: { lockedUntil: null, lastError: error, nextAttemptAt: new Date(Date.now() + delay) } });
            retried += 1;
          }
        }
      }),
    );
    return { sent, retried, dead };
  }

  /** Polls every `pollMs` until stop(). */
  start(pollMs: number): void {
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.deliverDue().catch((e: unknown) => this.opts.onError?.({ id: 0n, channel: '', recipient: '', subject: '', body: '', attempts: 0 }, e));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(() => void loop(), pollMs);
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    for (const adapter of Object.values(this.opts.adapters)) adapter.close?.();
  }
}

/** The deliverer as the configuration describes it: the SMS gateway and SMTP server given, or the local simulator. */
export function configuredDeliverer(
  config: { SMS_GATEWAY_TOKEN?: string | undefined; SMTP_HOST: string; SMTP_SECURE: boolean; SMTP_USER?: string | undefined; SMTP_PASSWORD?: string | undefined; MAIL_FROM: string; OUTBOX_MAX_ATTEMPTS: number },
  urls: { smsGatewayUrl: string; smtpPort: number },
  db: Db,
  opts: Partial<DelivererOptions> = {},
): OutboxDeliverer {
  return new OutboxDeliverer({
    db,
    adapters: {
      SMS: new HttpSmsGateway(urls.smsGatewayUrl, config.SMS_GATEWAY_TOKEN),
      EMAIL: new SmtpMailer({ host: config.SMTP_HOST, port: urls.smtpPort, secure: config.SMTP_SECURE, user: config.SMTP_USER, password: config.SMTP_PASSWORD }, config.MAIL_FROM),
    },
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    ...opts,
  });
}
