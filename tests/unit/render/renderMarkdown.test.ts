import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/render/renderMarkdown.ts';
import { parseArticleFile } from '../../../src/parse/parseArticleFile.ts';

describe('renderMarkdown', () => {
  it('gives every section heading a rehype-slug id and a # link', async () => {
    const { html, headings } = await renderMarkdown('## 2012 Battle\n\n### Major fighting\nText.\n');
    expect(headings).toEqual([
      { depth: 2, slug: '2012-battle', text: '2012 Battle' },
      { depth: 3, slug: 'major-fighting', text: 'Major fighting' },
    ]);
    expect(html).toContain('<h3 id="major-fighting">Major fighting<a class="heading-anchor" href="#major-fighting"');
  });

  it('drops headings of empty sections, like the dataset’s bare References', async () => {
    const { headings } = await renderMarkdown('## Background\nText.\n\n## Aftermath\n\n### Empty\n\n## References\n');
    expect(headings.map((heading) => heading.text)).toEqual(['Background']);
  });

  it('never lets scripts, handlers, javascript: URLs or iframes through', async () => {
    const raw = readFileSync(new URL('../../fixtures/articles/hostile-html.md', import.meta.url), 'utf8');
    const { html } = await renderMarkdown(parseArticleFile(raw, 'hostile-html.md').body);
    expect(html).not.toMatch(/<script|<iframe|\son\w+=|javascript:|style=/i);
    expect(html).toContain('a bad link');
  });

  it('demotes a body h1 so the title stays the only one, its subsections below it', async () => {
    const { html, headings } = await renderMarkdown('# Title again\nText.\n\n## Part\nMore.');
    expect(html).not.toContain('<h1');
    expect(headings.map((heading) => heading.depth)).toEqual([2, 3]);
  });

  it('raises a post whose sections are all ### to the level of the sections the page adds (h2)', async () => {
    const { headings } = await renderMarkdown('Lead.\n\n### What happened?\nText.\n\n#### Detail\nMore.\n\n### What now?\nText.');
    expect(headings.map((heading) => [heading.depth, heading.text])).toEqual([
      [2, 'What happened?'],
      [3, 'Detail'],
      [2, 'What now?'],
    ]);
  });
});

describe('renderMarkdown: remote pictures', () => {
  it('keeps pictures from hosts the CSP allows, lazily loaded', async () => {
    const { html } = await renderMarkdown('![Map](https://wikipedia.org/wiki/Special:Redirect/file/Map.png?)\n');
    // As a thumbnail, captioned (see proseImages.test.ts).
    expect(html).toContain('<img src="https://wikipedia.org/wiki/Special:Redirect/file/Map.png?width=640" alt="" loading="lazy"');
    expect(html).toContain('<figcaption>Map</figcaption>');
  });

  it('turns a picture from another host into a link, which the CSP would otherwise block', async () => {
    const { html } = await renderMarkdown('![](https://user-images.example.com/clip.mp4)\n');
    expect(html).not.toContain('<img');
    // A clip with no alt text is called what it is, not by its file name (a long hash in the dataset's reports).
    expect(html).toContain('<a href="https://user-images.example.com/clip.mp4" class="external-media">External media: video</a>');
    expect((await renderMarkdown('![](https://pictures.example.com/kharkiv-map.png)\n')).html).toContain('External media: kharkiv-map.png');
  });
});
