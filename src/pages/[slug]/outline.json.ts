import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { MapModel } from '../../model/buildMapModel.ts';
import { outlineFor } from '../../render/mapPictures.ts';

/** `/<slug>/outline.json`: country borders around the article's places, the map's offline layer. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.flatMap(({ id, data }) => (data.map ? [{ params: { slug: id }, props: { map: data.map } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ map: MapModel }> = ({ props }) =>
  new Response(JSON.stringify(outlineFor(props.map)), { headers: { 'content-type': 'application/geo+json' } });
