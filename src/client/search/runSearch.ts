import { eventHits, type PageAnchor, type SearchHit } from './eventHits.ts';

export type { SearchHit } from './eventHits.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; content: string; locations: number[]; anchors: PageAnchor[]; meta: Record<string, string | undefined> }>;
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Events shown under each article that matched. */
const EVENTS_PER_ARTICLE = 3;

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind's script from the site (`<base>pagefind/pagefind.js`) on the first search only. */
function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
    await module.options({ baseUrl: base });
    return module;
  });
  return loading;
}

/**
 * Pagefind's excerpt is HTML with `<mark>` around matches. It is parsed inertly and read back as
 * text runs, so nothing from the content ever reaches the page as HTML.
 */
function excerptRuns(html: string): SearchHit['excerpt'] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => ({ text: node.textContent ?? '', marked: node.nodeName === 'MARK' })).filter((run) => run.text !== '');
}

/**
 * The first `limit` hits for a query, or `null` when a newer query superseded this one: each
 * article that matched, followed by the events of its timeline that matched (see `eventHits`).
 */
export async function runSearch(base: string, query: string, limit = 20): Promise<SearchHit[] | null> {
  const pagefind = await loadPagefind(base);
  const search = await pagefind.debouncedSearch(query, {}, 200);
  if (search === null) return null;
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return data
    .flatMap(({ url, excerpt, content, locations, anchors, meta }) => {
      const title = meta['title'] ?? url;
      return [{ url, title, excerpt: excerptRuns(excerpt) }, ...eventHits({ url, content, locations, anchors, articleTitle: title }, EVENTS_PER_ARTICLE)];
    })
    .slice(0, limit);
}
