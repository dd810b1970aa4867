import { readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cachedDirectory, hashFiles } from './cachedDirectory.ts';

/** Pagefind's version, from the package.json beside its entry point (its `exports` do not list the file). */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * The pages indexed: the articles (`<slug>/index.html`). Each event is found inside its article's
 * timeline (the search page reads its list item's id and words, see `client/search/eventHits.ts`),
 * not from its own page: at 1,000 articles the 36,000 event pages made the index 37,000 files
 * (over Cloudflare Pages' 20,000), took 28 s to read and held 4 GB in Pagefind's process.
 */
const INDEXED_PAGES = '*/index.html';

/**
 * Indexes the built site with Pagefind into `dist/pagefind/`, once every page is written. Only
 * the part of an article marked `data-pagefind-body` is indexed: title, infobox with places,
 * commanders and units, prose and timeline. The search page loads the index in the browser, in
 * small pieces, only when a reader searches; no server is involved, and the files work under any
 * base path.
 */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const target = path.join(out, 'pagefind');
        // The index depends only on the indexed pages and Pagefind's version: a rebuild that changed
        // no article takes it from the render cache.
        const key = `${PAGEFIND_VERSION}-${await hashFiles(out, INDEXED_PAGES)}`;
        let pages = 0;
        const cached = await cachedDirectory('pagefind', key, target, async () => {
          pages = await indexSite(out, target);
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(cached ? `search index unchanged, taken from the render cache in ${seconds}s` : `search index of ${pages} pages written in ${seconds}s`);
      },
    },
  };
}

async function indexSite(out: string, target: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: out, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await removeReadyMadeUis(target);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Pagefind also writes its own search UIs; the site has its own page, so they would only weigh on `dist/`. */
async function removeReadyMadeUis(dir: string): Promise<void> {
  const files = await readdir(dir);
  await Promise.all(files.filter((name) => /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(name)).map((name) => rm(path.join(dir, name))));
}
