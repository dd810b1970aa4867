import { clipRegion, type RegionOutline } from '../../geo/clipRegion.ts';
import { locationMapSvg } from './locationMapSvg.ts';
import { renderMapSvg } from './renderMapSvg.ts';
import { svgToPng } from '../rasteriseSvg.ts';
import type { BBox } from '../../geo/types.ts';
import { MAP_PICTURE } from '../../model/buildMapModel.ts';
import type { MapModel } from '../../model/types.ts';
import { cachedRender } from '../cachedRender.ts';

/** How far the offline outline reaches beyond the picture, so zooming out still shows borders. */
const OUTLINE_MARGIN_DEGREES = 3;

/** The static map of an article as a PNG: outline, lines, markers and labels. */
export function staticMapPng(map: MapModel, title: string): Promise<Buffer> {
  return cachedRender('static-map', { map, title }, () => {
    const markers = map.places.map((place) => ({
      lat: place.lat,
      lon: place.lon,
      label: place.name,
      primary: place.primary,
      ...(place.line ? { line: place.line } : {}),
    }));
    const svg = renderMapSvg({ ...MAP_PICTURE, bbox: map.bbox, outline: clipRegion(map.bbox), markers, title: `Map of ${title}` });
    return svgToPng(svg, MAP_PICTURE.width);
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
  const { west, south, east, north } = map.bbox;
  const margin = OUTLINE_MARGIN_DEGREES;
  const wide: BBox = { west: west - margin, south: south - margin, east: east + margin, north: north + margin };
  return clipRegion(wide);
}
