import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind into `dist/pagefind/`, once every page is written (list
 * it after the event-page writer). Only the parts marked `data-pagefind-body` are indexed: the
 * article (title, infobox with places, commanders and units, prose, timeline) and each event's
 * page. The search page loads the index in the browser, in small pieces, only when a reader
 * searches; no server is involved, and the files work under any base path.
 */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: out });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await removeReadyMadeUis(path.join(out, 'pagefind'));
          logger.info(`search index of ${added.page_count} pages written in ${((performance.now() - started) / 1000).toFixed(1)}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Pagefind also writes its own search UIs; the site has its own page, so they would only weigh on `dist/`. */
async function removeReadyMadeUis(dir: string): Promise<void> {
  const files = await readdir(dir);
  await Promise.all(files.filter((name) => /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(name)).map((name) => rm(path.join(dir, name))));
}
