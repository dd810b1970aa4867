import { load } from 'cheerio';

/** What the crawl found. */
export interface LinkReport {
  /** Internal URLs fetched (pages and assets). */
  visited: string[];
  /** `url (from page): reason` for every broken link or anchor. */
  broken: string[];
  /** Links that leave the site; never fetched, only counted. */
  external: Set<string>;
  /** `page#id` anchors checked. */
  anchors: number;
}

const ATTRIBUTES = ['href', 'src', 'data-outline-url', 'content'] as const;

/**
 * Crawls a served site from `start` like a link checker: every internal page, asset, and
 * `#anchor` it links to (HTML attributes, srcset, CSS `url()`), reporting any that is missing.
 * Nothing outside `origin` is fetched: tests never reach the internet.
 */
export async function checkLinks(start: string, origin: string): Promise<LinkReport> {
  const report: LinkReport = { visited: [], broken: [], external: new Set(), anchors: 0 };
  const queue: { url: string; from: string }[] = [{ url: start, from: '(start)' }];
  const seen = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const anchors: { page: string; id: string; from: string }[] = [];

  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    const url = new URL(next.url);
    if (url.hash) anchors.push({ page: url.href.replace(/#.*$/, ''), id: decodeURIComponent(url.hash.slice(1)), from: next.from });
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const response = await fetch(url);
    report.visited.push(url.href);
    if (!response.ok) {
      report.broken.push(`${url.href} (from ${next.from}): HTTP ${response.status}`);
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    const body = await response.text();
    const links: string[] = [];
    if (type.includes('html')) {
      const $ = load(body);
      ids.set(
        url.href,
        new Set(
          $('[id]')
            .map((_, element) => $(element).attr('id') ?? '')
            .get(),
        ),
      );
      for (const attribute of ATTRIBUTES) {
        $(`[${attribute}]`).each((_, element) => {
          const value = $(element).attr(attribute) ?? '';
          if (attribute === 'content' && !/^(https?:|\/)/.test(value)) return;
          if (attribute === 'content' && $(element).attr('http-equiv')) return;
          links.push(value);
        });
      }
      $('[srcset]').each((_, element) => {
        links.push(...($(element).attr('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
      });
    } else if (type.includes('xml')) {
      for (const match of body.matchAll(/<loc>([^<]+)<\/loc>/g)) if (match[1]) links.push(match[1]);
    } else if (type.includes('css')) {
      for (const match of body.matchAll(/url\(["']?([^"')]+)["']?\)/g)) if (match[1] && !match[1].startsWith('data:')) links.push(match[1]);
    }
    for (const link of links) {
      if (!link || link.startsWith('data:') || link.startsWith('mailto:')) continue;
      const target = new URL(link, url);
      if (target.origin !== origin) {
        report.external.add(target.href);
        continue;
      }
      queue.push({ url: target.href, from: url.pathname });
    }
  }
  for (const anchor of anchors) {
    report.anchors += 1;
    const known = ids.get(anchor.page);
    // The HTML standard scrolls `#top` to the top of the page when no element has that id.
    if (anchor.id === 'top') continue;
    if (known && !known.has(anchor.id)) report.broken.push(`${anchor.page}#${anchor.id} (from ${anchor.from}): no such id`);
  }
  return report;
}
