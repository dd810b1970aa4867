import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { gazetteerFileSchema, type PLACE_KINDS } from './gazetteerSchema.ts';
import { normaliseForMatching, slugifyPlaceName, stripArabicArticle } from './normalisePlaceName.ts';
import type { LatLon } from './types.ts';

/** A validated gazetteer place. `lat`/`lon` is where its marker goes. */
export interface Place extends LatLon {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: (typeof PLACE_KINDS)[number];
  readonly wikipedia?: string;
  readonly country?: string;
  /** For borders and roads drawn as lines. */
  readonly line?: readonly LatLon[];
}

/** The places of `content/places.yaml`, in file order, with an id index. */
export interface Gazetteer {
  readonly fileName: string;
  readonly places: readonly Place[];
  readonly byId: ReadonlyMap<string, Place>;
}

/** Thrown for an unreadable or invalid gazetteer; `issues` holds one line per problem. */
export class GazetteerError extends Error {
  override name = 'GazetteerError';
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super(issues.join('\n'));
    this.issues = issues;
  }
}

/**
 * Parses and validates `content/places.yaml`. Every problem is reported as
 * `<file>: places[3].latitude: expected a number between -90 and 90`; ids and names must be
 * unique so that a name in the text always means one place.
 */
export function loadGazetteer(yamlText: string, fileName: string): Gazetteer {
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) {
    throw new GazetteerError(document.errors.map((error) => `${fileName}: YAML syntax: ${error.message}`));
  }
  const result = gazetteerFileSchema.safeParse(document.toJS());
  if (!result.success) {
    throw new GazetteerError(result.error.issues.map((issue) => `${fileName}: ${describeIssue(issue)}`));
  }
  const places = result.data.places.map((entry): Place => {
    const { latitude, longitude, line, wikipedia, country, id, ...rest } = entry;
    return {
      ...rest,
      id: id ?? slugifyPlaceName(entry.name),
      lat: latitude,
      lon: longitude,
      ...(wikipedia === undefined ? {} : { wikipedia }),
      ...(country === undefined ? {} : { country }),
      ...(line === undefined ? {} : { line: line.map(([lat, lon]) => ({ lat, lon })) }),
    };
  });
  const issues = findClashes(places).map((issue) => `${fileName}: ${issue}`);
  if (issues.length > 0) throw new GazetteerError(issues);
  return { fileName, places, byId: new Map(places.map((place) => [place.id, place])) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  const message =
    issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}` : issue.message;
  return path === '' ? message : `${path}: ${message}`;
}

/** `['places', 3, 'latitude']` → `places[3].latitude`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Two places may not share an id, nor a name or alias once spelling is normalised. */
function findClashes(places: readonly Place[]): string[] {
  const issues: string[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  places.forEach((place, index) => {
    const earlier = ids.get(place.id);
    if (earlier !== undefined) issues.push(`places[${index}].id: "${place.id}" is already used by places[${earlier}]`);
    ids.set(place.id, index);
    for (const name of [place.name, ...place.aliases]) {
      const key = stripArabicArticle(normaliseForMatching(name));
      const owner = names.get(key);
      if (owner !== undefined && owner !== index) {
        issues.push(`places[${index}]: the name "${name}" also names places[${owner}]`);
      }
      names.set(key, index);
    }
  });
  return issues;
}
