import type { APIRoute } from 'astro';
import { siteUrls } from '../deploy/siteUrls.ts';

/** The web app manifest, made at build time so its URLs carry the base path. */
export const GET: APIRoute = () => {
  const urls = siteUrls(import.meta.env.BASE_URL, undefined);
  const manifest = {
    name: 'Documentary: Syrian Civil War battles',
    short_name: 'Battles',
    description: 'Articles with their infobox, a dated timeline and a map.',
    start_url: urls.path(''),
    scope: urls.path(''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#14191f',
    icons: [{ src: urls.path('favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
