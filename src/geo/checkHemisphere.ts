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

/**
 * Checks a coordinate against the country the article says it is in (its infobox `map_type`
 * or the last part of `place`). The source dataset writes some eastern longitudes as west
 * (`34.2333°N, 37.2333°W` for a town in Syria): when the stated point lies outside the
 * country and a hemisphere flip (longitude, latitude, or both) lies inside, the flipped point
 * is returned with a warning. Without a known country, or when no flip helps, the point is
 * returned unchanged: we only correct what the article itself contradicts.
 */
export function checkHemisphere(point: LatLon, countryName: string | undefined, fileName?: string): HemisphereCheck {
  const country = countryName === undefined ? undefined : findCountry(countryName);
  if (country === undefined || pointInCountry(point, country)) return { point };
  const flips: readonly [string, LatLon][] = [
    ['longitude', { lat: point.lat, lon: -point.lon }],
    ['latitude', { lat: -point.lat, lon: point.lon }],
    ['latitude and longitude', { lat: -point.lat, lon: -point.lon }],
  ];
  for (const [what, flipped] of flips) {
    if (!pointInCountry(flipped, country)) continue;
    const where = fileName === undefined ? '' : `${fileName}: `;
    return {
      point: flipped,
      warning:
        `${where}coordinates ${formatLatLon(point)} lie outside ${country.properties.name}; ` + `using ${formatLatLon(flipped)} (${what} hemisphere flipped)`,
    };
  }
  return { point };
}
