import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/parse/parseArticleFile.ts';
import { ArticleError } from '../../../src/parse/ArticleError.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), 'utf8');

function errorOf(name: string): ArticleError {
  try {
    parseArticleFile(fixture(name), `content/${name}`);
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error(`${name} parsed without error`);
}

describe('parseArticleFile: bad input names the file and the field in one line', () => {
  it.each([
    ['invalid-yaml.md', 'frontmatter', /invalid YAML/],
    ['missing-title.md', 'title', /title/],
    ['infoboxes-not-a-list.md', 'infoboxes', /list of infoboxes/],
    ['infobox-field-not-an-object.md', 'infoboxes[0].date', /expected/],
  ])('%s → %s', (name, field, problem) => {
    const error = errorOf(name);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`content/${name}: ${field}: `)).toBe(true);
    expect(error.message).toMatch(problem);
    expect(error.message).not.toContain('\n');
  });
});

describe('parseArticleFile: tolerant where the dataset is', () => {
  it('a BOM and CRLF line endings change nothing', () => {
    const { frontmatter, body } = parseArticleFile(fixture('bom-crlf.md'), 'bom-crlf.md');
    expect(frontmatter.title).toBe('Battle with BOM and CRLF');
    expect(frontmatter.infoboxes?.[0]?.['result']?.text).toBe('Stalemate\n*North held');
    expect(body).not.toContain('\r');
    expect(body).toContain('## Background\nOn 10 February');
  });

  it('null fields are treated as absent', () => {
    const { frontmatter } = parseArticleFile(fixture('null-fields.md'), 'null-fields.md');
    expect(frontmatter.shortDescription).toBeUndefined();
    expect(frontmatter.img).toBeUndefined();
    expect(frontmatter.infoboxes?.[0]).not.toHaveProperty('date');
    expect(frontmatter.infoboxes?.[0]?.['result']?.text).toBe('Victory');
  });

  it('keeps ISO-looking dates as the text the author wrote', () => {
    const { frontmatter } = parseArticleFile('---\ntitle: T\npubDate: 2012-02-10\n---\n', 'x.md');
    expect(frontmatter.pubDate).toBe('2012-02-10');
  });

  it('keeps unknown top-level keys of news posts', () => {
    const { frontmatter } = parseArticleFile('---\ntitle: T\nlayout: ../x.astro\nexcerpt: E\n---\n', 'x.md');
    expect(frontmatter['layout']).toBe('../x.astro');
    expect(frontmatter.excerpt).toBe('E');
  });

  it('accepts an empty infobox', () => {
    const { frontmatter } = parseArticleFile('---\ninfoboxes:\n  - {}\ntitle: T\n---\n', 'x.md');
    expect(frontmatter.infoboxes).toEqual([{}]);
  });
});
