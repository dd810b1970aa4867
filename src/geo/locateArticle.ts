import { checkHemisphere } from './checkHemisphere.ts';
import type { Gazetteer, Place } from './loadGazetteer.ts';
import { matchPlaces } from './matchPlaces.ts';
import { CoordinateError, parseCoordinates } from './parseCoordinates.ts';
import type { LatLon } from './types.ts';

/** What {@link locateArticle} needs from an article: its file and a few infobox fields as text. */
export interface ArticleLocationInput {
  /** Content file, for warnings (`content/battle-of-al-qusayr-2012.md`). */
  readonly fileName: string;
  readonly title: string;
  /** Infobox `coordinates` text, if any. */
  readonly coordinates?: string | undefined;
  /** Infobox `place` text, e.g. "Al-Qusayr, Homs Governorate, Syria". */
  readonly place?: string | undefined;
  /** Infobox `map_type`, e.g. "Syria"; names the country the map is of. */
  readonly mapType?: string | undefined;
  /** Any other statement of the country (a settlement infobox's `subdivision_name`). */
  readonly country?: string | undefined;
}

/** An article's main location and where it came from. */
export interface ArticleLocation extends LatLon {
  readonly source: 'infobox' | 'gazetteer';
  /** The gazetteer place matched, when there is one (also for infobox coordinates). */
  readonly placeId?: string;
  /** The country the article claims, as written, used for the hemisphere check and location map. */
  readonly country?: string;
}

/** The location (or `null`: no map) and the warnings the build should print. */
export interface LocateResult {
  readonly location: ArticleLocation | null;
  readonly warnings: readonly string[];
}

/**
 * Finds an article's main location: the infobox coordinates when present and readable
 * (hemisphere-checked against the country the article names), else the gazetteer place named
 * by the first part of the infobox `place`, else one named in the title. When nothing
 * matches, the location is `null` with a warning naming the file, and the build goes on
 * without a map.
 */
export function locateArticle(article: ArticleLocationInput, gazetteer: Gazetteer): LocateResult {
  const warnings: string[] = [];
  const place = findArticlePlace(article, gazetteer);
  const country = article.mapType ?? article.country ?? lastPart(article.place) ?? place?.country;
  const known = {
    ...(place === undefined ? {} : { placeId: place.id }),
    ...(country === undefined ? {} : { country }),
  };
  if (article.coordinates !== undefined && article.coordinates.trim() !== '') {
    try {
      const checked = checkHemisphere(parseCoordinates(article.coordinates), country, article.fileName);
      if (checked.warning !== undefined) warnings.push(checked.warning);
      return { location: { ...checked.point, source: 'infobox', ...known }, warnings };
    } catch (error) {
      if (!(error instanceof CoordinateError)) throw error;
      warnings.push(`${article.fileName}: ${error.message}; trying the gazetteer`);
    }
  }
  if (place !== undefined) {
    return { location: { lat: place.lat, lon: place.lon, source: 'gazetteer', ...known }, warnings };
  }
  warnings.push(
    `${article.fileName}: no coordinates and no gazetteer place for ` +
      `"${article.place ?? article.title}"; the page gets no map (add it to ${gazetteer.fileName})`,
  );
  return { location: null, warnings };
}

function findArticlePlace(article: ArticleLocationInput, gazetteer: Gazetteer): Place | undefined {
  const candidates = [article.place?.split(',')[0], article.title];
  for (const text of candidates) {
    if (text === undefined) continue;
    const [id] = matchPlaces(text, gazetteer);
    const place = id === undefined ? undefined : gazetteer.byId.get(id);
    if (place !== undefined) return place;
  }
  return undefined;
}

function lastPart(place: string | undefined): string | undefined {
  const part = place?.split(',').at(-1)?.trim();
  return part === '' ? undefined : part;
}
