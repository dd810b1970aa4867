import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The seed article's folder in `dist/`. */
export const ARTICLE = 'battle-of-al-qusayr-2012/';

/** A page the quality gates visit: its URL path below the base, and a name for test titles. */
export interface QualityPage {
  readonly name: string;
  /** Path below the site's base URL, e.g. `battle-of-al-qusayr-2012/`. */
  readonly path: string;
}

/**
 * The pages every gate visits: the article, the index, one event page and the 404 (served for
 * an unknown path, as a static host does). Event pages (`/<slug>/events/<event-id>/`) are
 * newer than this gate: the first one is included when the build has the folder, so the gate
 * covers them as soon as they exist and does not fail before.
 */
export function qualityPages(siteDir: string): QualityPage[] {
  const pages: QualityPage[] = [
    { name: 'article', path: ARTICLE },
    { name: 'index', path: '' },
  ];
  const eventsDir = path.join(siteDir, ARTICLE, 'events');
  const firstEvent = existsSync(eventsDir)
    ? readdirSync(eventsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(eventsDir, entry.name, 'index.html')))
        .map((entry) => entry.name)
        .sort()[0]
    : undefined;
  if (firstEvent !== undefined) pages.push({ name: 'event', path: `${ARTICLE}events/${firstEvent}/` });
  pages.push({ name: '404', path: 'no-such-page/' });
  return pages;
}

/** Every `.html` file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string, below = ''): string[] {
  return readdirSync(path.join(dir, below), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(below, entry.name);
    if (entry.isDirectory()) return htmlFiles(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}
