import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCountry } from '../../../src/geo/findCountry.ts';
import { GazetteerError, loadGazetteer } from '../../../src/geo/loadGazetteer.ts';
import { pointInCountry } from '../../../src/geo/pointInCountry.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/geo/${name}`, import.meta.url), 'utf8');

function errorOf(yamlText: string, fileName: string): GazetteerError {
  try {
    loadGazetteer(yamlText, fileName);
  } catch (error) {
    if (error instanceof GazetteerError) return error;
    throw error;
  }
  throw new Error('expected a GazetteerError');
}

describe('loadGazetteer', () => {
  it('reads places with slug ids, default aliases and lines', () => {
    const gazetteer = loadGazetteer(fixture('places-valid.yaml'), 'places-valid.yaml');
    expect(gazetteer.places.map((place) => place.id)).toEqual(['al-qusayr', 'homs', 'baba-amr', 'tartus', 'al-bab', 'damascus-homs-highway']);
    expect(gazetteer.byId.get('al-qusayr')).toEqual({
      id: 'al-qusayr',
      name: 'Al-Qusayr',
      aliases: [],
      lat: 34.5094,
      lon: 36.58,
      kind: 'town',
      country: 'Syria',
    });
    expect(gazetteer.byId.get('damascus-homs-highway')?.line).toEqual([
      { lat: 33.5131, lon: 36.2919 },
      { lat: 34.7308, lon: 36.7094 },
    ]);
  });

  it('names the file, the entry and the field of an out-of-range latitude', () => {
    const error = errorOf(fixture('places-latitude-out-of-range.yaml'), 'content/places.yaml');
    expect(error.message).toBe('content/places.yaml: places[3].latitude: expected a number between -90 and 90');
  });

  it('reports missing, misspelt and invalid fields together', () => {
    const error = errorOf(fixture('places-missing-and-unknown-fields.yaml'), 'content/places.yaml');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        'content/places.yaml: places[0].latitude: expected a number between -90 and 90',
        'content/places.yaml: places[0].longitude: expected a number between -180 and 180',
        'content/places.yaml: places[0]: unknown field "lattitude"',
        expect.stringMatching(/^content\/places\.yaml: places\[1\]\.kind: expected one of city, town, /),
      ]),
    );
  });

  it('refuses two places answering to the same name', () => {
    const error = errorOf(fixture('places-duplicate-names.yaml'), 'content/places.yaml');
    expect(error.message).toBe('content/places.yaml: places[1]: the name "Qusayr" also names places[0]');
  });

  it('reports YAML syntax errors with the file name', () => {
    expect(errorOf(fixture('places-yaml-syntax-error.yaml'), 'content/places.yaml').message).toMatch(/^content\/places\.yaml: YAML syntax: /);
  });

  it('refuses a file without a places list', () => {
    expect(errorOf('place: []', 'content/places.yaml').issues).toContain('content/places.yaml: places: expected a list of places');
  });
});

describe('content/places.yaml', () => {
  const gazetteer = loadGazetteer(readFileSync(new URL('../../../content/places.yaml', import.meta.url), 'utf8'), 'content/places.yaml');

  it('has al-Qusayr within 2 km of 34.512 N, 36.576 E', () => {
    const qusayr = gazetteer.byId.get('al-qusayr');
    expect(qusayr).toBeDefined();
    const kmPerDegree = 111.32;
    const dy = ((qusayr?.lat ?? 0) - 34.512) * kmPerDegree;
    const dx = ((qusayr?.lon ?? 0) - 36.576) * kmPerDegree * Math.cos((34.512 * Math.PI) / 180);
    expect(Math.hypot(dx, dy)).toBeLessThan(2);
  });

  it('has the places the al-Qusayr article names', () => {
    for (const id of ['homs', 'baba-amr', 'rastan', 'tartus', 'damascus', 'al-qasr-lebanon', 'hermel', 'beirut']) {
      expect(gazetteer.byId.has(id), id).toBe(true);
    }
    expect(gazetteer.byId.get('lebanese-border')?.kind).toBe('border');
    expect(gazetteer.byId.get('damascus-homs-highway')?.line?.length).toBeGreaterThan(2);
  });

  // Catches swapped or mistyped coordinates; coastal towns may sit just off Natural Earth's
  // generalised coast, so a point within ~5 km of the country passes.
  it('puts every place that names a country in or right by that country', () => {
    const nudges = [0, 0.05, -0.05];
    for (const place of gazetteer.places) {
      if (place.country === undefined) continue;
      const country = findCountry(place.country);
      expect(country, place.country).toBeDefined();
      if (country === undefined) continue;
      const near = nudges.some((dLat) => nudges.some((dLon) => pointInCountry({ lat: place.lat + dLat, lon: place.lon + dLon }, country)));
      expect(near, `${place.name} in ${place.country}`).toBe(true);
    }
  });
});
