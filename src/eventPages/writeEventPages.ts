import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { siteUrls, type SiteUrls } from '../deploy/siteUrls.ts';
import { eventPageValues, type EventPageValues } from '../model/eventPage.ts';
import { eventCardFile } from '../render/cards/cardImages.ts';
import { firstDifference } from './canary.ts';
import { shellFiles, type EventPagesManifest } from './manifest.ts';
import { fillShell, findPlaceholder, parseShell, shellFor, SHELL_NAMES, SHELLS, type PageShell, type ShellName } from './pageShell.ts';
import { shareStylesheet, type SharedStylesheet } from './sharedStylesheet.ts';

/**
 * Events written at once: enough to keep sharp's thread pool and the disk busy while a page is
 * being filled, few enough that pending cards do not pile up in memory.
 */
export const CONCURRENCY = 8;

/** A problem that stops the build with its one-line message (the stack would only add noise). */
export class EventPagesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventPagesError';
    this.stack = '';
  }
}

/** The shells: an event's page is filled from the one its values call for (`shellFor`). */
type Shells = Record<ShellName, PageShell>;

/** A value for each shell, made by `make`. */
function eachShell<T>(make: (name: ShellName) => T): Record<ShellName, T> {
  return Object.fromEntries(SHELL_NAMES.map((name) => [name, make(name)])) as Record<ShellName, T>;
}

/**
 * Writes `/<slug>/events/<event-id>/index.html` and its `card.png` (unless event pages show their
 * article's card) for every event of the manifest the build left in `outDir`, then removes the
 * shells and the manifest. Before writing, it refuses content that contains a placeholder, and
 * checks its fill of each canary event against the page and card Astro rendered for it. The pages
 * share one stylesheet (see sharedStylesheet.ts). Cards come from the render cache when their
 * inputs have not changed.
 */
export async function writeEventPages(outDir: string): Promise<{ pages: number; canaries: string[] }> {
  const files = shellFiles(outDir);
  if (SHELL_NAMES.some((name) => !existsSync(files.pages[name])) || !existsSync(files.manifest)) {
    throw new EventPagesError(
      `event pages: the build left no shells at ${path.relative(outDir, files.dir)} (or no manifest); did the event-pages integration add its routes?`,
    );
  }
  const manifest = JSON.parse(await readFile(files.manifest, 'utf8')) as EventPagesManifest;
  const rendered = Object.fromEntries(await Promise.all(SHELL_NAMES.map(async (name) => [name, await readFile(files.pages[name], 'utf8')] as const))) as Record<
    ShellName,
    string
  >;
  await rm(files.dir, { recursive: true });
  const urls = siteUrls(manifest.base, manifest.site);
  refusePlaceholders(manifest, urls);
  // The canaries check the fill of Astro's own pages; moving their styles out is a step of its own after.
  const astroShells: Shells = eachShell((name) => parseShell(rendered[name], SHELLS[name]));
  const canaries: string[] = [];
  for (const canary of manifest.canaries) canaries.push(await checkCanary(outDir, astroShells, manifest, canary, urls));
  const shared = eachShell((name) => shareStylesheet(rendered[name], manifest.base));
  for (const stylesheet of new Map(Object.values(shared).flatMap((one) => (one ? [[one.path, one] as const] : []))).values())
    await writeStylesheet(outDir, stylesheet);
  const shells: Shells = eachShell((name) => parseShell(shared[name]?.html ?? rendered[name], SHELLS[name]));
  const limit = pLimit(CONCURRENCY);
  const writes = manifest.articles.flatMap((article) =>
    article.events.map((event, index) =>
      limit(async () => {
        const dir = path.join(outDir, article.slug, 'events', event.id);
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'index.html'), fillFrom(shells, eventPageValues(article, index, urls)));
        if (article.eventCards === 'article') return;
        const card = path.join(dir, 'card.png');
        await rm(card, { force: true });
        await linkOrCopy(await eventCardFile(article, event), card);
      }),
    ),
  );
  await Promise.all(writes);
  return { pages: writes.length, canaries };
}

function fillFrom(shells: Shells, values: EventPageValues): string {
  return fillShell(shells[shellFor(values)], values);
}

/**
 * Content that contains a placeholder (`zz-shell-title-zz`) could be taken for a slot wherever it
 * reaches the shell, so the build stops, naming the file and the field that says it.
 */
export function refusePlaceholders(manifest: EventPagesManifest, urls: SiteUrls = siteUrls(manifest.base, manifest.site)): void {
  for (const article of manifest.articles) {
    const inTitle = findPlaceholder(article.title);
    if (inTitle) throw new EventPagesError(`${article.sourceFile}: title: contains "${inTitle}", which event pages use as a placeholder; reword it`);
    for (const [index, event] of article.events.entries()) {
      const values: EventPageValues = eventPageValues(article, index, urls);
      const found = Object.values(values).map(findPlaceholder).find(Boolean);
      if (found)
        throw new EventPagesError(
          `${article.sourceFile}: body: the sentence "${event.text}" contains "${found}", which event pages use as a placeholder; reword it`,
        );
    }
  }
}

/** Compares Astro's page and card of a canary event with the writer's; a difference stops the build. */
async function checkCanary(
  outDir: string,
  shells: Shells,
  manifest: EventPagesManifest,
  canary: { slug: string; eventId: string },
  urls: SiteUrls,
): Promise<string> {
  const article = manifest.articles.find((candidate) => candidate.slug === canary.slug);
  const index = article?.events.findIndex((candidate) => candidate.id === canary.eventId) ?? -1;
  const event = article?.events[index];
  const dir = path.join(outDir, canary.slug, 'events', canary.eventId);
  const url = `/${canary.slug}/events/${canary.eventId}/`;
  const ownCard = article?.eventCards === 'event';
  if (!article || !event || !existsSync(path.join(dir, 'index.html')) || (ownCard && !existsSync(path.join(dir, 'card.png')))) {
    throw new EventPagesError(`event pages: Astro rendered no canary page and card at ${url}`);
  }
  const page = firstDifference(await readFile(path.join(dir, 'index.html')), fillFrom(shells, eventPageValues(article, index, urls)));
  if (page) throw new EventPagesError(`event pages: the shell's ${url} differs from the page Astro rendered, at ${page}`);
  if (!ownCard) return url;
  const card = firstDifference(await readFile(path.join(dir, 'card.png')), await readFile(await eventCardFile(article, event)));
  if (card) throw new EventPagesError(`event pages: the writer's card of ${url} differs from the one Astro rendered, at ${card}`);
  return url;
}

async function writeStylesheet(outDir: string, stylesheet: SharedStylesheet): Promise<void> {
  const file = path.join(outDir, ...stylesheet.path.split('/'));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, stylesheet.css);
}

/**
 * A hard link to the cached card: 36,000 cards are 2.3 GB, which a rebuild need not write again.
 * Cache files never change once written (see `cachedRender`), so the output cannot change
 * under a link either. Across file systems, or where links are refused, the file is copied.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}
