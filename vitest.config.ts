import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests run anywhere at once; integration tests (workflow, api, e2e)
// share one real PostgreSQL started by the global setup and start real Temporal servers.
export default defineConfig({
  test: {
    pool: 'forks',
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          pool: 'forks',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/workflow/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/suite/**/*.test.ts'],
          pool: 'forks',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: at most two files at once, each with its own Temporal server.
          maxWorkers: 2,
        },
      },
    ],
  },
});
