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

/** The one build of `content/` a run shares, and the folder that holds every build of the run. */
interface RunBuild {
  runDir: string;
  siteDir: string;
}

declare global {
  var qusayrRunBuild: Promise<RunBuild> | undefined;
}

/**
 * Builds `content/` once before the run; many test files read the same site. The build and e2e
 * tiers both name this setup, and vitest calls it once per tier: the first call builds, the
 * second reads the same promise (setups share the main process's global scope). Every build of
 * this run goes in one folder of its own (workers inherit the variable), removed afterwards
 * without touching another run's builds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  globalThis.qusayrRunBuild ??= buildOnce();
  const { runDir, siteDir } = await globalThis.qusayrRunBuild;
  project.provide('siteDir', siteDir);
  return () => rm(runDir, { recursive: true, force: true });
}

async function buildOnce(): Promise<RunBuild> {
  const runDir = await freshBuildDir();
  process.env['TEST_BUILDS_DIR'] = runDir;
  const build = await buildSite({ contentDir: path.join(REPO, 'content') });
  if (build.code !== 0) throw new Error(`building content/ failed:\n${build.stdout}\n${build.stderr}`);
  return { runDir, siteDir: build.outDir };
}
