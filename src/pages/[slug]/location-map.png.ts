import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { locationMapPng } from '../../render/mapPictures.ts';

/** `/<slug>/location-map.png`: the infobox's "Location within <country>" picture. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  const paths = await Promise.all(
    articles.map(async ({ id, data }) => {
      const png = data.map ? await locationMapPng(data.map) : undefined;
      return png ? [{ params: { slug: id }, props: { png } }] : [];
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ png: Buffer }> = ({ props }) => new Response(new Uint8Array(props.png), { headers: { 'content-type': 'image/png' } });
