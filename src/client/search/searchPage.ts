import { runSearch, type SearchHit } from './runSearch.ts';

/**
 * Wires the search page: the form's query (also read from `?q=`) runs against the Pagefind index
 * as the reader types, and the results are written as DOM text. Without JavaScript the page says
 * so and offers the home page, chronology and A–Z list instead.
 */
export function startSearchPage(form: HTMLFormElement, input: HTMLInputElement, results: HTMLOListElement, status: HTMLElement, base: string): void {
  let latest = '';
  const show = async (query: string) => {
    latest = query;
    if (query.trim() === '') {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const hits = await runSearch(base, query);
      if (hits === null || query !== latest) return;
      results.replaceChildren(...hits.map(renderHit));
      status.textContent =
        hits.length === 0
          ? `Nothing found for “${query}”.`
          : `${hits.length === 20 ? 'First 20' : hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`;
    } catch (error) {
      status.textContent = 'Search could not load. The chronology and the list of all articles still work.';
      console.warn('search: Pagefind could not load', error);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void show(input.value);
  });
  input.addEventListener('input', () => void show(input.value));
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    void show(initial);
  }
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  item.append(link);
  if (hit.context) {
    const context = document.createElement('p');
    context.className = 'search-context';
    context.textContent = hit.context;
    item.append(context);
  }
  const excerpt = document.createElement('p');
  for (const run of hit.excerpt) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    } else excerpt.append(run.text);
  }
  item.append(excerpt);
  return item;
}
