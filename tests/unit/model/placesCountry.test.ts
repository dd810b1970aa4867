import { describe, expect, it } from 'vitest';
import type { ArticleLocation } from '../../../src/geo/locateArticle.ts';
import { locateInPlacesCountry } from '../../../src/model/placesCountry.ts';
import type { MapPlaceSource } from '../../../src/model/types.ts';

const russia: ArticleLocation = { lat: 59.5, lon: 108.8, source: 'country', name: 'Russia', country: 'Russia' };
const PLACES = new Map<string, MapPlaceSource>([
  ['kharkiv', { id: 'kharkiv', name: 'Kharkiv', lat: 49.99, lon: 36.23, country: 'Ukraine' }],
  ['kupiansk', { id: 'kupiansk', name: 'Kupiansk', lat: 49.71, lon: 37.62, country: 'Ukraine' }],
  ['kerch', { id: 'kerch', name: 'Kerch', lat: 45.36, lon: 36.47, country: 'Ukraine' }],
  ['belgorod', { id: 'belgorod', name: 'Belgorod', lat: 50.6, lon: 36.6, country: 'Russia' }],
  ['bridge', { id: 'bridge', name: 'The bridge', lat: 45.3, lon: 36.5 }],
]);

describe('a country-level map in the country of its places', () => {
  it('shows the country every place of the story lies in, not the one its words named (an attacker’s adjective)', () => {
    const moved = locateInPlacesCountry(russia, ['kharkiv', 'kupiansk', 'kharkiv'], PLACES);
    expect(moved).toMatchObject({ source: 'country', name: 'Ukraine', country: 'Ukraine' });
    expect(moved.lon).toBeGreaterThan(22);
    expect(moved.lon).toBeLessThan(41);
    expect(moved.area?.west).toBeGreaterThan(21);
  });

  it('takes a place’s country as the gazetteer gives it: Kerch is in Ukraine, though Natural Earth’s polygon of Russia holds it', () => {
    expect(locateInPlacesCountry(russia, ['kerch'], PLACES).country).toBe('Ukraine');
  });

  it('keeps the named country when the places lie in several countries, in its own, in none known, or when the article has a place', () => {
    expect(locateInPlacesCountry(russia, ['kharkiv', 'belgorod'], PLACES)).toBe(russia);
    expect(locateInPlacesCountry(russia, ['belgorod'], PLACES)).toBe(russia);
    expect(locateInPlacesCountry(russia, ['kharkiv', 'bridge'], PLACES)).toBe(russia);
    expect(locateInPlacesCountry(russia, [], PLACES)).toBe(russia);
    const town: ArticleLocation = { lat: 55.75, lon: 37.6, source: 'gazetteer', name: 'Moscow', country: 'Russia' };
    expect(locateInPlacesCountry(town, ['kharkiv'], PLACES)).toBe(town);
  });
});
