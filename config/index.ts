/**
 * The one configuration module. Every process (API, worker, start-up, tests) reads its settings
 * here, from environment variables, with local defaults so that `npm start` needs nothing set.
 * A bad value stops the process at start with the variable named, never later at first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Where runtime data lives when the platform runs its own servers (git-ignored). */
  DATA_DIR: z.string().default(path.join(ROOT_DIR, '.data')),
  /** Where provisioned binaries are cached (git-ignored). */
  CACHE_DIR: z.string().default(path.join(ROOT_DIR, '.cache')),

  PORT: port.default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Unset: `npm start` runs an embedded PostgreSQL in DATA_DIR. The owner's URL: migrations and seed run with it. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * The URL the API and the worker connect with: the least-privileged role onewindow_app (or a
   * login role granted it), which cannot rewrite the audit log. Unset: for the embedded server,
   * onewindow_app with a generated password; with DATABASE_URL, DATABASE_URL itself (set this!).
   */
  APP_DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: port.default(54329),

  /** Unset: `npm start` runs a Temporal dev server persisting to DATA_DIR. */
  TEMPORAL_ADDRESS: z.string().optional(),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('one-window-cases'),
  /**
   * Case workflows a worker keeps in memory between their workflow tasks. A case waits days on its
   * timers; one not cached is replayed from its history (about 30 events) when it wakes, so this
   * bounds a worker's memory whatever the number of open cases (docs/operations.md, capacity).
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(10).max(100_000).default(1_000),
  TEMPORAL_DEV_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  /**
   * TLS to Temporal (a cluster's frontend behind TLS, or Temporal Cloud): on with TEMPORAL_TLS=true,
   * or implied by a client certificate or an API key. TEMPORAL_TLS_CA_FILE: the server's CA (unset:
   * the system roots); TEMPORAL_TLS_CERT_FILE + TEMPORAL_TLS_KEY_FILE: the client certificate (mTLS,
   * both or neither); TEMPORAL_TLS_SERVER_NAME: the name to verify when it differs from the address.
   * TEMPORAL_API_KEY: Temporal Cloud's API-key authentication (instead of mTLS).
   */
  TEMPORAL_TLS: bool.default(false),
  TEMPORAL_TLS_CA_FILE: z.string().optional(),
  TEMPORAL_TLS_CERT_FILE: z.string().optional(),
  TEMPORAL_TLS_KEY_FILE: z.string().optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().optional(),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  /**
   * Refuse a DATABASE_URL / APP_DATABASE_URL without TLS (sslmode=verify-full, verify-ca or
   * require; sslrootcert=<CA file> for a private CA): set it for a managed PostgreSQL.
   */
  DATABASE_REQUIRE_TLS: bool.default(false),
  TEMPORAL_CLI_PATH: z.string().optional(),
  TEMPORAL_TEST_SERVER_PATH: z.string().optional(),

  /** Origins allowed to call the API from a browser, comma-separated; none by default (CORS closed). */
  CORS_ORIGINS: z.string().default('').transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean)),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(1200),
  LOGIN_RATE_LIMIT_PER_MINUTE: positiveInt.default(30),
  /**
   * Secret for signing access tokens. Unset: generated at random on first start and kept in
   * DATA_DIR/secrets.json (config/secrets.ts). Required and checked for strength in production.
   */
  JWT_SECRET: z.string().min(32).optional(),
  /** 32-byte key (base64 or hex) sealing stored responses (idempotency store). Unset: generated. */
  DATA_KEY: z.string().optional(),
  /** Temporal payload encryption keys: JSON { "<key id>": "<32 bytes base64>" }. Unset: generated. */
  PAYLOAD_KEYS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return undefined;
      try {
        return z.record(z.string(), z.string()).parse(JSON.parse(raw));
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `must be a JSON object { "<key id>": "<base64 key>" } (${(e as Error).message})` });
        return z.NEVER;
      }
    }),
  /** Which of PAYLOAD_KEYS encrypts new payloads (the others only decrypt: rotation). Default: the last one. */
  PAYLOAD_KEY_ID: z.string().optional(),
  /** 32-byte key (base64 or hex) the API signs each action's actor with; the worker verifies. Unset: generated. */
  ACTOR_SIGNING_KEY: z.string().optional(),
  /**
   * Which proxies' X-Forwarded-For the API believes, as Express's "trust proxy" setting: `false`
   * (none, the default: the client address is the TCP peer), a number of hops, or a
   * comma-separated list of addresses/subnets (e.g. `10.0.0.0/8`).
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v): boolean | number | string[] => {
      if (v === 'false' || v === '') return false;
      if (v === 'true') return true;
      if (/^\d+$/.test(v)) return Number(v);
      return v.split(',').map((s) => s.trim()).filter(Boolean);
    }),
  ACCESS_TOKEN_MINUTES: positiveInt.default(15),
  REFRESH_TOKEN_HOURS: positiveInt.default(12),

  /** The built-in department simulator (an HTTP service `npm start` runs). */
  DEPARTMENT_SIMULATOR_PORT: port.default(3100),
  /**
   * Department systems: JSON object { "<departmentCode>": { "url": "...", "token": "..." } }.
   * A department not listed here is served by the simulator.
   */
  DEPARTMENT_ENDPOINTS: z
    .string()
    .default('{}')
    .transform((raw, ctx) => {
      try {
        return z
          .record(z.string(), z.object({ url: z.string().url(), token: z.string().optional() }))
          .parse(JSON.parse(raw));
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `must be a JSON object of { url, token? } per department (${(e as Error).message})` });
        return z.NEVER;
      }
    }),

  /** Warning (预警) threshold: a case warns when this many working days or fewer remain. */
  WARNING_WORKING_DAYS: z.coerce.number().int().min(0).max(30).default(2),
  /** How long an API request waits for Temporal before answering 503 (a retry with the same Idempotency-Key is safe). */
  TEMPORAL_CALL_TIMEOUT_MS: positiveInt.default(5_000),
  /** 预审时限 Working days the front desk has to pre-review an application received online (Administrative Licensing Law art. 32: at most 5). */
  PRE_REVIEW_WORKING_DAYS: z.coerce.number().int().min(1).max(5).default(2),
  /** 出件时限 Working days the front desk has to hand out a decided result (art. 44: at most 10). */
  OUTPUT_WORKING_DAYS: z.coerce.number().int().min(1).max(10).default(3),
  /** The hall's contact line, printed on the one-time notice. */
  HALL_CONTACT: z.string().trim().min(1).max(100).default('0912-12345（榆林市政务服务便民热线）'),
  /** Base of links sent to applicants (e.g. the rating link). */
  PUBLIC_BASE_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** Credential of the 12345 hotline system calling POST /api/v1/inbound/hotline (Bearer token). */
  HOTLINE_TOKEN: z.string().min(16).default('local-hotline-12345-token'),
  /** Credential of the business-environment platform calling POST /api/v1/inbound/business-platform. */
  BUSINESS_PLATFORM_TOKEN: z.string().min(16).default('local-business-platform-token'),
  /** SMS gateway (HTTP POST JSON { to, text, messageId }); by default the local notification simulator. */
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  /** SMTP server for e-mail; by default the local notification simulator. */
  SMTP_HOST: z.string().default('127.0.0.1'),
  SMTP_PORT: port.optional(),
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().default('一窗综合受理平台 <noreply@onewindow.local>'),
  /** The notification simulator `npm start` runs: HTTP (SMS gateway, message list, hotline sender) and SMTP. */
  NOTIFY_SIMULATOR_PORT: port.default(3200),
  NOTIFY_SMTP_SIMULATOR_PORT: port.default(2525),
  /** Outbox deliverer: attempts before a message goes to the dead-letter list, and the poll interval. */
  OUTBOX_MAX_ATTEMPTS: positiveInt.default(8),
  OUTBOX_POLL_MS: positiveInt.default(1000),
  /** Rectifications: warning this many working days before the deadline; escalation this many after it. */
  RECTIFICATION_WARNING_DAYS: z.coerce.number().int().min(0).max(30).default(2),
  RECTIFICATION_ESCALATE_AFTER_DAYS: z.coerce.number().int().min(0).max(30).default(3),
  /** Urges: default reply deadline and reminder, in working days. */
  URGE_REPLY_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  URGE_WARNING_DAYS: z.coerce.number().int().min(0).max(30).default(1),
  /**
   * 电子材料 The document store (uploaded materials, electronic results): `fs` keeps files by
   * content hash in DATA_DIR/documents (or DOCUMENT_DIR); `s3` puts them in an S3-compatible
   * bucket (S3_BUCKET, S3_ENDPOINT for a non-AWS store, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY).
   */
  DOCUMENT_STORE: z.enum(['fs', 's3']).default('fs'),
  DOCUMENT_DIR: z.string().optional(),
  /** Largest material file accepted, in bytes (default 10 MB). */
  DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style bucket addressing (most S3-compatible servers: MinIO, Ceph, moto). */
  S3_FORCE_PATH_STYLE: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_USERS: bool.default(true),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const config = result.data;
  if (config.NODE_ENV === 'production') {
    const issues: string[] = [];
    if (config.SEED_DEMO_USERS) issues.push('SEED_DEMO_USERS: demo accounts (with a published password) are refused in production; set SEED_DEMO_USERS=false');
    if (config.TRUST_PROXY === true) issues.push('TRUST_PROXY: name the proxies (hops or addresses); trusting every proxy lets clients forge their address');
    if (issues.length) throw new ConfigError(issues);
  }
  const tlsIssues = connectionSecurityIssues(config);
  if (tlsIssues.length) throw new ConfigError(tlsIssues);
  if (config.DOCUMENT_STORE === 's3' && !config.S3_BUCKET) throw new ConfigError(['S3_BUCKET: required when DOCUMENT_STORE=s3']);
  if (config.NODE_ENV === 'production' && (config.HOTLINE_TOKEN.startsWith('local-') || config.BUSINESS_PLATFORM_TOKEN.startsWith('local-'))) {
    throw new ConfigError(['HOTLINE_TOKEN, BUSINESS_PLATFORM_TOKEN: must be set to real credentials in production']);
  }
  return config;
}

