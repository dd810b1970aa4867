import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** `../shared` beside the repository: seed, gold timeline and corpus, when present. */
export const SHARED = path.resolve(REPO, '../shared');

/** Outcome of one `astro build`. */
export interface BuildResult {
  code: number;
  outDir: string;
  stdout: string;
  stderr: string;
}

/**
 * A new folder for one build's output and cache, inside the repository: Astro puts its
 * prerender chunks in `<outDir>/.prerender/`, but falls back to `./.astro/.prerender/` (shared
 * by every build of the project) when `outDir` is outside the working directory.
 */
export async function freshBuildDir(): Promise<string> {
  const parent = process.env['TEST_BUILDS_DIR'] ?? path.join(REPO, 'node_modules/.cache/test-builds');
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, 'build-'));
}

/** Options of a build; `env` adds variables such as `BASE_PATH` and `SITE_URL`. */
export interface BuildOptions {
  contentDir: string;
  env?: Record<string, string>;
  outDir?: string;
}

/**
 * Builds the site from `contentDir` into a fresh temporary folder with its own Astro cache, so
 * several builds can run side by side without sharing a data store.
 */
export async function buildSite({ contentDir, env = {}, outDir }: BuildOptions): Promise<BuildResult> {
  const work = await freshBuildDir();
  const out = outDir ?? path.join(work, 'dist');
  const astro = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
  const release = await holdSyncLock();
  const child = spawn(process.execPath, [astro, 'build', '--outDir', out], {
    cwd: REPO,
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(work, 'cache'), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (SYNC_DONE.test(stdout)) void release();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  await release();
  return { code, outDir: out, stdout, stderr };
}

/** Astro's line after it has written everything it keeps in the project's own `.astro/`. */
// Colour codes may sit between the label and the word.
const SYNC_DONE = /\[types\]\S*\s+Generated/;
const SYNC_LOCK = path.join(REPO, 'node_modules/.cache/astro-sync.lock');

/**
 * Builds side by side each have their own cache, but Astro's sync step always writes the
 * project's `.astro/` folder through one fixed temporary name (`content-assets.mjs.tmp`), so two
 * syncs at once can rename each other's file away (ENOENT). Only that step is taken in turn,
 * with a lock folder shared by every test worker; the rest of each build runs in parallel.
 * Resolves with the function that frees the lock (safe to call more than once).
 */
async function holdSyncLock(): Promise<() => Promise<void>> {
  await mkdir(path.dirname(SYNC_LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(SYNC_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await lockHolderIsGone()) await rm(SYNC_LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await writeFile(path.join(SYNC_LOCK, 'pid'), String(process.pid));
  let held = true;
  return async () => {
    if (!held) return;
    held = false;
    await rm(SYNC_LOCK, { recursive: true, force: true });
  };
}

/** A lock left by a test worker that has since died (killed run) would otherwise wait forever. */
async function lockHolderIsGone(): Promise<boolean> {
  const pid = Number(await readFile(path.join(SYNC_LOCK, 'pid'), 'utf8').catch(() => ''));
  // Without a pid the lock is either being made (a few milliseconds) or its maker died making it.
  if (!pid)
    return (
      Date.now() -
        (await stat(SYNC_LOCK).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        )) >
      30_000
    );
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * The environment a person's shell would give `astro build`: vitest puts its own Vite variables
 * (BASE_URL, MODE, NODE_ENV=test…) into process.env, and Astro would build with them.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  // A host's address variables (as on a Netlify or Cloudflare build machine) are set per test.
  const hostOwn = new Set(['SITE_URL', 'URL', 'CF_PAGES_URL', 'VERCEL_PROJECT_PRODUCTION_URL']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOwn.has(name) && !hostOwn.has(name) && !name.startsWith('VITEST')));
}
