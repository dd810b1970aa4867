import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { siteOutline } from '../../render/map/mapPictures.ts';

/** `/map/outline.json`: country borders around every located article, the site map's offline layer. */
export const GET: APIRoute = async () => {
  const points = (await getCollection('articles')).flatMap(({ data }) => (data.map ? [data.map.center] : []));
  return new Response(JSON.stringify(siteOutline(points) ?? { type: 'FeatureCollection', features: [] }), {
    headers: { 'content-type': 'application/geo+json' },
  });
};
