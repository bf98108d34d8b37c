/**
 * Secrets and production guards (issue 14, tokens): no secret from the repository is ever used;
 * a missing one is generated at random and kept in the data folder; weak ones are refused.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/index.js';
import { loadSecrets, weakSecretReason } from '../../config/secrets.js';

const made: string[] = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-secrets-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
const strong = () => crypto.randomBytes(48).toString('base64');
const key = () => crypto.randomBytes(32).toString('base64');
const productionEnv = (extra: Record<string, string> = {}) => ({
  NODE_ENV: 'production',
  SEED_DEMO_USERS: 'false',
  JWT_SECRET: strong(),
  DATA_KEY: key(),
  PAYLOAD_KEYS: JSON.stringify({ k1: key() }),
  ACTOR_SIGNING_KEY: key(),
  HOTLINE_TOKEN: strong(),
  BUSINESS_PLATFORM_TOKEN: strong(),
  DATA_DIR: tmp(),
  ...extra,
});

describe('secrets', () => {
  it('when no JWT_SECRET is given, then a random one is generated on first start, kept in the data folder (0600) and used again on the next start', () => {
    const dir = tmp();
    const first = loadSecrets(loadConfig({ DATA_DIR: dir }));
    const file = path.join(dir, 'secrets.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(weakSecretReason(first.jwtSecret)).toBeUndefined();
    const other = loadSecrets(loadConfig({ DATA_DIR: tmp() }));
    expect(other.jwtSecret).not.toBe(first.jwtSecret);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).jwtSecret).toBe(first.jwtSecret);
  });

  it('when a weak secret is given (32 × "a", a placeholder, too short), then start-up stops naming JWT_SECRET', () => {
    for (const weak of ['a'.repeat(32), 'abababababababababababababababab', 'local-development-secret-change-me-in-production-0123456789']) {
      expect(() => loadSecrets(loadConfig({ DATA_DIR: tmp(), JWT_SECRET: weak }))).toThrow(/JWT_SECRET/);
    }
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(ConfigError);
  });

  it('when production starts with demo accounts, or without its secrets set, then it refuses to start naming each variable', () => {
    expect(() => loadConfig(productionEnv({ SEED_DEMO_USERS: 'true' }))).toThrow(/SEED_DEMO_USERS/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SEED_DEMO_USERS/);
    const { JWT_SECRET: _j, ...noSecret } = productionEnv();
    expect(() => loadSecrets(loadConfig(noSecret))).toThrow(/JWT_SECRET: must be set in production/);
    expect(() => loadSecrets(loadConfig(productionEnv({ JWT_SECRET: 'a'.repeat(40) })))).toThrow(/JWT_SECRET: has too little randomness/);
    expect(() => loadSecrets(loadConfig(productionEnv({ ACTOR_SIGNING_KEY: Buffer.alloc(32, 7).toString('base64') })))).toThrow(/ACTOR_SIGNING_KEY/);
    expect(loadSecrets(loadConfig(productionEnv())).payload.currentId).toBe('k1');
  });
});
