import type { MapPlace, MapEvent } from '../../model/types.ts';

/** Everything `<battle-map>` reads from its `data-*` attributes. */
export interface MapData {
  readonly places: readonly MapPlace[];
  readonly center: readonly [number, number] | undefined;
  readonly zoom: number | undefined;
  /** For an article about a region: `[south, west, north, east]`, which the first view shows whole. */
  readonly area: readonly [number, number, number, number] | undefined;
  readonly outlineUrl: string | undefined;
  readonly tilesUrl: string | undefined;
  /** Accessible name of the map region. */
  readonly label: string;
}

/**
 * Reads `data-places` (JSON), `data-center` (`[lat, lon]` JSON or `lat,lon`), `data-zoom`, `data-area`,
 * `data-outline-url`, `data-tiles` and `data-label` from the element. Malformed places are
 * skipped rather than thrown on: a bad entry must not cost the reader the whole map.
 */
export function readMapData(element: HTMLElement): MapData {
  const { dataset } = element;
  const zoom = Number(dataset['zoom']);
  return {
    places: readPlaces(dataset['places']),
    center: readCenter(dataset['center']),
    zoom: dataset['zoom'] !== undefined && Number.isFinite(zoom) ? zoom : undefined,
    area: readArea(dataset['area']),
    outlineUrl: dataset['outlineUrl'] || undefined,
    tilesUrl: dataset['tiles'] || undefined,
    label: dataset['label'] || 'Map of the places in this article',
  };
}

function readPlaces(json: string | undefined): MapPlace[] {
  const parsed = parseJson(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown): MapPlace[] => {
    if (!isRecord(entry)) return [];
    const { id, name, lat, lon, primary, events } = entry;
    if (typeof id !== 'string' || typeof name !== 'string' || !isNumber(lat) || !isNumber(lon)) return [];
    return [{ id, name, lat, lon, primary: primary === true, events: readEvents(events) }];
  });
}

function readEvents(value: unknown): MapEvent[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown): MapEvent[] => {
    if (!isRecord(entry)) return [];
    const { id, label, date } = entry;
    if (typeof id !== 'string' || typeof label !== 'string') return [];
    return [{ id, label, date: typeof date === 'string' ? date : '' }];
  });
}

function readArea(text: string | undefined): [number, number, number, number] | undefined {
  const parsed = parseJson(text);
  if (!Array.isArray(parsed) || parsed.length !== 4) return undefined;
  const [south, west, north, east] = parsed as unknown[];
  return isNumber(south) && isNumber(west) && isNumber(north) && isNumber(east) ? [south, west, north, east] : undefined;
}

function readCenter(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  const parsed = parseJson(text);
  const parts: unknown[] = Array.isArray(parsed) ? parsed : text.split(',').map(Number);
  const [lat, lon] = parts;
  return isNumber(lat) && isNumber(lon) ? [lat, lon] : undefined;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
