import { clipRegion, type RegionOutline } from '../../geo/clipRegion.ts';
import { loadCountryFeatures } from '../../geo/countryFeatures.ts';
import { locationMapSvg } from './locationMapSvg.ts';
import { renderMapSvg } from './renderMapSvg.ts';
import { svgToPng } from '../rasteriseSvg.ts';
import { bboxAround } from '../../geo/bboxAround.ts';
import type { BBox, LatLon } from '../../geo/types.ts';
import { MAP_PICTURE, NARROW_MAP_PICTURE } from '../../model/buildMapModel.ts';
import type { MapModel } from '../../model/types.ts';
import { cachedRender } from '../cachedRender.ts';

/** How far the offline outline reaches beyond the picture, so zooming out still shows borders. */
const OUTLINE_MARGIN_DEGREES = 3;
/**
 * A map this many degrees across shows a whole country or more (a unit's, a war's): Leaflet fits it at a zoom that shows
 * about twice the picture, so its outline reaches a whole span beyond, drawn from the coarse 1:110m set, which keeps the
 * file small: a brigade's map of Ukraine took 59 kB at 1:50m reaching 3 degrees, and 37 kB reaching a span.
 */
const WIDE_MAP_DEGREES = 8;

/** The static map of an article as a PNG: outline, lines, markers and labels; `narrow` is the phones' picture. */
export function staticMapPng(map: MapModel, title: string, narrow = false): Promise<Buffer> {
  const { width, height } = narrow ? NARROW_MAP_PICTURE : MAP_PICTURE;
  return cachedRender('static-map', { map, title, narrow }, () => {
    const markers = map.places.map((place) => ({
      lat: place.lat,
      lon: place.lon,
      label: place.name,
      primary: place.primary,
      ...(place.line ? { line: place.line } : {}),
    }));
    const svg = renderMapSvg({ width, height, bbox: map.bbox, outline: clipRegion(map.bbox), markers, title: `Map of ${title}` });
    return svgToPng(svg, narrow ? width * 2 : width);
  });
}

/**
 * The infobox's "Location within <country>" picture, shown `map_size` pixels square and drawn
 * at twice that so it stays sharp on high-density screens; undefined for an unknown country.
 */
export async function locationMapPng(map: MapModel): Promise<Buffer | undefined> {
  const country = map.country;
  if (!country) return undefined;
  const svg = locationMapSvg(country, map.center, map.locationMapSize, map.countryOnly !== true);
  if (!svg) return undefined;
  return cachedRender('location-map', { svg, density: 2 }, () => svgToPng(svg, map.locationMapSize * 2));
}

/** Country borders around the map for Leaflet's offline layer, as GeoJSON. */
export function outlineFor(map: MapModel): RegionOutline {
  const span = spanOf(map.bbox);
  return outlineAround(map.bbox, span >= WIDE_MAP_DEGREES ? span : OUTLINE_MARGIN_DEGREES);
}

/**
 * Country borders around the site map's articles, its offline layer. The map is fitted to the articles, so it needs
 * less reach than an article's map of a country: half the span on each side (the Sahel to the Caucasus at 1:110m,
 * about 100 kB).
 */
export function siteOutline(points: readonly LatLon[]): RegionOutline | undefined {
  const bbox = bboxAround(points, 0);
  return bbox === undefined ? undefined : outlineAround(bbox, Math.max(OUTLINE_MARGIN_DEGREES, spanOf(bbox)));
}

function outlineAround(bbox: BBox, margin: number): RegionOutline {
  const { west, south, east, north } = bbox;
  const wide: BBox = { west: west - margin, south: south - margin, east: east + margin, north: north + margin };
  return spanOf(bbox) >= WIDE_MAP_DEGREES ? clipRegion(wide, { countries: loadCountryFeatures('110m') }) : clipRegion(wide);
}

function spanOf({ west, south, east, north }: BBox): number {
  return Math.max(east - west, north - south);
}
