import { distanceKm } from './distanceKm.ts';
import type { CountryPlaceIndex } from './geonames/placeIndex.ts';
import type { GeoName, ResolvedPlace } from './geonames/types.ts';
import { exactPlaceKey, loosePlaceKey } from './placeKeys.ts';
import type { BBox } from './types.ts';

/** The general gazetteer as the resolver sees it: places by country, indexed by spelling. */
export type PlaceLookup = (country: string) => CountryPlaceIndex;

/** What an article says about where it is, besides the name being resolved. */
export interface PlaceContext {
  /** ISO codes of the countries the article names, most certain first. */
  readonly countries: readonly string[];
  /** Subdivisions it names ("Homs Governorate", "Idlib", "Donetsk Oblast"); they decide between namesakes. */
  readonly regions: readonly string[];
}

// A subdivision's kind word, and whether it is first-order (admin1) or second-order (admin2).
const AREA_WORDS = /^(.*?)\s+(governorate|oblast|province|region|krai|prefecture|mohafazat|muhafazah|district|raion|rayon|cercle|county|municipality)$/i;
const SECOND_ORDER = /^(district|raion|rayon|cercle|county|municipality)$/i;
const SEAT_RANK: Readonly<Record<string, number>> = { PPLC: 4, PPLA: 3, PPLA2: 2, PPLA3: 1, PPLA4: 1 };
// Two records closer than this are one place (GeoNames has a town and its centre as two).
const SAME_PLACE_KM = 15;
// When namesakes remain, the biggest wins only if it dwarfs the next.
const DOMINANT_POPULATION = 5;

/**
 * Finds the place an article means by `name` in the general gazetteer, looking only in the
 * countries the article names, in their order: exact spellings first, then transliteration
 * variants. A subdivision ("Hama Governorate", "Al-Bab District") becomes an area: its seat,
 * with the rectangle its places cover. Namesakes are decided by the regions the article names,
 * else by a dominant population; when they still tie, or nothing matches, the answer is
 * `undefined`: no map is better than a wrong one.
 */
export function resolvePlaceName(name: string, context: PlaceContext, lookup: PlaceLookup): ResolvedPlace | undefined {
  const written = name.trim();
  const area = AREA_WORDS.exec(written);
  if (area !== null) return resolveArea(written, area[1] ?? '', SECOND_ORDER.test(area[2] ?? ''), context, lookup);
  const place = choosePlace(written, context, lookup);
  return place === undefined ? undefined : { name: written, lat: place.lat, lon: place.lon, country: place.country };
}

/**
 * A national or regional capital next door that a title names ("strike on Sumy" in a report whose only country is the
 * attacker's, "russian missile strike"): a title names the place it is about, and a capital or a region's seat is a
 * place readers know by its name alone, so one such seat in the neighbours of the countries named is taken; a smaller
 * place of that name, or two seats, give nothing.
 */
export function resolveSeatNextDoor(name: string, neighbours: readonly string[], lookup: PlaceLookup): ResolvedPlace | undefined {
  const exact = exactPlaceKey(name.trim());
  if (exact.length < 3) return undefined;
  const seats = neighbours.flatMap((country) => (lookup(country).exact.get(exact) ?? []).filter((place) => (SEAT_RANK[place.feature] ?? 0) >= 3));
  const [seat, ...others] = seats;
  if (seat === undefined || others.some((other) => distanceKm(seat, other) > SAME_PLACE_KM)) return undefined;
  return { name: name.trim(), lat: seat.lat, lon: seat.lon, country: seat.country };
}

/** Whether a name is a subdivision's ("Hama Governorate", "Bakhmut Raion"). */
export function isAreaName(name: string): boolean {
  return AREA_WORDS.test(name.trim());
}

function choosePlace(name: string, context: PlaceContext, lookup: PlaceLookup): GeoName | undefined {
  const exact = exactPlaceKey(name);
  if (exact.length < 3) return undefined;
  const loose = loosePlaceKey(name);
  const admin1s = context.regions.flatMap((region) => regionAdmin1(region, context, lookup) ?? []);
  for (const country of context.countries) {
    const index = lookup(country);
    const found = index.exact.get(exact) ?? (loose.length >= 4 ? index.loose.get(loose) : undefined);
    if (found === undefined || found.length === 0) continue;
    const inRegion = found.filter((place) => admin1s.some((code) => code === `${place.country}.${place.admin1}`));
    // "Andriivka, Bakhmut Raion, Donetsk Oblast" when GeoNames knows only the Andriivkas of other oblasts: a namesake outside
    // the region the article names is a pin in the wrong place, so none. A name GeoNames has once is kept: a region read by
    // its seat can miss ("Kyiv Oblast" by Kyiv, which is a region of its own, so Hostomel is not "in" it).
    if (inRegion.length === 0 && found.length > 1 && admin1s.some((code) => code.startsWith(`${country}.`))) continue;
    return decide(inRegion.length > 0 ? inRegion : found);
  }
  return undefined;
}

/** One place out of namesakes, or undefined when they stay a tie. */
function decide(candidates: readonly GeoName[]): GeoName | undefined {
  const ranked = [...candidates].sort((a, b) => (SEAT_RANK[b.feature] ?? 0) - (SEAT_RANK[a.feature] ?? 0) || b.population - a.population || a.id - b.id);
  const [best, ...rest] = ranked;
  if (best === undefined) return undefined;
  const others = rest.filter((other) => distanceKm(best, other) > SAME_PLACE_KM);
  const next = others[0];
  if (next === undefined) return best;
  const outranks = (SEAT_RANK[best.feature] ?? 0) > (SEAT_RANK[next.feature] ?? 0);
  return outranks || best.population >= DOMINANT_POPULATION * Math.max(next.population, 1) ? best : undefined;
}

/** `"SY.11"` for "Homs Governorate" or "Homs": the admin1 whose seat bears the name. */
function regionAdmin1(region: string, context: PlaceContext, lookup: PlaceLookup): string | undefined {
  const core = AREA_WORDS.exec(region.trim())?.[1] ?? region;
  const seat = findSeat(core, false, context, lookup);
  return seat === undefined ? undefined : `${seat.country}.${seat.admin1}`;
}

function findSeat(core: string, secondOrder: boolean, context: PlaceContext, lookup: PlaceLookup): GeoName | undefined {
  const exact = exactPlaceKey(core);
  const loose = loosePlaceKey(core);
  const lowest = secondOrder ? 1 : 3;
  for (const country of context.countries) {
    const index = lookup(country);
    const found = [...(index.exact.get(exact) ?? []), ...(index.loose.get(loose) ?? [])];
    const seats = found.filter((place) => (SEAT_RANK[place.feature] ?? 0) >= lowest);
    const seat = decide(seats.length > 0 ? seats : found);
    if (seat !== undefined) return seat;
  }
  return undefined;
}

function resolveArea(written: string, core: string, secondOrder: boolean, context: PlaceContext, lookup: PlaceLookup): ResolvedPlace | undefined {
  const seat = findSeat(core, secondOrder, context, lookup);
  if (seat === undefined) return undefined;
  const members = lookup(seat.country).places.filter(
    (place) => place.admin1 === seat.admin1 && (!secondOrder || (seat.admin2 !== '' && place.admin2 === seat.admin2)),
  );
  const area = boundsOf(members.length >= 3 ? members : [seat]);
  return { name: written, lat: seat.lat, lon: seat.lon, country: seat.country, ...(area === undefined ? {} : { area }) };
}

function boundsOf(places: readonly GeoName[]): BBox | undefined {
  if (places.length < 3) return undefined;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lat, lon } of places) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return { west, south, east, north };
}
