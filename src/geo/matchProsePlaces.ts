import { distanceKm } from './distanceKm.ts';
import type { GeoName } from './geonames/types.ts';
import { exactPlaceKey } from './placeKeys.ts';
import type { PlaceLookup } from './resolvePlaceName.ts';
import type { BBox, LatLon } from './types.ts';

/** A general-gazetteer place found in a sentence, with the spelling the article used. */
export interface ProsePlace {
  readonly written: string;
  readonly place: GeoName;
}

/** Finds general-gazetteer places in one sentence; see {@link compileProsePlaceMatcher}. */
export type ProsePlaceMatcher = (sentence: string) => ProsePlace[];

/** Where the article is: its countries (most certain first) and its main point. */
export interface ProseScope {
  readonly countries: readonly string[];
  readonly neighbours: readonly string[];
  readonly near: LatLon;
  /** The rectangle a country's or a region's map shows: a town inside it counts wherever it lies. */
  readonly area?: BBox;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’‘ʿʾ-]*/gu;
const NAME_LIKE = /^(?:(?:al|el|ar|as|ash|ad|at|az|an|ez|es|ed)-)?\p{Lu}/u;
const WITH_ARTICLE = /^(?:al|el|ar|as|ash|ad|at|az|an)-/iu;
const LONGEST_NAME_WORDS = 4;
// A name followed by one of these names the area, water or front, not the town ("Azov coast").
const AREA_WORD =
  /^(?:oblast|governorate|province|region|district|raion|rayon|krai|subdistrict|coast|sea|river|strait|lake|peninsula|mountains|gulf|bay|island|valley|basin|plain|front|direction|axis|airport|dam)$/iu;
// Capitalised words of English prose that are also somebody's village somewhere.
const NOT_PLACES = new Set(
  (
    'the on in at by after before during when while with from for and but this that these those he she they we it his her their its ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'army forces force state islamic free national government president minister general colonel major captain brigade battalion division regiment corps ' +
    'group front republic people council committee party union police guard guards navy air north south east west northern southern eastern western central ' +
    'new old saint mount river lake sea city town village district province governorate oblast region international united nations red cross crescent ' +
    'human rights watch media news reuters press agency observatory democratic liberation revolutionary popular special operations ministry defence defense ' +
    'kurdish arab turkish russian syrian ukrainian french malian wagner hezbollah nusra daesh isil isis ypg sdf fsa nato un eu us usa god allah day night ' +
    'victory hope peace martyr martyrs mosque church hospital school university airport bridge road highway station base camp'
  ).split(' '),
);
// A small place in the article's own country must be this near its main point to count.
const LOCAL_KM = 300;
const TOWN = 100_000;
// A town or seat of the article's own country, farther than this from its point and outside the
// area its map shows, is named as a government or a distant rear ("Moscow recognised…" in a war
// in Georgia), not a place the map should frame: the map would zoom out to a continent.
const OWN_REACH_KM = 1_000;
// A place next door must be a seat or a city, and this near.
const NEIGHBOUR_KM = 500;
const NEIGHBOUR_CITY = 50_000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
const DOMINANT_POPULATION = 5;

/**
 * Compiles a matcher of the general gazetteer's places for an article's prose: runs of up to
 * four capitalised words ("Maarat al-Numan", "Chasiv Yar") looked up by exact spelling key in
 * the article's countries, then in its neighbours. Common English words never match; a small
 * place must lie near the article's point; a neighbour's place must be a city or a seat, so a
 * far-away namesake of a word never becomes a marker.
 */
