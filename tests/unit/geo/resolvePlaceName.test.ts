import { describe, expect, it } from 'vitest';
import { createPlaceIndex } from '../../../src/geo/geonames/placeIndex.ts';
import type { GeoName } from '../../../src/geo/geonames/types.ts';
import { exactPlaceKey, loosePlaceKey } from '../../../src/geo/placeKeys.ts';
import { resolvePlaceName } from '../../../src/geo/resolvePlaceName.ts';

let nextId = 1;
function place(name: string, country: string, lat: number, lon: number, extra: Partial<GeoName> = {}): GeoName {
  return { id: nextId++, name, names: [], country, admin1: '01', admin2: '', feature: 'PPL', population: 1000, lat, lon, ...extra };
}

// A few real GeoNames records, trimmed to what the resolver reads.
const records: GeoName[] = [
  place('Ar Raqqah', 'SY', 35.95283, 39.00788, { names: ['Raqqa', 'Rakka'], admin1: '04', feature: 'PPLA', population: 177636 }),
  place('Sarāqib', 'SY', 35.86447, 36.80591, { names: ['Saraqib'], admin1: '12', population: 34231 }),
  place('Idlib', 'SY', 35.93062, 36.63393, { admin1: '12', feature: 'PPLA', population: 128840 }),
  place('Ma‘arrat an Nu‘mān', 'SY', 35.64, 36.67, { admin1: '12', population: 58008 }),
  place('Homs', 'SY', 34.72682, 36.72339, { names: ['Hims'], admin1: '11', feature: 'PPLA', population: 775404 }),
  place('Ḩamāh', 'SY', 35.13179, 36.75783, { names: ['Hama'], admin1: '10', feature: 'PPLA', population: 696863 }),
  place('Maşyāf', 'SY', 35.06, 36.34, { admin1: '10', population: 30000 }),
  place('Salamīyah', 'SY', 35.01, 37.05, { admin1: '10', population: 66000 }),
  place('Kyiv', 'UA', 50.45466, 30.5238, { names: ['Kiev', 'Kijev'], admin1: '12', feature: 'PPLC', population: 2797553 }),
  place('Mykolayiv', 'UA', 46.97625, 31.99296, { names: ['Nikolaev', 'Mykolaiv'], admin1: '16', feature: 'PPLA', population: 510840 }),
  place('Izium', 'UA', 49.20697, 37.27679, { names: ['Izyum'], admin1: '07', population: 45884 }),
  // Namesakes: two Makarivs in two oblasts of Ukraine, and a Tripoli in Lebanon and in Libya.
  place('Makariv', 'UA', 50.46408, 29.81128, { admin1: '13', population: 9589 }),
  place('Makariv', 'UA', 48.2, 38.1, { admin1: '05', population: 2000 }),
  place('Kyiv Oblast seat stand-in', 'UA', 50.5, 30.2, { admin1: '13' }),
  place('Donetsk', 'UA', 48.023, 37.80224, { admin1: '05', feature: 'PPLA', population: 929063 }),
  place('Tripoli', 'LB', 34.43352, 35.84415, { admin1: '09', feature: 'PPLA', population: 229398 }),
  place('Tripoli', 'LY', 32.88743, 13.18733, { admin1: '77', feature: 'PPLC', population: 1150989 }),
];
const lookup = createPlaceIndex({ capitals: [], placesIn: (country) => records.filter((record) => record.country === country) });

describe('place keys', () => {
  it('fold spellings of one name alike', () => {
    expect(exactPlaceKey('Al-Qusayr')).toBe(exactPlaceKey('al Quşayr'));
    expect(exactPlaceKey('Ma‘lūlā')).toBe('malula');
    expect(loosePlaceKey('Maaloula')).toBe(loosePlaceKey('Ma‘lūlā'));
    expect(loosePlaceKey('Raqqa')).toBe(loosePlaceKey('Ar Raqqah'));
    expect(loosePlaceKey('Saraqeb')).toBe(loosePlaceKey('Sarāqib'));
    expect(loosePlaceKey('Mykolaiv')).toBe(loosePlaceKey('Mykolayiv'));
    expect(loosePlaceKey('Sievierodonetsk')).toBe(loosePlaceKey('Severodonetsk'));
    expect(loosePlaceKey("Kam'yanka")).toBe(loosePlaceKey('Kamianka'));
  });
});

describe('resolvePlaceName', () => {
  const syria = { countries: ['SY'], regions: [] };
  const ukraine = { countries: ['UA'], regions: [] };

  it.each([
    ['Raqqa', 'Ar Raqqah'],
    ['Ar-Raqqah', 'Ar Raqqah'],
    ['Saraqeb', 'Sarāqib'],
    ['Sarāqib', 'Sarāqib'],
    ['Maarat al-Numan', 'Ma‘arrat an Nu‘mān'],
    ['Hama', 'Ḩamāh'],
  ])('finds the transliteration %s in Syria as GeoNames’ %s', (written, geonamesName) => {
    const expected = records.find((record) => record.name === geonamesName);
    expect(resolvePlaceName(written, syria, lookup)).toMatchObject({ name: written, lat: expected?.lat, lon: expected?.lon, country: 'SY' });
  });

  it.each([
    ['Kiev', 'Kyiv'],
    ['Kyiv', 'Kyiv'],
    ['Nikolaev', 'Mykolayiv'],
    ['Mykolaiv', 'Mykolayiv'],
    ['Izyum', 'Izium'],
  ])('finds %s in Ukraine as %s', (written, geonamesName) => {
    expect(resolvePlaceName(written, ukraine, lookup)?.lat).toBe(records.find((record) => record.name === geonamesName)?.lat);
  });

  it('decides between namesakes in one country by the region the article names', () => {
    expect(resolvePlaceName('Makariv', { countries: ['UA'], regions: ['Donetsk Oblast'] }, lookup)).toMatchObject({ lat: 48.2 });
  });

  it('gives no place when namesakes of one country stay a tie', () => {
    expect(resolvePlaceName('Makariv', ukraine, lookup)).toBeUndefined();
  });

  it('decides between namesakes in two countries by the country the article names', () => {
    expect(resolvePlaceName('Tripoli', { countries: ['LB'], regions: [] }, lookup)).toMatchObject({ country: 'LB', lat: 34.43352 });
    expect(resolvePlaceName('Tripoli', { countries: ['LY'], regions: [] }, lookup)).toMatchObject({ country: 'LY', lat: 32.88743 });
  });

  it('never looks outside the countries the article names (the wrong-country trap)', () => {
    // An article about Syria naming "Tripoli" must not get Libya's capital, however big.
    expect(resolvePlaceName('Tripoli', syria, lookup)).toBeUndefined();
    expect(resolvePlaceName('Kiev', syria, lookup)).toBeUndefined();
    expect(resolvePlaceName('Raqqa', { countries: [], regions: [] }, lookup)).toBeUndefined();
  });

  it('makes a region an area: its seat, and the rectangle its places cover', () => {
    const hama = resolvePlaceName('Hama Governorate', syria, lookup);
    expect(hama).toMatchObject({ name: 'Hama Governorate', lat: 35.13179, lon: 36.75783, country: 'SY' });
    expect(hama?.area).toEqual({ west: 36.34, south: 35.01, east: 37.05, north: 35.13179 });
  });

  it('finds nothing for a name no country of the article has', () => {
    expect(resolvePlaceName('Atlantis', syria, lookup)).toBeUndefined();
    expect(resolvePlaceName('Nowhere Governorate', syria, lookup)).toBeUndefined();
    expect(resolvePlaceName('Al', syria, lookup)).toBeUndefined();
  });
});
