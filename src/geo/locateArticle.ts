import { articlePlaceContext, type ArticlePlaceContext, type ArticlePlaceText } from './articlePlaceContext.ts';
import { checkHemisphere } from './checkHemisphere.ts';
import type { GeneralGazetteer } from './geonames/generalGazetteer.ts';
import type { Gazetteer, Place } from './loadGazetteer.ts';
import { matchPlaces } from './matchPlaces.ts';
import { CoordinateError, parseCoordinates } from './parseCoordinates.ts';
import { isAreaName, resolvePlaceName, resolveSeatNextDoor } from './resolvePlaceName.ts';
import { escapeRegExp } from '../parse/escapeRegExp.ts';
import { countryExtent } from './countryExtent.ts';
import { findCountry } from './findCountry.ts';
import { REGION_COUNTRIES } from './mentionedCountries.ts';
import type { BBox, LatLon } from './types.ts';

/** What {@link locateArticle} needs from an article: its file and a few infobox fields as text. */
export interface ArticleLocationInput extends ArticlePlaceText {
  /** Content file, for warnings (`content/battle-of-al-qusayr-2012.md`). */
  readonly fileName: string;
  /** Infobox `coordinates` text, if any. */
  readonly coordinates?: string | undefined;
}

/** An article's main location and where it came from. */
export interface ArticleLocation extends LatLon {
  /** `country`: no place was found, but the article names its country, so the map shows that country. */
  readonly source: 'infobox' | 'gazetteer' | 'country';
  /** The `places.yaml` place matched, when there is one (also for infobox coordinates). */
  readonly placeId?: string;
  /** The place's name as the map labels it, when a gazetteer named it. */
  readonly name?: string;
  /** The country the article claims, as written, used for the hemisphere check and location map. */
  readonly country?: string;
  /** ISO codes of the countries the article names (and so where its prose places may be). */
  readonly countries?: readonly string[];
  /** For an article about a region: the rectangle the region's places cover. */
  readonly area?: BBox;
}

/** The location (or `null`: no map) and the warnings the build should print. */
export interface LocateResult {
  readonly location: ArticleLocation | null;
  readonly warnings: readonly string[];
}

interface Found extends LatLon {
  readonly name: string;
  readonly placeId?: string;
  readonly country?: string;
  readonly area?: BBox;
}

/**
 * Finds an article's main location: the infobox coordinates when present and readable, with
 * their hemispheres decided by where they fall (near the place the article names, in the
 * country it names, on land); else the place its `place` field, the pages that field links or
 * its title names, looked up in `places.yaml` (corrections and landmarks) and then in the
 * general gazetteer within the countries the article names. When nothing fits, the location is
 * `null` with a warning naming the file, and the build goes on without a map.
 */
export function locateArticle(article: ArticleLocationInput, gazetteer: Gazetteer, general?: GeneralGazetteer): LocateResult {
  const warnings: string[] = [];
  const context = general === undefined ? undefined : articlePlaceContext(article, general.codes);
  const found = findArticlePlace(article, gazetteer, context, general);
  const contextCountry = context?.countries[0] === undefined ? undefined : general?.codes.nameOf(context.countries[0]);
  const country = article.mapType ?? article.country ?? lastPart(article.place) ?? found?.country ?? contextCountry;
  const known = {
    ...(found?.placeId === undefined ? {} : { placeId: found.placeId }),
    ...(found === undefined ? {} : { name: found.name }),
    ...(country === undefined ? {} : { country }),
    ...(context === undefined || context.countries.length === 0 ? {} : { countries: context.countries }),
    ...(found?.area === undefined ? {} : { area: found.area }),
  };
  if (article.coordinates !== undefined && article.coordinates.trim() !== '') {
    try {
      const checked = checkHemisphere(parseCoordinates(article.coordinates), country, article.fileName, found);
      if (checked.warning !== undefined) warnings.push(checked.warning);
      // The coordinates are those of the first place the infobox names ("Antonov Airport, Hostomel…").
      const named = article.place?.split(',')[0]?.trim();
      const name = found?.placeId === undefined && named ? { name: named } : {};
      return { location: { ...checked.point, source: 'infobox', ...known, ...name }, warnings };
    } catch (error) {
      if (!(error instanceof CoordinateError)) throw error;
      warnings.push(`${article.fileName}: ${error.message}; trying the gazetteer`);
    }
  }
  if (found !== undefined) {
    return { location: { lat: found.lat, lon: found.lon, source: 'gazetteer', ...known }, warnings };
  }
  // An article about a whole war, a unit or a news post may name no place but its country: a map
  // of that country with the places its story names still says where it happened.
  const namedCountries = (context?.countries ?? []).flatMap((code) => general?.codes.nameOf(code) ?? []);
  // A summary names the actors first as often as the place ("France and Britain struck … in Syria"): its "in Syria" wins.
  const mapCountry = countryOfPlace(article.title, namedCountries) ?? countryOfPlace(article.description ?? '', namedCountries) ?? namedCountries[0];
  const countryFeature = mapCountry === undefined ? undefined : findCountry(mapCountry);
  if (countryFeature !== undefined) {
    const { point, area } = countryExtent(countryFeature);
    const name = countryFeature.properties.name;
    warnings.push(`${article.fileName}: no coordinates and no gazetteer place for "${article.place ?? article.title}"; the map shows ${name} as a whole`);
    return { location: { ...point, source: 'country', ...known, name, country: name, area }, warnings };
  }
  warnings.push(
    `${article.fileName}: no coordinates and no gazetteer place for "${article.place ?? article.title}"` +
      `${context === undefined || context.countries.length > 0 ? '' : ' (the article names no country)'}; the page gets no map (add it to ${gazetteer.fileName})`,
  );
  return { location: null, warnings };
}

