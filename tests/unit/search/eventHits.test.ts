import { describe, expect, it } from 'vitest';
import { eventHits, type ArticleResult, type PageAnchor } from '../../../src/client/search/eventHits.ts';

/** An article's indexed text and anchors, built word by word so locations are easy to read. */
function article(parts: { anchor?: Omit<PageAnchor, 'location'>; words: string }[], query: string): ArticleResult {
  const words: string[] = [];
  const anchors: PageAnchor[] = [];
  for (const part of parts) {
    if (part.anchor) anchors.push({ ...part.anchor, location: words.length });
    words.push(...part.words.split(' '));
  }
  const locations = words.flatMap((word, index) => (word.toLowerCase().replace(/[^a-z]/g, '') === query ? [index] : []));
  return { url: '/sub/battle/', content: words.join(' '), locations, anchors, articleTitle: 'Battle of Somewhere' };
}

const page = (query: string) =>
  article(
    [
      { anchor: { element: 'h2', id: 'background', text: 'Background' }, words: 'Background Rebels held Homs and Baba Amr for months.' },
      { anchor: { element: 'h2', id: 'timeline', text: 'Timeline' }, words: 'Timeline 2012 February 2012' },
      { anchor: { element: 'li', id: 'e1', text: '4 February 2012' }, words: '4 February 2012 Shelling of Baba Amr began. Share' },
      { anchor: { element: 'li', id: 'e2', text: '9 February 2012' }, words: '9 February 2012 Rebels withdrew from Jobar. Share' },
      { anchor: { element: 'li', id: 'e3', text: '1 March 2012' }, words: '1 March 2012 The army entered Baba Amr and searched Baba Amr. Share' },
      { anchor: { element: 'h2', id: 'map', text: 'Map' }, words: 'Map Baba Amr Jobar' },
    ],
    query,
  );

describe('eventHits', () => {
  it('finds the timeline events a query matched, most matches first, each with its share page', () => {
    const hits = eventHits(page('amr'), 5);
    expect(hits.map((hit) => hit.url)).toEqual(['/sub/battle/events/e3/', '/sub/battle/events/e1/']);
    expect(hits[0]).toMatchObject({ title: '1 March 2012', context: 'Event · Battle of Somewhere' });
  });

  it('ignores matches in the prose and after the timeline section', () => {
    expect(eventHits(page('jobar'), 5).map((hit) => hit.url)).toEqual(['/sub/battle/events/e2/']);
    expect(eventHits(page('homs'), 5)).toEqual([]);
  });

  it('keeps at most `limit` events', () => {
    expect(eventHits(page('amr'), 1)).toHaveLength(1);
  });

  it('writes the excerpt from the event’s own words, the matched words marked', () => {
    const [hit] = eventHits(page('jobar'), 5);
    expect(hit?.excerpt).toEqual([
      { text: 'Rebels withdrew from ', marked: false },
      { text: 'Jobar.', marked: true },
      { text: ' Share', marked: false },
    ]);
  });

  it('finds nothing in a page without a timeline', () => {
    const result = page('amr');
    expect(eventHits({ ...result, anchors: result.anchors.filter((anchor) => anchor.id !== 'timeline') }, 5)).toEqual([]);
  });

  it('escapes an id in the URL', () => {
    const result = article(
      [
        { anchor: { element: 'h2', id: 'timeline', text: 'Timeline' }, words: 'Timeline' },
        { anchor: { element: 'li', id: 'a/b c', text: 'May' }, words: 'May Amr' },
      ],
      'amr',
    );
    expect(eventHits(result, 5)[0]?.url).toBe('/sub/battle/events/a%2Fb%20c/');
  });
});
