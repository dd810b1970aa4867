import { describe, expect, it } from 'vitest';
import { loadGeneralGazetteer } from '../../../src/geo/geonames/generalGazetteer.ts';
import { compileProsePlaceMatcher } from '../../../src/geo/matchProsePlaces.ts';

const general = loadGeneralGazetteer();
const TSKHINVALI = { lat: 42.2276, lon: 43.9686 };
const KYIV = { lat: 50.45, lon: 30.52 };
const names = (match: ReturnType<typeof compileProsePlaceMatcher>, sentence: string) => match(sentence).map((found) => found.written);

describe('places named in the prose', () => {
  it('takes a town of the article’s own country near the battle, not its capital a continent away', () => {
    const match = compileProsePlaceMatcher({ countries: ['GE', 'RU'], neighbours: ['AM', 'AZ'], near: TSKHINVALI }, general.lookup);
    expect(names(match, 'Russian columns moved from Vladikavkaz through the Roki Tunnel to Gori.')).toEqual(['Vladikavkaz', 'Gori']);
    expect(names(match, 'Moscow recognised the independence of South Ossetia on 26 August.')).toEqual([]);
  });

  it('takes any town of a country the map shows whole', () => {
    const match = compileProsePlaceMatcher({ countries: ['UA'], neighbours: ['PL', 'RU'], near: KYIV, wholeCountry: true }, general.lookup);
    expect(names(match, 'Missiles struck Lviv and Kharkiv.')).toEqual(['Lviv', 'Kharkiv']);
  });
});
