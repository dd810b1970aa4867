import { distanceKm } from '../geo/distanceKm.ts';
import type { GeneralGazetteer } from '../geo/geonames/generalGazetteer.ts';
import type { Gazetteer } from '../geo/loadGazetteer.ts';
import type { ArticleLocation } from '../geo/locateArticle.ts';
import { compileProsePlaceMatcher, type ProsePlace } from '../geo/matchProsePlaces.ts';
import type { PlaceMatcher } from '../geo/matchPlaces.ts';
import { slugifyPlaceName } from '../geo/normalisePlaceName.ts';
import { exactPlaceKey } from '../geo/placeKeys.ts';
import type { TimelineEvent } from '../timeline/types.ts';
import type { MapPlaceSource } from './types.ts';

/** Events with the ids of the places they name, and every place those ids stand for. */
export interface PlacedEvents<E extends TimelineEvent> {
  readonly events: E[];
  readonly places: ReadonlyMap<string, MapPlaceSource>;
  /** The id of the article's own place among `places`, when it has a location. */
  readonly primaryId?: string;
}

// A general-gazetteer place this close to a listed one, or with its spelling, is the listed one.
const SAME_PLACE_KM = 3;
// places.yaml's coordinates may be of a landmark in the town; farther than this, it is a namesake.
const LISTED_NAMESAKE_KM = 30;
// "Donetsk Oblast" names the oblast, not the city of Donetsk that places.yaml lists.
const AREA_PHRASE = /(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)+(?:Oblast|Governorate|Province|Region|District|Raion)\b/gu;

/**
 * Names the places of each event: `places.yaml` first (landmarks, borders, corrections), then
 * the general gazetteer within the article's countries and neighbours, near its location. A
 * place found in the prose is labelled as the article spells it; its id is the slug of that
 * spelling (with the GeoNames id when two places would share it).
 */
export function placeEvents<E extends TimelineEvent>(
  events: readonly E[],
  listed: { gazetteer: Gazetteer; matchPlaces: PlaceMatcher },
  general: GeneralGazetteer | undefined,
  location: ArticleLocation | null,
  /** Phrases the article sets in italics (ships, newspapers): never a place of the prose. */
  notPlaces: ReadonlySet<string> = new Set(),
): PlacedEvents<E> {
  const places = new Map<string, MapPlaceSource>(listed.gazetteer.byId);
  const countries = location?.countries ?? [];
  const matchProse =
    general === undefined || location === null || countries.length === 0
      ? () => []
      : compileProsePlaceMatcher(
          {
            countries,
            neighbours: [...new Set(countries.flatMap((code) => general.codes.neighboursOf(code)))].filter((code) => !countries.includes(code)),
            near: location,
            ...(location.area ? { area: location.area } : {}),
          },
          general.lookup,
        );
  const idOf = new Map<number, string>();
  // The article's own place, when the general gazetteer found it, is the marker its events share.
  let primaryId = location?.placeId;
  if (location !== null && primaryId === undefined && location.name !== undefined) {
    primaryId = slugifyPlaceName(location.name) || 'location';
    places.set(primaryId, { id: primaryId, name: location.name, lat: location.lat, lon: location.lon });
  }
  const register = ({ written, place }: ProsePlace): string => {
    const known = idOf.get(place.id);
    if (known !== undefined) return known;
    const primary = primaryId === undefined ? undefined : places.get(primaryId);
    const samePlace =
      primary !== undefined &&
      location?.area === undefined &&
      (distanceKm(primary, place) <= SAME_PLACE_KM || exactPlaceKey(primary.name) === exactPlaceKey(written));
    if (primaryId !== undefined && samePlace) {
      idOf.set(place.id, primaryId);
      return primaryId;
    }
    let id = slugifyPlaceName(written);
    if (places.has(id)) id = `${id}-${place.id}`;
    const country = general?.codes.nameOf(place.country);
    places.set(id, { id, name: written, lat: place.lat, lon: place.lon, ...(country === undefined ? {} : { country }) });
    idOf.set(place.id, id);
    return id;
  };
  // The prose's "Kerch" is places.yaml's Kerch, not a second marker beside it.
  const listedByKey = new Map(listed.gazetteer.places.flatMap((place) => [place.name, ...place.aliases].map((name) => [exactPlaceKey(name), place] as const)));
  const placed = events.map((event) => {
    const ids = listed.matchPlaces(event.text.replace(AREA_PHRASE, ' '));
    const listedPlaces = ids.flatMap((id) => listed.gazetteer.byId.get(id) ?? []);
    for (const found of matchProse(event.text)) {
      if (notPlaces.has(found.written.toLowerCase())) continue;
      if (listedPlaces.some((place) => distanceKm(place, found.place) <= SAME_PLACE_KM)) continue;
      const same = listedByKey.get(exactPlaceKey(found.written));
      const id = same !== undefined && distanceKm(same, found.place) <= LISTED_NAMESAKE_KM ? same.id : register(found);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids.length > 0 ? { ...event, places: ids } : event;
  });
  return { events: placed, places, ...(primaryId === undefined ? {} : { primaryId }) };
}
