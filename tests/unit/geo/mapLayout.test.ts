import { describe, expect, it } from 'vitest';
import { expandBBoxToAspect } from '../../../src/geo/expandBBoxToAspect.ts';
import { placeMapLabels } from '../../../src/render/map/placeMapLabels.ts';
import { projectWebMercator, unprojectWebMercator } from '../../../src/geo/webMercator.ts';

describe('webMercator', () => {
  it('round-trips a point', () => {
    const { x, y } = projectWebMercator({ lat: 34.5094, lon: 36.58 });
    const back = unprojectWebMercator(x, y);
    expect(back.lat).toBeCloseTo(34.5094, 9);
    expect(back.lon).toBeCloseTo(36.58, 9);
  });
});

describe('expandBBoxToAspect', () => {
  it('widens a tall box to the picture ratio in projected space, keeping its centre', () => {
    const bbox = expandBBoxToAspect({ west: 36, south: 33, east: 37, north: 36 }, 400, 300);
    const topLeft = projectWebMercator({ lat: bbox.north, lon: bbox.west });
    const bottomRight = projectWebMercator({ lat: bbox.south, lon: bbox.east });
    expect((bottomRight.x - topLeft.x) / (bottomRight.y - topLeft.y)).toBeCloseTo(4 / 3, 9);
    expect(bbox.north).toBeCloseTo(36, 9);
    expect(bbox.south).toBeCloseTo(33, 9);
    expect((bbox.west + bbox.east) / 2).toBeCloseTo(36.5, 9);
  });
});

describe('placeMapLabels', () => {
  it('moves a label that would overlap another and drops one that fits nowhere', () => {
    const at = (label: string) => ({ x: 100, y: 50, label, bold: false });
    const placements = placeMapLabels([at('Homs'), at('Baba Amr'), at('Inshaat'), at('Khalidiya'), at('Bayada')], 200, 100);
    expect(placements.map((placement) => placement?.anchor)).toEqual(['start', 'end', 'middle', 'middle', undefined]);
    expect(placements[0]).toEqual({ x: 109, y: 54, anchor: 'start' });
  });

  it('keeps labels inside the picture', () => {
    expect(placeMapLabels([{ x: 195, y: 50, label: 'Edge', bold: false }], 200, 100)[0]?.anchor).toBe('end');
  });
});
