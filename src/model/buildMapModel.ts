import { bboxAround } from '../geo/bboxAround.ts';
import { expandBBoxToAspect } from '../geo/expandBBoxToAspect.ts';
import { findCountry } from '../geo/findCountry.ts';
import type { ArticleLocation } from '../geo/locateArticle.ts';
import type { ArticleEvent, MapModel, MapPlaceModel, MapPlaceSource } from './types.ts';
import { formatEventDate } from './formatEventDate.ts';
import { inDateOrder } from './orderTimeline.ts';
import { shortenText } from './shortenText.ts';

/** The static picture's size; the interactive map takes the same box. */
export const MAP_PICTURE = { width: 800, height: 600 } as const;
/**
 * The same map drawn for phones: half the size in the same proportions, so its 12 px labels read at about 10 px on a
 * 375 px screen where the large picture's shrink to 5 px. Rasterised at twice this size for sharp screens.
 */
export const NARROW_MAP_PICTURE = { width: 400, height: 300 } as const;

/**
 * The map of an article: its location (the primary marker) and every gazetteer place that a
 * timeline event names, each with its events in date order. Places with no event are left off: a marker
 * should lead somewhere. An article located only by its country gets no primary marker: a dot at the
 * country's centre would claim a place the article never names.
 */
export function buildMapModel(
  location: ArticleLocation,
  events: readonly ArticleEvent[],
  placesById: ReadonlyMap<string, MapPlaceSource>,
  title: string,
  mapSize?: string,
): MapModel {
  const eventsAt = new Map<string, ArticleEvent[]>();
  // A place's events are listed as the timeline lists them: a lead that sums up 2017 comes after 2008.
  for (const { event } of inDateOrder(events)) {
    for (const placeId of event.places ?? []) eventsAt.set(placeId, [...(eventsAt.get(placeId) ?? []), event]);
  }
  const countryOnly = location.source === 'country';
  const primaryPlace = location.placeId ? placesById.get(location.placeId) : undefined;
  const primary: MapPlaceModel | undefined = countryOnly
    ? undefined
    : {
        id: primaryPlace?.id ?? 'location',
        name: primaryPlace?.name ?? location.name ?? title,
        lat: location.lat,
        lon: location.lon,
        primary: true,
        events: (eventsAt.get(primaryPlace?.id ?? '') ?? []).map(mapEvent),
        ...(primaryPlace?.wikipedia ? { wikipedia: primaryPlace.wikipedia } : {}),
      };
  const others = [...eventsAt.keys()]
    .filter((id) => id !== primary?.id)
    .map((id) => placesById.get(id))
    .filter((place): place is MapPlaceSource => place !== undefined)
    .map((place): MapPlaceModel => ({
      id: place.id,
      name: place.name,
      lat: place.lat,
      lon: place.lon,
      primary: false,
      events: (eventsAt.get(place.id) ?? []).map(mapEvent),
      ...(place.wikipedia ? { wikipedia: place.wikipedia } : {}),
      ...(place.line ? { line: [...place.line] } : {}),
    }));
  const places = primary === undefined ? others : [primary, ...others];
  const corners =
    location.area === undefined
      ? []
      : [
          { lat: location.area.south, lon: location.area.west },
          { lat: location.area.north, lon: location.area.east },
        ];
  const points = [...corners, ...places.flatMap((place) => [place, ...(place.line ?? [])])];
  const around = bboxAround(points, 0.35) ?? { west: location.lon - 1, east: location.lon + 1, south: location.lat - 1, north: location.lat + 1 };
  const size = Number.parseInt(mapSize ?? '', 10);
  const country = location.country ? findCountry(location.country)?.properties.name : undefined;
  return {
    center: { lat: location.lat, lon: location.lon },
    bbox: expandBBoxToAspect(around, MAP_PICTURE.width, MAP_PICTURE.height),
    places,
    ...(country ? { country } : {}),
    ...(countryOnly ? { countryOnly: true } : {}),
    ...(location.area ? { area: location.area } : {}),
    locationMapSize: size >= 100 && size <= 600 ? size : 250,
  };
}

function mapEvent(event: ArticleEvent) {
  return { id: event.id, date: formatEventDate(event), label: shortenText(event.text) };
}
