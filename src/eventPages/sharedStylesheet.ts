import { createHash } from 'node:crypto';

/** An event page whose inline styles moved to one file that every event page links. */
export interface SharedStylesheet {
  html: string;
  /** Site path of the stylesheet, under Astro's hashed assets (`_astro/`), which hosts cache for good. */
  path: string;
  css: string;
}

const STYLE = /<style>([^<]*)<\/style>/g;
const ASSETS_DIR = '_astro';

/**
 * Moves the shell's `<style>` elements into one stylesheet and links it where the first stood.
 * Astro inlines the site's stylesheet in every page (the article page's first paint wants it so),
 * which is 7 of an event page's 11 kB: 36,000 event pages carry it 36,000 times, where a linked file is
 * fetched once and cached. The file is named by its content, so a changed style is a new URL. The
 * page's policy no longer lists the moved styles' hashes: `style-src 'self'` allows the file and
 * no inline style that the page does not carry. Undefined when the page has no inline style.
 */
export function shareStylesheet(html: string, base: string): SharedStylesheet | undefined {
  const styles = [...html.matchAll(STYLE)];
  const first = styles[0];
  if (!first) return undefined;
  const css = styles.map((style) => style[1]).join('\n');
  const path = `${ASSETS_DIR}/event-page.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
  let linked = false;
  const withLink = html.replace(STYLE, () => {
    if (linked) return '';
    linked = true;
    return `<link rel="stylesheet" href="${base}${path}">`;
  });
  return { html: keepStyleHashes(withLink), path, css };
}

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const ANY_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/**
 * The page's policy with only the style hashes of the inline styles still on it: Astro lists
 * those of every style of the site, and the moved ones are now a file (Astro writes `'` as `&#39;`).
 */
function keepStyleHashes(html: string): string {
  const hashes = new Set(
    [...html.matchAll(ANY_STYLE)].map((style) =>
      createHash('sha256')
        .update(style[1] ?? '')
        .digest('base64'),
    ),
  );
  return html.replace(META_CSP, (_, open: string, written: string, close: string) => {
    const escaped = written.includes('&#39;');
    const policy = escaped ? written.replaceAll('&#39;', "'") : written;
    const kept = policy
      .split(';')
      .map((directive) =>
        /^\s*style-src\s/.test(directive)
          ? directive.replace(/ ?'sha256-([A-Za-z0-9+/=]+)'/g, (token: string, hash: string) => (hashes.has(hash) ? token : ''))
          : directive,
      )
      .join(';');
    return open + (escaped ? kept.replaceAll("'", '&#39;') : kept) + close;
  });
}
