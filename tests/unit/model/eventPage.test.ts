import { describe, expect, it } from 'vitest';
import { siteUrls } from '../../../src/deploy/siteUrls.ts';
import { eventPageArticle, eventPageValues } from '../../../src/model/eventPage.ts';
import type { ArticleEvent, MapModel } from '../../../src/model/types.ts';

const event: ArticleEvent = {
  id: '2012-02-09-shelling',
  date: '2012-02-09',
  precision: 'day',
  text: 'On 9 February 2012 the town was shelled.',
  dateText: '9 February 2012',
  section: '',
  sectionId: '',
};
const map: MapModel = {
  center: { lat: 34.5094, lon: 36.58 },
  bbox: { west: 35, south: 33.5, east: 38, north: 35.75 },
  places: [
    { id: 'al-qusayr', name: 'Al-Qusayr', lat: 34.5094, lon: 36.58, primary: true, events: [] },
    { id: 'homs', name: 'Homs', lat: 34.7308, lon: 36.7094, primary: false, events: [] },
  ],
  locationMapSize: 250,
};
const article = (events: ArticleEvent[], withMap = true) =>
  eventPageArticle({
    slug: 'battle',
    title: 'Battle',
    frontmatter: { title: 'Battle', infoboxes: [{ place: { text: 'Al-Qusayr, Syria' } }] },
    ...(withMap ? { map } : {}),
    timeline: events,
  });
const urls = siteUrls('/', undefined);

describe('where an event page says it happened, and what its map marks', () => {
  it('marks the first place of the map the sentence names', () => {
    const values = eventPageValues(article([{ ...event, places: ['nowhere', 'homs'] }]), 0, urls);
    expect([values.where, values.mapMark, values.mapAlt]).toEqual(['Homs', 'place-homs', 'Map: Homs marked']);
  });

  it('does not say the event happened where the sentence only says something headed', () => {
    const turned = { ...event, text: 'Shells hit the town as the convoy turned back towards Homs.', places: ['homs'] };
    expect(eventPageValues(article([turned]), 0, urls).where).toBe('Al-Qusayr, Syria');
    const both = { ...event, text: 'Fighters from Homs fled to Homs.', places: ['homs'] };
    expect(eventPageValues(article([both]), 0, urls).where).toBe('Homs');
  });

  it("marks the article's own place, named as its infobox names it, when the sentence names none", () => {
    const values = eventPageValues(article([event]), 0, urls);
    expect([values.where, values.mapMark, values.mapAlt]).toEqual(['Al-Qusayr, Syria', 'place-al-qusayr', 'Map: Al-Qusayr, Syria marked']);
  });

  it('has no mark, so no picture, when the article has no map', () => {
    const values = eventPageValues(article([event], false), 0, urls);
    expect([values.where, values.mapMark, values.mapAlt]).toEqual(['Al-Qusayr, Syria', '', '']);
  });
});
