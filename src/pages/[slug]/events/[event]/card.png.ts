import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ArticleData, ArticleEvent } from '../../../../model/article.ts';
import { eventCardPng } from '../../../../render/cards/cardImages.ts';

/** `/<slug>/events/<event-id>/card.png`: the share card of one day of the timeline. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.flatMap(({ data: article }) =>
    article.timeline.map((event) => ({ params: { slug: article.slug, event: event.id }, props: { article, event } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleData; event: ArticleEvent }> = async ({ props }) =>
  new Response(new Uint8Array(await eventCardPng(props.article, props.event)), { headers: { 'content-type': 'image/png' } });
