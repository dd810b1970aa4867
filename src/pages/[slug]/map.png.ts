import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { MapModel } from '../../model/buildMapModel.ts';
import { staticMapPng } from '../../render/mapPictures.ts';

/** `/<slug>/map.png`: the map for readers without JavaScript, and until Leaflet has loaded. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.flatMap(({ id, data }) => (data.map ? [{ params: { slug: id }, props: { map: data.map, title: data.title } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ map: MapModel; title: string }> = async ({ props }) =>
  new Response(new Uint8Array(await staticMapPng(props.map, props.title)), { headers: { 'content-type': 'image/png' } });
