import type { BBox, LatLon } from './types.ts';

/**
 * A rectangle around some points, widened by `paddingDegrees` on every side and rounded
 * outward to a tenth of a degree, so a map shows the surroundings (neighbouring countries,
 * the coast) and small changes to the points do not change the outline file.
 * Returns `undefined` for no points.
 */
export function bboxAround(points: readonly LatLon[], paddingDegrees = 1): BBox | undefined {
  if (points.length === 0) return undefined;
  const lats = points.map((point) => point.lat);
  const lons = points.map((point) => point.lon);
  const down = (value: number): number => Math.floor(value * 10) / 10;
  const up = (value: number): number => Math.ceil(value * 10) / 10;
  return {
    west: Math.max(-180, down(Math.min(...lons) - paddingDegrees)),
    south: Math.max(-85, down(Math.min(...lats) - paddingDegrees)),
    east: Math.min(180, up(Math.max(...lons) + paddingDegrees)),
    north: Math.min(85, up(Math.max(...lats) + paddingDegrees)),
  };
}
