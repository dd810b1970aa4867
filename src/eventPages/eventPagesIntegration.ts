import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeEventPages } from './writeEventPages.ts';

/** Fills the event page shell for every event once Astro has built the rest of the site. */
export function eventPages(): AstroIntegration {
  return {
    name: 'event-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writeEventPages(fileURLToPath(dir));
        if (written) logger.info(`${written.pages} event pages and cards written in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
