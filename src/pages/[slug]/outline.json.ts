import type { APIRoute, GetStaticPaths } from 'astro';
import { mappedArticleRoutes } from '../_routes.ts';
import type { MapModel } from '../../model/types.ts';
import { outlineFor } from '../../render/map/mapPictures.ts';

/** `/<slug>/outline.json`: country borders around the article's places, the map's offline layer. */
export const getStaticPaths = mappedArticleRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ map: MapModel }> = ({ props }) =>
  new Response(JSON.stringify(outlineFor(props.map)), { headers: { 'content-type': 'application/geo+json' } });
