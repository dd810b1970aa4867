import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPlaces } from '../loaders/loadPlaces.ts';
import { buildArticle } from '../loaders/buildArticle.ts';
import { exportTimeline } from '../model/exportTimeline.ts';

/** Where the CLI writes; tests pass their own. */
export interface TimelineCliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * `npm run --silent timeline -- <article.md>`: prints the article's timeline as the build
 * publishes it in `timeline.json` (same extraction, same places), as 2-space JSON. Returns the
 * exit code: 0, 1 for a bad file (one line `timeline: <file>: <problem>` on stderr), 2 for usage.
 */
export async function runTimelineCli(argv: readonly string[], io: TimelineCliIo, root = process.cwd()): Promise<number> {
  const file = argv[0];
  if (file === undefined || argv.length !== 1) {
    io.stderr.write('timeline: usage: npm run --silent timeline -- <article.md>\n');
    return 2;
  }
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    io.stderr.write(`timeline: ${file}: ${missing ? 'no such file' : firstLine(error)}\n`);
    return 1;
  }
  try {
    const places = await loadPlaces(path.dirname(path.resolve(file)), root);
    const { data } = await buildArticle(raw, file, places);
    io.stdout.write(`${JSON.stringify(exportTimeline(data.timeline), null, 2)}\n`);
    return 0;
  } catch (error) {
    // ArticleError already reads `<file>: <field>: <problem>`.
    const message = firstLine(error);
    io.stderr.write(`timeline: ${message.startsWith(file) ? message : `${file}: ${message}`}\n`);
    return 1;
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}
