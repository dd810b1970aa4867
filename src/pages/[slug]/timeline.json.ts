import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ArticleEvent } from '../../model/types.ts';
import { exportTimeline } from '../../model/exportTimeline.ts';

/** `/<slug>/timeline.json`: the article's events for journalists and tools, as `npm run timeline` prints them. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { events: entry.data.timeline } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ events: ArticleEvent[] }> = ({ props }) =>
  new Response(`${JSON.stringify(exportTimeline(props.events), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
