/**
 * The way every audit row from the API reaches the audit log, also through a PostgreSQL outage.
 *
 * A row is inserted at once; when that fails (the database is down, restarting, or out of
 * connections) the row is appended to this process's spool file under DATA_DIR/audit-spool and
 * written later, with retries, as soon as the database answers again. Every row carries an id
 * chosen here (`entry_id`, unique), so a row is written exactly once: also when an insert did
 * commit but its answer was lost with the connection, and when two flushes race.
 *
 * Why a local file and not the case workflow or an outbox table: the audit log records every
 * request, most of which touch no case; an outbox table lives in the database that is down; a
 * workflow would put Temporal on the path of every refusal. A file appended and fsynced by the
 * process that answered the request needs nothing else to be up.
 *
 * Each process appends only to its own file (named host--pid--random.jsonl) and flushes it; a file
 * whose process is gone (killed during an outage) is claimed by rename — atomic, so one process
 * takes it — and flushed by whichever process on the same host finds it. On Kubernetes the spool
 * folder is a volume of the pod (emptyDir survives a container restart); see docs/operations.md.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Db } from '../../prisma/client.js';

export interface AuditRow {
  entryId: string;
  at: Date;
  userId: string | null;
  username: string | null;
  role: string | null;
  departmentCode: string | null;
  channel: string | null;
  caseNo: string | null;
  action: string;
  outcome: string;
  status: number;
  detail: string;
  clientIp: string | null;
  requestId: string | null;
}

const SUFFIX = '.jsonl';
const BATCH = 500;

export class AuditWriter {
  private readonly host = os.hostname().replace(/[^\w.-]/g, '_');
  private readonly owner = `${this.host}--${process.pid}--${crypto.randomUUID().slice(0, 8)}`;
  private readonly ownFile: string;
  private spooledSinceFlush = 0;
  private flushing: Promise<number> | undefined;
  private readonly timer: NodeJS.Timeout;
  private lastOrphanScan = 0;
  private stopped = false;
  /** Inserts started and not yet settled (written, or spooled). */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    readonly spoolDir: string,
    private readonly opts: { flushMs?: number; orphanScanMs?: number } = {},
  ) {
    fs.mkdirSync(spoolDir, { recursive: true });
    this.ownFile = path.join(spoolDir, `${this.owner}${SUFFIX}`);
    this.timer = setInterval(() => void this.flush().catch(() => undefined), opts.flushMs ?? 2_000);
    this.timer.unref();
  }

  /** Writes one row: now if the database answers, else later from the spool. Never throws. */
  write(row: Omit<AuditRow, 'entryId' | 'at'> & { entryId?: string; at?: Date }): void {
    const full: AuditRow = { ...row, entryId: row.entryId ?? crypto.randomUUID(), at: row.at ?? new Date() };
    const p = this.db.auditLog
      .createMany({ data: [full], skipDuplicates: true })
      .then(
        () => undefined,
        (err: unknown) => {
          this.spool([full]);
          this.logger.warn({ err: String((err as Error)?.message ?? err).split('\n')[0], entryId: full.entryId }, 'audit row spooled until the database answers');
        },
      )
      .finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  /** Rows waiting in spool files of this process (and of dead processes found so far). */
  pendingFiles(): string[] {
    try {
      return fs.readdirSync(this.spoolDir).filter((f) => f.includes(SUFFIX));
    } catch {
      return [];
    }
  }

  private spool(rows: AuditRow[]): void {
    const text = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    try {
      const fd = fs.openSync(this.ownFile, 'a', 0o600);
      try {
        fs.writeSync(fd, text);
        fs.fdatasyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      this.spooledSinceFlush += rows.length;
    } catch (err) {
      // Neither the database nor the disk: the log is the last place the row can go.
      this.logger.error({ err, rows }, 'audit rows could not be written nor spooled');
    }
  }

  /**
   * Writes every spooled row it owns (and those of dead processes) to the database; returns how
   * many were written. Rows stay spooled while the database does not answer.
   */
  flush(): Promise<number> {
    this.flushing ??= this.flushOnce().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async flushOnce(): Promise<number> {
    const files = this.claimFiles();
    let written = 0;
    for (const file of files) written += await this.flushFile(file);
    if (written) this.logger.info({ written }, 'spooled audit rows written to the database');
    return written;
  }

  /** Own files (renamed out of the way of new appends) and orphans of dead processes, claimed by rename. */
  private claimFiles(): string[] {
    const claimed: string[] = [];
    let names: string[];
    try {
      names = fs.readdirSync(this.spoolDir);
    } catch {
      return claimed;
    }
    const scanOrphans = Date.now() - this.lastOrphanScan > (this.opts.orphanScanMs ?? 10_000);
    if (scanOrphans) this.lastOrphanScan = Date.now();
    for (const name of names) {
      const full = path.join(this.spoolDir, name);
      if (name === `${this.owner}${SUFFIX}`) {
        // Appends are synchronous: none can fall between this rename and the next append, which opens a new file.
        const target = path.join(this.spoolDir, `${this.owner}${SUFFIX}.${Date.now()}.${crypto.randomUUID().slice(0, 6)}.claimed-by--${this.owner}`);
        try {
          fs.renameSync(full, target);
          claimed.push(target);
        } catch {
          // Nothing there after all.
        }
        this.spooledSinceFlush = 0;
        continue;
      }
      if (name.endsWith(`.claimed-by--${this.owner}`)) {
        claimed.push(full); // ours from an earlier round the database did not take
        continue;
      }
      if (!scanOrphans || !name.includes(SUFFIX)) continue;
      // Another process's file (or a claim of another process): take it only when that process is gone.
      const holder = name.includes('.claimed-by--') ? name.slice(name.lastIndexOf('.claimed-by--') + '.claimed-by--'.length) : name.slice(0, name.indexOf(SUFFIX));
      if (!this.isDead(holder)) continue;
      const target = path.join(this.spoolDir, `${name.split('.claimed-by--')[0]}.${Date.now()}.claimed-by--${this.owner}`);
      try {
        fs.renameSync(full, target);
        claimed.push(target);
      } catch {
        // Another process took it first.
      }
    }
    return claimed;
  }

  /** A holder named host--pid--random is dead when it ran on this host and its pid is gone. */
  private isDead(holder: string): boolean {
    const [host, pid] = holder.split('--');
    if (host !== this.host || !pid || !/^\d+$/.test(pid)) return false;
    if (Number(pid) === process.pid) return false; // another writer of this process (tests start several apps)
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }

  private async flushFile(file: string): Promise<number> {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return 0;
    }
    const rows: AuditRow[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line) as AuditRow;
        rows.push({ ...r, at: new Date(r.at) });
      } catch {
        // A line cut short by a crash in the middle of an append: nothing of it was acknowledged.
        this.logger.warn({ file, line: line.slice(0, 200) }, 'unreadable audit spool line skipped');
      }
    }
    let written = 0;
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      try {
        await this.db.auditLog.createMany({ data: batch, skipDuplicates: true });
        written += batch.length;
      } catch (err) {
        // Keep what is left for the next round (written rows are skipped then by their entry id).
        if (i > 0) fs.writeFileSync(file, rows.slice(i).map((r) => JSON.stringify(r)).join('\n') + '\n', { mode: 0o600 });
        this.logger.debug({ err: String((err as Error)?.message ?? err).split('\n')[0] }, 'audit spool flush postponed');
        return written;
      }
    }
    fs.rmSync(file, { force: true });
    return written;
  }

  /** Waits for inserts in flight, then tries one last flush; what is still spooled stays for the next process. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight]);
    await this.flush().catch(() => undefined);
  }
}
