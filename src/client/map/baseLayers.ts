import type * as Leaflet from 'leaflet';
import type { LeafletApi } from './loadLeaflet.ts';

/** Which base layer is showing; mirrored into the map element's `data-layer`. */
export type BaseLayerName = 'tiles' | 'outline';

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
// Tiles that fail (offline, blocked, OSM refusing us) fall back to the outline this soon.
const TILE_ERRORS_BEFORE_FALLBACK = 2;
const TILE_TIMEOUT_MS = 4000;
// Below this width the layer list folds into a button.
const WIDE_MAP_PX = 640;

export interface BaseLayerOptions {
  /** Tile URL template; OpenStreetMap's when absent. */
  readonly tilesUrl?: string | undefined;
  /** GeoJSON of the country borders around the map, drawn when tiles fail or the reader picks it. */
  readonly outlineUrl?: string | undefined;
  /** The pane the outline is drawn in, between tiles (200) and markers (400). */
  readonly pane: string;
  /** Hears every base-layer change. */
  readonly onLayer: (layer: BaseLayerName) => void;
}

/**
 * OSM tiles and an offline outline of the borders as a map's two base layers, with a control to switch, falling back
 * to the outline by itself when tiles fail: what an offline reader, or a test with the internet blocked, sees. Both
 * the article maps and the site map use it, so neither is a grey box with dots offline.
 */
export function addBaseLayers(L: LeafletApi, map: Leaflet.Map, container: HTMLElement, options: BaseLayerOptions): void {
  const tiles = L.tileLayer(options.tilesUrl ?? OSM_TILES, {
    attribution: OSM_ATTRIBUTION,
    referrerPolicy: 'strict-origin-when-cross-origin',
    maxZoom: 18,
  });
  // In the shared overlay pane, an outline that arrives after the markers would paint over them.
  map.createPane(options.pane).style.zIndex = '250';
  // Colours come from the page's tokens, so the outline follows the reader's light or dark scheme.
  const colour = (name: string, fallback: string): string => getComputedStyle(container).getPropertyValue(name).trim() || fallback;
  container.style.background = colour('--map-sea', '#cddfea'); // the sea, where the outline has no land
  const outline = L.geoJSON(undefined, {
    pane: options.pane,
    // Borders are a backdrop: not clickable, and not taken for markers when labels are laid out.
    interactive: false,
    style: { color: colour('--map-border', '#8c8778'), weight: 1, fillColor: colour('--map-land', '#f3efe4'), fillOpacity: 1 },
    attribution: 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  });
  // Fetched only when shown: a reader whose tiles load never needs it (the site map's is 115 kB).
  const { outlineUrl } = options;
  if (outlineUrl !== undefined) outline.once('add', () => void loadOutline(outline, outlineUrl));

  // On a phone the open layer list would cover a third of the map: it folds into a button there.
  const narrow = container.clientWidth < WIDE_MAP_PX;
  L.control.layers({ OpenStreetMap: tiles, 'Outline (offline)': outline }, undefined, { collapsed: narrow }).addTo(map);
  map.on('baselayerchange', (event: Leaflet.LayersControlEvent) => options.onLayer(event.layer === outline ? 'outline' : 'tiles'));

  // Leaflet adds a layer only once the map has a view, and the layer control then reports it as a reader's choice,
  // which would stop the fallback: so the tiles go in, and are watched, once the map is ready.
  map.whenReady(() => {
    tiles.addTo(map);
    options.onLayer('tiles');
    watchTiles(map, tiles, () => {
      map.removeLayer(tiles);
      outline.addTo(map);
      options.onLayer('outline');
    });
  });
}

async function loadOutline(layer: Leaflet.GeoJSON, url: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    layer.addData((await response.json()) as Parameters<Leaflet.GeoJSON['addData']>[0]);
  } catch (error) {
    console.warn(`map: could not load the outline ${url}`, error);
  }
}

/** Calls `fallBack` once if tiles keep failing or none arrives in time, unless the reader chose first. */
function watchTiles(map: Leaflet.Map, tiles: Leaflet.TileLayer, fallBack: () => void): void {
  let errors = 0;
  let settled = false;
  const settle = (useOutline: boolean): void => {
    if (settled) return;
    settled = true;
    window.clearTimeout(timer);
    if (useOutline && map.hasLayer(tiles)) fallBack();
  };
  const timer = window.setTimeout(() => settle(true), TILE_TIMEOUT_MS);
  tiles.on('tileload', () => settle(false));
  tiles.on('tileerror', () => {
    errors += 1;
    if (errors >= TILE_ERRORS_BEFORE_FALLBACK) settle(true);
  });
  map.on('baselayerchange', () => settle(false));
}
