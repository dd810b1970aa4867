import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { siteUrls } from '../deploy/siteUrls.ts';
import { eventPageValues } from '../model/eventPage.ts';
import { eventCardFile } from '../render/cards/cardImages.ts';
import { shellFiles, type EventPagesManifest } from './manifest.ts';
import { fillShell, parseShell } from './pageShell.ts';

/**
 * Events written at once: enough to keep sharp's thread pool and the disk busy while a page is
 * being filled, few enough that pending cards do not pile up in memory.
 */
export const CONCURRENCY = 8;

/**
 * Writes `/<slug>/events/<event-id>/index.html` and its `card.png` for every event of the
 * manifest the build left in `outDir`, then removes the shell and the manifest. Cards come
 * from the render cache when their inputs have not changed. Without a shell (`EVENT_PAGES=astro`),
 * Astro has rendered every event page itself and there is nothing to do.
 */
export async function writeEventPages(outDir: string): Promise<{ pages: number } | undefined> {
  const files = shellFiles(outDir);
  if (!existsSync(files.dir)) return undefined;
  const manifest = JSON.parse(await readFile(files.manifest, 'utf8')) as EventPagesManifest;
  const shell = parseShell(await readFile(files.page, 'utf8'));
  await rm(files.dir, { recursive: true });
  const limit = pLimit(CONCURRENCY);
  const urls = siteUrls(manifest.base, manifest.site);
  const writes = manifest.articles.flatMap((article) =>
    article.events.map((event, index) =>
      limit(async () => {
        const dir = path.join(outDir, article.slug, 'events', event.id);
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'index.html'), fillShell(shell, eventPageValues(article, index, urls)));
        await linkOrCopy(await eventCardFile(article, event), path.join(dir, 'card.png'));
      }),
    ),
  );
  await Promise.all(writes);
  return { pages: writes.length };
}

/**
 * A hard link to the cached card: 36,000 cards are 2.3 GB, which a rebuild need not write again.
 * Cache files never change once written (see `cachedRender`), so the output cannot change
 * under a link either. Across file systems, or where links are refused, the file is copied.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}
