/**
 * The production Temporal server's generated config (scripts/temporal/server.ts): the platform's
 * search attributes, read from workflows/search-attributes.ts, always find room in PostgreSQL
 * visibility, and each process's file names its own ports and every service's.
 */
import { describe, expect, it } from 'vitest';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes.js';
import { extraVisibilitySlots, pgEndpointOf, serverConfigYaml } from '../../scripts/temporal/server.js';

describe('room for search attributes in PostgreSQL visibility', () => {
  it('when the list fits the columns the module pre-allocates, then nothing is added', () => {
    const bools = CASE_SEARCH_ATTRIBUTES.filter((a) => a.type === 'BOOL').length;
    expect(extraVisibilitySlots(CASE_SEARCH_ATTRIBUTES)).toEqual(bools > 3 ? { Bool: bools } : {});
    expect(extraVisibilitySlots([{ name: 'A', type: 'BOOL' }, { name: 'B', type: 'KEYWORD' }])).toEqual({});
  });

  it('when the list has more Bool attributes than Bool01–Bool03, then as many Bool columns are asked for', () => {
    const five = ['Overdue', 'Warning', 'Paused', 'InSpecialProcedure', 'Urged'].map((name) => ({ name, type: 'BOOL' }));
    expect(extraVisibilitySlots([...five, { name: 'CaseNo', type: 'KEYWORD' }])).toEqual({ Bool: 5 });
  });

  it('when a type this launcher cannot add columns for overflows, then it refuses naming the type', () => {
    expect(() => extraVisibilitySlots(['a', 'b', 'c', 'd'].map((name) => ({ name, type: 'TEXT' })))).toThrow(/4 search attributes of type TEXT/);
  });
});

describe('a process config', () => {
  const ports = {
    frontend: { grpcPort: 7233, membershipPort: 6933 },
    history: { grpcPort: 7244, membershipPort: 6944 },
    matching: { grpcPort: 7235, membershipPort: 6935 },
    worker: { grpcPort: 7239, membershipPort: 6939 },
  };

  it('when written for the second history host over a managed PostgreSQL with TLS, then it names its ports, every service, TLS and the extra columns', () => {
    const db = pgEndpointOf('postgresql://temporal:p%40ss@pg.example.internal:5432/onewindow?sslmode=verify-full&sslrootcert=/etc/ssl/pg-ca.pem');
    expect(db).toEqual({ host: 'pg.example.internal', port: 5432, user: 'temporal', password: 'p@ss', tls: { caFile: '/etc/ssl/pg-ca.pem', serverName: 'pg.example.internal' } });
    const yaml = serverConfigYaml({ db, numHistoryShards: 512, frontendAddress: '127.0.0.1:7233', service: 'history', ports, dynamicConfigFile: '/x/dc.yaml', visibilitySlots: { Bool: 4 } });
    expect(yaml).toContain('numHistoryShards: 512');
    expect(yaml).toMatch(/history:\n {4}rpc:\n {6}grpcPort: 7244\n {6}membershipPort: 6944/);
    for (const s of ['frontend', 'matching', 'worker']) expect(yaml).toContain(`\n  ${s}:\n    rpc:`);
    expect(yaml).toContain('connectAddr: "pg.example.internal:5432"');
    expect(yaml).toContain('password: "p@ss"');
    expect(yaml).toMatch(/tls:\n {10}enabled: true\n {10}enableHostVerification: true\n {10}caFile: "\/etc\/ssl\/pg-ca.pem"/);
    expect(yaml).toMatch(/persistenceCustomSearchAttributes:\n {4}Bool: 4/);
  });
});
