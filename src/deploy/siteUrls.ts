/**
 * URLs of the site's pages, for links, canonical tags and share cards. Internal links carry the
 * base path (`BASE_PATH`); share URLs are absolute when `SITE_URL` is known and root-relative
 * otherwise (a canonical link may be relative; scrapers resolve it against the page).
 */
export interface SiteUrls {
  /** A page or file of the site, as an internal link: `/<base>/<path>`. */
  path(path: string): string;
  /** The same, absolute when the origin is known: for canonical, Open Graph and JSON-LD. */
  absolute(path: string): string;
}

/** Makes the URL helpers for a base path (`/`, `/qusayr/`) and an optional origin. */
export function siteUrls(base: string, site: URL | string | undefined): SiteUrls {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = (inner: string) => `${prefix}${inner.replace(/^\/+/, '')}`;
  return {
    path,
    absolute: (inner) => (site ? new URL(path(inner), site).href : path(inner)),
  };
}
