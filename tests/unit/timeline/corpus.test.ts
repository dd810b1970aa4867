/** Every article of the shared corpus goes through extraction sanely. */
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { isValidIsoDate } from '../../../src/timeline/isoDate.ts';
import { corpusArticles, sharedExists } from './sharedArticles.ts';

const available = sharedExists('corpus');

describe.skipIf(!available)('corpus articles', () => {
  const articles = available ? corpusArticles() : [];

  it.each(articles.map((article) => [article.name, article] as const))('%s: valid dates, unique ids, no false friends', (_name, article) => {
    const events = extractTimeline(article.body, article.context);
    const ids = events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of events) {
      expect(isValidIsoDate(event.date, event.precision)).toBe(true);
      expect(event.text).toContain(event.dateText);
      // Ordinals and counts are never the date text.
      expect(event.dateText).not.toMatch(/^\d+(?:st|nd|rd|th)?\s+(?:Brigade|Division|Army|Corps|Regiment|soldiers)/);
      // Nothing here happens after the corpus was written.
      expect(Number(event.date.slice(0, 4))).toBeLessThanOrEqual(2023);
    }
  });

  it('finds the lorem ipsum example empty', () => {
    const example = articles.find((article) => article.name === 'example_.md');
    expect(example === undefined ? [] : extractTimeline(example.body, example.context)).toEqual([]);
  });
});
