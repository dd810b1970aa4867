import { loadCountryFeatures, type CountryFeature } from './countryFeatures.ts';
import { pointInCountry } from './pointInCountry.ts';
import type { LatLon } from './types.ts';

// Names articles use that Natural Earth spells differently.
const ALIASES: Readonly<Record<string, string>> = {
  'syrian arab republic': 'Syria',
  'russian federation': 'Russia',
  turkiye: 'Turkey',
  'united states': 'United States of America',
  usa: 'United States of America',
  uk: 'United Kingdom',
  'state of palestine': 'Palestine',
  'west bank': 'Palestine',
  'gaza strip': 'Palestine',
  'north macedonia': 'Macedonia',
  'czech republic': 'Czechia',
  'northern cyprus': 'N. Cyprus',
};

// Regions that are not countries, found as whichever polygon holds a point in them. Crimea
// moved between Ukraine and Russia across Natural Earth releases (world-atlas 2 draws it in
// Russia's polygon); asking the data keeps hemisphere checks right with either release.
const REGIONS: Readonly<Record<string, LatLon>> = {
  crimea: { lat: 44.95, lon: 34.1 }, // Simferopol
  'republic of crimea': { lat: 44.95, lon: 34.1 },
  'autonomous republic of crimea': { lat: 44.95, lon: 34.1 },
};

let byName: ReadonlyMap<string, CountryFeature> | undefined;

/**
 * Finds a Natural Earth country by the name an article gives: "Syria", "Syrian Arab Republic",
 * "Russia", "Crimea" (the country whose polygon holds it in the installed data), a `map_type` such as "Syria Homs", or a whole `place` value such as
 * "Al-Qusayr, Homs Governorate, Syria" (the last part that names a country wins).
 * Returns `undefined` when nothing matches.
 */
export function findCountry(name: string): CountryFeature | undefined {
  const index = (byName ??= new Map(loadCountryFeatures().map((c) => [normaliseCountryName(c.properties.name), c])));
  const parts = name.split(',').reverse();
  for (const part of parts) {
    const words = normaliseCountryName(part).split(' ').filter(Boolean);
    // "Syria Homs" (a map_type) → try "syria homs", then "syria".
    for (let length = words.length; length > 0; length--) {
      const candidate = words.slice(0, length).join(' ');
      const region = REGIONS[candidate];
      if (region !== undefined) return loadCountryFeatures().find((country) => pointInCountry(region, country));
      const found = index.get(ALIASES[candidate] === undefined ? candidate : normaliseCountryName(ALIASES[candidate]));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function normaliseCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[#_]/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
