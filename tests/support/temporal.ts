/**
 * Real Temporal servers for tests: the time-skipping test server for workflow tests, the dev
 * server (with the platform's search attributes) for API and end-to-end tests.
 */
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';

// Expected failures (a department system down on purpose) would otherwise flood the test output.
Runtime.install({ logger: new DefaultLogger(process.env.TEST_LOG_LEVEL === 'debug' ? 'INFO' : 'ERROR') });
import { dynamicConfigFlags } from '../../scripts/temporal/dev-server.js';
import { registerSearchAttributes } from '../../scripts/temporal/search-attributes.js';
import { platformDataConverter } from '../../worker/codec.js';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes.js';

const existing = (p: string | undefined) => (p ? { type: 'existing-path' as const, path: p } : undefined);

export async function timeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const executable = existing(process.env.TEMPORAL_TEST_SERVER_PATH);
  const env = await TestWorkflowEnvironment.createTimeSkipping({ ...(executable ? { server: { executable } } : {}), client: { dataConverter: platformDataConverter() } });
  // The test server, like a cluster, refuses search attributes it does not know.
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
  // TEST_CLOCK_YEARS_AHEAD=n starts the test server's clock n years later than today, to prove
  // that no time-skipping test depends on the day it runs (see era.ts).
  const yearsAhead = Number(process.env.TEST_CLOCK_YEARS_AHEAD ?? 0);
  if (!Number.isInteger(yearsAhead) || yearsAhead < 0) throw new Error(`TEST_CLOCK_YEARS_AHEAD must be a whole number ≥ 0, got "${process.env.TEST_CLOCK_YEARS_AHEAD}"`);
  if (yearsAhead > 0) await env.sleep(yearsAhead * 365 * 86_400_000);
  return env;
}

export function devServerEnv(opts: { dbFilename?: string } = {}): Promise<TestWorkflowEnvironment> {
  const executable = existing(process.env.TEMPORAL_CLI_PATH);
  return TestWorkflowEnvironment.createLocal({
    // The platform's codec on the test client too: payloads encrypted, actions vouched for.
    client: { dataConverter: platformDataConverter() },
    server: { ...(executable ? { executable } : {}), ...(opts.dbFilename ? { dbFilename: opts.dbFilename } : {}), searchAttributes: [...CASE_SEARCH_ATTRIBUTES], extraArgs: dynamicConfigFlags(), log: { format: 'pretty', level: 'error' } },
  });
}
