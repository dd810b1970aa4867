import type { LatLon } from './types.ts';

/** Thrown when an infobox `coordinates` value is not a latitude/longitude pair we can read. */
export class CoordinateError extends Error {
  override name = 'CoordinateError';
}

interface NumberToken {
  readonly kind: 'number';
  readonly value: number;
  readonly unit: '°' | "'" | '"' | undefined;
  readonly raw: string;
}
interface HemisphereToken {
  readonly kind: 'hemisphere';
  readonly letter: 'N' | 'S' | 'E' | 'W';
}
type Token = NumberToken | HemisphereToken;

// Wikipedia text mixes typographic primes, curly quotes and ASCII marks for minutes/seconds.
const MINUTE_MARKS = /[′‘’ʹ´`]/g;
const SECOND_MARKS = /[″“”ʺ]|''/g;
// Hemisphere letters may touch the number (`34.5N`) but not other letters (`North` is garbage).
const TOKEN = /(-?\d+(?:\.\d+)?)\s*([°'"])?|(?<![A-Za-z])([NSEW])(?![A-Za-z])/gi;
const SEPARATORS = /[\s,;/|]+/g;

/**
 * Reads a coordinate pair the way Wikipedia infoboxes write it: decimal (`34.512; 36.576`),
 * decimal with hemispheres (`34.2333°N, 37.2333°W`), degrees-minutes-seconds with typographic
 * or ASCII marks (`34°30′43″N 36°34′35″E`, `34°30'43"N`), with or without seconds/minutes,
 * and the bare `{{coord|34|30|43|N|36|34|35|E}}` template.
 * Throws a {@link CoordinateError} saying `coordinates: cannot read '…' as latitude/longitude`.
 */
export function parseCoordinates(text: string): LatLon {
  const fail = (why: string): never => {
    throw new CoordinateError(`coordinates: cannot read '${text}' as latitude/longitude (${why})`);
  };
  const tokens = tokenise(text, fail);
  const hasHemispheres = tokens.some((token) => token.kind === 'hemisphere');
  const [first, second] = hasHemispheres ? groupByHemisphere(tokens, fail) : groupPlain(tokens, fail);
  let [lat, lon] = [first, second];
  // Someone wrote longitude first but said so with the letters: honour the letters.
  if (first.axis === 'lon' && second.axis === 'lat') [lat, lon] = [second, first];
  if (lat.axis === 'lon' || lon.axis === 'lat') fail('needs one N/S and one E/W hemisphere');
  if (Math.abs(lat.degrees) > 90) fail(`latitude ${lat.degrees} is beyond 90°`);
  if (Math.abs(lon.degrees) > 180) fail(`longitude ${lon.degrees} is beyond 180°`);
  return { lat: round6(lat.degrees), lon: round6(lon.degrees) };
}

function tokenise(text: string, fail: (why: string) => never): Token[] {
  const cleaned = text
    .replace(/^\s*\{\{\s*coord\s*\|/i, '')
    .replace(/\}\}\s*$/, '')
    // Template display options such as `display=inline` or `region:SY` say nothing about the point.
    .replace(/\|[^|]*[=:][^|]*/g, '')
    .replace(SECOND_MARKS, '"')
    .replace(MINUTE_MARKS, "'")
    .replace(/º/g, '°');
  const tokens: Token[] = [];
  for (const match of cleaned.matchAll(TOKEN)) {
    const [raw, digits, unit, letter] = match;
    if (letter !== undefined) {
      tokens.push({ kind: 'hemisphere', letter: letter.toUpperCase() as HemisphereToken['letter'] });
    } else if (digits !== undefined) {
      tokens.push({ kind: 'number', value: Number(digits), unit: unit as NumberToken['unit'], raw });
    }
  }
  const leftover = cleaned.replace(TOKEN, ' ').replace(SEPARATORS, '');
  if (leftover !== '') fail(`unexpected '${leftover}'`);
  if (tokens.length === 0) fail('no numbers');
  return tokens;
}

interface Component {
  readonly degrees: number;
  readonly axis: 'lat' | 'lon' | 'either';
}

function groupByHemisphere(tokens: readonly Token[], fail: (why: string) => never): [Component, Component] {
  const groups: Component[] = [];
  let numbers: NumberToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'number') {
      numbers.push(token);
      continue;
    }
    if (numbers.length === 0) fail(`hemisphere ${token.letter} has no number before it`);
    const magnitude = sexagesimal(numbers, fail);
    if (numbers[0] !== undefined && numbers[0].value < 0) fail('a negative number with a hemisphere letter');
    const negative = token.letter === 'S' || token.letter === 'W';
    groups.push({
      degrees: negative ? -magnitude : magnitude,
      axis: token.letter === 'N' || token.letter === 'S' ? 'lat' : 'lon',
    });
    numbers = [];
  }
  if (numbers.length > 0) fail('the last number has no hemisphere letter');
  const [first, second] = groups;
  if (groups.length !== 2 || first === undefined || second === undefined) {
    fail(`expected a latitude and a longitude, found ${groups.length} part(s)`);
  }
  return [first as Component, second as Component];
}

function groupPlain(tokens: readonly Token[], fail: (why: string) => never): [Component, Component] {
  const numbers = tokens.filter((token): token is NumberToken => token.kind === 'number');
  const [lat, lon] = numbers;
  if (numbers.length !== 2 || lat === undefined || lon === undefined) {
    return fail('degrees-minutes-seconds need N/S and E/W hemisphere letters');
  }
  if ((lat.unit ?? '°') !== '°' || (lon.unit ?? '°') !== '°') fail('minutes or seconds without degrees');
  return [
    { degrees: lat.value, axis: 'either' },
    { degrees: lon.value, axis: 'either' },
  ];
}

/** Folds `[deg, min?, sec?]` into decimal degrees, honouring explicit °/′/″ marks over position. */
function sexagesimal(numbers: readonly NumberToken[], fail: (why: string) => never): number {
  if (numbers.length > 3) fail('more than degrees, minutes and seconds');
  const slots: [number, number, number] = [0, 0, 0];
  const filled = [false, false, false];
  numbers.forEach((token, position) => {
    const slot = token.unit === '°' ? 0 : token.unit === "'" ? 1 : token.unit === '"' ? 2 : position;
    if (filled[slot] === true) fail(`'${token.raw.trim()}' repeats a unit`);
    filled[slot] = true;
    slots[slot] = Math.abs(token.value);
  });
  const [degrees, minutes, seconds] = slots;
  if (!filled[0]) fail('minutes or seconds without degrees');
  if (minutes >= 60 || seconds >= 60) fail('minutes and seconds must be below 60');
  return degrees + minutes / 60 + seconds / 3600;
}

// DMS → decimal produces float noise (34.51194444444445); six decimals is ~10 cm.
function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6 + 0;
}
