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

  it('leaves a real Atlantic point alone when no country is claimed', () => {
    const atlantic = { lat: 34.2333, lon: -37.2333 };
    expect(checkHemisphere(atlantic, undefined)).toEqual({ point: atlantic });
    expect(checkHemisphere(atlantic, 'the Atlantic Ocean')).toEqual({ point: atlantic });
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
