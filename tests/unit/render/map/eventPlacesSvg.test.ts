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

  it('has a view per place in the picture, with the id an event page names, framing a copy of the map with that place marked', () => {
    const { height } = EVENT_PLACES_MAP;
    const views = [
      ...svg.matchAll(
        /<view id="([^"]+)" viewBox="0 (\d+) 360 270"\/><g transform="translate\(0 (\d+)\)"><use href="#map"\/><circle [^>]+\/><g [^>]+><text [^>]+>([^<]+)<\/text><\/g><\/g>/g,
      ),
    ].map(([, id, top, shifted, label]) => [id, Number(top), Number(shifted), label]);
    expect(views).toEqual([
      [placeMarkId('al-qusayr'), height, height, 'Al-Qusayr'],
      [placeMarkId('homs'), 2 * height, 2 * height, 'Homs &#60;&#34;Hims&#34;&#62; &#38; Co'],
    ]);
  });

  it('draws the map once, every place in it a dot, shows it unmarked without a fragment, and leaves out places outside it', () => {
    expect(svg.match(/<defs><g id="map">/g)).toHaveLength(1);
    expect(svg).toMatch(/<\/defs>\n<use href="#map"\/>\n<view /);
    expect(svg.match(/r="3.5"/g)).toHaveLength(2);
    expect(svg).not.toContain('far-away');
    expect(svg).not.toMatch(/<style|style=/);
  });

  it('is the same string for the same map', () => {
    expect(eventPlacesSvg(map, 'Places of "Qusayr" & around')).toBe(svg);
  });
});

describe('the name of the marked place', () => {
  const label = (svg: string, id: string) =>
    new RegExp(`<view id="${id}" [^>]+/><g [^>]+><use href="#map"/><circle cx="([\\d.]+)" cy="([\\d.]+)"[^>]+/><g [^>]+><text x="([\\d.]+)"`).exec(svg);

  it('goes clear of the other dots where it can', () => {
    // A dot just right of the mark, where a label goes first: the name moves to the left.
    const crowded: MapModel = { ...map, places: [map.places[0]!, { ...map.places[1]!, lat: 34.5094, lon: 36.68 }] };
    const [, cx = '0', , x = '0'] = label(eventPlacesSvg(crowded, 'Places'), placeMarkId('al-qusayr')) ?? [];
    expect(Number(x)).toBeLessThan(Number(cx));
  });

  it('is still written when no spot is clear of them', () => {
    const around = [-0.12, 0, 0.12].flatMap((dLat) => [-0.12, 0, 0.12].map((dLon) => ({ dLat, dLon }))).filter(({ dLat, dLon }) => dLat !== 0 || dLon !== 0);
    const crowded: MapModel = {
      ...map,
      places: [map.places[0]!, ...around.map(({ dLat, dLon }, index) => ({ ...map.places[1]!, id: `p${index}`, lat: 34.5094 + dLat, lon: 36.58 + dLon }))],
    };
    expect(label(eventPlacesSvg(crowded, 'Places'), placeMarkId('al-qusayr'))).not.toBeNull();
  });
});
