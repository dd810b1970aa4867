/** Text goes in as text: the render-stage rules hostile articles once broke (issue 13). */
import { describe, expect, it } from 'vitest';
import { isAllowedImageUrl } from '../../../src/deploy/contentSecurityPolicy.ts';
import { htmlDatetime } from '../../../src/model/htmlDatetime.ts';
import { wikipediaUrl } from '../../../src/model/richText.ts';
import { renderMarkdown } from '../../../src/render/renderMarkdown.ts';

describe('rendering hostile prose', () => {
  it('keeps the page’s own ids and underscored globals from headings', async () => {
    const { headings } = await renderMarkdown(
      ['Main', 'Map', 'Timeline', 'Map', '__pwned', 'Article body', 'Background'].map((heading) => `## ${heading}\n\nText.`).join('\n\n'),
    );
    expect(headings.map((heading) => heading.slug)).toEqual(['main-1', 'map-1', 'timeline-1', 'map-2', 'section__pwned', 'article-body-1', 'background']);
  });

  it('never nests a link in a link', async () => {
    const { html } = await renderMarkdown(
      '[![thumb](https://evil.example/t.png)](https://example.org/) <a href="https://example.org/a">x <span><a href="https://example.org/b">y</a></span></a>',
    );
    expect(html).not.toMatch(/<a\b[^>]*>(?:(?!<\/a>).)*<a\b/s);
    expect(html).toContain('External media: thumb');
  });

  it('turns pictures from refused hosts into links, however the URL is spelled', async () => {
    const { html } = await renderMarkdown('![a](//evil.example/a.png) ![b](HTTPS://EVIL.example/b.png) ![c](  https://evil.example/c.png)');
    // `HTTPS://` is not a protocol the sanitiser's allow-list spells that way: it drops the src.
    expect(html).not.toMatch(/<img[^>]*\ssrc=/);
    expect(html.match(/class="external-media"/g)).toHaveLength(2);
  });

  it('drops <picture> sources from refused hosts, keeping the allowed <img>', async () => {
    const { html } = await renderMarkdown(
      '<picture><source srcset="https://evil.example/a.webp 1x"><source srcset="https://upload.wikimedia.org/b.webp"><img src="https://upload.wikimedia.org/x.png" alt="x"></picture>',
    );
    expect(html).not.toContain('evil.example');
    expect(html).toContain('srcset="https://upload.wikimedia.org/b.webp"');
    expect(html).toContain('<img src="https://upload.wikimedia.org/x.png"');
  });
});

describe('URLs and dates from content', () => {
  it('allows pictures only from the site and the policy’s hosts', () => {
    for (const url of ['images/a.png', '/a.png', 'data:image/png;base64,AA', 'https://upload.wikimedia.org/x.png', 'HTTPS://UPLOAD.WIKIMEDIA.ORG/x.png'])
      expect(isAllowedImageUrl(url), url).toBe(true);
    for (const url of [
      '//evil.example/a.png',
      'https:evil.example/a.png',
      ' https://evil.example/a.png',
      '\\\\evil.example/a.png',
      'http://upload.wikimedia.org/x.png',
      'javascript:alert(1)',
    ])
      expect(isAllowedImageUrl(url), url).toBe(false);
  });

  it('keeps Wikipedia links inside /wiki/', () => {
    expect(wikipediaUrl('../../../evil')).toBe('https://en.wikipedia.org/wiki/..%2F..%2F..%2Fevil');
    expect(wikipediaUrl('AC/DC')).toBe('https://en.wikipedia.org/wiki/AC/DC');
    for (const page of ['..', '.', 'a/../../b']) expect(new URL(wikipediaUrl(page)).pathname.startsWith('/wiki/'), page).toBe(true);
    expect(new URL(wikipediaUrl('../../../evil')).pathname.startsWith('/wiki/')).toBe(true);
    expect(wikipediaUrl('"><img src=x>')).toBe('https://en.wikipedia.org/wiki/%22%3E%3Cimg_src%3Dx%3E');
  });

  it('gives <time> a datetime only where HTML can say it', () => {
    expect(htmlDatetime('2012-02-10')).toBe('2012-02-10');
    expect(htmlDatetime('+12000')).toBe('12000');
    expect(htmlDatetime('-0051')).toBeUndefined();
    expect(htmlDatetime('0000')).toBeUndefined();
  });
});
