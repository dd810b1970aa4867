import type { APIRoute } from 'astro';
import { siteUrls } from '../deploy/siteUrls.ts';
import { siteSettings } from '../config/siteSettings.ts';

/** The web app manifest, made at build time so its URLs carry the base path. */
export const GET: APIRoute = () => {
  const urls = siteUrls(import.meta.env.BASE_URL, undefined);
  const settings = siteSettings();
  const manifest = {
    name: settings.name,
    short_name: settings.shortName ?? settings.name.slice(0, 12),
    description: settings.description,
    lang: settings.language,
    start_url: urls.path(''),
    scope: urls.path(''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#14191f',
    icons: [{ src: urls.path('favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
