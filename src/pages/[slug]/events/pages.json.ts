import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { EventPagesManifest } from '../../../eventPages/manifest.ts';
import { eventManifestRoutes } from '../../_routes.ts';

/** The events the shell's writer fills pages for; read and removed after the build. */
export const getStaticPaths = eventManifestRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const articles = await getCollection('articles');
  const manifest: EventPagesManifest = {
    articles: articles.map(({ data }) => ({
      slug: data.slug,
      title: data.title,
      ...(data.map ? { map: { center: data.map.center, ...(data.map.country ? { country: data.map.country } : {}) } } : {}),
      events: data.timeline,
    })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
