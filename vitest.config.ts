import { defineConfig } from 'vitest/config';

// Unit tests of the pure modules and of the content schemas; dates and times in UTC.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
