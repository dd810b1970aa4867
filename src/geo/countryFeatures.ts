import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BBox } from './types.ts';

/** A Natural Earth country (via world-atlas, public domain) with its bounding box precomputed. */
export interface CountryFeature extends Feature<Polygon | MultiPolygon, { name: string }> {
  readonly bbox: [west: number, south: number, east: number, north: number];
}

let cached: readonly CountryFeature[] | undefined;

/**
 * All countries of world-atlas' 1:50m Natural Earth set as GeoJSON, read once per process.
 * 1:50m rather than 1:110m because al-Qusayr sits ~10 km from the Lebanese border and the
 * coarse set would misplace it. Build-time only: reads from node_modules with `fs`.
 */
export function loadCountryFeatures(): readonly CountryFeature[] {
  if (cached !== undefined) return cached;
  // createRequire resolves from wherever the bundled chunk lands, walking up to node_modules.
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const countries: CountryFeature[] = [];
  for (const country of collection.features) {
    const { geometry } = country;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    countries.push({
      type: 'Feature',
      properties: { name: country.properties.name },
      geometry,
      bbox: boundsOf(geometry),
    });
  }
  cached = countries;
  return countries;
}

/** The bounding box of a country's geometry as a {@link BBox}. */
export function countryBBox(country: CountryFeature): BBox {
  const [west, south, east, north] = country.bbox;
  return { west, south, east, north };
}

function boundsOf(geometry: Polygon | MultiPolygon): CountryFeature['bbox'] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [west, south, east, north];
}
