import { defineConfig } from 'vitest/config';

// Four tiers, each runnable alone (`npm run test:unit|test:accuracy|test:build|test:e2e`); `npm test` runs
// all four. Only the build and browser tiers build `content/` first (the global setup), once for both.
// Their tests build whole sites or drive a browser: a time limit there would measure the machine's
// load (2 cores shared by several builds), not the code, so it only catches a hang.
const siteTier = (name: string) => ({
  extends: true as const,
  test: {
    name,
    include: [`tests/${name}/**/*.test.ts`],
    globalSetup: ['tests/support/tempRoot.ts', 'tests/support/globalSetup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      // Unit tests are pure, so their files share one module registry per worker (isolate: false):
      // the gazetteers, the markdown pipeline and the timeline rules load once per worker, not once
      // per file, which was most of the tier's time. A test that needs a module loaded afresh
      // (one reading the environment when it loads) calls vi.resetModules() first.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, globalSetup: ['tests/support/tempRoot.ts'] } },
      // The extractor scored on the whole gold set, and every rule's needed texts checked on every gold sentence: pure too,
      // but they read every gold article, which would take the fast tier past its 30 s. The set grows every round, and one
      // test scans all of it at once (8 s alone, near 30 s beside the tier's other files on 2 cores), so its limit, like the
      // site tiers', only catches a hang.
      {
        extends: true,
        test: { name: 'accuracy', include: ['tests/accuracy/**/*.test.ts'], isolate: false, globalSetup: ['tests/support/tempRoot.ts'], testTimeout: 120_000 },
      },
      siteTier('build'),
      siteTier('e2e'),
    ],
  },
});
