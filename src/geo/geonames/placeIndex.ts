import { exactPlaceKey, loosePlaceKey } from '../placeKeys.ts';
import type { GeoName, GeoNameSource } from './types.ts';

/** The places of one country by spelling key. */
export interface CountryPlaceIndex {
  readonly places: readonly GeoName[];
  readonly exact: ReadonlyMap<string, readonly GeoName[]>;
  readonly loose: ReadonlyMap<string, readonly GeoName[]>;
}

// Below this length a loose key merges too many unrelated names ("Ain", "Tal").
const SHORTEST_LOOSE_KEY = 4;

/**
 * Indexes places by every spelling they have, per country, on first use: a build pays only
 * for the countries its articles name and their neighbours.
 */
export function createPlaceIndex(source: GeoNameSource): (country: string) => CountryPlaceIndex {
  const indexes = new Map<string, CountryPlaceIndex>();
  return (country) => {
    let index = indexes.get(country);
    if (index === undefined) {
      index = indexCountry(source.placesIn(country));
      indexes.set(country, index);
    }
    return index;
  };
}

function indexCountry(places: readonly GeoName[]): CountryPlaceIndex {
  const exact = new Map<string, GeoName[]>();
  const loose = new Map<string, GeoName[]>();
  const add = (map: Map<string, GeoName[]>, key: string, place: GeoName): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  for (const place of places) {
    for (const name of [place.name, ...place.names]) {
      const key = exactPlaceKey(name);
      if (key === '') continue;
      add(exact, key, place);
      const folded = loosePlaceKey(name);
      if (folded.length >= SHORTEST_LOOSE_KEY) add(loose, folded, place);
    }
  }
  return { places, exact, loose };
}