function findArticlePlace(
  article: ArticleLocationInput,
  gazetteer: Gazetteer,
  context: ArticlePlaceContext | undefined,
  general: GeneralGazetteer | undefined,
): Found | undefined {
  const names = context?.names ?? [article.place?.split(',')[0], article.title].filter((name) => name !== undefined);
  // A listed place may lie next door (Crimea is Russia's polygon in Natural Earth, Ukraine's in the text).
  const codes = context?.countries.flatMap((code) => [code, ...(general?.codes.neighboursOf(code) ?? [])]) ?? [];
  const countries = codes.flatMap((code) => general?.codes.nameOf(code) ?? []);
  for (const text of names) {
    const listed = isAreaName(text) ? undefined : findListedPlace(text, gazetteer, countries);
    if (listed !== undefined)
      return { lat: listed.lat, lon: listed.lon, name: listed.name, placeId: listed.id, ...(listed.country ? { country: listed.country } : {}) };
    if (context === undefined || general === undefined) continue;
    const resolved = resolvePlaceName(text, context, general.lookup);
    if (resolved === undefined) continue;
    const countryName = resolved.country === undefined ? undefined : general.codes.nameOf(resolved.country);
    return { ...resolved, ...(countryName === undefined ? {} : { country: countryName }) };
  }
  if (context === undefined || general === undefined) return undefined;
  const named = new Set(context.countries);
  const neighbours = [...new Set(context.countries.flatMap((code) => general.codes.neighboursOf(code)))].filter((code) => !named.has(code));
  for (const text of names) {
    const seat = isAreaName(text) ? undefined : resolveSeatNextDoor(text, neighbours, general.lookup);
    if (seat === undefined) continue;
    const countryName = seat.country === undefined ? undefined : general.codes.nameOf(seat.country);
    return { ...seat, ...(countryName === undefined ? {} : { country: countryName }) };
  }
  return undefined;
}

/** A `places.yaml` place named by `text`, unless it lies in another country than the article's. */
function findListedPlace(text: string, gazetteer: Gazetteer, countries: readonly string[]): Place | undefined {
  for (const id of matchPlaces(text, gazetteer)) {
    const place = gazetteer.byId.get(id);
    if (place === undefined) continue;
    const country = place.country === undefined ? undefined : findCountry(place.country)?.properties.name;
    if (country !== undefined && countries.length > 0 && !countries.includes(country)) continue;
    return place;
  }
  return undefined;
}

/**
 * The country a title says the story happened in ("2022 Russian invasion of Ukraine": Ukraine,
 * not Russia, though Russia is named first), when the title says so with "in", "of" or "into".
 */
export function countryOfPlace(title: string, countries: readonly string[]): string | undefined {
  const folded = title.normalize('NFD').replace(/\p{M}/gu, '');
  // "pack up in Karabakh": a region the articles name for their country says it as well as the country's name.
  const namesOf = (country: string) => [country, ...Object.keys(REGION_COUNTRIES).filter((region) => REGION_COUNTRIES[region] === country)];
  return countries.find((country) =>
    new RegExp(`\\b(?:in|of|into|across)\\s+(?:the\\s+)?(?:${namesOf(country).map(escapeRegExp).join('|')})\\b`, 'iu').test(folded),
  );
}

function lastPart(place: string | undefined): string | undefined {
  const part = place?.split(',').at(-1)?.trim();
  return part === '' ? undefined : part;
}
