import { describe, expect, it } from 'vitest';
import { buildMapModel } from '../../../src/model/buildMapModel.ts';
import type { ArticleEvent, MapPlaceSource } from '../../../src/model/types.ts';

const event = (id: string, date: string, precision: ArticleEvent['precision'], places: string[]): ArticleEvent => ({
  id,
  date,
  precision,
  text: `${id}.`,
  section: '',
  sectionId: '',
  places,
});

const PLACES = new Map<string, MapPlaceSource>([
  ['kerch', { id: 'kerch', name: 'Kerch', lat: 45.36, lon: 36.47 }],
  ['taman', { id: 'taman', name: 'Taman', lat: 45.21, lon: 36.72 }],
]);

describe('buildMapModel', () => {
  it('lists each place’s events in the timeline’s date order, not the order the prose tells them', () => {
    // A lead sums up the opening of 2018 before the body tells of 2010 and of March 2014.
    const events = [
      event('opened', '2018-05-15', 'day', ['kerch']),
      event('proposed', '2010', 'year', ['kerch', 'taman']),
      event('annexed', '2014-03', 'month', ['kerch']),
      event('decided', '2014-03-19', 'day', ['kerch']),
    ];
    const map = buildMapModel({ lat: 45.3, lon: 36.5, source: 'infobox' }, events, PLACES, 'Crimean Bridge');
    const kerch = map.places.find((place) => place.id === 'kerch');
    expect(kerch?.events.map((listed) => listed.id)).toEqual(['proposed', 'annexed', 'decided', 'opened']);
    expect(map.places.find((place) => place.id === 'taman')?.events.map((listed) => listed.id)).toEqual(['proposed']);
  });

  it('puts no marker for an article located only by its country, and keeps the places its events name', () => {
    const events = [event('formed', '2022-04', 'month', []), event('crossed', '2014-03', 'month', ['kerch'])];
    const area = { west: 22, south: 44, east: 40, north: 52.4 };
    const map = buildMapModel({ lat: 49, lon: 31.4, source: 'country', name: 'Ukraine', country: 'Ukraine', area }, events, PLACES, '999th Brigade');
    expect(map.places.map((place) => [place.name, place.primary])).toEqual([['Kerch', false]]);
    expect(map.countryOnly).toBe(true);
    expect(map.country).toBe('Ukraine');
  });
});
