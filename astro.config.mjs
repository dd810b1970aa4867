// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { deployTarget } from './src/deploy/deployTarget.ts';
import { contentSecurityDirectives } from './src/deploy/contentSecurityPolicy.ts';
import { securityHeaders } from './src/deploy/headersIntegration.ts';
import { siteUrlNotice } from './src/deploy/siteUrlNotice.ts';
import { eventPages } from './src/eventPages/eventPagesIntegration.ts';
import { belongsInSitemap } from './src/eventPages/manifest.ts';

// Where the site will live: SITE_URL or a host's own variable (origin, for canonical and share-card
// URLs) and BASE_PATH (a sub-path such as /qusayr/). Read at build time; see README "Deploy".
const target = deployTarget(process.env);
const { site, base } = target;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // The stylesheet is small (about 2 kB compressed): inline, it costs no extra request before
  // the first paint; Astro's CSP hashes it like any style it writes.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Tests build several sites side by side; each gets its own cache so they never share a data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The sitemap needs absolute URLs, so it is made when the origin is known. Event pages are
  // written last (src/eventPages/); they carry the shell's policy, which _headers already covers.
  integrations: [siteUrlNotice(target), ...(site ? [sitemap({ filter: belongsInSitemap })] : []), securityHeaders(), eventPages()],
  // A <meta> CSP on every page: Astro hashes the scripts and styles it bundles or inlines, so
  // nothing needs 'unsafe-inline'. public/_headers sends the same policy as a header.
  security: { csp: { directives: contentSecurityDirectives() } },
  // Articles go through our own remark/rehype pipeline; Astro's markdown (and Shiki's inline
  // styles, which a CSP would block) is not used.
  markdown: { syntaxHighlight: false },
});
