import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A hash of everything that turns a content file into an article besides the file itself: our
 * sources, the dependencies as installed, and the Node version (its ICU data splits sentences).
 * Cached articles are keyed by it, so an edited parser or a new chrono-node rebuilds them all.
 */
export async function sourceVersion(root: string): Promise<string> {
  const hash = createHash('sha256').update(`${process.version}\0${process.versions.icu ?? ''}\0`);
  const entries = await readdir(path.join(root, 'src'), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`${path.relative(root, file)}\0`).update(await readFile(file));
  // npm's record of the installed tree; the project's lockfile where npm left none.
  for (const lockfile of ['node_modules/.package-lock.json', 'package-lock.json']) {
    const text = await readFile(path.join(root, lockfile)).catch(() => undefined);
    if (text) {
      hash.update(text);
      break;
    }
  }
  return hash.digest('hex');
}
