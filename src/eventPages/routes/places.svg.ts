import type { APIRoute, GetStaticPaths } from 'astro';
import type { MapModel } from '../../model/types.ts';
import { eventPlacesSvg } from '../../render/map/eventPlacesSvg.ts';
import { eventPlacesMapRoutes } from '../staticPaths.ts';

/** `/<slug>/events/places.svg`: the map picture all of an article's event pages share, each marking its place. */
export const getStaticPaths = eventPlacesMapRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ map: MapModel; title: string }> = ({ props }) =>
  new Response(eventPlacesSvg(props.map, `Places of ${props.title}`), { headers: { 'content-type': 'image/svg+xml' } });
