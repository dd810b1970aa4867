import type { APIRoute } from 'astro';
import { siteUrls } from '../deploy/siteUrls.ts';

/** `robots.txt`: everything may be crawled; the sitemap is named when the origin is known. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `Sitemap: ${siteUrls(import.meta.env.BASE_URL, site).absolute('sitemap-index.xml')}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
