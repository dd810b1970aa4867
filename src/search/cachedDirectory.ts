import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR } from '../render/cachedRender.ts';

/** SHA-256 of every file under `dir` whose path (relative, `/`-separated) matches `glob`: paths and bytes, in a fixed order. */
export async function hashFiles(dir: string, glob: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => path.posix.matchesGlob(file, glob))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(await readFile(path.join(dir, file)));
  return hash.digest('hex');
}

/** Folders kept per kind: the last ones used. An index no page matches any more is never used again. */
const KEEP = 2;

/**
 * Fills `target` from the render cache when a folder was made there before from the same inputs
 * (`key`), else runs `make` to write it and keeps a copy, and the cache keeps only the folders
 * used last (each is a whole search index, 40 MB at 1,000 articles). Files are hard-linked both
 * ways, like the event cards: nothing writes to a cached file once it is stored. True when the
 * cache had it.
 */
export async function cachedDirectory(kind: string, key: string, target: string, make: () => Promise<void>): Promise<boolean> {
  const stored = path.join(CACHE_DIR, kind, key);
  if (existsSync(stored)) {
    try {
      const now = new Date();
      await utimes(stored, now, now);
      await rm(target, { recursive: true, force: true });
      await linkTree(stored, target);
      return true;
    } catch {
      // Another build pruned it meanwhile: make it again.
      await rm(target, { recursive: true, force: true });
    }
  }
  await make();
  // Linked under a name no other build shares, then renamed: a reader never sees half a folder.
  const partial = `${stored}.${process.pid}.${randomUUID()}.tmp`;
  await linkTree(target, partial);
  await rename(partial, stored).catch(async () => {
    // Another build stored the same folder first: it is the same, keep theirs.
    await rm(partial, { recursive: true, force: true });
  });
  await prune(path.dirname(stored));
  return false;
}

/** Removes all but the {@link KEEP} folders used last (a use touches the folder). */
async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => !name.endsWith('.tmp'));
  const used = await Promise.all(names.map(async (name) => ({ name, at: (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  used.sort((a, b) => b.at - a.at || a.name.localeCompare(b.name));
  await Promise.all(used.slice(KEEP).map(({ name }) => rm(path.join(dir, name), { recursive: true, force: true })));
}

async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true, recursive: true });
  await mkdir(to, { recursive: true });
  for (const entry of entries.filter((item) => item.isDirectory()))
    await mkdir(path.join(to, path.relative(from, path.join(entry.parentPath, entry.name))), { recursive: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const relative = path.relative(from, path.join(entry.parentPath, entry.name));
        await link(path.join(from, relative), path.join(to, relative)).catch(() => copyFile(path.join(from, relative), path.join(to, relative)));
      }),
  );
}
