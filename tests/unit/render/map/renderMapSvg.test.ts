import { describe, expect, it } from 'vitest';
import type { RegionOutline } from '../../../../src/geo/clipRegion.ts';
import { locationMapSvg } from '../../../../src/render/map/locationMapSvg.ts';
import { renderMapSvg, type RenderMapOptions } from '../../../../src/render/map/renderMapSvg.ts';

const outline: RegionOutline = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Syria' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [35, 33],
            [38, 33],
            [38, 36],
            [35, 36],
            [35, 33],
          ],
        ],
      },
    },
  ],
};

const options: RenderMapOptions = {
  width: 400,
  height: 300,
  bbox: { west: 34, south: 32, east: 39, north: 37 },
  outline,
  markers: [
    { lat: 34.5094, lon: 36.58, label: 'Al-Qusayr', primary: true },
    { lat: 34.7308, lon: 36.7094, label: 'Homs <"Hims"> & Co' },
  ],
  title: 'Places in the "Battle of al-Qusayr" & around',
};

describe('renderMapSvg', () => {
  const svg = renderMapSvg(options);

  it('produces a well-formed-looking SVG of the asked size', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('font-family="DejaVu Sans, sans-serif"');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toMatch(/<path d="M[\d. L]+Z" fill="[^"]+"><title>Syria<\/title><\/path>/);
    // Every tag opened is closed (a cheap well-formedness check without an XML parser).
    const opened = svg.match(/<(svg|g|path|text|title)\b/g)?.length ?? 0;
    const closed = (svg.match(/<\/(svg|g|path|text|title)>/g)?.length ?? 0) + (svg.match(/<(svg|g|path|text|title)\b[^>]*\/>/g)?.length ?? 0);
    expect(closed).toBe(opened);
  });

  it('escapes labels and the title', () => {
    expect(svg).toContain('Homs &#60;&#34;Hims&#34;&#62; &#38; Co');
    expect(svg).toContain('<title>Places in the &#34;Battle of al-Qusayr&#34; &#38; around</title>');
    expect(svg).not.toContain('<"Hims">');
  });

  it('draws the primary marker last, on top', () => {
    const circles = svg.match(/<circle [^>]*>/g) ?? [];
    expect(circles.at(-1)).toContain('r="6"');
  });

  it('is deterministic', () => {
    expect(renderMapSvg(options)).toBe(svg);
  });

  it('leaves out markers outside the picture', () => {
    const far = renderMapSvg({ ...options, markers: [{ lat: 50, lon: 30, label: 'Kyiv' }] });
    expect(far).not.toContain('<circle');
    expect(far).not.toContain('Kyiv');
  });
});

describe('locationMapSvg', () => {
  it('draws Syria with its neighbours and a red dot, deterministically', () => {
    const svg = locationMapSvg('Syrian Arab Republic', { lat: 34.5094, lon: 36.58 }, 250);
    expect(svg).toBeDefined();
    expect(svg).toContain('width="250" height="250"');
    expect(svg).toContain('<title>Location within Syria</title>');
    expect(svg).toContain('<title>Lebanon</title>');
    expect(svg?.match(/<circle [^>]*fill="#c0392b"/g)).toHaveLength(1);
    expect(locationMapSvg('Syria', { lat: 34.5094, lon: 36.58 }, 250)).toBe(svg);
  });

  it('draws no dot for an article that only names its country', () => {
    const svg = locationMapSvg('Ukraine', { lat: 49, lon: 31.4 }, 250, false);
    expect(svg).toContain('<title>Location within Ukraine</title>');
    expect(svg?.match(/<circle [^>]*fill="#c0392b"/g) ?? []).toHaveLength(0);
  });

  it('gives nothing for a country Natural Earth does not know', () => {
    expect(locationMapSvg('Atlantis', { lat: 0, lon: 0 }, 250)).toBeUndefined();
  });
});
