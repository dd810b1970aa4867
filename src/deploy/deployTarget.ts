/** Where the built site is served from. */
export interface DeployTarget {
  /** Origin for canonical and share-card URLs (`https://example.org`), when known. */
  site: string | undefined;
  /** Path prefix of every page and asset, with leading and trailing slash (`/qusayr/`). */
  base: string;
}

/**
 * Reads `SITE_URL` and `BASE_PATH`. A malformed value stops the build with a message naming the
 * variable, since a wrong base breaks every link of the deployed site.
 */
export function deployTarget(env: Record<string, string | undefined>): DeployTarget {
  const rawSite = env['SITE_URL']?.trim();
  let site: string | undefined;
  if (rawSite) {
    let url: URL;
    try {
      url = new URL(rawSite);
    } catch {
      throw new Error(`SITE_URL: "${rawSite}" is not a URL; give an origin such as https://example.org`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL: "${rawSite}" must be an http(s) URL`);
    site = url.origin;
  }
  const rawBase = env['BASE_PATH']?.trim() || '/';
  if (!/^[A-Za-z0-9/_.~-]*$/.test(rawBase)) throw new Error(`BASE_PATH: "${rawBase}" may only hold letters, digits and / _ . ~ -`);
  const base = `/${rawBase.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}
