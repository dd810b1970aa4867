import type * as Leaflet from 'leaflet';
// `?url` only emits the file: a plain CSS import, even a dynamic one, is hoisted by Astro into
// every page's <head>, and the article would pay for the map's styles before the map is near.
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';

/** The Leaflet namespace, whichever way the bundler hands the UMD module over. */
export type LeafletApi = typeof Leaflet;

let loading: Promise<LeafletApi> | undefined;

/**
 * Loads Leaflet's script (a lazy chunk) and stylesheet on first call, so pages whose map is
 * never scrolled to never download them. Leaflet 1.9 ships as UMD: depending on the bundler's
 * CommonJS interop the namespace is the module or its `default`.
 */
export function loadLeaflet(): Promise<LeafletApi> {
  loading ??= Promise.all([import('leaflet'), loadStylesheet(leafletCssUrl)]).then(([module]) => {
    const withDefault = module as LeafletApi & { default?: LeafletApi };
    return withDefault.default ?? module;
  });
  return loading;
}

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

/**
 * Resolves once the element comes within `margin` of the viewport, so Leaflet is ready by the
 * time the reader gets there. Without IntersectionObserver (old browsers), resolves at once.
 */
export function whenNearViewport(element: Element, margin = '200px'): Promise<void> {
  if (!('IntersectionObserver' in window)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
  });
}
