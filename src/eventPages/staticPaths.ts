import { getCollection } from 'astro:content';
import { siteSettings } from '../config/siteSettings.ts';
import { siteUrls } from '../deploy/siteUrls.ts';
import { eventPageArticle, eventPageValues, type EventPageValues } from '../model/eventPage.ts';
import { formatEventDate } from '../model/formatEventDate.ts';
import { canaryEvents } from './canary.ts';
import { SHELL_DIRS } from './manifest.ts';
import { SHELL_NAMES, SHELL_VALUES, SHELLS } from './pageShell.ts';

/**
 * The static paths of the event-page routes (`routes/`, added by the integration). A build renders
 * the shells of placeholders (with the map picture or without, with the licence or without; see
 * `SHELLS`) that the writer fills per event, plus one real event per shell in use, the canaries, which the writer compares
 * with its own fill. `astro dev` has no build to fill a shell after, so it renders every event
 * page and card on request.
 */
const fromShell = () => !import.meta.env.DEV;

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

/** One redirect page per retired event id, which Astro renders itself: they are few. */
async function movedEventRoutes() {
  const articles = await getCollection('articles');
  return articles.flatMap(({ data: article }) =>
    article.movedEvents.map(({ id, to }) => {
      const target = article.timeline.find((event) => event.id === to);
      const moved: MovedEventPage = target
        ? { from: id, toPath: `${article.slug}/events/${target.id}/`, toLabel: `${formatEventDate(target)}: ${article.title}` }
        : { from: id, toPath: `${article.slug}/`, toLabel: article.title };
      return { params: { slug: article.slug, event: id }, props: { moved } satisfies EventPageProps };
    }),
  );
}

/** The canaries' articles and events, from the same collection the writer's manifest lists. */
async function canary() {
  const found = canaryEvents((await getCollection('articles')).map(({ data }) => data));
  return found.map(({ article, event }) => ({ params: { slug: article.slug, event: event.id }, article, event, index: article.timeline.indexOf(event) }));
}

/** One page per timeline event (in a build, the shells and the canaries), and the retired ids' redirects. */
export async function eventPageRoutes(): Promise<{ params: { slug: string; event: string }; props: EventPageProps }[]> {
  const events = fromShell() ? await canary() : await timelineEvents();
  const urls = siteUrls(import.meta.env.BASE_URL, import.meta.env.SITE);
  const { eventCards } = siteSettings();
  const pages = events.map(({ params, article, index }) => ({ params, props: { page: eventPageValues(eventPageArticle(article, eventCards), index, urls) } }));
  const moved = await movedEventRoutes();
  return fromShell()
    ? [
        ...SHELL_NAMES.map((name) => ({
          params: { slug: SHELL_VALUES.slug, event: SHELL_DIRS[name] },
          props: { page: SHELLS[name] },
        })),
        ...pages,
        ...moved,
      ]
    : [...pages, ...moved];
}

/**
 * One share card per timeline event; in a build, only the canaries': the writer draws the others.
 * None when event pages show their article's card.
 */
export async function eventCardRoutes() {
  if (siteSettings().eventCards === 'article') return [];
  return (fromShell() ? await canary() : await timelineEvents()).map(({ params, article, event }) => ({ params, props: { article, event } }));
}

/** One map picture per article with a map, which its event pages mark their place on (see eventPlacesSvg.ts). */
export async function eventPlacesMapRoutes() {
  const articles = await getCollection('articles');
  return articles.flatMap(({ data }) => (data.map ? [{ params: { slug: data.slug }, props: { map: data.map, title: data.title } }] : []));
}

/** The manifest the shell's writer reads, beside the shell (see `shellFiles` in manifest.ts). */
export function eventManifestRoutes() {
  return fromShell() ? [{ params: { slug: SHELL_VALUES.slug } }] : [];
}
