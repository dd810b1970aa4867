import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, freshBuildDir, REPO } from './buildSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the repository's own content, built once for every build and browser test. */
    siteDir: string;
  }
}

/**
 * Builds `content/` once before the run; many test files read the same site. Every build of
 * this run goes in one folder of its own (workers inherit the variable), removed afterwards
 * without touching another run's builds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = await freshBuildDir();
  process.env['TEST_BUILDS_DIR'] = runDir;
  const build = await buildSite({ contentDir: path.join(REPO, 'content') });
  if (build.code !== 0) throw new Error(`building content/ failed:\n${build.stdout}\n${build.stderr}`);
  project.provide('siteDir', build.outDir);
  return () => rm(runDir, { recursive: true, force: true });
}
