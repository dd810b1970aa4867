import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipRingToBBox } from './clipRingToBBox.ts';
import { loadCountryFeatures, type CountryFeature } from './countryFeatures.ts';
import { quantiseRing } from './quantiseRing.ts';
import type { BBox } from './types.ts';

/** A country outline clipped to a map's rectangle. */
export type OutlineFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** The countries of a map region, as written to the outline GeoJSON file. */
export type RegionOutline = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** Options for {@link clipRegion}; the defaults suit a page's map. */
export interface ClipRegionOptions {
  /** Countries to clip; by default world-atlas' Natural Earth 1:50m countries. */
  readonly countries?: readonly CountryFeature[];
  /** Decimal places kept in coordinates (default 3, about 100 m). */
  readonly decimals?: number;
}

/**
 * The Natural Earth (public domain) countries that intersect `bbox`, clipped to it, as a small
 * GeoJSON FeatureCollection for the map's offline outline layer and the static pictures.
 * Features are sorted by name and coordinates quantised, so the same bbox always gives
 * byte-identical `JSON.stringify` output.
 */
export function clipRegion(bbox: BBox, options: ClipRegionOptions = {}): RegionOutline {
  const countries = options.countries ?? loadCountryFeatures();
  const decimals = options.decimals ?? 3;
  const features: OutlineFeature[] = [];
  for (const country of countries) {
    const [west, south, east, north] = country.bbox;
    if (west > bbox.east || east < bbox.west || south > bbox.north || north < bbox.south) continue;
    const polygons = clipPolygons(country, bbox, decimals);
    if (polygons.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { name: country.properties.name },
      geometry:
        polygons.length === 1 && polygons[0] !== undefined ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  features.sort((a, b) => (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0));
  return { type: 'FeatureCollection', features };
}

/** Clips every polygon of a country; a polygon whose outer ring vanishes loses its holes too. */
function clipPolygons(country: CountryFeature, bbox: BBox, decimals: number): Position[][][] {
  const { geometry } = country;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const output: Position[][][] = [];
  for (const [outer, ...holes] of polygons) {
    if (outer === undefined) continue;
    const clippedOuter = quantiseRing(clipRingToBBox(outer, bbox), decimals);
    if (clippedOuter.length === 0) continue;
    const clippedHoles = holes.map((hole) => quantiseRing(clipRingToBBox(hole, bbox), decimals)).filter((hole) => hole.length > 0);
    output.push([clippedOuter, ...clippedHoles]);
  }
  return output;
}
