import type { LatLon } from './types.ts';

/** Five decimals are about a metre, as fine as GeoNames writes; a computed point (a country's middle) has fifteen. */
const round = (degrees: number): number => Number(Math.abs(degrees).toFixed(5));

/** Writes a point as Wikipedia's decimal-with-hemisphere form, e.g. `34.2333°N, 37.2333°E`, for messages and place lists. */
export function formatLatLon(point: LatLon): string {
  const lat = `${round(point.lat)}°${point.lat < 0 ? 'S' : 'N'}`;
  const lon = `${round(point.lon)}°${point.lon < 0 ? 'W' : 'E'}`;
  return `${lat}, ${lon}`;
}
