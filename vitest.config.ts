import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/temp-folder.ts'],
    // Builds run Eleventy and change the working folder: each test file gets its own process.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
