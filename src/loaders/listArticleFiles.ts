import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The extensions an article file may have: the dataset ships `.txt`, editors write `.md`. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** Folders of a content folder that hold the site's own records, not articles. */
const NOT_ARTICLES = new Set(['event-ids']);

/**
 * Every article file under `dir`, subfolders included (a dataset sorted by theatre), as paths
 * relative to `dir` in a stable order. Hidden files and folders and `event-ids/` are not articles.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension)))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).some((part, index, parts) => part.startsWith('.') || (index < parts.length - 1 && NOT_ARTICLES.has(part))))
    .sort();
}

/** The record name of an article file: its path in the folder without the extension (`syria/hosn`). */
export function articleStem(relativeFile: string): string {
  return relativeFile
    .replace(/\.[^./\\]+$/, '')
    .split(path.sep)
    .join('/');
}
