/** Where the built site is served from. */
export interface DeployTarget {
  /** Origin for canonical and share-card URLs (`https://example.org`), when known. */
  site: string | undefined;
  /** Path prefix of every page and asset, with leading and trailing slash (`/qusayr/`). */
  base: string;
  /** The variable the origin was read from, so the build can say where it came from. */
  siteSource?: SiteSource | undefined;
}

/**
 * Variables that name the site's origin, in the order they are trusted: ours first, then what
 * each host sets by itself during its builds (GitHub Pages gets it through the workflow's
 * `actions/configure-pages` step, which passes it as `SITE_URL`).
 */
const SITE_SOURCES = [
  'SITE_URL',
  // Netlify: the site's main address (https://<site>.netlify.app or its custom domain).
  'URL',
  // Cloudflare Pages: the address of this deployment.
  'CF_PAGES_URL',
  // Vercel: the production domain, without a scheme.
  'VERCEL_PROJECT_PRODUCTION_URL',
] as const;

/** One of the variables that can give the origin. */
export type SiteSource = (typeof SITE_SOURCES)[number];

/**
 * Reads the origin (`SITE_URL`, or a host's own variable) and `BASE_PATH`. A malformed value stops
 * the build with a message naming the variable, since a wrong base breaks every link of the
 * deployed site.
 */
export function deployTarget(env: Record<string, string | undefined>): DeployTarget {
  const siteSource = SITE_SOURCES.find((name) => env[name]?.trim());
  const site = siteSource ? siteOrigin(siteSource, env[siteSource]!.trim()) : undefined;
  const rawBase = env['BASE_PATH']?.trim() || '/';
  if (!/^[A-Za-z0-9/_.~-]*$/.test(rawBase)) throw new Error(`BASE_PATH: "${rawBase}" may only hold letters, digits and / _ . ~ -`);
  const base = `/${rawBase.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  return siteSource ? { site, base, siteSource } : { site, base };
}

function siteOrigin(name: SiteSource, raw: string): string {
  // Vercel gives a bare host name; every other variable is a URL.
  const text = name === 'VERCEL_PROJECT_PRODUCTION_URL' && !/^[a-z]+:\/\//i.test(raw) ? `https://${raw}` : raw;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name}: "${raw}" is not a URL; give an origin such as https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name}: "${raw}" must be an http(s) URL`);
  return url.origin;
}

/**
 * What the build says when no origin is known: without one, share previews have no picture
 * (platforms ignore a relative `og:image`) and pages carry no canonical URL.
 */
export const MISSING_SITE_WARNING =
  'SITE_URL is not set (nor a host variable: URL, CF_PAGES_URL, VERCEL_PROJECT_PRODUCTION_URL): shared links will preview without a picture and pages have no canonical URL. Set SITE_URL=https://your.host for a real deploy.';
