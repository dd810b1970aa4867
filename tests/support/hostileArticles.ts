/**
 * Hostile and malformed articles, one per kind of issue 13: time bombs, silently wrong pages,
 * unclear failures, injection. Generated rather than kept as files, because several are
 * hundreds of kilobytes. Each case says what must happen: the file builds (and its page must
 * then be clean in a browser), or the build stops with one line naming the file and the field.
 *
 * Run by hand to look at them: `node tests/support/hostileArticles.ts /tmp/hostile`.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { INJECTION } from './hostile/injection.ts';
import { NULLS } from './hostile/nulls.ts';
import { SILENTLY_WRONG } from './hostile/silentlyWrong.ts';
import { TIME_BOMBS } from './hostile/timeBombs.ts';
import { UNCLEAR_FAILURES } from './hostile/unclearFailures.ts';
import type { HostileCase } from './hostile/article.ts';

export type { Expectation, HostileCase } from './hostile/article.ts';

export const HOSTILE_CASES: readonly HostileCase[] = [...TIME_BOMBS, ...SILENTLY_WRONG, ...UNCLEAR_FAILURES, ...INJECTION, ...NULLS];

/**
 * Writes `cases` into `dir` (created), one `<name>.md` plus its extra files. Cases whose extra
 * files clash (two `images/` folders) need folders of their own.
 */
export async function writeHostileArticles(dir: string, cases: readonly HostileCase[] = HOSTILE_CASES): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const hostile of cases) {
    await writeFile(path.join(dir, `${hostile.name}.md`), hostile.article);
    for (const [relative, content] of Object.entries(hostile.extra ?? {})) {
      const target = path.join(dir, relative);
      await mkdir(path.dirname(target), { recursive: true });
      if (typeof content === 'object' && !Buffer.isBuffer(content)) await symlink(content.symlinkTo, target);
      else await writeFile(target, content);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node tests/support/hostileArticles.ts <folder>');
  for (const hostile of HOSTILE_CASES) await writeHostileArticles(path.join(dir, hostile.name), [hostile]);
  console.log(`wrote ${HOSTILE_CASES.length} hostile articles, one a folder, to ${dir}`);
}
