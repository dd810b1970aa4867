import path from 'node:path';
import type { ArticleEvent } from '../model/types.ts';
import type { CardArticle } from '../render/cards/cardImages.ts';
import { SHELL_VALUES } from './pageShell.ts';

/** What the build hands the event page writer: each article's events and its card inputs. */
export interface EventPagesManifest {
  articles: (CardArticle & { slug: string; events: ArticleEvent[] })[];
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
 * The sitemap's filter: it lists pages that are their own canonical URL, so not event pages
 * (their canonical is an anchor of the article), and never the shell.
 */
export function belongsInSitemap(url: string): boolean {
  return !url.includes(`/${SHELL_VALUES.slug}/`) && !/\/events\/[^/]+\/$/.test(url);
}
