/**
 * Where the shared seed, gold timeline and corpus live: `../shared` beside the
 * repository. They are not part of the repository, so tests that need them
 * skip (with a notice) when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timelineContext } from '../../../src/loaders/buildArticle.ts';
import { parseArticleFile } from '../../../src/parse/parseArticleFile.ts';
import type { TimelineContext } from '../../../src/timeline/types.ts';

/** `/…/shared/`, as a directory path ending in a slash. */
export const SHARED_DIR = fileURLToPath(new URL('../../../../shared/', import.meta.url));

/** Whether `relative` exists under the shared folder; logs a notice when it does not. */
export function sharedExists(relative: string): boolean {
  const found = existsSync(SHARED_DIR + relative);
  if (!found) console.warn(`[timeline tests] ${SHARED_DIR + relative} is absent: skipping the tests that read it.`);
  return found;
}

/** An article split into its markdown body and the context extraction needs. */
export interface Article {
  name: string;
  body: string;
  context: TimelineContext;
}

/** Reads an article (frontmatter + markdown) from an absolute path. */
export function readArticle(path: string): Article {
  const { frontmatter, body } = parseArticleFile(readFileSync(path, 'utf8'), path);
  return { name: path.split('/').at(-1) ?? path, body, context: timelineContext(frontmatter, body) };
}

/** Every markdown article of the shared corpus. */
export function corpusArticles(): Article[] {
  const dir = `${SHARED_DIR}corpus/`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readArticle(dir + name));
}
