import { clipRegion } from '../../geo/clipRegion.ts';
import { placeMarkId } from '../../model/placeMark.ts';
import type { MapModel } from '../../model/types.ts';
import { escapeXml } from '../escapeXml.ts';
import { placeMapLabels } from './placeMapLabels.ts';
import { fitProjection, renderMapSvg } from './renderMapSvg.ts';

/** The event page's picture size: the map model's 4:3, narrow enough for a phone without scaling much. */
export const EVENT_PLACES_MAP = { width: 360, height: 270 } as const;

const MARK = '#c0392b';
const DOT = '#2c5d8a';

/**
 * One picture of an article's places for all its event pages: every place a small dot, and for
 * each a hidden mark (a large red dot and its name) that CSS `:target` shows. An event page
 * shows `places.svg#place-<id>`, so a browser downloads and caches one file per article however
 * many events link to it; without a fragment the picture is the dots alone. Each mark's label
 * is placed as if alone, since only one shows at a time. Labels are XML-escaped.
 */
export function eventPlacesSvg(map: MapModel, title: string): string {
  const { width, height } = EVENT_PLACES_MAP;
  const base = renderMapSvg({ width, height, bbox: map.bbox, outline: clipRegion(map.bbox), markers: [], title });
  const toPixel = fitProjection(map.bbox, width, height);
  const visible = map.places
    .map((place) => ({ place, pixel: toPixel([place.lon, place.lat]) }))
    .filter(({ pixel: [x, y] }) => x >= 0 && y >= 0 && x <= width && y <= height);
  const dots = visible.map(({ pixel: [x, y] }) => `<circle cx="${num(x)}" cy="${num(y)}" r="3.5"/>`);
  const marks = visible.map(({ place, pixel: [x, y] }) => {
    const [label] = placeMapLabels([{ x, y, label: place.name, bold: true }], width, height);
    const anchor = label && label.anchor !== 'start' ? ` text-anchor="${label.anchor}"` : '';
    const text = label ? `<text x="${num(label.x)}" y="${num(label.y)}"${anchor}>${escapeXml(place.name)}</text>` : '';
    return `<g class="mark" id="${escapeXml(placeMarkId(place.id))}"><circle cx="${num(x)}" cy="${num(y)}" r="7"/>${text}</g>`;
  });
  return base.replace(
    /<\/svg>\s*$/,
    [
      '<style>.mark{display:none}.mark:target{display:inline}.mark text{fill:#1d1d1d;stroke-width:3px}</style>',
      `<g fill="${DOT}" stroke="#fff" stroke-width="1">${dots.join('')}</g>`,
      `<g fill="${MARK}" stroke="#fff" stroke-width="2" font-family="DejaVu Sans, sans-serif" font-size="12" font-weight="bold" paint-order="stroke" stroke-linejoin="round">`,
      `${marks.join('')}</g>`,
      '</svg>',
    ].join('\n'),
  );
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10 + 0);
}
