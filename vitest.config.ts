import { defineConfig } from 'vitest/config';

// Three tiers, each runnable alone (`npm run test:unit|test:build|test:e2e`); `npm test` runs all
// three. Only the build and browser tiers build `content/` first (the global setup), once for both.
const siteTier = (name: string) => ({
  extends: true as const,
  test: { name, include: [`tests/${name}/**/*.test.ts`], globalSetup: ['tests/support/globalSetup.ts'], hookTimeout: 300_000 },
});

export default defineConfig({
  test: {
    // Build and browser tests build whole sites; give them room but keep unit tests snappy.
    testTimeout: 20_000,
    projects: [{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } }, siteTier('build'), siteTier('e2e')],
  },
});
