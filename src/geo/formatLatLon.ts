import type { LatLon } from './types.ts';

/** Writes a point as Wikipedia's decimal-with-hemisphere form, e.g. `34.2333°N, 37.2333°E`, for messages. */
export function formatLatLon(point: LatLon): string {
  const lat = `${Math.abs(point.lat)}°${point.lat < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(point.lon)}°${point.lon < 0 ? 'W' : 'E'}`;
  return `${lat}, ${lon}`;
}
