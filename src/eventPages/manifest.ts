import path from 'node:path';
import type { ArticleData, ArticleEvent } from '../model/types.ts';
import type { CardArticle } from '../render/cards/cardImages.ts';
import { canaryEvent } from './canary.ts';
import { SHELL_VALUES } from './pageShell.ts';

/** What the build hands the event page writer: each article's events and card inputs, and the canary. */
export interface EventPagesManifest {
  articles: (CardArticle & { slug: string; sourceFile: string; events: ArticleEvent[] })[];
  /** The event Astro also rendered, page and card, for the writer to compare (see canary.ts). */
  canary?: { slug: string; eventId: string };
}

/** The manifest of a build's articles (the `pages.json` route writes it beside the shell). */
export function eventPagesManifest(articles: readonly Omit<ArticleData, 'localImage'>[]): EventPagesManifest {
  const canary = canaryEvent(articles);
  return {
    articles: articles.map((data) => ({
      slug: data.slug,
      sourceFile: data.sourceFile,
      title: data.title,
      ...(data.map ? { map: { center: data.map.center, ...(data.map.country ? { country: data.map.country } : {}) } } : {}),
      events: data.timeline,
    })),
    ...(canary ? { canary: { slug: canary.article.slug, eventId: canary.event.id } } : {}),
  };
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
