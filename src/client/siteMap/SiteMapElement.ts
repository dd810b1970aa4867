import { addBaseLayers } from '../map/baseLayers.ts';
import { loadLeaflet, whenNearViewport } from '../map/loadLeaflet.ts';

/**
 * `<site-map>`: every located article as a marker over OpenStreetMap tiles (over the outline of the borders that
 * `data-outline-url` names when tiles fail), one colour per conflict (the dot of its group's heading). It reads the plain list inside it (`li[data-lat][data-lon]` holding a link), which is
 * the page's no-JS form and stays below the map; text reaches popups as text. Leaflet loads when
 * the element nears the viewport. Sets `data-ready` to "true" (or "false" when Leaflet failed) and `data-layer` to the base layer showing.
 */
export class SiteMapElement extends HTMLElement {
  connectedCallback(): void {
    void whenNearViewport(this).then(() => this.#build());
  }

  async #build(): Promise<void> {
    const box = this.querySelector<HTMLElement>('[data-map-box]');
    if (box === null) return;
    try {
      const L = await loadLeaflet();
      box.hidden = false;
      const map = L.map(box, { scrollWheelZoom: false, keyboard: true });
      map.on('focus click', () => map.scrollWheelZoom.enable());
      map.on('blur', () => map.scrollWheelZoom.disable());
      addBaseLayers(L, map, box, {
        outlineUrl: this.dataset['outlineUrl'] || undefined,
        pane: 'site-outline',
        onLayer: (layer) => (this.dataset['layer'] = layer),
      });
      const points: [number, number][] = [];
      for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
        // The group's colour is its heading's dot (CSS), so the list is the map's legend.
        const dot = group.querySelector('[data-group-colour]');
        const colour = dot ? getComputedStyle(dot).backgroundColor : '#c0392b';
        for (const item of group.querySelectorAll<HTMLElement>('li[data-lat][data-lon]')) {
          const lat = Number(item.dataset['lat']);
          const lon = Number(item.dataset['lon']);
          const link = item.querySelector('a');
          if (!Number.isFinite(lat) || !Number.isFinite(lon) || link === null) continue;
          points.push([lat, lon]);
          const popup = document.createElement('a');
          popup.href = link.href;
          popup.textContent = link.textContent;
          L.circleMarker([lat, lon], { radius: 7, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 0.9 })
            .bindPopup(popup)
            .bindTooltip(link.textContent ?? '')
            .addTo(map);
        }
      }
      if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 9 });
      else map.setView([30, 30], 3);
      this.dataset['ready'] = 'true';
    } catch (error) {
      box.hidden = true;
      this.dataset['ready'] = 'false';
      console.warn('site-map: the interactive map could not start', error);
    }
  }
}

/** Registers `<site-map>` once. */
export function defineSiteMap(): void {
  if (customElements.get('site-map') === undefined) customElements.define('site-map', SiteMapElement);
}
