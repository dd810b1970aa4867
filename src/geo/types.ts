/** A point on the globe in decimal degrees (WGS 84), latitude first as Wikipedia writes it. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/**
 * A rectangle in decimal degrees. Named by side rather than as a tuple so callers cannot
 * mix up GeoJSON's lon-first order with Wikipedia's lat-first order.
 */
export interface BBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}
