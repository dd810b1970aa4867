import { clipRegion } from '../geo/clipRegion.ts';
import { escapeXml } from './escapeXml.ts';
import { placeMapLabels } from './map/placeMapLabels.ts';
import { fitProjection, renderMapSvg } from './map/renderMapSvg.ts';
import type { MapModel } from '../model/types.ts';

/** The companion map's drawing size: the right column's width at 4:3. */
export const COMPANION_MAP = { width: 352, height: 264 } as const;

/**
 * The small map beside the prose on wide screens, as inline SVG: the article's outline drawn by
 * `renderMapSvg`, with each place a `<g data-place="id">` (dot and label) that the page's script
 * highlights while the section naming it is read. Labels are XML-escaped.
 */
export function companionMapSvg(map: MapModel, title: string): string {
  const { width, height } = COMPANION_MAP;
  const base = renderMapSvg({ width, height, bbox: map.bbox, outline: clipRegion(map.bbox), markers: [], title });
  const toPixel = fitProjection(map.bbox, width, height);
  const visible = map.places
    .map((place) => ({ place, pixel: toPixel([place.lon, place.lat]) }))
    .filter(({ pixel: [x, y] }) => x >= 0 && y >= 0 && x <= width && y <= height);
  const labels = placeMapLabels(
    visible.map(({ place, pixel: [x, y] }) => ({ x, y, label: place.name, bold: place.primary })),
    width,
    height,
  );
  const places = visible.map(({ place, pixel: [x, y] }, index) => {
    const label = labels[index];
    const anchor = label && label.anchor !== 'start' ? ` text-anchor="${label.anchor}"` : '';
    const text = label ? `<text x="${num(label.x)}" y="${num(label.y)}"${anchor}>${escapeXml(place.name)}</text>` : '';
    const kind = place.primary ? 'companion-place primary' : 'companion-place';
    return `<g class="${kind}" data-place="${escapeXml(place.id)}"><circle cx="${num(x)}" cy="${num(y)}" r="${place.primary ? 6 : 4.5}"/>${text}</g>`;
  });
  // Primary last, so it is drawn on top.
  const ordered = [...places.filter((_, index) => !visible[index]?.place.primary), ...places.filter((_, index) => visible[index]?.place.primary)];
  return base.replace(/<\/svg>\s*$/, `<g class="companion-places">${ordered.join('')}</g>\n</svg>`);
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10 + 0);
}
