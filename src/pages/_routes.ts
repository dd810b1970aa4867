import { getCollection } from 'astro:content';
import { SHELL_VALUES } from '../eventPages/pageShell.ts';
import { siteUrls } from '../deploy/siteUrls.ts';
import { eventPageArticle, eventPageValues, type EventPageValues } from '../model/eventPage.ts';
import { formatEventDate } from '../model/formatEventDate.ts';

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
  return articles.flatMap(({ data: article }) =>
    article.timeline.map((event, index) => ({ params: { slug: article.slug, event: event.id }, article, event, index })),
  );
}

/** What the event page route renders: an event's page, or the redirect left at a retired id. */
export type EventPageProps = { page: EventPageValues; moved?: undefined } | { page?: undefined; moved: MovedEventPage };

/** A retired id's page: where its links now lead (an event's page, or the article). */
export interface MovedEventPage {
  from: string;
  /** Site path of the new target. */
  toPath: string;
  toLabel: string;
}

/**
 * One page per timeline event (in a build, only the shell, made from placeholders), and one
 * redirect page per retired event id, which Astro renders itself: they are few.
 */
export async function eventPageRoutes(): Promise<{ params: { slug: string; event: string }; props: EventPageProps }[]> {
  const articles = await getCollection('articles');
  const moved = articles.flatMap(({ data: article }) =>
    article.movedEvents.map(({ id, to }) => {
      const target = article.timeline.find((event) => event.id === to);
      const page: MovedEventPage = target
        ? { from: id, toPath: `${article.slug}/events/${target.id}/`, toLabel: `${formatEventDate(target)}: ${article.title}` }
        : { from: id, toPath: `${article.slug}/`, toLabel: article.title };
      return { params: { slug: article.slug, event: id }, props: { moved: page } };
    }),
  );
  if (fromShell()) return [{ params: { slug: SHELL_VALUES.slug, event: SHELL_VALUES.eventId }, props: { page: SHELL_VALUES } }, ...moved];
  const urls = siteUrls(import.meta.env.BASE_URL, import.meta.env.SITE);
  const pages = new Map(articles.map(({ data }) => [data.slug, eventPageArticle(data)]));
  const events = (await timelineEvents()).flatMap(({ params, article, index }) => {
    const page = pages.get(article.slug);
    return page ? [{ params, props: { page: eventPageValues(page, index, urls) } }] : [];
  });
  return [...events, ...moved];
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
