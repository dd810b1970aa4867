import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GazetteerError, loadGazetteer } from '../geo/loadGazetteer.ts';
import { compilePlaceMatcher } from '../geo/matchPlaces.ts';
import { loadGeneralGazetteer } from '../geo/geonames/generalGazetteer.ts';
import { displayPath } from './displayPath.ts';
import type { Places } from './buildArticle.ts';

/**
 * Reads the gazetteer: `places.yaml` in the content folder when it has one, else the project's
 * `content/places.yaml`, so a folder of new articles still gets maps. An invalid gazetteer stops
 * the build with one line per problem, each naming the file and the field. The general
 * gazetteer (GeoNames) is handed over unloaded: it loads on the first article not in the cache.
 */
export async function loadPlaces(dir: string, root: string): Promise<Places> {
  const own = path.join(dir, 'places.yaml');
  const file =
    (await readFile(own, 'utf8')
      .then(() => own)
      .catch(() => undefined)) ?? path.join(root, 'content/places.yaml');
  const text = await readFile(file, 'utf8');
  const fileName = displayPath(file, root);
  try {
    const gazetteer = loadGazetteer(text, fileName);
    return { gazetteer, matchPlaces: compilePlaceMatcher(gazetteer), general: loadGeneralGazetteer };
  } catch (error) {
    if (error instanceof GazetteerError) error.stack = '';
    throw error;
  }
}
