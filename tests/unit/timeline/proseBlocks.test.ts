/** Markdown → prose blocks: what counts as prose, plain text, and heading ids equal to rehype-slug's. */
import type { Element, Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { extractProseBlocks } from '../../../src/timeline/proseBlocks.ts';

const ARTICLE = `Lead with a [link](https://example.org) and **bold** text.

## Background
![A map](map.png)
Since *November 2011*, the town has been besieged.

| Date | Event |
| --- | --- |
| 5 May 2012 | in a table |

## 2012 Battle

### Major fighting
- On 10 February, fighting resumed.
- On 13 February, it intensified.

> On 1 March, a quotation block.

## Background

### Major fighting
Repeated headings get numbered ids.

## References
On 2 May 2012, a cited source.

### Notes
On 3 May 2012, a note.
`;

/** Heading ids as the page renders them: remark → rehype → rehype-slug. */
async function renderedHeadingIds(markdown: string): Promise<Map<string, string[]>> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug);
  const tree = (await processor.run(processor.parse(markdown))) as HastRoot;
  const ids = new Map<string, string[]>();
  visit(tree, 'element', (node: Element) => {
    if (!/^h[1-6]$/.test(node.tagName)) return;
    const text = toString(node);
    ids.set(text, [...(ids.get(text) ?? []), String(node.properties['id'])]);
  });
  return ids;
}

describe('prose blocks', () => {
  const blocks = extractProseBlocks(ARTICLE);

  it('keeps paragraphs and list items, drops images, tables, block quotes and back matter', () => {
    expect(blocks.map((block) => block.text.trim())).toEqual([
      'Lead with a link and bold text.',
      'Since November 2011, the town has been besieged.',
      'On 10 February, fighting resumed.',
      'On 13 February, it intensified.',
      'Repeated headings get numbered ids.',
    ]);
  });

  it('gives the lead an empty section and each block its deepest heading and the path above it', () => {
    expect(blocks.map((block) => [block.section, block.sectionPath.join(' > ')])).toEqual([
      ['', ''],
      ['Background', 'Background'],
      ['Major fighting', '2012 Battle > Major fighting'],
      ['Major fighting', '2012 Battle > Major fighting'],
      ['Major fighting', 'Background > Major fighting'],
    ]);
  });

  it('gives the ids rehype-slug gives, repeated headings included', async () => {
    const rendered = await renderedHeadingIds(ARTICLE);
    expect(blocks.map((block) => block.sectionId)).toEqual([
      '',
      rendered.get('Background')?.[0],
      rendered.get('Major fighting')?.[0],
      rendered.get('Major fighting')?.[0],
      rendered.get('Major fighting')?.[1],
    ]);
    expect(blocks.at(-1)?.sectionId).toBe('major-fighting-1');
  });

  it('reads a block quote in the third person when asked, as a news post quoting a reference, and never one in the first person', () => {
    const quotes = '## History\n\n> The deal was signed on 22 July 2022.\n\n> We signed it on 22 July 2022.\n\n> In World War I the port was shelled.\n';
    expect(extractProseBlocks(quotes).map((block) => block.text)).toEqual([]);
    expect(extractProseBlocks(quotes, { thirdPersonQuotes: true }).map((block) => [block.section, block.text])).toEqual([
      ['History', 'The deal was signed on 22 July 2022.'],
      ['History', 'In World War I the port was shelled.'],
    ]);
  });

  it("drops a paragraph that is only an embedded clip, a video report's shortcode or a bare address: it holds no prose", () => {
    const embeds = 'Before.\n\n{{video}}\nhttps://example.org/a.mp4\n{{/video}}\n\nhttps://example.org/b.mp4\n\nAfter.\n';
    expect(extractProseBlocks(embeds).map((block) => block.text)).toEqual(['Before.', 'After.']);
  });

  it('drops a citation mark after a sentence, which would start the next one, and keeps one inside a sentence as the page shows it', () => {
    const cited = extractProseBlocks(
      'He fled in 1989.<sup>[\\[3\\]][1]</sup> His rebels entered\nthe city.<sup class="reference">[\\[a\\]](#n)</sup>\nIt fell in 1990<sup>[\\[4\\]][1]</sup>, then 5 km<sup>2</sup>.\n\n[1]: #cite_note-3\n',
    );
    expect(cited.map((block) => block.text)).toEqual(['He fled in 1989. His rebels entered\nthe city.\nIt fell in 1990[4], then 5 km2.']);
  });
});
