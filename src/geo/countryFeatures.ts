import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A Natural Earth country (via world-atlas, public domain) with its bounding box precomputed. */
export interface CountryFeature extends Feature<Polygon | MultiPolygon, { name: string }> {
  readonly bbox: [west: number, south: number, east: number, north: number];
}

/** World-atlas' Natural Earth scales: 1:50m for every place and picture, 1:110m only where a map shows a continent. */
export type CountryScale = '50m' | '110m';

const cached = new Map<CountryScale, readonly CountryFeature[]>();

/**
 * All countries of world-atlas' 1:50m Natural Earth set as GeoJSON, read once per process.
 * 1:50m rather than 1:110m because al-Qusayr sits ~10 km from the Lebanese border and the
 * coarse set would misplace it. Build-time only: reads from node_modules with `fs`.
 */
export function loadCountryFeatures(scale: CountryScale = '50m'): readonly CountryFeature[] {
  const known = cached.get(scale);
  if (known !== undefined) return known;
  // createRequire resolves from wherever the bundled chunk lands, walking up to node_modules.
  const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const countries: CountryFeature[] = [];
  for (const country of collection.features) {
    const { geometry } = country;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const continuous = unwrapAntimeridian(geometry);
    countries.push({
      type: 'Feature',
      properties: { name: country.properties.name },
      geometry: continuous,
      bbox: boundsOf(continuous),
    });
  }
  cached.set(scale, countries);
  return countries;
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

/**
 * Natural Earth keeps every longitude in -180..180, so a polygon that crosses the antimeridian
 * (Russia's mainland with Chukotka, Fiji, Wrangel Island) jumps from 179.9 to -180 and back: drawn,
 * it is a band across the whole world, and its box is the whole world. Such a polygon is written
 * east of 180 instead (-179 becomes 181), one continuous shape. A map of Chukotka itself, west of
 * -170, would miss those parts; no article of the dataset is there, and every other map gains.
 */
function unwrapAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: unwrapPolygon(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(unwrapPolygon) };
}

function unwrapPolygon(rings: Position[][]): Position[][] {
  if (!rings.some(crossesAntimeridian) || rings.some(circlesPole)) return rings;
  return rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]));
}

/**
 * Antarctica's ring runs all the way round the pole, from -180 to 180 and back along the edge:
 * it spans the world rather than wrapping, and shifting half of it would tear it.
 */
function circlesPole(ring: readonly Position[]): boolean {
  let turned = 0;
  for (let index = 1; index < ring.length; index += 1) {
    const step = (ring[index]?.[0] ?? 0) - (ring[index - 1]?.[0] ?? 0);
    turned += step > 180 ? step - 360 : step < -180 ? step + 360 : step;
  }
  return Math.abs(turned) > 180;
}

/** Two neighbouring vertices half the world apart: the ring wraps rather than spans. */
function crossesAntimeridian(ring: readonly Position[]): boolean {
  return ring.some(([lon = 0], index) => index > 0 && Math.abs(lon - (ring[index - 1]?.[0] ?? lon)) > 180);
}
