import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ArticleError } from '../parse/ArticleError.ts';
import { eventIdRecordSchema, type EventIdRecord } from '../schemas/eventIdRecord.ts';
import { displayPath } from './displayPath.ts';
import { articleStem } from './listArticleFiles.ts';

/**
 * The records of issued event ids of a content folder: `<folder>/event-ids/<file name>.json`
 * (`<subfolder>/<file name>.json` for an article in a subfolder),
 * one per article, committed with the articles. A folder without `event-ids/` keeps no record
 * (test fixtures, the read-only corpus): its ids are made from the prose alone.
 */
export function eventIdRecords(contentDir: string, root: string) {
  const dir = path.join(contentDir, 'event-ids');
  const enabled = existsSync(dir);
  // A record is named after the article's path in the folder: `syria/hosn.md` → `event-ids/syria/hosn.json`.
  const fileOf = (articleFile: string) => path.join(dir, `${articleStem(path.relative(contentDir, articleFile))}.json`);
  return {
    enabled,
    dir: displayPath(dir, root),

    /** The article's record, undefined when there is none yet; a damaged one stops the build naming it. */
    async read(articleFile: string): Promise<EventIdRecord | undefined> {
      if (!enabled) return undefined;
      const file = fileOf(articleFile);
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ArticleError(displayPath(file, root), '(file)', 'is not JSON; restore it from git, or delete it to issue new ids');
      }
      const parsed = eventIdRecordSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ArticleError(displayPath(file, root), issue?.path.join('.') || '(file)', issue?.message ?? 'is not a record of event ids');
      }
      return parsed.data;
    },

    /**
     * Writes the record when it changed; true when it did. Written whole then renamed, so two
     * builds of one folder side by side never read half a record.
     */
    async write(articleFile: string, record: EventIdRecord): Promise<boolean> {
      if (!enabled) return false;
      const file = fileOf(articleFile);
      const text = `${JSON.stringify(record, null, 2)}\n`;
      if ((await readFile(file, 'utf8').catch(() => undefined)) === text) return false;
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, text);
      await rename(partial, file);
      return true;
    },
  };
}
