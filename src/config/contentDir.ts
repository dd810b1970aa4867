import path from 'node:path';

/** The folder of articles: `CONTENT_DIR=/some/folder npm run build` builds another set (tests, big projects). */
export function contentDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env['CONTENT_DIR'] ?? 'content');
}
