import { clipRegion } from '../../geo/clipRegion.ts';
import { locatorView } from '../../geo/countryExtent.ts';
import { expandBBoxToAspect } from '../../geo/expandBBoxToAspect.ts';
import { findCountry } from '../../geo/findCountry.ts';
import { renderMapSvg } from './renderMapSvg.ts';
import type { LatLon } from '../../geo/types.ts';

/**
 * The infobox's "Location within Syria" picture: a square of `sizePx` showing the country
 * fitted to the box with its neighbours greyed, and a red dot at the point unless `dot` is false
 * (an article located only by its country: the highlighted country is its place). Returns
 * `undefined` when the country is not one Natural Earth knows (the infobox then has no map).
 */
export function locationMapSvg(countryName: string, point: LatLon, sizePx: number, dot = true): string | undefined {
  const country = findCountry(countryName);
  if (country === undefined) return undefined;
  const view = locatorView(country, point);
  const bbox = expandBBoxToAspect(view.area, sizePx, sizePx, 0.06);
  return renderMapSvg({
    width: sizePx,
    height: sizePx,
    bbox,
    outline: clipRegion(bbox),
    markers: dot ? [{ ...view.point, label: '', primary: true }] : [],
    title: `Location within ${country.properties.name}`,
    highlight: country.properties.name,
  });
}
