import path from 'node:path';
import type { EventPageArticle } from '../model/eventPage.ts';
import type { CardArticle } from '../render/cards/cardImages.ts';
import { SHELL_VALUES } from './pageShell.ts';

/** What the build hands the event page writer: where the site lives, each article's events and its card inputs. */
export interface EventPagesManifest {
  /** `import.meta.env.BASE_URL` and the origin (`SITE_URL`), for the pages' absolute URLs. */
  base: string;
  site: string | undefined;
  articles: (CardArticle & EventPageArticle)[];
}

/**
 * Where the build writes the shell and the manifest, inside the output folder; the writer reads
 * them and removes the folder, so neither is published.
 */
export function shellFiles(outDir: string) {
  const dir = path.join(outDir, SHELL_VALUES.slug);
  return {
    dir,
    page: path.join(dir, 'events', SHELL_VALUES.eventId, 'index.html'),
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
