import { describe, expect, it } from 'vitest';
import { loadGeneralGazetteer } from '../../../src/geo/geonames/generalGazetteer.ts';
import { compileProsePlaceMatcher } from '../../../src/geo/matchProsePlaces.ts';

const general = loadGeneralGazetteer();
const TSKHINVALI = { lat: 42.2276, lon: 43.9686 };
const names = (match: ReturnType<typeof compileProsePlaceMatcher>, sentence: string) => match(sentence).map((found) => found.written);

describe('places named in the prose', () => {
  it('takes a town of the article’s own country near the battle, not its capital a continent away', () => {
    const match = compileProsePlaceMatcher({ countries: ['GE', 'RU'], neighbours: ['AM', 'AZ'], near: TSKHINVALI }, general.lookup);
    expect(names(match, 'Russian columns moved from Vladikavkaz through the Roki Tunnel to Gori.')).toEqual(['Vladikavkaz', 'Gori']);
    expect(names(match, 'Moscow recognised the independence of South Ossetia on 26 August.')).toEqual([]);
  });

  it('takes any town inside the area a country’s map shows, and none of another country far outside it', () => {
    const ukraine = { west: 22.1, south: 44.4, east: 40.2, north: 52.4 };
    // Measured from Kharkiv, Uzhhorod is over 1,000 km away, but inside the map of Ukraine.
    const scope = { countries: ['UA', 'RU'], neighbours: ['PL'], near: { lat: 49.99, lon: 36.23 } };
    expect(names(compileProsePlaceMatcher({ ...scope, area: ukraine }, general.lookup), 'Missiles struck Uzhhorod and Lviv.')).toEqual(['Uzhhorod', 'Lviv']);
    expect(names(compileProsePlaceMatcher(scope, general.lookup), 'Missiles struck Uzhhorod and Lviv.')).toEqual(['Lviv']);
    expect(names(compileProsePlaceMatcher({ ...scope, area: ukraine }, general.lookup), 'Vladivostok sent a brigade.')).toEqual([]);
  });
});
