import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxAround } from '../../../src/geo/bboxAround.ts';
import { clipRegion } from '../../../src/geo/clipRegion.ts';
import { clipRingToBBox } from '../../../src/geo/clipRingToBBox.ts';
import type { CountryFeature } from '../../../src/geo/countryFeatures.ts';
import type { BBox } from '../../../src/geo/types.ts';

const unit: BBox = { west: 0, south: 0, east: 10, north: 10 };

function square(name: string, west: number, south: number, size: number): CountryFeature {
  const ring: Position[] = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
  return {
    type: 'Feature',
    properties: { name },
    geometry: { type: 'Polygon', coordinates: [ring] },
    bbox: [west, south, west + size, south + size],
  };
}

describe('clipRingToBBox', () => {
  it('cuts a square half outside the box along the box edge', () => {
    const ring: Position[] = [
      [5, 2],
      [15, 2],
      [15, 8],
      [5, 8],
      [5, 2],
    ];
    expect(clipRingToBBox(ring, unit)).toEqual([
      [5, 2],
      [10, 2],
      [10, 8],
      [5, 8],
      [5, 2],
    ]);
  });

  it('keeps a ring fully inside unchanged', () => {
    const ring: Position[] = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRingToBBox(ring, unit)).toEqual(ring);
  });

  it('returns nothing for a ring fully outside', () => {
    expect(
      clipRingToBBox(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        unit,
      ),
    ).toEqual([]);
  });

  it('fills the box with a ring that surrounds it', () => {
    const clipped = clipRingToBBox(
      [
        [-5, -5],
        [15, -5],
        [15, 15],
        [-5, 15],
        [-5, -5],
      ],
      unit,
    );
    expect(new Set(clipped.map((p) => p.join()))).toEqual(new Set(['0,0', '10,0', '10,10', '0,10']));
  });
});

describe('clipRegion', () => {
  const countries = [square('Half Out', 5, 2, 10), square('Far Away', 50, 50, 5), square('Inside', 1.123456, 1.123456, 2)];

  it('keeps intersecting polygons clipped, quantised and sorted by name, and drops the rest', () => {
    expect(clipRegion(unit, { countries })).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Half Out' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [5, 10],
                [5, 2],
                [10, 2],
                [10, 10],
                [5, 10],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'Inside' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [1.123, 1.123],
                [3.123, 1.123],
                [3.123, 3.123],
                [1.123, 3.123],
                [1.123, 1.123],
              ],
            ],
          },
        },
      ],
    });
  });

  it('drops rings that collapse to a sliver once quantised', () => {
    const sliver = square('Sliver', 9.99999, 5, 0.00001);
    expect(clipRegion(unit, { countries: [sliver] }).features).toEqual([]);
  });

  it('clips the real countries around al-Qusayr deterministically and compactly', () => {
    const bbox = bboxAround([
      { lat: 34.5094, lon: 36.58 },
      { lat: 33.5131, lon: 36.2919 },
      { lat: 34.8833, lon: 35.8833 },
      { lat: 33.8869, lon: 35.5131 },
    ]);
    expect(bbox).toEqual({ west: 34.5, south: 32.5, east: 37.6, north: 35.9 });
    if (bbox === undefined) return;
    const first = JSON.stringify(clipRegion(bbox));
    expect(JSON.stringify(clipRegion(bbox))).toBe(first);
    const names = clipRegion(bbox).features.map((feature) => feature.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Israel', 'Lebanon', 'Syria']));
    expect(first.length).toBeLessThan(60_000);
  });
});
