import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeEventPages } from './writeEventPages.ts';

/** The feature's routes, which live here rather than in src/pages/ so the feature is one folder. */
const ROUTES = [
  { pattern: '/[slug]/events/[event]', file: 'EventPage.astro' },
  { pattern: '/[slug]/events/[event]/card.png', file: 'eventCard.png.ts' },
  { pattern: '/[slug]/events/pages.json', file: 'manifest.json.ts' },
  { pattern: '/[slug]/events/places.svg', file: 'places.svg.ts' },
];

/**
 * The event pages, `/<slug>/events/<event-id>/` and their share cards: adds their routes, then
 * fills the page shell for every event once Astro has built the rest of the site (see
 * staticPaths.ts for what the build renders, writeEventPages.ts for the checks that can stop it).
 */
export function eventPages(): AstroIntegration {
  return {
    name: 'event-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const { pattern, file } of ROUTES) injectRoute({ pattern, entrypoint: new URL(`./routes/${file}`, import.meta.url), prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writeEventPages(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${written.pages} event pages and cards written in ${seconds}s`);
        for (const canary of written.canaries) logger.info(`canary ${canary}: Astro's page and card equal the shell's`);
      },
    },
  };
}
