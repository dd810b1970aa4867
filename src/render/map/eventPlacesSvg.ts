import { clipRegion } from '../../geo/clipRegion.ts';
import { placeMarkId } from '../../model/placeMark.ts';
import type { MapModel } from '../../model/types.ts';
import { escapeXml } from '../escapeXml.ts';
import { placeMapLabels, type LabelPlacement, type LabelRequest } from './placeMapLabels.ts';
import { fitProjection, renderMapLayers } from './renderMapSvg.ts';

/** The event page's picture size: the map model's 4:3, narrow enough for a phone without scaling much. */
export const EVENT_PLACES_MAP = { width: 360, height: 270 } as const;

const MARK = '#c0392b';
const DOT = '#2c5d8a';
const FONT = 'DejaVu Sans, sans-serif';

/**
 * One picture of an article's places for all its event pages, so a browser downloads and caches
 * one file per article however many events link to it. The map (every place a small dot) is drawn
 * once and shown again below itself for each place, that time with the place marked (a large red
 * dot and its name); a `<view>` per place frames its copy, and an event page shows
 * `places.svg#place-<id>`. Views rather than CSS `:target`: a picture needs no stylesheet, which
 * the site's Content-Security-Policy (sent with every file) could block. Without a fragment the
 * picture is the unmarked map. Labels are XML-escaped.
 */
export function eventPlacesSvg(map: MapModel, title: string): string {
  const { width, height } = EVENT_PLACES_MAP;
  const toPixel = fitProjection(map.bbox, width, height);
  const visible = map.places
    .map((place) => ({ place, pixel: toPixel([place.lon, place.lat]) }))
    .filter(({ pixel: [x, y] }) => x >= 0 && y >= 0 && x <= width && y <= height);
  const dots = visible.map(({ pixel: [x, y] }) => `<circle cx="${num(x)}" cy="${num(y)}" r="3.5"/>`);
  const layers = renderMapLayers({ width, height, bbox: map.bbox, outline: clipRegion(map.bbox), markers: [] });
  const marked = visible.map(({ place, pixel: [x, y] }, index) => {
    const top = (index + 1) * height;
    const label = markLabel(
      { x, y, label: place.name, bold: true },
      visible.filter((_, other) => other !== index).map(({ pixel }) => pixel),
    );
    const anchor = label && label.anchor !== 'start' ? ` text-anchor="${label.anchor}"` : '';
    const text = label ? `<text x="${num(label.x)}" y="${num(label.y)}"${anchor}>${escapeXml(place.name)}</text>` : '';
    return [
      `<view id="${escapeXml(placeMarkId(place.id))}" viewBox="0 ${top} ${width} ${height}"/>`,
      `<g transform="translate(0 ${top})"><use href="#map"/>`,
      `<circle cx="${num(x)}" cy="${num(y)}" r="7" fill="${MARK}" stroke="#fff" stroke-width="2"/>`,
      `<g font-family="${FONT}" font-size="12" font-weight="bold" fill="#1d1d1d" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${text}</g></g>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><g id="map">${layers.join('\n')}\n<g fill="${DOT}" stroke="#fff" stroke-width="1">${dots.join('')}</g></g></defs>`,
    '<use href="#map"/>',
    ...marked,
    '</svg>',
  ].join('\n');
}

/**
 * Where the marked place's name goes: clear of the other dots where it can be, else wherever it
 * fits as if alone, since the one place the picture is about must be named.
 */
function markLabel(mark: LabelRequest, dots: readonly [number, number][]): LabelPlacement | undefined {
  const { width, height } = EVENT_PLACES_MAP;
  const [clear] = placeMapLabels([mark, ...dots.map(([x, y]) => ({ x, y, label: '', bold: false }))], width, height);
  return clear ?? placeMapLabels([mark], width, height)[0];
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10 + 0);
}
