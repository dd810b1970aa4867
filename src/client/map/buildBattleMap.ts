import type * as Leaflet from 'leaflet';
import type { LeafletApi } from './loadLeaflet.ts';
import type { MapPlace } from '../../model/types.ts';
import type { MapData } from './readMapData.ts';

/** What the element can do with a built map. */
export interface BattleMapController {
  /** Moves to the place of an event and opens its popup; false when no place has that event. */
  showEvent(eventId: string): boolean;
  /** Tells Leaflet the container was resized (after the static picture is hidden). */
  refresh(): void;
}

/** Which base layer is showing; mirrored into the element's `data-layer`. */
export type BaseLayerName = 'tiles' | 'outline';

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
// Tiles that fail (offline, blocked, OSM refusing us) fall back to the outline this soon.
const TILE_ERRORS_BEFORE_FALLBACK = 2;
const TILE_TIMEOUT_MS = 4000;
const EVENT_ZOOM = 10;

/**
 * Builds the Leaflet map inside `container`: OSM tiles and an offline outline as base layers
 * (falling back to the outline by itself when tiles fail), a layer control, a scale bar,
 * keyboard navigation, wheel zoom only after the reader engages, and a circle marker per place
 * whose popup links to its events. `onLayer` hears every base-layer change.
 */
export function buildBattleMap(L: LeafletApi, container: HTMLElement, data: MapData, onLayer: (layer: BaseLayerName) => void): BattleMapController {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  // Leaflet animates zooms, fades and markers by default; a reader who asked for less motion gets jumps.
  const animate = !reducedMotion.matches;
  const map = L.map(container, {
    scrollWheelZoom: false,
    keyboard: true,
    zoomControl: true,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
  });
  placeView(L, map, data);
  // Wheel zoom only once the reader shows interest, so scrolling the page never gets trapped.
  map.on('focus click', () => map.scrollWheelZoom.enable());
  map.on('blur', () => map.scrollWheelZoom.disable());

  const tiles = L.tileLayer(data.tilesUrl ?? OSM_TILES, {
    attribution: OSM_ATTRIBUTION,
    referrerPolicy: 'strict-origin-when-cross-origin',
    maxZoom: 18,
  });
  // The outline gets its own pane between tiles (200) and markers (400): in the shared overlay
  // pane, an outline that arrives after the markers would paint over them.
  map.createPane('battle-outline').style.zIndex = '250';
  container.style.background = '#cddfea'; // the sea, where the outline has no land
  const outline = L.geoJSON(undefined, {
    pane: 'battle-outline',
    style: { color: '#8c8778', weight: 1, fillColor: '#f3efe4', fillOpacity: 1 },
    attribution: 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  });
  if (data.outlineUrl !== undefined) void loadOutline(outline, data.outlineUrl);

  L.control.layers({ OpenStreetMap: tiles, 'Outline (offline)': outline }, undefined, { collapsed: false }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  map.on('baselayerchange', (event: Leaflet.LayersControlEvent) => onLayer(event.layer === outline ? 'outline' : 'tiles'));

  tiles.addTo(map);
  onLayer('tiles');
  watchTiles(map, tiles, () => {
    map.removeLayer(tiles);
    outline.addTo(map);
    onLayer('outline');
  });

  const markers = new Map<string, Leaflet.CircleMarker>();
  for (const place of data.places) {
    if (!place.primary && place.events.length === 0) continue;
    markers.set(place.id, addMarker(L, map, place));
  }

  return {
    showEvent(eventId) {
      const place = data.places.find((candidate) => candidate.events.some((event) => event.id === eventId));
      const marker = place === undefined ? undefined : markers.get(place.id);
      if (place === undefined || marker === undefined) return false;
      const zoom = Math.max(map.getZoom(), EVENT_ZOOM);
      if (reducedMotion.matches) map.setView([place.lat, place.lon], zoom, { animate: false });
      else map.flyTo([place.lat, place.lon], zoom, { duration: 0.8 });
      marker.openPopup();
      return true;
    },
    refresh() {
      map.invalidateSize();
    },
  };
}

async function loadOutline(layer: Leaflet.GeoJSON, url: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    layer.addData((await response.json()) as Parameters<Leaflet.GeoJSON['addData']>[0]);
  } catch (error) {
    console.warn(`battle-map: could not load the outline ${url}`, error);
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

function addMarker(L: LeafletApi, map: Leaflet.Map, place: MapPlace): Leaflet.CircleMarker {
  const marker = L.circleMarker([place.lat, place.lon], {
    radius: place.primary ? 9 : 6,
    color: '#fff',
    weight: 2,
    fillColor: place.primary ? '#c0392b' : '#2c5d8a',
    fillOpacity: 1,
  })
    .bindTooltip(place.name)
    .bindPopup(() => popupContent(place))
    .addTo(map);
  // Circle markers are SVG paths that Leaflet leaves out of the tab order; let keyboards reach them.
  const element = marker.getElement();
  if (element instanceof SVGElement) {
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', place.name);
    // Where Leaflet put the marker, readable by tests and by anyone inspecting the map.
    const { lat, lng } = marker.getLatLng();
    element.dataset['lat'] = String(lat);
    element.dataset['lon'] = String(lng);
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      marker.openPopup();
    });
  }
  return marker;
}

/** Builds the popup with DOM nodes, never HTML strings: names and labels come from article text. */
function popupContent(place: MapPlace): HTMLElement {
  const root = document.createElement('div');
  const title = root.appendChild(document.createElement('strong'));
  title.textContent = place.name;
  if (place.events.length === 0) return root;
  const list = root.appendChild(document.createElement('ul'));
  for (const event of place.events) {
    const link = list.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
    link.href = `#${encodeURIComponent(event.id)}`;
    link.textContent = event.date === '' ? event.label : `${event.date}: ${event.label}`;
  }
  return root;
}

function placeView(L: LeafletApi, map: Leaflet.Map, data: MapData): void {
  const primary = data.places.find((place) => place.primary);
  const center = data.center ?? (primary === undefined ? undefined : [primary.lat, primary.lon]);
  if (center !== undefined && data.zoom !== undefined) {
    map.setView([center[0], center[1]], data.zoom);
  } else if (data.places.length > 0) {
    const bounds = L.latLngBounds(data.places.map((place) => L.latLng(place.lat, place.lon)));
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: data.zoom ?? EVENT_ZOOM });
  } else {
    map.setView(center === undefined ? [0, 0] : [center[0], center[1]], data.zoom ?? 2);
  }
}
