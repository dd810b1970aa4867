import { describe, expect, it } from 'vitest';
import { formatLatLon } from '../../../src/geo/formatLatLon.ts';

describe('formatLatLon', () => {
  it('writes hemispheres, and at most five decimals (a computed middle of a country has fifteen)', () => {
    expect(formatLatLon({ lat: 34.2333, lon: -37.2333 })).toBe('34.2333°N, 37.2333°W');
    expect(formatLatLon({ lat: 42.32005124918439, lon: 43.32463324633247 })).toBe('42.32005°N, 43.32463°E');
    expect(formatLatLon({ lat: -1.5, lon: 0 })).toBe('1.5°S, 0°E');
  });
});
