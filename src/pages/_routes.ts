import { getCollection } from 'astro:content';
import { SHELL_VALUES } from '../eventPages/pageShell.ts';
import { eventPageValues } from '../model/eventPage.ts';

/**
 * The static paths that several routes share (the leading `_` keeps this file from being a
 * route). A build renders event pages from one shell (see `src/eventPages/`); `astro dev`
 * renders each on request, and so does a build with `EVENT_PAGES=astro`, which a build test
 * checks the shell's pages against.
 */
const fromShell = () => !import.meta.env.DEV && process.env['EVENT_PAGES'] !== 'astro';

/** Every timeline event with its article and its route's params, for the two per-event routes. */
async function timelineEvents() {
  const articles = await getCollection('articles');
  return articles.flatMap(({ data: article }) => article.timeline.map((event) => ({ params: { slug: article.slug, event: event.id }, article, event })));
}

/** One page per timeline event; in a build, only the shell, made from placeholders. */
export async function eventPageRoutes() {
  if (fromShell()) return [{ params: { slug: SHELL_VALUES.slug, event: SHELL_VALUES.eventId }, props: { page: SHELL_VALUES } }];
  return (await timelineEvents()).map(({ params, article, event }) => ({ params, props: { page: eventPageValues(article, event) } }));
}

/** One share card per timeline event; none in a build, where the shell's writer draws them. */
export async function eventCardRoutes() {
  if (fromShell()) return [];
  return (await timelineEvents()).map(({ params, article, event }) => ({ params, props: { article, event } }));
}

/** The manifest the shell's writer reads, beside the shell (see `shellFiles` in src/eventPages/manifest.ts). */
export function eventManifestRoutes() {
  return fromShell() ? [{ params: { slug: SHELL_VALUES.slug } }] : [];
}

/** Articles whose location is known, with their map model. */
export async function mappedArticleRoutes() {
  const articles = await getCollection('articles');
  return articles.flatMap(({ id, data }) => (data.map ? [{ params: { slug: id }, props: { map: data.map, title: data.title } }] : []));
}
