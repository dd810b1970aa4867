import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ArticleData } from '../../model/types.ts';
import { articleCardPng } from '../../render/cards/cardImages.ts';

/** `/<slug>/card.png`: the 1200×630 picture a shared link to the article shows. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map(({ data }) => ({ params: { slug: data.slug }, props: { article: data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleData }> = async ({ props }) =>
  new Response(new Uint8Array(await articleCardPng(props.article)), { headers: { 'content-type': 'image/png' } });
