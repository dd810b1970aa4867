import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { EventPagesManifest } from '../../../eventPages/manifest.ts';
import { eventPageArticle } from '../../../model/eventPage.ts';
import { eventManifestRoutes } from '../../_routes.ts';

/** The events the shell's writer fills pages for; read and removed after the build. */
export const getStaticPaths = eventManifestRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const articles = await getCollection('articles');
  const manifest: EventPagesManifest = {
    base: import.meta.env.BASE_URL,
    site: site?.href,
    articles: articles.map(({ data }) => ({
      ...eventPageArticle(data),
      ...(data.map ? { map: { center: data.map.center, ...(data.map.country ? { country: data.map.country } : {}) } } : {}),
    })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
