import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { TimelineEvent } from '../../timeline/types.ts';

/** `/<slug>/timeline.json`: the article's events for journalists and tools, as `npm run timeline` prints them. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { events: entry.data.timeline } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ events: TimelineEvent[] }> = ({ props }) => {
  // The page-only anchor of the sentence is left out: the export is the extraction's model.
  const events = props.events.map(({ contextId: _contextId, ...event }: TimelineEvent & { contextId?: string }) => event);
  return new Response(`${JSON.stringify(events, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
