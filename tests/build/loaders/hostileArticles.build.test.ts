/**
 * Every hostile article of `tests/support/hostileArticles.ts` through the stages a build runs
 * for one file (decode, parse, model, render, local picture): it either comes out within a
 * generous bound on its worst case, or fails with one line naming the file and the field.
 * The files that build are then built together, and checked in Chromium, by
 * `tests/build/hostileArticles.build.test.ts`. It builds no site, but sits in the build tier:
 * loading every file whole (hundreds of kilobytes each) takes seconds, the unit tier's budget.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLocalImage } from '../../../src/loaders/findLocalImage.ts';
import { loadPlaces } from '../../../src/loaders/loadPlaces.ts';
import { buildArticle, type Places } from '../../../src/loaders/buildArticle.ts';
import { ArticleError } from '../../../src/parse/ArticleError.ts';
import { decodeArticleText } from '../../../src/parse/decodeArticleText.ts';
import { REPO } from '../../support/buildSite.ts';
import { cpuMilliseconds } from '../../support/cpuTime.ts';
import { HOSTILE_CASES, writeHostileArticles, type HostileCase } from '../../support/hostileArticles.ts';

/** Processor time per file, far above what any case takes (a second or two): not a benchmark. */
const BOUND_MS = 10_000;

let root: string;
let places: Places;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'hostile-'));
  places = await loadPlaces(path.join(REPO, 'content'), REPO);
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Runs one case in a folder of its own (cases' `images/` folders clash) the way the loader does. */
async function runCase(hostile: HostileCase): Promise<{ error?: unknown; warnings: string[]; ms: number }> {
  const dir = path.join(root, hostile.name, 'content');
  if (!existsSync(dir)) await writeHostileArticles(dir, [hostile]);
  const file = `content/${hostile.name}.md`;
  const bytes = await readFile(path.join(dir, `${hostile.name}.md`));
  const outcome: { error?: unknown; warnings: string[] } = { warnings: [] };
  const ms = await cpuMilliseconds(async () => {
    try {
      const { data, warnings } = await buildArticle(decodeArticleText(bytes, file), file, places);
      findLocalImage(dir, data.slug, file);
      outcome.warnings = warnings;
    } catch (error) {
      outcome.error = error;
    }
  });
  return { ...outcome, ms };
}

describe('hostile articles: each is read in bounded time, or refused in one line naming file and field', () => {
  it('has at least 40 cases, one per kind', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CASES.map((hostile) => hostile.name)).size).toBe(HOSTILE_CASES.length);
  });

  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.kind}: ${hostile.name} ${hostile.expect.builds ? 'builds' : `is refused at ${hostile.expect.field}`}`, { timeout: 60_000 }, async () => {
      const { error, ms } = await runCase(hostile);
      expect(ms).toBeLessThan(BOUND_MS);
      if (hostile.expect.builds) {
        expect(error).toBeUndefined();
        return;
      }
      expect(error).toBeInstanceOf(ArticleError);
      const message = (error as ArticleError).message;
      expect(message.startsWith(`content/${hostile.name}.md: ${hostile.expect.field}: `)).toBe(true);
      expect(message).not.toContain('\n');
    });
  }

  it('warns, naming the file, when a cap cuts what is read', async () => {
    const cases = new Map(HOSTILE_CASES.map((hostile) => [hostile.name, hostile]));
    const expectations: [string, RegExp][] = [
      ['long-word-before-date', /^content\/long-word-before-date\.md: body: a sentence longer than 2,000 characters/],
      ['huge-field', /^content\/huge-field\.md: infoboxes\[0\]\.result\.text: 1,200,000 characters; only the first 20,000/],
      ['many-links', /^content\/many-links\.md: infoboxes\[0\]\.result\.links: 20,000 links; only the first 500/],
      ['deep-brackets', /^content\/deep-brackets\.md: body: the paragraph at line 1 of the text has more than 1,000 emphasis or link marks/],
      ['remote-lead-picture', /^content\/remote-lead-picture\.md: img: https:\/\/evil\.example\/lead\.png is not on a host/],
    ];
    for (const [name, warning] of expectations) {
      const hostile = cases.get(name);
      if (!hostile) throw new Error(`no case ${name}`);
      const { warnings } = await runCase(hostile);
      expect(warnings.some((line) => warning.test(line))).toBe(true);
    }
  }, 120_000);
});