export function compileProsePlaceMatcher(scope: ProseScope, lookup: PlaceLookup): ProsePlaceMatcher {
  const find = (written: string): GeoName | undefined => {
    const key = exactPlaceKey(written);
    if (key.length < (WITH_ARTICLE.test(written) ? 3 : 4) || NOT_PLACES.has(written.toLowerCase())) return undefined;
    const own = scope.countries.flatMap((country) => lookup(country).exact.get(key) ?? []);
    const local = own.filter((place) => {
      const distance = distanceKm(place, scope.near);
      const reached = distance <= OWN_REACH_KM || (scope.area !== undefined && insideBBox(place, scope.area));
      return distance <= LOCAL_KM || ((place.population >= TOWN || SEATS.has(place.feature)) && reached);
    });
    const nextDoor = scope.neighbours.flatMap((country) => lookup(country).exact.get(key) ?? []);
    const far = nextDoor.filter((place) => (place.population >= NEIGHBOUR_CITY || SEATS.has(place.feature)) && distanceKm(place, scope.near) <= NEIGHBOUR_KM);
    const candidates = local.length > 0 ? local : far;
    // A town that dwarfs its namesakes is the one meant ("Lyman", not a village of that name);
    // else the nearest to the article's place.
    const [biggest, second] = [...candidates].sort((a, b) => b.population - a.population);
    if (biggest !== undefined && biggest.population >= DOMINANT_POPULATION * Math.max(second?.population ?? 0, 1)) return biggest;
    return [...candidates].sort((a, b) => distanceKm(a, scope.near) - distanceKm(b, scope.near))[0];
  };
  return (sentence) => {
    const found: ProsePlace[] = [];
    for (const run of nameRuns(sentence)) {
      let start = 0;
      while (start < run.length) {
        const [place, length] = longestPlace(run, start, find);
        const next = run[start + length];
        if (place !== undefined) {
          // "Vladimir Putin": a place name followed by an unknown capitalised word is a person's.
          const person = next !== undefined && !NOT_PLACES.has(next.toLowerCase()) && longestPlace(run, start + length, find)[0] === undefined;
          if (person) break;
          if (!found.some((other) => other.place.id === place.place.id)) found.push(place);
        } else if (!NOT_PLACES.has((run[start] ?? '').toLowerCase())) {
          // An unknown capitalised word starts a longer name ("Bab al-Azizia" is not al-Aziziya),
          // unless it is a common word ("On", "Russian forces").
          break;
        }
        start += Math.max(length, 1);
      }
    }
    return found;
  };
}

/** The longest name of the gazetteer starting at `start` of a run, and its word count (0: none). */
function longestPlace(run: readonly string[], start: number, find: (written: string) => GeoName | undefined): [ProsePlace | undefined, number] {
  for (let length = Math.min(LONGEST_NAME_WORDS, run.length - start); length > 0; length--) {
    const written = run.slice(start, start + length).join(' ');
    const place = find(written);
    if (place !== undefined) return [{ written, place }, length];
  }
  return [undefined, 0];
}

/**
 * Runs of capitalised words separated by spaces only ("Chasiv Yar", "Maarat al-Numan"); digits
 * and punctuation end a run. A run followed by a subdivision or feature word ("Donetsk Oblast",
 * "Kerch Strait") names that, not the town, and is dropped; so is a word after "Sea of", "Battle of".
 */
function nameRuns(sentence: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let end = -1;
  for (const match of sentence.matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/u, '');
    const adjacent = end >= 0 && /^\s+$/u.test(sentence.slice(end, match.index));
    end = match.index + match[0].length;
    if (adjacent && AREA_WORD.test(word) && run.length > 0) {
      run = [];
      continue;
    }
    if (!adjacent && run.length > 0) {
      runs.push(run);
      run = [];
    }
    // "Sea of Azov", "Battle of Kyiv", "Ministry of Defence": the name of something else.
    const ofName = run.length === 0 && /\p{Lu}[\p{L}\p{M}]*\s+of\s+$/u.test(sentence.slice(Math.max(0, match.index - 40), match.index));
    if (ofName) continue;
    if (NAME_LIKE.test(word)) run.push(word);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function insideBBox(point: LatLon, box: BBox): boolean {
  return point.lat >= box.south && point.lat <= box.north && point.lon >= box.west && point.lon <= box.east;
}
