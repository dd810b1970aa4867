import type { LatLon } from './types.ts';

/** Web Mercator cuts the poles here, as Leaflet and the OSM tiles do. */
const MAX_LATITUDE = 85.0511287798;

/**
 * Projects a point with Web Mercator (EPSG:3857, what Leaflet and OSM tiles use, so static
 * pictures line up with the interactive map) into world units: x and y from 0 to 1, y down.
 */
export function projectWebMercator(point: LatLon): { x: number; y: number } {
  const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, point.lat));
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: (point.lon + 180) / 360,
    y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI),
  };
}

/** The inverse of {@link projectWebMercator}. */
export function unprojectWebMercator(x: number, y: number): LatLon {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return { lat, lon: x * 360 - 180 };
}
