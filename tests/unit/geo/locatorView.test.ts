import { describe, expect, it } from 'vitest';
import { locatorView } from '../../../src/geo/countryExtent.ts';
import { loadCountryFeatures } from '../../../src/geo/countryFeatures.ts';
import { findCountry } from '../../../src/geo/findCountry.ts';
import { pointInCountry } from '../../../src/geo/pointInCountry.ts';

const country = (name: string) => {
  const found = findCountry(name);
  if (found === undefined) throw new Error(`Natural Earth has no ${name}`);
  return found;
};

describe('country outlines across the antimeridian', () => {
  it('have no ring that jumps half the world between two vertices, which a picture draws as a band across it', () => {
    // Antarctica's ring goes round the pole: its edge along the world's border is no jump.
    for (const { geometry, properties } of loadCountryFeatures().filter(({ properties }) => properties.name !== 'Antarctica')) {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const ring of polygons.flat()) {
        const jump = ring.findIndex(([lon = 0], index) => index > 0 && Math.abs(lon - (ring[index - 1]?.[0] ?? lon)) > 180);
        expect(jump, properties.name).toBe(-1);
      }
    }
  });

  it('still hold the places on either side of it', () => {
    const russia = country('Russia');
    expect(pointInCountry({ lat: 65, lon: 175 }, russia)).toBe(true); // Chukotka, east of 180
    expect(pointInCountry({ lat: 66, lon: -171 }, russia)).toBe(true); // Chukotka, west of 180
    expect(pointInCountry({ lat: 55.75, lon: 37.62 }, russia)).toBe(true); // Moscow
    expect(pointInCountry({ lat: 64.5, lon: -165.4 }, russia)).toBe(false); // Nome, Alaska
  });
});

describe('locatorView: what a "Location within …" picture shows', () => {
  it("shows Russia's landmass, not the world its parts span", () => {
    const kerch = { lat: 45.36, lon: 36.47 };
    const { area, point } = locatorView(country('Russia'), kerch);
    expect(area.west).toBeGreaterThan(0);
    expect(area.east - area.west).toBeLessThan(200);
    expect(point).toEqual(kerch);
    expect(area.west <= kerch.lon && kerch.lon <= area.east).toBe(true);
  });

  it('shows metropolitan France without French Guiana, and widens to a point on an island off the landmass', () => {
    const france = country('France');
    expect(locatorView(france, { lat: 48.86, lon: 2.35 }).area.west).toBeGreaterThan(-10);
    const snakeIsland = { lat: 45.255, lon: 30.204 };
    const { area } = locatorView(country('Ukraine'), snakeIsland);
    expect(area.south).toBeLessThanOrEqual(snakeIsland.lat);
  });

  it('draws a point west of the antimeridian where the landmass east of it is drawn', () => {
    const { area, point } = locatorView(country('Russia'), { lat: 66, lon: -171 });
    expect(point.lon).toBeCloseTo(189.0);
    expect(area.east - area.west).toBeLessThan(200);
  });
});
