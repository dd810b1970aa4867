import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { eventPagesManifest } from '../manifest.ts';
import { eventManifestRoutes } from '../staticPaths.ts';

/** The events the shell's writer fills pages for; read and removed after the build. */
export const getStaticPaths = eventManifestRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const manifest = eventPagesManifest((await getCollection('articles')).map(({ data }) => data));
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
