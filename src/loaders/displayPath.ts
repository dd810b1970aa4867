import path from 'node:path';

/**
 * How messages name a file: relative to the project (`content/x.md`) when it is inside it, else
 * absolute (`CONTENT_DIR=/tmp/articles`), so the author can always find it.
 */
export function displayPath(file: string, root: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? file : relative;
}
