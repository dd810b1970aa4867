import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { eventCardRoutes } from '../staticPaths.ts';
import { eventCardPng } from '../../render/cards/cardImages.ts';

/** `/<slug>/events/<event-id>/card.png`: the share card of one day of the timeline. */
export const getStaticPaths = eventCardRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(new Uint8Array(await eventCardPng(props.article, props.event)), { headers: { 'content-type': 'image/png' } });
