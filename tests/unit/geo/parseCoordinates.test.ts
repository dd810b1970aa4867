import { describe, expect, it } from 'vitest';
import { CoordinateError, parseCoordinates } from '../../../src/geo/parseCoordinates.ts';

describe('parseCoordinates', () => {
  it.each([
    ['34.512; 36.576', { lat: 34.512, lon: 36.576 }],
    ['34.512, 36.576', { lat: 34.512, lon: 36.576 }],
    ['-33.8688 151.2093', { lat: -33.8688, lon: 151.2093 }],
    ['34.2333°N, 37.2333°W', { lat: 34.2333, lon: -37.2333 }],
    ['33.8688°S 151.2093°E', { lat: -33.8688, lon: 151.2093 }],
    ['34.5N 36.5E', { lat: 34.5, lon: 36.5 }],
  ])('reads decimal degrees %s', (text, expected) => {
    expect(parseCoordinates(text)).toEqual(expected);
  });

  it('reads degrees-minutes-seconds with typographic primes', () => {
    expect(parseCoordinates('34°30′43″N 36°34′35″E')).toEqual({ lat: 34.511944, lon: 36.576389 });
  });

  it('reads degrees-minutes-seconds with ASCII marks', () => {
    expect(parseCoordinates(`34°30'43"N 36°34'35"E`)).toEqual({ lat: 34.511944, lon: 36.576389 });
  });

  it('reads degrees and minutes without seconds, and degrees alone', () => {
    expect(parseCoordinates('34°30′N 36°34′E')).toEqual({ lat: 34.5, lon: 36.566667 });
    expect(parseCoordinates('34°N 36°E')).toEqual({ lat: 34, lon: 36 });
  });

  it('turns south and west into negative numbers', () => {
    expect(parseCoordinates('22°54′30″S 43°11′47″W')).toEqual({ lat: -22.908333, lon: -43.196389 });
  });

  it('reads the bare {{coord}} template', () => {
    expect(parseCoordinates('{{coord|34|30|43|N|36|34|35|E|region:SY|display=inline}}')).toEqual({
      lat: 34.511944,
      lon: 36.576389,
    });
  });

  it('honours hemisphere letters when longitude comes first', () => {
    expect(parseCoordinates('36.576°E 34.512°N')).toEqual({ lat: 34.512, lon: 36.576 });
  });

  it.each([
    ['latitude beyond 90', '95.2; 36.5'],
    ['latitude beyond 90 with hemisphere', '91°N 36°E'],
    ['longitude beyond 180', '34.5; 190'],
    ['only one hemisphere', '34°30′N 36°34′'],
    ['two latitudes', '34°N 36°N'],
    ['minutes of 60 or more', '34°75′N 36°34′E'],
    ['minutes and seconds without hemispheres', `34°30'43" 36°34'35"`],
    ['garbage', 'near Homs'],
    ['a single number', '34.5'],
    ['nothing', ''],
  ])('rejects %s with a clear message', (_why, text) => {
    expect(() => parseCoordinates(text)).toThrow(CoordinateError);
    expect(() => parseCoordinates(text)).toThrow(`coordinates: cannot read '${text}' as latitude/longitude`);
  });
});
