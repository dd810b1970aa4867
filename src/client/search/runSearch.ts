/** What the page shows of one Pagefind result. */
export interface SearchHit {
  url: string;
  title: string;
  /** "Event", with the article it comes from, for an event's page. */
  context?: string | undefined;
  /** The excerpt as text runs; `marked` runs are the words that matched. */
  excerpt: { text: string; marked: boolean }[];
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: PagefindResult[] } | null>;
}

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
export function excerptRuns(html: string): SearchHit['excerpt'] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => ({ text: node.textContent ?? '', marked: node.nodeName === 'MARK' })).filter((run) => run.text !== '');
}

/** The first `limit` hits for a query, or `null` when a newer query superseded this one. */
export async function runSearch(base: string, query: string, limit = 20): Promise<SearchHit[] | null> {
  const pagefind = await loadPagefind(base);
  const search = await pagefind.debouncedSearch(query, {}, 200);
  if (search === null) return null;
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return data.map(({ url, excerpt, meta }) => ({
    url,
    title: meta['title'] ?? url,
    context: meta['kind'] === 'event' ? `Event · ${meta['source'] ?? ''}`.trim() : undefined,
    excerpt: excerptRuns(excerpt),
  }));
}
