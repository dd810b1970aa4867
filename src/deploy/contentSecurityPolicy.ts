import type { AstroUserConfig } from 'astro';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
/** A directive as Astro's config accepts it (the type is not exported by name). */
type CspDirective = NonNullable<CspOptions['directives']>[number];

/**
 * The Content-Security-Policy of the site, besides `script-src`/`style-src` (which Astro fills
 * with hashes of what it bundles): the site itself, OpenStreetMap's tiles, and the Wikimedia
 * pictures the articles' infoboxes show. Nothing else may load.
 */
const TILE_HOST = 'https://tile.openstreetmap.org';
/**
 * Remote pictures the articles may show: Wikimedia's files, and Wikipedia's `Special:Redirect`
 * links to them (the browser checks every hop of a redirect against the policy).
 */
const IMAGE_HOSTS = ['https://upload.wikimedia.org', 'https://wikipedia.org', 'https://en.wikipedia.org'];

/**
 * Stand for the site's own origin, which the build does not know: relative URLs resolve to it.
 * Both schemes, because `https:evil.example/x.png` is a path on an https page but another host
 * on an http one.
 */
const OWN_ORIGINS = ['https://site.invalid', 'http://site.invalid'];

/**
 * Whether the policy lets a page load this picture; the prose links the others instead. The URL
 * is read the way a browser reads it (surrounding spaces, `//host`, `HTTPS://HOST`, backslashes),
 * so no spelling of another host passes as a path of the site.
 */
export function isAllowedImageUrl(url: string): boolean {
  return OWN_ORIGINS.every((origin) => {
    let parsed: URL;
    try {
      parsed = new URL(url, `${origin}/`);
    } catch {
      return false;
    }
    return parsed.protocol === 'data:' || parsed.origin === origin || IMAGE_HOSTS.includes(parsed.origin);
  });
}

/** Directives for Astro's `security.csp.directives` (and, joined, for `public/_headers`). */
export function contentSecurityDirectives(): CspDirective[] {
  return [
    "default-src 'self'",
    `img-src 'self' data: ${TILE_HOST} ${IMAGE_HOSTS.join(' ')}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** Directives only a header can carry: browsers ignore them in `<meta>` and log an error. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];
