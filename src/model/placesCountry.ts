import { countryExtent } from '../geo/countryExtent.ts';
import { findCountry } from '../geo/findCountry.ts';
import type { ArticleLocation } from '../geo/locateArticle.ts';
import type { MapPlaceSource } from './types.ts';

/**
 * An article mapped as a whole country (it names no place of its own) shows the country every place its story names lies in,
 * when that is another than the one its words suggested: "the Russian missile strike on a café in Hroza" names Russia, but
 * the places its timeline names are in Ukraine, and a map of Russia with one dot in Kharkiv misleads. Unanimous only: a unit
 * whose story ranges over several countries keeps the country it names. A place's country is `places.yaml`'s or GeoNames', which puts
 * Crimea in Ukraine as the articles do (Natural Earth's polygons put it in Russia).
 */
export function locateInPlacesCountry(location: ArticleLocation, placeIds: Iterable<string>, places: ReadonlyMap<string, MapPlaceSource>): ArticleLocation {
  if (location.source !== 'country') return location;
  const found = new Set([...placeIds].map((id) => places.get(id)?.country));
  const [named] = found;
  if (found.size !== 1 || named === undefined) return location;
  const country = findCountry(named);
  if (country === undefined || country.properties.name === findCountry(location.country ?? '')?.properties.name) return location;
  const { point, area } = countryExtent(country);
  return { ...location, ...point, area, name: country.properties.name, country: country.properties.name };
}