/** The database URL of the embedded PostgreSQL when DATABASE_URL is not set. */
export function embeddedDatabaseUrl(config: Config): string {
  return `postgresql://postgres:postgres@127.0.0.1:${config.EMBEDDED_PG_PORT}/onewindow`;
}

export function databaseUrl(config: Config): string {
  return config.DATABASE_URL ?? embeddedDatabaseUrl(config);
}

export function temporalAddress(config: Config): string {
  return config.TEMPORAL_ADDRESS ?? `127.0.0.1:${config.TEMPORAL_DEV_PORT}`;
}

/** The SMS gateway URL: the configured one, or the local simulator's. */
export function smsGatewayUrl(config: Config): string {
  return config.SMS_GATEWAY_URL ?? `http://127.0.0.1:${config.NOTIFY_SIMULATOR_PORT}/sms`;
}

export function smtpPort(config: Config): number {
  return config.SMTP_PORT ?? config.NOTIFY_SMTP_SIMULATOR_PORT;
}

/** TLS settings that cannot work, found at start rather than at the first connection. */
function connectionSecurityIssues(config: Config): string[] {
  const issues: string[] = [];
  const readable = (name: string, file: string | undefined) => {
    if (file === undefined) return;
    try {
      fs.accessSync(file, fs.constants.R_OK);
    } catch {
      issues.push(`${name}: ${file} cannot be read`);
    }
  };
  readable('TEMPORAL_TLS_CA_FILE', config.TEMPORAL_TLS_CA_FILE);
  readable('TEMPORAL_TLS_CERT_FILE', config.TEMPORAL_TLS_CERT_FILE);
  readable('TEMPORAL_TLS_KEY_FILE', config.TEMPORAL_TLS_KEY_FILE);
  if (!!config.TEMPORAL_TLS_CERT_FILE !== !!config.TEMPORAL_TLS_KEY_FILE) issues.push('TEMPORAL_TLS_CERT_FILE, TEMPORAL_TLS_KEY_FILE: a client certificate needs both (or neither)');
  if (config.TEMPORAL_TLS === false && (config.TEMPORAL_TLS_CA_FILE || config.TEMPORAL_TLS_SERVER_NAME) && !config.TEMPORAL_TLS_CERT_FILE && !config.TEMPORAL_API_KEY) {
    issues.push('TEMPORAL_TLS: TLS files or a server name are set but TLS is off; set TEMPORAL_TLS=true');
  }
  if (config.TEMPORAL_API_KEY && !config.TEMPORAL_ADDRESS) issues.push('TEMPORAL_API_KEY: set TEMPORAL_ADDRESS too (e.g. <namespace>.<account>.tmprl.cloud:7233 or <region>.<cloud>.api.temporal.io:7233)');
  for (const name of ['DATABASE_URL', 'APP_DATABASE_URL'] as const) {
    const url = config[name];
    if (!url) continue;
    const params = new URL(url).searchParams;
    const mode = params.get('sslmode');
    if (mode && !['disable', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'].includes(mode)) issues.push(`${name}: sslmode=${mode} is not a PostgreSQL sslmode`);
    if (config.DATABASE_REQUIRE_TLS && !['require', 'verify-ca', 'verify-full'].includes(mode ?? '')) issues.push(`${name}: DATABASE_REQUIRE_TLS is on, so the URL needs sslmode=verify-full (or verify-ca / require)`);
    readable(`${name} sslrootcert`, params.get('sslrootcert') ?? undefined);
  }
  return issues;
}

/** What the Temporal client (API) and the worker's native connection are given: address, TLS, API key. */
export interface TemporalConnectionSettings {
  address: string;
  tls?: { serverNameOverride?: string; serverRootCACertificate?: Buffer; clientCertPair?: { crt: Buffer; key: Buffer } };
  apiKey?: string;
}

export function temporalConnectionOptions(config: Config): TemporalConnectionSettings {
  const address = temporalAddress(config);
  const tlsOn = config.TEMPORAL_TLS || !!config.TEMPORAL_TLS_CERT_FILE || !!config.TEMPORAL_API_KEY;
  if (!tlsOn) return { address };
  return {
    address,
    tls: {
      ...(config.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME } : {}),
      ...(config.TEMPORAL_TLS_CA_FILE ? { serverRootCACertificate: fs.readFileSync(config.TEMPORAL_TLS_CA_FILE) } : {}),
      ...(config.TEMPORAL_TLS_CERT_FILE && config.TEMPORAL_TLS_KEY_FILE
        ? { clientCertPair: { crt: fs.readFileSync(config.TEMPORAL_TLS_CERT_FILE), key: fs.readFileSync(config.TEMPORAL_TLS_KEY_FILE) } }
        : {}),
    },
    ...(config.TEMPORAL_API_KEY ? { apiKey: config.TEMPORAL_API_KEY } : {}),
  };
}
