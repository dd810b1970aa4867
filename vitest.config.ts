import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    // Build and browser tests build whole sites; give them room but keep unit tests snappy.
    testTimeout: 20_000,
    hookTimeout: 300_000,
  },
});
