import type { APIRoute, GetStaticPaths } from 'astro';
import { mappedArticleRoutes } from '../_routes.ts';
import type { MapModel } from '../../model/types.ts';
import { staticMapPng } from '../../render/map/mapPictures.ts';

/** `/<slug>/map-narrow.png`: the static map drawn for phones, whose labels stay readable at their width. */
export const getStaticPaths = mappedArticleRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ map: MapModel; title: string }> = async ({ props }) =>
  new Response(new Uint8Array(await staticMapPng(props.map, props.title, true)), { headers: { 'content-type': 'image/png' } });
