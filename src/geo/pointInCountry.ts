import type { Position } from 'geojson';
import type { CountryFeature } from './countryFeatures.ts';
import type { LatLon } from './types.ts';

/** Whether a point lies inside a country's polygons (holes excluded). */
export function pointInCountry(point: LatLon, country: CountryFeature): boolean {
  // A polygon that crosses the antimeridian is kept east of 180 (see countryFeatures): look there too.
  if (point.lon < 0 && country.bbox[2] > 180 && inCountry({ lat: point.lat, lon: point.lon + 360 }, country)) return true;
  return inCountry(point, country);
}

function inCountry(point: LatLon, country: CountryFeature): boolean {
  const [west, south, east, north] = country.bbox;
  if (point.lon < west || point.lon > east || point.lat < south || point.lat > north) return false;
  const { geometry } = country;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => pointInRings(point, rings));
}

/** Even-odd ray casting over outer ring and holes together, so holes need no special case. */
function pointInRings(point: LatLon, rings: readonly (readonly Position[])[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      const crosses = yi > point.lat !== yj > point.lat;
      if (crosses && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
