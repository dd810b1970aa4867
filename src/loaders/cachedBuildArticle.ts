import { buildArticle, type BuiltArticle, type Places } from './buildArticle.ts';
import { cachedRender } from '../render/cachedRender.ts';

/**
 * {@link buildArticle}, remembered in the render cache under a hash of the file, its name, the
 * gazetteer and `sourceVersion` (our code and dependencies): a rebuild of unchanged content
 * reads each article's model back instead of extracting its timeline again. Warnings are part
 * of the model, so a rebuild still prints them; a bad file throws and is never cached.
 */
export async function cachedBuildArticle(raw: string, sourceFile: string, places: Places, sourceVersion: string): Promise<BuiltArticle> {
  const inputs = { sourceVersion, sourceFile, raw, gazetteer: { fileName: places.gazetteer.fileName, places: places.gazetteer.places } };
  const json = await cachedRender('article', inputs, async () => Buffer.from(JSON.stringify(await buildArticle(raw, sourceFile, places))));
  return JSON.parse(json.toString('utf8')) as BuiltArticle;
}
