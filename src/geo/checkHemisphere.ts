import { loadCountryFeatures, type CountryFeature } from './countryFeatures.ts';
import { distanceKm } from './distanceKm.ts';
import { findCountry } from './findCountry.ts';
import { formatLatLon } from './formatLatLon.ts';
import { pointInCountry } from './pointInCountry.ts';
import type { LatLon } from './types.ts';

/** The point to use, and what the build should print when it had to change the source's point. */
export interface HemisphereCheck {
  readonly point: LatLon;
  /** Set only when the point was corrected; names the file when one was given. */
  readonly warning?: string;
}

// The gazetteer's point for the article's own place must be this close to accept a flip by it.
const NEAR_PLACE_KM = 100;
// Islands and coasts the 1:50m outline leaves out (Snake Island) still count as near a country.
const NEAR_COUNTRY_DEGREES = 0.5;
// An article that says it is at sea is believed.
const AT_SEA = /\b(?:ocean|sea|gulf|strait|bay)\b/i;

/**
 * Decides a coordinate's hemispheres by where the point falls. The source dataset writes many
 * eastern longitudes as west (`34.2333°N, 37.2333°W` for a town in Syria), so the written point
 * and its three flips (longitude, latitude, both) are weighed in turn against:
 * 1. the country the article names (its infobox `map_type` or the last part of `place`): the
 *    variant inside it;
 * 2. `near`, the gazetteer's point for the place the article names: the variant within 100 km;
 * 3. the named country again: the variant just off its coast (islands the outline leaves out);
 * 4. with no country named, land: a written point at sea whose flip lands in a country is moved.
 * A changed point comes with a warning; otherwise the written point is kept.
 */
export function checkHemisphere(point: LatLon, countryName: string | undefined, fileName?: string, near?: LatLon): HemisphereCheck {
  const flips: readonly [string, LatLon][] = [
    ['longitude', { lat: point.lat, lon: -point.lon }],
    ['latitude', { lat: -point.lat, lon: point.lon }],
    ['latitude and longitude', { lat: -point.lat, lon: -point.lon }],
  ];
  const where = fileName === undefined ? '' : `${fileName}: `;
  const flipped = (what: string, to: LatLon, why: string): HemisphereCheck => ({
    point: to,
    warning: `${where}coordinates ${formatLatLon(point)} ${why}; using ${formatLatLon(to)} (${what} hemisphere flipped)`,
  });
  const country = countryName === undefined ? undefined : findCountry(countryName);
  if (country !== undefined && !pointInCountry(point, country)) {
    const inside = flips.find(([, candidate]) => pointInCountry(candidate, country));
    if (inside !== undefined) return flipped(inside[0], inside[1], `lie outside ${country.properties.name}`);
  }
  if (near !== undefined && distanceKm(point, near) > NEAR_PLACE_KM) {
    const flip = flips.find(([, candidate]) => distanceKm(candidate, near) <= NEAR_PLACE_KM);
    if (flip !== undefined) return flipped(flip[0], flip[1], `lie ${Math.round(distanceKm(point, near))} km from the place the article names`);
  }
  if (country !== undefined) {
    if (pointInCountry(point, country) || nearCountry(point, country)) return { point };
    const off = flips.find(([, candidate]) => nearCountry(candidate, country));
    return off === undefined ? { point } : flipped(off[0], off[1], `lie far from ${country.properties.name}`);
  }
  if ((countryName !== undefined && AT_SEA.test(countryName)) || onLand(point)) return { point };
  const land = flips.find(([, candidate]) => onLand(candidate));
  return land === undefined ? { point } : flipped(land[0], land[1], 'lie at sea');
}

function nearCountry(point: LatLon, country: CountryFeature): boolean {
  const [west, south, east, north] = country.bbox;
  const margin = NEAR_COUNTRY_DEGREES;
  return point.lon >= west - margin && point.lon <= east + margin && point.lat >= south - margin && point.lat <= north + margin;
}

function onLand(point: LatLon): boolean {
  return loadCountryFeatures().some((country) => pointInCountry(point, country));
}
