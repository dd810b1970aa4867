import { getCollection } from 'astro:content';

/**
 * The static paths that several routes share (the leading `_` keeps this file from being a
 * route): one per timeline event, and one per article that has a map.
 */
export async function eventRoutes() {
  const articles = await getCollection('articles');
  return articles.flatMap(({ data: article }) =>
    article.timeline.map((event) => ({ params: { slug: article.slug, event: event.id }, props: { article, event } })),
  );
}

/** Articles whose location is known, with their map model. */
export async function mappedArticleRoutes() {
  const articles = await getCollection('articles');
  return articles.flatMap(({ id, data }) => (data.map ? [{ params: { slug: id }, props: { map: data.map, title: data.title } }] : []));
}
