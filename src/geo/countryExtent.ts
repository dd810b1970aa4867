import type { Position } from 'geojson';
import type { CountryFeature } from './countryFeatures.ts';
import { pointInCountry } from './pointInCountry.ts';
import type { BBox, LatLon } from './types.ts';

/** Where a country-level map looks: the country's main landmass and a point inside it. */
export interface CountryExtent {
  readonly area: BBox;
  readonly point: LatLon;
}

/**
 * The extent of a country's largest polygon, not of all its parts: France's overseas
 * departments or Russia's Kaliningrad would otherwise stretch the map over oceans. The point is
 * the centre of that box when it falls inside the country, else the ring's mean vertex (a
 * crescent-shaped country's box centre can lie abroad).
 */
export function countryExtent(country: CountryFeature): CountryExtent {
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  let largest: readonly Position[] = [];
  let largestArea = -1;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    const area = Math.abs(shoelace(ring));
    if (area > largestArea) [largest, largestArea] = [ring, area];
  }
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon = 0, lat = 0] of largest) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const centre = { lat: (south + north) / 2, lon: (west + east) / 2 };
  const mean = {
    lat: largest.reduce((sum, [, lat = 0]) => sum + lat, 0) / Math.max(1, largest.length),
    lon: largest.reduce((sum, [lon = 0]) => sum + lon, 0) / Math.max(1, largest.length),
  };
  return { area: { west, south, east, north }, point: pointInCountry(centre, country) ? centre : mean };
}

function shoelace(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj + xi) * (yj - yi);
  }
  return sum / 2;
}

/** What a "Location within …" picture shows: an area, and the point where the map draws it. */
export interface LocatorView {
  readonly area: BBox;
  readonly point: LatLon;
}

/**
 * The country's main landmass, widened to the point when the point lies elsewhere (an island,
 * an exclave). Not the box of all its parts: France's would take in South America, and the
 * United States' the Pacific.
 */
export function locatorView(country: CountryFeature, point: LatLon): LocatorView {
  const { area } = countryExtent(country);
  // A point west of the antimeridian in a landmass drawn east of it (Chukotka) is drawn where the landmass is.
  const lon = point.lon < area.west && point.lon + 360 <= area.east ? point.lon + 360 : point.lon;
  return {
    area: { west: Math.min(area.west, lon), east: Math.max(area.east, lon), south: Math.min(area.south, point.lat), north: Math.max(area.north, point.lat) },
    point: { lat: point.lat, lon },
  };
}
