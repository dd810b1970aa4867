import type { Frontmatter } from '../schemas/frontmatter.ts';
import { infoboxLine } from './infoboxLine.ts';
import type { MapModel } from './types.ts';

/**
 * Where an article happened, in words: its infobox's `place`, else its map's own place, else the
 * country it names when that is all the map knows (a unit's article), never a place its story only mentions.
 */
export function articlePlaceName(frontmatter: Frontmatter, map: MapModel | undefined): string | undefined {
  return infoboxLine(frontmatter, 'place') ?? map?.places.find((place) => place.primary)?.name ?? map?.country;
}
