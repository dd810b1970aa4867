import { getCollection } from 'astro:content';
import { eventPageValues } from '../model/eventPage.ts';
import { canaryEvent } from './canary.ts';
import { SHELL_VALUES } from './pageShell.ts';

/**
 * The static paths of the event-page routes (`routes/`, added by the integration). A build renders one
 * shell of placeholders that the writer fills per event, plus one real event, the canary, which
 * the writer compares with its own fill. `astro dev` has no build to fill a shell after, so it
 * renders every event page and card on request.
 */
const fromShell = () => !import.meta.env.DEV;

/** Every timeline event with its article and its route's params, for the two per-event routes. */
async function timelineEvents() {
  const articles = await getCollection('articles');
  return articles.flatMap(({ data: article }) => article.timeline.map((event) => ({ params: { slug: article.slug, event: event.id }, article, event })));
}

/** The canary's article and event, from the same collection the writer's manifest lists. */
async function canary() {
  const found = canaryEvent((await getCollection('articles')).map(({ data }) => data));
  return found ? [{ params: { slug: found.article.slug, event: found.event.id }, article: found.article, event: found.event }] : [];
}

/** One page per timeline event; in a build, the shell and the canary. */
export async function eventPageRoutes() {
  const events = fromShell() ? await canary() : await timelineEvents();
  const pages = events.map(({ params, article, event }) => ({ params, props: { page: eventPageValues(article, event) } }));
  return fromShell() ? [{ params: { slug: SHELL_VALUES.slug, event: SHELL_VALUES.eventId }, props: { page: SHELL_VALUES } }, ...pages] : pages;
}

/** One share card per timeline event; in a build, only the canary's: the writer draws the others. */
export async function eventCardRoutes() {
  return (fromShell() ? await canary() : await timelineEvents()).map(({ params, article, event }) => ({ params, props: { article, event } }));
}

/** The manifest the shell's writer reads, beside the shell (see `shellFiles` in manifest.ts). */
export function eventManifestRoutes() {
  return fromShell() ? [{ params: { slug: SHELL_VALUES.slug } }] : [];
}
