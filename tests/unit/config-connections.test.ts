/**
 * TLS to Temporal and PostgreSQL (a managed PostgreSQL, a Temporal cluster behind TLS, Temporal
 * Cloud): the config refuses at start what could never connect, naming the variable, and hands the
 * client and the worker the same connection settings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, temporalConnectionOptions } from '../../config/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-tls-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};
const ca = file('ca.pem', '-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n');
const crt = file('client.pem', '-----BEGIN CERTIFICATE-----\nclient\n-----END CERTIFICATE-----\n');
const key = file('client.key', '-----BEGIN PRIVATE KEY-----\nkey\n-----END PRIVATE KEY-----\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const issuesOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.issues;
    throw e;
  }
};

describe('TLS to Temporal', () => {
  it('when nothing is set, then the connection is plain to the local address', () => {
    expect(temporalConnectionOptions(loadConfig({}))).toEqual({ address: '127.0.0.1:7233' });
  });

  it('when a client certificate (mTLS) is given, then TLS is on with the CA, the pair and the server name', () => {
    const o = temporalConnectionOptions(
      loadConfig({ TEMPORAL_ADDRESS: 'onewindow.a1b2c.tmprl.cloud:7233', TEMPORAL_TLS_CERT_FILE: crt, TEMPORAL_TLS_KEY_FILE: key, TEMPORAL_TLS_CA_FILE: ca, TEMPORAL_TLS_SERVER_NAME: 'onewindow.a1b2c.tmprl.cloud' }),
    );
    expect(o.address).toBe('onewindow.a1b2c.tmprl.cloud:7233');
    expect(o.tls?.serverNameOverride).toBe('onewindow.a1b2c.tmprl.cloud');
    expect(o.tls?.serverRootCACertificate?.toString()).toContain('ca');
    expect(o.tls?.clientCertPair?.crt.toString()).toContain('client');
    expect(o.tls?.clientCertPair?.key.toString()).toContain('key');
  });

  it('when an API key is given, then TLS is on with the system roots and the key is passed', () => {
    const o = temporalConnectionOptions(loadConfig({ TEMPORAL_ADDRESS: 'ap-northeast-1.aws.api.temporal.io:7233', TEMPORAL_API_KEY: 'secret-key' }));
    expect(o).toEqual({ address: 'ap-northeast-1.aws.api.temporal.io:7233', tls: {}, apiKey: 'secret-key' });
  });

  it('when half a certificate pair, an unreadable file, TLS files with TLS off, or an API key without an address is set, then start-up is refused naming each variable', () => {
    expect(issuesOf({ TEMPORAL_TLS_CERT_FILE: crt })).toEqual([expect.stringContaining('TEMPORAL_TLS_CERT_FILE, TEMPORAL_TLS_KEY_FILE')]);
    expect(issuesOf({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CA_FILE: path.join(dir, 'missing.pem') })).toEqual([expect.stringMatching(/^TEMPORAL_TLS_CA_FILE: .*missing\.pem cannot be read/)]);
    expect(issuesOf({ TEMPORAL_TLS_CA_FILE: ca })).toEqual([expect.stringContaining('TEMPORAL_TLS: ')]);
    expect(issuesOf({ TEMPORAL_API_KEY: 'k' })).toEqual([expect.stringContaining('TEMPORAL_API_KEY: set TEMPORAL_ADDRESS')]);
  });
});

describe('TLS to PostgreSQL', () => {
  const managed = 'postgresql://onewindow:pw@pg.example.internal:5432/onewindow';

  it('when TLS is required and the URL has sslmode=verify-full with a readable CA, then the config loads', () => {
    expect(issuesOf({ DATABASE_REQUIRE_TLS: 'true', DATABASE_URL: `${managed}?sslmode=verify-full&sslrootcert=${encodeURIComponent(ca)}` })).toEqual([]);
  });

  it('when TLS is required and a URL has none, or names a CA that cannot be read or an unknown sslmode, then start-up is refused naming the URL', () => {
    expect(issuesOf({ DATABASE_REQUIRE_TLS: 'true', DATABASE_URL: managed, APP_DATABASE_URL: `${managed}?sslmode=require` })).toEqual([expect.stringMatching(/^DATABASE_URL: DATABASE_REQUIRE_TLS is on/)]);
    expect(issuesOf({ DATABASE_URL: `${managed}?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem` })).toEqual([expect.stringMatching(/^DATABASE_URL sslrootcert: .* cannot be read/)]);
    expect(issuesOf({ APP_DATABASE_URL: `${managed}?sslmode=always` })).toEqual([expect.stringContaining('APP_DATABASE_URL: sslmode=always is not a PostgreSQL sslmode')]);
  });
});
