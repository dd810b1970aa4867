import type * as Leaflet from 'leaflet';
import type { LeafletApi } from './loadLeaflet.ts';
import { addBaseLayers, type BaseLayerName } from './baseLayers.ts';
import type { MapPlace } from '../../model/types.ts';
import { declutterLabels, MARKER_CLASS, type LabelSide, type MapLabel } from './declutterLabels.ts';
import type { MapData } from './readMapData.ts';

/** What the element can do with a built map. */
export interface BattleMapController {
  /** Moves to the place of an event and opens its popup; false when no place has that event. */
  showEvent(eventId: string): boolean;
  /** Tells Leaflet the container was resized (after the static picture is hidden). */
  refresh(): void;
}

const EVENT_ZOOM = 10;
const MARKER_RADIUS = { primary: 9, other: 6 } as const;
// The popup's tip and the marker under it.
const POPUP_TIP_PX = 30;

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
  // A first view before any layer; it is fitted again once the controls have their size.
  placeView(L, map, data, { paddingTopLeft: [24, 24], paddingBottomRight: [24, 24] });
  // Wheel zoom only once the reader shows interest, so scrolling the page never gets trapped.
  map.on('focus click', () => map.scrollWheelZoom.enable());
  map.on('blur', () => map.scrollWheelZoom.disable());

  addBaseLayers(L, map, container, { tilesUrl: data.tilesUrl, outlineUrl: data.outlineUrl, pane: 'battle-outline', onLayer });
  L.control.scale({ imperial: false }).addTo(map);

  const markers = new Map<string, Leaflet.CircleMarker>();
  const labels: MapLabel[] = [];
  for (const place of data.places) {
    if (!place.primary && place.events.length === 0) continue;
    const marker = addMarker(L, map, place, popupSize(container));
    markers.set(place.id, marker);
    labels.push({
      element: () => marker.getTooltip()?.getElement(),
      priority: place.primary ? Infinity : place.events.length,
      moveTo: (side) => moveLabel(marker, side),
    });
  }
  placeView(L, map, data, controlPadding(container));
  const tidy = (): void => declutterLabels(container, labels);
  map.on('zoomend moveend resize', tidy);
  map.on('resize', () => {
    for (const marker of markers.values()) Object.assign(marker.getPopup()?.options ?? {}, popupSize(container));
  });
  tidy();

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
      placeView(L, map, data, controlPadding(container));
      tidy();
    },
  };
}

function addMarker(L: LeafletApi, map: Leaflet.Map, place: MapPlace, popup: Leaflet.PopupOptions): Leaflet.CircleMarker {
  const radius = place.primary ? MARKER_RADIUS.primary : MARKER_RADIUS.other;
  // The name is on the map without a click, as text (never HTML: it comes from the article).
  const label = document.createElement('span');
  label.textContent = place.name;
  const marker = L.circleMarker([place.lat, place.lon], {
    className: MARKER_CLASS,
    radius,
    color: '#fff',
    weight: 2,
    fillColor: place.primary ? '#c0392b' : '#2c5d8a',
    fillOpacity: 1,
  })
    .bindTooltip(label, {
      permanent: true,
      direction: 'right',
      offset: [radius, 0],
      className: `battle-map__label${place.primary ? ' battle-map__label--primary' : ''}`,
    })
    .bindPopup(() => popupContent(place), popup)
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

/** Puts a marker's label on one side of it, just clear of the dot. */
function moveLabel(marker: Leaflet.CircleMarker, side: LabelSide): void {
  const tooltip = marker.getTooltip();
  if (tooltip === undefined) return;
  const radius = marker.getRadius();
  const offsets: Record<LabelSide, Leaflet.PointTuple> = { right: [radius, 0], left: [-radius, 0], top: [0, -radius], bottom: [0, radius] };
  if (tooltip.options.direction === side) return;
  tooltip.options.direction = side;
  tooltip.options.offset = offsets[side];
  tooltip.update();
}

/** Popups fit inside the map: at most its width and height less a margin, scrolling inside. */
function popupSize(container: HTMLElement): Leaflet.PopupOptions {
  const { paddingTopLeft, paddingBottomRight } = controlPadding(container);
  const width = container.clientWidth - paddingTopLeft[0] - paddingBottomRight[0];
  // The popup's tip and its marker sit below the box; the controls above and below stay clear.
  const height = container.clientHeight - paddingTopLeft[1] - paddingBottomRight[1] - POPUP_TIP_PX;
  return {
    maxWidth: Math.max(140, Math.min(320, width - 40)),
    minWidth: Math.min(140, width - 40),
    maxHeight: Math.max(60, height - 40),
    autoPanPaddingTopLeft: paddingTopLeft,
    autoPanPaddingBottomRight: paddingBottomRight,
    keepInView: true,
  };
}

/** How far from each edge the controls reach, so the first view keeps every marker clear of them. */
function controlPadding(container: HTMLElement): { paddingTopLeft: Leaflet.PointTuple; paddingBottomRight: Leaflet.PointTuple } {
  const frame = container.getBoundingClientRect();
  const corner = (name: string): DOMRect | undefined => container.querySelector<HTMLElement>(`.leaflet-control-container ${name}`)?.getBoundingClientRect();
  const [topLeft, topRight, bottomLeft, bottomRight] = [
    '.leaflet-top.leaflet-left',
    '.leaflet-top.leaflet-right',
    '.leaflet-bottom.leaflet-left',
    '.leaflet-bottom.leaflet-right',
  ].map(corner);
  const gap = 14; // a marker's radius and its white ring
  const left = (topLeft?.right ?? frame.left) - frame.left;
  const right = frame.right - (topRight?.left ?? frame.right);
  const top = Math.max(topLeft?.bottom ?? frame.top, topRight?.bottom ?? frame.top) - frame.top;
  const bottom = frame.bottom - Math.min(bottomLeft?.top ?? frame.bottom, bottomRight?.top ?? frame.bottom);
  // Markers stay clear of the controls' columns and rows alike; labels that do not fit are hidden.
  return { paddingTopLeft: [left + gap, top + gap], paddingBottomRight: [right + gap, bottom + gap] };
}

function placeView(L: LeafletApi, map: Leaflet.Map, data: MapData, padding: ReturnType<typeof controlPadding>): void {
  const primary = data.places.find((place) => place.primary);
  const center = data.center ?? (primary === undefined ? undefined : [primary.lat, primary.lon]);
  if (center !== undefined && data.zoom !== undefined) {
    map.setView([center[0], center[1]], data.zoom);
  } else if (data.places.length > 0 || data.area !== undefined) {
    const bounds = L.latLngBounds(data.places.map((place) => L.latLng(place.lat, place.lon)));
    if (data.area !== undefined) bounds.extend(L.latLngBounds([data.area[0], data.area[1]], [data.area[2], data.area[3]]));
    map.fitBounds(bounds, { ...padding, maxZoom: data.zoom ?? EVENT_ZOOM });
  } else {
    map.setView(center === undefined ? [0, 0] : [center[0], center[1]], data.zoom ?? 2);
  }
}
