import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadCountryFeatures, type CountryFeature } from './countryFeatures.ts';
import type { GeoName } from './geonames/types.ts';
import { pointInCountry } from './pointInCountry.ts';
import type { LatLon } from './types.ts';

/** Natural Earth's country names and GeoNames' ISO codes, each way, and who borders whom. */
export interface CountryCodes {
  /** ISO alpha-2 code of a Natural Earth country name ("Syria" → "SY"). */
  codeOf(name: string): string | undefined;
  /** Natural Earth name of an ISO alpha-2 code. */
  nameOf(code: string): string | undefined;
  /** Codes of the countries that share a border with `code` (by Natural Earth's shared arcs). */
  neighboursOf(code: string): readonly string[];
}

let cached: CountryCodes | undefined;

/**
 * Pairs each GeoNames country with the Natural Earth polygon its capital lies in, so neither
 * dataset needs a hand-kept table of codes; neighbours come from the borders' shared arcs.
 */
export function loadCountryCodes(capitals: readonly GeoName[]): CountryCodes {
  if (cached !== undefined) return cached;
  const countries = loadCountryFeatures();
  const codeByName = new Map<string, string>();
  const nameByCode = new Map<string, string>();
  for (const capital of capitals) {
    const country = countryAt(capital, countries);
    if (country === undefined || codeByName.has(country.properties.name)) continue;
    codeByName.set(country.properties.name, capital.country);
    nameByCode.set(capital.country, country.properties.name);
  }
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geometries = topology.objects.countries.geometries;
  const adjacent = neighbors(geometries);
  const neighbours = new Map<string, string[]>();
  geometries.forEach((geometry, index) => {
    const code = codeByName.get((geometry.properties as { name?: string } | undefined)?.name ?? '');
    if (code === undefined) return;
    const codes = (adjacent[index] ?? []).flatMap(
      (other) => codeByName.get((geometries[other]?.properties as { name?: string } | undefined)?.name ?? '') ?? [],
    );
    neighbours.set(code, [...new Set([...(neighbours.get(code) ?? []), ...codes])].sort());
  });
  cached = {
    codeOf: (name) => codeByName.get(name),
    nameOf: (code) => nameByCode.get(code),
    neighboursOf: (code) => neighbours.get(code) ?? [],
  };
  return cached;
}

// Coastal capitals (Beirut, Tripoli) can fall just into the sea of the 1:50m outline.
const NUDGES = [0, 0.05, -0.05, 0.1, -0.1, 0.2, -0.2];

function countryAt(point: LatLon, countries: readonly CountryFeature[]): CountryFeature | undefined {
  for (const dLat of NUDGES) {
    for (const dLon of NUDGES) {
      const shifted = { lat: point.lat + dLat, lon: point.lon + dLon };
      const country = countries.find((candidate) => pointInCountry(shifted, candidate));
      if (country !== undefined) return country;
    }
  }
  return undefined;
}
