/**
 * One child process of the platform (a worker, an API copy, a Temporal service), managed by role:
 * started and awaited until it says it is ready, killed (gracefully or with SIGKILL), restarted.
 * Used by `npm start` (scripts/start.ts) and the cluster launcher (scripts/cluster/index.ts), and
 * through the cluster's handle by the fault suite.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../config/index.js';

export interface ProcessSpec {
  /** A stable name: api-1, worker-2, temporal-history-1 … */
  role: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** A line of its output that means "ready"; without it, `readyCheck` decides (or the spawn itself). */
  readyLine?: RegExp;
  readyCheck?: () => Promise<boolean>;
  readyTimeoutMs?: number;
  /** Every line of its output is appended here (the folder is made). */
  logFile?: string;
  /** Also print each line as `[role] line`. */
  echo?: boolean;
}

/** A Node.js script of this repository run under tsx, the way `npm start` runs the API and the worker. */
export function nodeScript(role: string, script: string, env: NodeJS.ProcessEnv, readyLine: RegExp, extra: Partial<ProcessSpec> = {}): ProcessSpec {
  return { role, command: process.execPath, args: ['--import', 'tsx', script], env, cwd: ROOT_DIR, readyLine, ...extra };
}

/** Calls back with every whole line the stream writes, for as long as it writes (an unread pipe would fill and block its writer). */
export function eachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buf = '';
  stream.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop() ?? '';
    lines.forEach(onLine);
  });
}

/**
 * Stops a child that may already be gone and resolves when it has exited: SIGTERM (graceful) by
 * default, then SIGKILL if it is still there after the grace period; SIGKILL is kill -9 at once.
 */
export async function stopChild(p: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const hard = signal === 'SIGKILL' ? undefined : setTimeout(() => p.kill('SIGKILL'), graceMs);
    p.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    p.kill(signal);
  });
}

export class ManagedProcess {
  private child: ChildProcess | undefined;
  private expectedExit = false;
  /** How many times it was started. */
  starts = 0;

  constructor(
    readonly spec: ProcessSpec,
    /** Called when it exits while nobody asked it to (not for kill/restart/stop). */
    private readonly onUnexpectedExit: (p: ManagedProcess, code: number | null, signal: NodeJS.Signals | null) => void = () => {},
  ) {}

  get role(): string {
    return this.spec.role;
  }

  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): Promise<void> {
    if (this.running) return Promise.resolve();
    const { spec } = this;
    this.starts += 1;
    this.expectedExit = false;
    const log = spec.logFile ? (fs.mkdirSync(path.dirname(spec.logFile), { recursive: true }), fs.createWriteStream(spec.logFile, { flags: 'a' })) : undefined;
    const p = spawn(spec.command, spec.args, { cwd: spec.cwd ?? ROOT_DIR, env: spec.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = p;
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      const becomeReady = () => {
        if (ready) return;
        ready = true;
        clearTimeout(timer);
        resolve();
      };
      const timeoutMs = spec.readyTimeoutMs ?? 120_000;
      const timer = setTimeout(() => {
        if (!ready) {
          p.kill('SIGKILL');
          reject(new Error(`${spec.role} was not ready within ${timeoutMs / 1000} s${spec.logFile ? ` (log: ${spec.logFile})` : ''}`));
        }
      }, timeoutMs);
      const onLine = (line: string) => {
        log?.write(`${line}\n`);
        if (spec.echo && line.trim()) console.log(`[${spec.role}] ${line}`);
        if (!ready && spec.readyLine?.test(line)) becomeReady();
      };
      for (const stream of [p.stdout!, p.stderr!]) eachLine(stream, onLine);
      p.once('error', (e) => {
        if (!ready) {
          clearTimeout(timer);
          reject(new Error(`${spec.role}: cannot run ${spec.command}: ${e.message}`));
        }
      });
      p.once('exit', (code, signal) => {
        log?.end();
        if (!ready) {
          clearTimeout(timer);
          reject(new Error(`${spec.role} exited with ${code ?? signal} before it was ready${spec.logFile ? ` (log: ${spec.logFile})` : ''}`));
        } else if (!this.expectedExit) this.onUnexpectedExit(this, code, signal);
      });
      if (!spec.readyLine) {
        const check = spec.readyCheck;
        if (!check) return becomeReady();
        void (async () => {
          while (!ready && this.child === p && p.exitCode === null) {
            if (await check().catch(() => false)) return becomeReady();
            await new Promise((r) => setTimeout(r, 200));
          }
        })();
      }
    });
  }

  /** Sends the signal (SIGKILL: kill -9, as a crash) and waits until the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.child || !this.running) return;
    this.expectedExit = true;
    await stopChild(this.child, signal);
  }

  /** Graceful stop: SIGTERM, SIGKILL after 10 s. */
  stop(): Promise<void> {
    return this.kill('SIGTERM');
  }

  /** Stops it if it runs (SIGTERM, or SIGKILL when asked), then starts it again and waits until ready. */
  async restart(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.kill(signal);
    await this.start();
  }
}
