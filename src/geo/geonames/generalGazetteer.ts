import { loadCountryCodes, type CountryCodes } from '../countryCodes.ts';
import type { PlaceLookup } from '../resolvePlaceName.ts';
import { loadGeoNames } from './loadGeoNames.ts';
import { createPlaceIndex } from './placeIndex.ts';

/** The world's populated places by country and spelling, and the country codes to reach them. */
export interface GeneralGazetteer {
  readonly lookup: PlaceLookup;
  readonly codes: CountryCodes;
}

let cached: GeneralGazetteer | undefined;

/** Loads GeoNames and the country codes once per process; every article of a build shares them. */
export function loadGeneralGazetteer(): GeneralGazetteer {
  if (cached !== undefined) return cached;
  const source = loadGeoNames();
  cached = { lookup: createPlaceIndex(source), codes: loadCountryCodes(source.capitals) };
  return cached;
}
