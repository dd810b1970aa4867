import { buildBattleMap, type BattleMapController } from './buildBattleMap.ts';
import { loadLeaflet, whenNearViewport } from './loadLeaflet.ts';
import { readMapData, type MapData } from './readMapData.ts';

/**
 * `<battle-map>`: an interactive Leaflet map that takes over from the static picture inside it.
 * Data comes from its `data-*` attributes (see `readMapData`). Leaflet loads only when the
 * element nears the viewport, or when the reader asks to see an event on the map (a
 * `[data-show-on-map="<event-id>"]` button or a `#<event-id>` hash). The static picture — the
 * child marked `data-static-map`, else the first `img`, `picture` or `svg` — stays until the
 * map is ready. Sets `data-ready="true"` when ready and `data-layer="tiles"|"outline"`.
 */
export class BattleMapElement extends HTMLElement {
  #data: MapData | undefined;
  #controller: Promise<BattleMapController | undefined> | undefined;
  readonly #abort = new AbortController();

  connectedCallback(): void {
    this.#data = readMapData(this);
    const { signal } = this.#abort;
    void whenNearViewport(this).then(() => this.load());
    document.addEventListener('click', (event) => this.#onClick(event), { signal });
    window.addEventListener('hashchange', () => this.#onHash(), { signal });
    this.#onHash();
  }

  disconnectedCallback(): void {
    this.#abort.abort();
  }

  /** Builds the map if it is not built yet; resolves to undefined if Leaflet could not load. */
  load(): Promise<BattleMapController | undefined> {
    this.#controller ??= this.#build();
    return this.#controller;
  }

  /** Loads the map if needed, then flies to the place of `eventId` and opens its popup. */
  async showEvent(eventId: string): Promise<boolean> {
    const controller = await this.load();
    return controller?.showEvent(eventId) ?? false;
  }

  async #build(): Promise<BattleMapController | undefined> {
    const data = this.#data ?? readMapData(this);
    try {
      const L = await loadLeaflet();
      const container = document.createElement('div');
      container.className = 'battle-map__canvas';
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', data.label);
      // Over the static picture until ready, so the page does not jump; the element's CSS sizes both.
      if (getComputedStyle(this).position === 'static') this.style.position = 'relative';
      Object.assign(container.style, { position: 'absolute', inset: '0' });
      this.append(container);
      const controller = buildBattleMap(L, container, data, (layer) => {
        this.dataset['layer'] = layer;
      });
      const picture = this.#staticPicture();
      // `display` rather than `hidden`: the picture may be an inline <svg>, which `hidden` misses.
      if (picture !== undefined) picture.style.display = 'none';
      controller.refresh();
      this.dataset['ready'] = 'true';
      return controller;
    } catch (error) {
      // The static picture stays: the page is still useful without the interactive map.
      this.dataset['ready'] = 'false';
      console.warn('battle-map: the interactive map could not start', error);
      return undefined;
    }
  }

  #staticPicture(): HTMLElement | SVGElement | undefined {
    const marked = this.querySelector<HTMLElement>(':scope > [data-static-map]');
    if (marked !== null) return marked;
    return this.querySelector<HTMLElement | SVGElement>(':scope > img, :scope > picture, :scope > svg') ?? undefined;
  }

  #hasEvent(eventId: string): boolean {
    return this.#data?.places.some((place) => place.events.some((event) => event.id === eventId)) ?? false;
  }

  #onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-show-on-map]') : null;
    const eventId = target?.dataset['showOnMap'];
    if (eventId === undefined || !this.#hasEvent(eventId)) return;
    event.preventDefault();
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    void this.showEvent(eventId);
  }

  // A `#event-id` link shows the event on the map too, without scrolling away from the timeline.
  #onHash(): void {
    const eventId = decodeURIComponent(window.location.hash.slice(1));
    if (eventId !== '' && this.#hasEvent(eventId)) void this.showEvent(eventId);
  }
}

/** Registers `<battle-map>` once; safe to call from every page's script. */
export function defineBattleMap(): void {
  if (customElements.get('battle-map') === undefined) customElements.define('battle-map', BattleMapElement);
}
