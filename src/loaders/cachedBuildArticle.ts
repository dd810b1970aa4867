import { buildArticle, type BuiltArticle, type Places } from './buildArticle.ts';
import { cachedRender } from '../render/cachedRender.ts';
import type { EventIdRecord } from '../schemas/eventIdRecord.ts';

/**
 * {@link buildArticle}, remembered in the render cache under a hash of the file, its name, the
 * gazetteer, the record of issued event ids and `sourceVersion` (our code and dependencies): a rebuild of unchanged content
 * reads each article's model back instead of extracting its timeline again. Warnings are part
 * of the model, so a rebuild still prints them; a bad file throws and is never cached.
 */
export async function cachedBuildArticle(
  raw: string,
  sourceFile: string,
  places: Places,
  sourceVersion: string,
  issuedIds?: EventIdRecord,
): Promise<BuiltArticle> {
  const inputs = { sourceVersion, sourceFile, raw, gazetteer: { fileName: places.gazetteer.fileName, places: places.gazetteer.places }, issuedIds };
  const json = await cachedRender('article', inputs, async () => Buffer.from(JSON.stringify(await buildArticle(raw, sourceFile, places, issuedIds))));
  return JSON.parse(json.toString('utf8')) as BuiltArticle;
}
