import { describe, expect, it } from 'vitest';
import { checkHemisphere } from '../../../src/geo/checkHemisphere.ts';
import { findCountry } from '../../../src/geo/findCountry.ts';
import { parseCoordinates } from '../../../src/geo/parseCoordinates.ts';

describe('findCountry', () => {
  it.each([
    ['Syria', 'Syria'],
    ['Syrian Arab Republic', 'Syria'],
    ['Al-Qusayr, Homs Governorate, Syria', 'Syria'],
    ['Syria Homs', 'Syria'],
    ['Lebanon', 'Lebanon'],
    ['Ukraine', 'Ukraine'],
    ['Russia', 'Russia'],
    ['Russian Federation', 'Russia'],
    ['Crimea', 'Russia'], // world-atlas 2 draws Crimea in Russia's polygon
    ['Türkiye', 'Turkey'],
  ])('finds %s as %s', (name, expected) => {
    expect(findCountry(name)?.properties.name).toBe(expected);
  });

  it('knows nothing of regions that are not countries', () => {
    expect(findCountry('Homs Governorate')).toBeUndefined();
    expect(findCountry('Middle East')).toBeUndefined();
  });
});

describe('checkHemisphere', () => {
  it('flips the west longitude of al-Qaryatayn back into Syria and warns, naming the file', () => {
    const stated = parseCoordinates('34.2333°N, 37.2333°W');
    const result = checkHemisphere(stated, 'Syria', 'content/battle_of_al-qaryatayn__2015__.md');
    expect(result.point).toEqual({ lat: 34.2333, lon: 37.2333 });
    expect(result.warning).toBe(
      'content/battle_of_al-qaryatayn__2015__.md: coordinates 34.2333°N, 37.2333°W lie outside Syria; ' +
        'using 34.2333°N, 37.2333°E (longitude hemisphere flipped)',
    );
  });

  it('flips Atme (Idlib) when the country is written "Syrian Arab Republic"', () => {
    const result = checkHemisphere(parseCoordinates('36.31111°N, 36.68639°W'), 'Syrian Arab Republic');
    expect(result.point).toEqual({ lat: 36.31111, lon: 36.68639 });
    expect(result.warning).toMatch(/outside Syria/);
  });

  it('flips a latitude into the southern hemisphere when that is where the country is', () => {
    const result = checkHemisphere({ lat: 33.8688, lon: 151.2093 }, 'Australia');
    expect(result.point).toEqual({ lat: -33.8688, lon: 151.2093 });
    expect(result.warning).toMatch(/latitude hemisphere flipped/);
  });

  // Issue 15: the dataset writes eastern longitudes as west even where no country is named, so
  // a point at sea whose flip lands in a country is moved there; an article that says it is at
  // sea is believed.
  it('moves a point at sea onto the land its flip falls on when no country is claimed, with a warning', () => {
    const atlantic = { lat: 34.2333, lon: -37.2333 };
    const result = checkHemisphere(atlantic, undefined, 'content/x.md');
    expect(result.point).toEqual({ lat: 34.2333, lon: 37.2333 });
    expect(result.warning).toBe('content/x.md: coordinates 34.2333°N, 37.2333°W lie at sea; using 34.2333°N, 37.2333°E (longitude hemisphere flipped)');
    expect(checkHemisphere(atlantic, 'the Atlantic Ocean')).toEqual({ point: atlantic });
  });

  it('keeps a real western point on land (Gao, Mali) whatever the country', () => {
    const gao = { lat: 16.2667, lon: -0.05 };
    expect(checkHemisphere(gao, undefined)).toEqual({ point: gao });
    expect(checkHemisphere(gao, 'Mali')).toEqual({ point: gao });
  });

  it('decides by the place the article names when the written point is far from it', () => {
    const result = checkHemisphere({ lat: 45.2553, lon: -30.2042 }, undefined, 'content/snake-island.md', { lat: 45.2553, lon: 30.2042 });
    expect(result.point).toEqual({ lat: 45.2553, lon: 30.2042 });
    expect(result.warning).toMatch(/km from the place the article names; using 45.2553°N, 30.2042°E \(longitude hemisphere flipped\)/);
  });

  it('moves a point just off the named country (an island the outline leaves out) back next to it', () => {
    const result = checkHemisphere({ lat: 45.2553, lon: -30.2042 }, 'Ukraine');
    expect(result.point).toEqual({ lat: 45.2553, lon: 30.2042 });
  });

  it('leaves a point that is already inside its country alone', () => {
    const qusayr = { lat: 34.5094, lon: 36.58 };
    expect(checkHemisphere(qusayr, 'Syria')).toEqual({ point: qusayr });
  });

  it('leaves a point alone when no flip puts it inside the country either', () => {
    const beirut = { lat: 33.8869, lon: 35.5131 };
    expect(checkHemisphere(beirut, 'Syria')).toEqual({ point: beirut });
  });
});
