import { describe, expect, it } from 'vitest';
import type { MapModel } from '../../../../src/model/types.ts';
import { outlineFor, siteOutline } from '../../../../src/render/map/mapPictures.ts';

const mapOf = (bbox: MapModel['bbox']): MapModel => ({
  center: { lat: (bbox.south + bbox.north) / 2, lon: (bbox.west + bbox.east) / 2 },
  bbox,
  places: [],
  locationMapSize: 250,
});
const names = (map: MapModel) => outlineFor(map).features.map((feature) => feature.properties.name);

describe('the offline outline', () => {
  it('reaches 3 degrees beyond a town’s map', () => {
    const town = mapOf({ west: 36.2, south: 34.2, east: 36.9, north: 34.8 });
    expect(names(town)).toEqual(expect.arrayContaining(['Syria', 'Lebanon']));
    expect(names(town)).not.toContain('Greece');
  });

  it('reaches a whole span beyond a country’s map, where Leaflet shows about twice the picture, and stays small', () => {
    const ukraine = mapOf({ west: 22, south: 44, east: 40, north: 52.4 });
    expect(names(ukraine)).toEqual(expect.arrayContaining(['Ukraine', 'Italy', 'Kazakhstan']));
    expect(JSON.stringify(outlineFor(ukraine)).length).toBeLessThan(60_000);
  });

  it('covers the site map’s articles from the Sahel to the Caucasus, and stays small', () => {
    const bamako = { lat: 12.65, lon: -8 };
    const baku = { lat: 40.4, lon: 49.9 };
    const kyiv = { lat: 50.45, lon: 30.52 };
    const outline = siteOutline([bamako, baku, kyiv]);
    const countries = outline?.features.map((feature) => feature.properties.name) ?? [];
    expect(countries).toEqual(expect.arrayContaining(['Mali', 'Azerbaijan', 'Ukraine', 'Syria', 'Niger']));
    expect(JSON.stringify(outline).length).toBeLessThan(150_000);
    expect(siteOutline([])).toBeUndefined();
  });
});
