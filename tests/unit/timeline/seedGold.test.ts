import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/timeline/extractTimeline.ts';
import { readArticle, SHARED_DIR, sharedExists } from './sharedArticles.ts';

interface GoldEvent {
  date: string;
  precision: string;
  qualifier?: string;
  quote: string;
  section: string;
}

const SEED = 'seed/000_0ec5ce9be92ef564.txt';
const GOLD = 'gold/seed-timeline.json';
const available = sharedExists(SEED) && sharedExists(GOLD);

describe.skipIf(!available)('the seed article matches the hand-made gold timeline', () => {
  const article = available ? readArticle(SHARED_DIR + SEED) : undefined;
  const gold: GoldEvent[] = available ? (JSON.parse(readFileSync(SHARED_DIR + GOLD, 'utf8')) as GoldEvent[]) : [];
  const events = article === undefined ? [] : extractTimeline(article.body, article.context);

  it('finds exactly the gold events, in document order', () => {
    expect(events).toHaveLength(gold.length);
    const actual = events.map((event) => ({
      date: event.date,
      precision: event.precision,
      ...(event.qualifier === undefined ? {} : { qualifier: event.qualifier }),
      quote: event.text.slice(0, gold[events.indexOf(event)]?.quote.length),
      section: event.section,
    }));
    expect(actual).toEqual(gold);
  });

  it('gives each event a dateText taken from its own sentence', () => {
    for (const event of events) expect(event.text).toContain(event.dateText);
  });

  it('gives each event the id rehype-slug gives its section', () => {
    const ids = Object.fromEntries(events.map((event) => [event.section, event.sectionId]));
    expect(ids).toMatchObject({
      Background: 'background',
      'Major fighting': 'major-fighting',
      'FSA advance': 'fsa-advance',
      'Military counter-attack': 'military-counter-attack',
      Stalemate: 'stalemate',
      'FSA offensive': 'fsa-offensive',
      '2013 Government counter-offensive': '2013-government-counter-offensive',
    });
  });

  it('gives unique ids that start with the date', () => {
    const ids = events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of events) expect(event.id.startsWith(`${event.date}-`)).toBe(true);
    expect(events.find((event) => event.text.includes('turn the tide'))?.id).toBe('2012-02-25-fsa-eventually-able-turn-tide');
  });
});
