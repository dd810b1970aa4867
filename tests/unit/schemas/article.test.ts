import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/loaders/buildArticle.ts';
import { loadPlaces } from '../../../src/loaders/loadPlaces.ts';
import { articleDataSchema } from '../../../src/schemas/article.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
const VARIETY = path.join(REPO, 'tests/fixtures/sites/variety');

// content.config.ts stores what the page contract returns, so a field the builders write but the
// schema lacks would vanish from the pages without a word. Each article must come back whole,
// with its keys in the order the builders wrote them (timeline.json prints them in that order).
describe('the page contract', () => {
  const files = [path.join(REPO, 'content/battle-of-al-qusayr-2012.md'), ...readdirSync(VARIETY).map((name) => path.join(VARIETY, name))].filter((file) =>
    file.endsWith('.md'),
  );

  for (const file of files) {
    it(`keeps every field of ${path.basename(file)}, in order`, async () => {
      const places = await loadPlaces(path.join(REPO, 'content'), REPO);
      const { data } = await buildArticle(readFileSync(file, 'utf8'), path.relative(REPO, file), places);
      const checked = articleDataSchema.parse(data);
      expect(checked).toEqual(data);
      expect(JSON.stringify(checked.timeline)).toBe(JSON.stringify(data.timeline));
      expect(JSON.stringify(checked.map?.places)).toBe(JSON.stringify(data.map?.places));
    });
  }

  it('refuses a model that misses a required field, naming it', () => {
    const result = articleDataSchema.safeParse({ slug: 'x', sourceFile: 'content/x.md', title: 'X', frontmatter: { title: 'X' }, timeline: [], headings: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['leadHtml']);
  });
});
