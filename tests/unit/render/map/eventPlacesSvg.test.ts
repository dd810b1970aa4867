import { describe, expect, it } from 'vitest';
import type { MapModel } from '../../../../src/model/types.ts';
import { placeMarkId } from '../../../../src/model/placeMark.ts';
import { EVENT_PLACES_MAP, eventPlacesSvg } from '../../../../src/render/map/eventPlacesSvg.ts';

const map: MapModel = {
  center: { lat: 34.5094, lon: 36.58 },
  bbox: { west: 35, south: 33.5, east: 38, north: 35.75 },
  places: [
    { id: 'al-qusayr', name: 'Al-Qusayr', lat: 34.5094, lon: 36.58, primary: true, events: [] },
    { id: 'homs', name: 'Homs <"Hims"> & Co', lat: 34.7308, lon: 36.7094, primary: false, events: [] },
    { id: 'far-away', name: 'Far away', lat: 10, lon: 10, primary: false, events: [] },
  ],
  locationMapSize: 250,
};

describe('eventPlacesSvg', () => {
  const svg = eventPlacesSvg(map, 'Places of "Qusayr" & around');

  it('draws the picture at the event page size', () => {
    const { width, height } = EVENT_PLACES_MAP;
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`)).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('aria-label="Places of &#34;Qusayr&#34; &#38; around"');
  });

  it('has a hidden mark per place in the picture, with the id an event page names and its escaped label', () => {
    const marks = [...svg.matchAll(/<g class="mark" id="([^"]+)"><circle [^>]+\/><text [^>]+>([^<]+)<\/text><\/g>/g)].map(([, id, label]) => [id, label]);
    expect(marks).toEqual([
      [placeMarkId('al-qusayr'), 'Al-Qusayr'],
      [placeMarkId('homs'), 'Homs &#60;&#34;Hims&#34;&#62; &#38; Co'],
    ]);
    expect(svg).toContain('.mark{display:none}.mark:target{display:inline}');
  });

  it('draws every place in the picture as a dot, under the marks, and leaves out those outside it', () => {
    expect(svg.indexOf('r="3.5"')).toBeLessThan(svg.indexOf('class="mark"'));
    expect(svg.match(/r="3.5"/g)).toHaveLength(2);
    expect(svg).not.toContain('far-away');
  });

  it('is the same string for the same map', () => {
    expect(eventPlacesSvg(map, 'Places of "Qusayr" & around')).toBe(svg);
  });
});
