/**
 * The platform's secrets: the token signing secret, the data key (idempotency store), the
 * payload encryption keys (Temporal payload codec) and the actor signing key (the API vouches
 * for each action's actor). No secret is in the repository:
 *   - set by environment variables (JWT_SECRET, DATA_KEY, PAYLOAD_KEYS + PAYLOAD_KEY_ID,
 *     ACTOR_SIGNING_KEY) — required in production, where several API and worker copies must share them;
 *   - otherwise generated at random on first start and kept in DATA_DIR/secrets.json (mode 0600),
 *     so a local install is never signed with a key anybody else knows.
 * Every secret, given or generated, must be strong: at least 32 characters (keys: 32 bytes) and
 * no low-entropy filler such as 32 × 'a'.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Config, ConfigError, databaseUrl } from './index.js';

export interface PayloadKeys {
  /** The key new payloads are encrypted with. */
  currentId: string;
  /** Every key that may still decrypt (rotation: old ids stay until no history needs them). */
  keys: Record<string, Buffer>;
}

export interface Secrets {
  jwtSecret: string;
  dataKey: Buffer;
  payload: PayloadKeys;
  actorKey: Buffer;
  /** Where the generated secrets are kept, when any were generated. */
  file?: string;
}

interface StoredSecrets {
  jwtSecret: string;
  dataKey: string;
  payloadKeyId: string;
  payloadKey: string;
  actorKey: string;
}

/** Shannon entropy of a string, in bits for the whole string. */
export function entropyBits(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...s].length;
  let perChar = 0;
  for (const c of counts.values()) perChar -= (c / n) * Math.log2(c / n);
  return perChar * n;
}

/** Why a secret text is too weak, or undefined when it is strong enough. */
export function weakSecretReason(secret: string): string | undefined {
  if (secret.length < 32) return 'must be at least 32 characters';
  if (/^local-development-secret/.test(secret) || /change[-_ ]?me/i.test(secret)) return 'is a well-known placeholder';
  if (new Set(secret).size < 10 || entropyBits(secret) < 128) return 'has too little randomness (use e.g. `openssl rand -base64 48`)';
  return undefined;
}

function keyOf(name: string, raw: string, issues: string[]): Buffer {
  const key = Buffer.from(raw, /^[0-9a-f]{64}$/i.test(raw) ? 'hex' : 'base64');
  if (key.length !== 32) issues.push(`${name}: must be 32 bytes, base64 or hex encoded`);
  else if (new Set(key).size < 8) issues.push(`${name}: has too little randomness`);
  return key;
}

const random = (bytes: number) => crypto.randomBytes(bytes).toString('base64');

/** Reads DATA_DIR/secrets.json, creating it atomically (safe when several processes start at once). */
function storedSecrets(dataDir: string): { stored: StoredSecrets; file: string } {
  const file = path.join(dataDir, 'secrets.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const fresh: StoredSecrets = {
      jwtSecret: crypto.randomBytes(48).toString('base64url'),
      dataKey: random(32),
      payloadKeyId: `k${Date.now().toString(36)}`,
      payloadKey: random(32),
      actorKey: random(32),
    };
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    fs.writeFileSync(tmp, JSON.stringify(fresh, null, 2), { mode: 0o600 });
    try {
      fs.linkSync(tmp, file); // fails when another process created it first: theirs wins
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  return { stored: JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets, file };
}

const cache = new Map<string, Secrets>();

/** The secrets for this configuration; throws ConfigError naming each weak or missing one. */
export function loadSecrets(config: Config): Secrets {
  const cacheKey = JSON.stringify([config.DATA_DIR, config.JWT_SECRET, config.DATA_KEY, config.PAYLOAD_KEYS, config.PAYLOAD_KEY_ID, config.ACTOR_SIGNING_KEY, config.NODE_ENV]);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const production = config.NODE_ENV === 'production';
  const issues: string[] = [];
  if (production) {
    for (const name of ['JWT_SECRET', 'DATA_KEY', 'PAYLOAD_KEYS', 'ACTOR_SIGNING_KEY'] as const) {
      if (!config[name]) issues.push(`${name}: must be set in production (every API and worker copy shares it)`);
    }
    if (issues.length) throw new ConfigError(issues);
  }
  const needsFile = !config.JWT_SECRET || !config.DATA_KEY || !config.PAYLOAD_KEYS || !config.ACTOR_SIGNING_KEY;
  const { stored, file } = needsFile ? storedSecrets(config.DATA_DIR) : { stored: undefined, file: undefined };

  const jwtSecret = config.JWT_SECRET ?? stored!.jwtSecret;
  const weak = weakSecretReason(jwtSecret);
  if (weak) issues.push(`JWT_SECRET: ${weak}`);
  const dataKey = keyOf('DATA_KEY', config.DATA_KEY ?? stored!.dataKey, issues);
  const actorKey = keyOf('ACTOR_SIGNING_KEY', config.ACTOR_SIGNING_KEY ?? stored!.actorKey, issues);

  let payload: PayloadKeys;
  if (config.PAYLOAD_KEYS) {
    const keys: Record<string, Buffer> = {};
    for (const [id, raw] of Object.entries(config.PAYLOAD_KEYS)) {
      if (!/^[\w.-]{1,40}$/.test(id)) issues.push(`PAYLOAD_KEYS: key id ${JSON.stringify(id)} must be 1–40 letters, digits, '.', '_' or '-'`);
      keys[id] = keyOf(`PAYLOAD_KEYS.${id}`, raw, issues);
    }
    const currentId = config.PAYLOAD_KEY_ID ?? Object.keys(keys).at(-1) ?? '';
    if (!keys[currentId]) issues.push(`PAYLOAD_KEY_ID: ${JSON.stringify(currentId)} is not one of PAYLOAD_KEYS`);
    payload = { currentId, keys };
  } else {
    payload = { currentId: stored!.payloadKeyId, keys: { [stored!.payloadKeyId]: keyOf('payloadKey', stored!.payloadKey, issues) } };
  }
  if (issues.length) throw new ConfigError(issues);
  const secrets: Secrets = { jwtSecret, dataKey, payload, actorKey, ...(file ? { file } : {}) };
  cache.set(cacheKey, secrets);
  return secrets;
}

/** A sub-key for one purpose, so one secret never serves two uses. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), `one-window:${purpose}`, 32));
}

/** The least-privileged role the API and the worker connect as (prisma/migrations/*_app_role). */
export const APP_DB_ROLE = 'onewindow_app';

/** The embedded server's password for APP_DB_ROLE, derived from the data key (never stored apart). */
export function embeddedAppRolePassword(config: Config): string {
  return deriveKey(loadSecrets(config).dataKey, 'embedded-postgres-app-role').toString('hex');
}

/** The URL the API and the worker use: APP_DATABASE_URL, else the app role on the embedded server, else DATABASE_URL. */
export function appDatabaseUrl(config: Config): string {
  if (config.APP_DATABASE_URL) return config.APP_DATABASE_URL;
  if (config.DATABASE_URL) return config.DATABASE_URL;
  const u = new URL(databaseUrl(config));
  u.username = APP_DB_ROLE;
  u.password = embeddedAppRolePassword(config);
  return u.toString();
}
