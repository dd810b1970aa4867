import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { MapModel } from '../../model/types.ts';
import { locationMapPng } from '../../render/map/mapPictures.ts';

/** `/<slug>/location-map.png`: the infobox's "Location within <country>" picture. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  // `map.country` is only set for a country Natural Earth knows, so every path gets a picture.
  return articles.flatMap(({ id, data }) => (data.map?.country ? [{ params: { slug: id }, props: { map: data.map } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ map: MapModel }> = async ({ props }) => {
  const png = await locationMapPng(props.map);
  if (!png) throw new Error(`no location map for ${props.map.country ?? 'an unknown country'}`);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
