import path from 'node:path';
import { siteSettings } from '../config/siteSettings.ts';
import { eventPageArticle, type EventPageArticle } from '../model/eventPage.ts';
import type { ArticleData } from '../model/types.ts';
import type { CardArticle } from '../render/cards/cardImages.ts';
import { canaryEvents } from './canary.ts';
import { SHELL_VALUES, type ShellName } from './pageShell.ts';

/** What the build hands the event page writer: where the site lives, each article's events and card inputs, and the canary. */
export interface EventPagesManifest {
  /** `import.meta.env.BASE_URL` and the origin (`SITE_URL`), for the pages' absolute URLs. */
  base: string;
  site: string | undefined;
  articles: (CardArticle & EventPageArticle & { sourceFile: string })[];
  /** The events Astro also rendered, page and card, for the writer to compare: one per shell in use (see canary.ts). */
  canaries: { slug: string; eventId: string }[];
}

/** The manifest of a build's articles (the `pages.json` route writes it beside the shell). */
export function eventPagesManifest(articles: readonly Omit<ArticleData, 'localImage'>[], base: string, site: string | undefined): EventPagesManifest {
  return {
    base,
    site,
    articles: articles.map((data) => ({
      ...eventPageArticle(data, siteSettings().eventCards),
      sourceFile: data.sourceFile,
      ...(data.map
        ? {
            map: {
              center: data.map.center,
              ...(data.map.country ? { country: data.map.country } : {}),
              ...(data.map.countryOnly ? { countryOnly: true } : {}),
            },
          }
        : {}),
    })),
    canaries: canaryEvents(articles).map(({ article, event }) => ({ slug: article.slug, eventId: event.id })),
  };
}

/** Each shell's folder, side by side (`<placeholder slug>/events/<folder>/`); the full one's is the placeholder id. */
export const SHELL_DIRS: Record<ShellName, string> = {
  map: SHELL_VALUES.eventId,
  noMap: 'without-map',
  mapNoLicence: 'without-licence',
  noMapNoLicence: 'without-map-or-licence',
};

/**
 * Where the build writes the shells and the manifest, inside the output folder; the writer reads
 * them and removes the folder, so none is published.
 */
export function shellFiles(outDir: string) {
  const dir = path.join(outDir, SHELL_VALUES.slug);
  const pages = Object.fromEntries(Object.entries(SHELL_DIRS).map(([name, folder]) => [name, path.join(dir, 'events', folder, 'index.html')]));
  return {
    dir,
    pages: pages as Record<ShellName, string>,
    manifest: path.join(dir, 'events', 'pages.json'),
  };
}

/**
 * The sitemap's filter: never the shell, nor event pages: the writer fills them after the
 * sitemap is made, and the old ids' redirect pages must not be listed.
 */
export function belongsInSitemap(url: string): boolean {
  return !url.includes(`/${SHELL_VALUES.slug}/`) && !/\/events\/[^/]+\/$/.test(url);
}
