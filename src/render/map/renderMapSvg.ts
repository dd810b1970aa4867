import type { Position } from 'geojson';
import type { RegionOutline } from '../../geo/clipRegion.ts';
import { escapeXml } from '../escapeXml.ts';
import { placeMapLabels } from './placeMapLabels.ts';
import type { BBox, LatLon } from '../../geo/types.ts';
import { projectWebMercator } from '../../geo/webMercator.ts';

/** A dot on a static map. The primary one (the battle) is larger, red and drawn on top. */
export interface MapMarker extends LatLon {
  readonly label: string;
  readonly primary?: boolean;
  /** A border or road to draw under the dots, as the gazetteer's `line`. */
  readonly line?: readonly LatLon[];
}

/** Everything a static map picture shows. */
export interface RenderMapOptions {
  readonly width: number;
  readonly height: number;
  /**
   * The area to show, fitted whole into the picture. Give it the picture's aspect ratio
   * (`expandBBoxToAspect`) and clip the outline to the same box, so land fills the frame.
   */
  readonly bbox: BBox;
  /** Country outlines, normally from `clipRegion`. */
  readonly outline: RegionOutline;
  readonly markers: readonly MapMarker[];
  /** Accessible name of the picture (`<title>` and `aria-label`). */
  readonly title: string;
  /** Name of a country to fill more brightly than its neighbours (location maps). */
  readonly highlight?: string;
}

const FONT = 'DejaVu Sans, sans-serif';
// The page's --map-* tokens in the light scheme; a page that shows the drawing inline restyles it by
// the classes below for the dark one (reading.css), pictures keep these colours.
const SEA = '#cddfea';
const LAND = '#f3efe4';
const NEIGHBOUR = '#dedbd2';
const BORDER = '#8c8778';
const PRIMARY = '#c0392b';
const OTHER = '#2c5d8a';

export type ToPixel = (position: Position) => [number, number];

/**
 * Draws a static map as SVG for readers without JavaScript and for the infobox: Web Mercator
 * (like Leaflet), country fills and borders, lines, marker dots and XML-escaped labels placed
 * so they do not overlap. Numbers are rounded to 0.1 px, so the same input always gives the
 * same string.
 */
export function renderMapSvg(options: RenderMapOptions): string {
  const { width, height, title } = options;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    ...renderMapLayers(options),
    '</svg>',
  ].join('\n');
}

/** The drawing of {@link renderMapSvg} without its `<svg>` element, for a picture that reuses it. */
export function renderMapLayers(options: Omit<RenderMapOptions, 'title'>): string[] {
  const { width, height, outline } = options;
  const toPixel = fitProjection(options.bbox, width, height);
  const countries = outline.features.map((feature) => {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const d = polygons.flatMap((rings) => rings.map((ring) => ringPath(ring, toPixel))).join('');
    const fill = options.highlight === undefined || options.highlight === feature.properties.name ? LAND : NEIGHBOUR;
    return `<path d="${d}" fill="${fill}"><title>${escapeXml(feature.properties.name)}</title></path>`;
  });
  const lines = options.markers.flatMap((marker) => {
    if (marker.line === undefined) return [];
    const points = marker.line.map((point) => toPixel([point.lon, point.lat]).map(num).join(' '));
    return [`<path d="M${points.join('L')}"/>`];
  });
  // Primary markers first for the best label spot, last in the drawing so they sit on top.
  const visible = options.markers
    .map((marker) => ({ marker, pixel: toPixel([marker.lon, marker.lat]) }))
    .filter(({ pixel: [x, y] }) => x >= 0 && y >= 0 && x <= width && y <= height);
  const ordered = [...visible.filter((v) => v.marker.primary === true), ...visible.filter((v) => v.marker.primary !== true)];
  const labels = placeMapLabels(
    ordered.map(({ marker, pixel: [x, y] }) => ({ x, y, label: marker.label, bold: marker.primary === true })),
    width,
    height,
  );
  const dots = ordered.map(({ marker, pixel: [x, y] }) => {
    const primary = marker.primary === true;
    return `<circle cx="${num(x)}" cy="${num(y)}" r="${primary ? 6 : 4}" fill="${primary ? PRIMARY : OTHER}"/>`;
  });
  const texts = ordered.flatMap(({ marker }, index) => {
    const place = labels[index];
    if (place === undefined) return [];
    const anchor = place.anchor === 'start' ? '' : ` text-anchor="${place.anchor}"`;
    const weight = marker.primary === true ? ' font-weight="bold"' : '';
    return [`<text x="${num(place.x)}" y="${num(place.y)}"${anchor}${weight}>${escapeXml(marker.label)}</text>`];
  });
  return [
    `<rect class="map-sea" width="${width}" height="${height}" fill="${SEA}"/>`,
    `<g class="map-countries" stroke="${BORDER}" stroke-width="0.8" stroke-linejoin="round" fill-rule="evenodd">${countries.join('')}</g>`,
    `<g fill="none" stroke="${OTHER}" stroke-width="2" stroke-opacity="0.6" stroke-linejoin="round">${lines.join('')}</g>`,
    `<g stroke="#fff" stroke-width="1.5">${dots.reverse().join('')}</g>`,
    `<g font-family="${FONT}" font-size="12" fill="#1d1d1d" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${texts.join('')}</g>`,
    `<rect class="map-frame" width="${width}" height="${height}" fill="none" stroke="${BORDER}"/>`,
  ];
}

/** Maps [lon, lat] to pixels with the whole bbox visible and centred in the picture. */
export function fitProjection(bbox: BBox, width: number, height: number): ToPixel {
  const topLeft = projectWebMercator({ lat: bbox.north, lon: bbox.west });
  const bottomRight = projectWebMercator({ lat: bbox.south, lon: bbox.east });
  const scale = Math.min(width / (bottomRight.x - topLeft.x), height / (bottomRight.y - topLeft.y));
  const offsetX = (width - (bottomRight.x - topLeft.x) * scale) / 2;
  const offsetY = (height - (bottomRight.y - topLeft.y) * scale) / 2;
  return ([lon = 0, lat = 0]) => {
    const { x, y } = projectWebMercator({ lat, lon });
    return [(x - topLeft.x) * scale + offsetX, (y - topLeft.y) * scale + offsetY];
  };
}

function ringPath(ring: readonly Position[], toPixel: ToPixel): string {
  const points: string[] = [];
  for (const position of ring.slice(0, -1)) {
    const point = toPixel(position).map(num).join(' ');
    if (points.at(-1) !== point) points.push(point);
  }
  return points.length < 3 ? '' : `M${points.join('L')}Z`;
}

/** A pixel value with one decimal and no trailing `.0`, so output is compact and stable. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10 + 0);
}
