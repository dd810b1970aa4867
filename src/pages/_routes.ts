import { getCollection } from 'astro:content';

/** The static paths that several routes share (the leading `_` keeps this file from being a route). Event pages have their own: src/eventPages/staticPaths.ts. */

/** Articles whose location is known, with their map model. */
export async function mappedArticleRoutes() {
  const articles = await getCollection('articles');
  return articles.flatMap(({ id, data }) => (data.map ? [{ params: { slug: id }, props: { map: data.map, title: data.title } }] : []));
}
