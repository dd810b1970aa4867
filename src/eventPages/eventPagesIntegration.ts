import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeEventPages } from './writeEventPages.ts';

/**
 * Fills the event page shell for every event once Astro has built the rest of the site (see
 * routes.ts for what the build renders, writeEventPages.ts for the checks that can stop it).
 */
export function eventPages(): AstroIntegration {
  return {
    name: 'event-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writeEventPages(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${written.pages} event pages and cards written in ${seconds}s`);
        if (written.canary) logger.info(`canary ${written.canary}: Astro's page and card equal the shell's`);
      },
    },
  };
}
