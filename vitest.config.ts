import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    pool: 'forks',
    // A real PostgreSQL server (Debian's package) for the storage tests; PGlite needs none.
    globalSetup: ['test/support/global-postgres.ts'],
  },
});
