import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/render/renderMarkdown.ts';
import { thumbnailUrl } from '../../../src/render/rehypeImageThumbnails.ts';

const FILE = 'https://wikipedia.org/wiki/Special:Redirect/file/Map_of_Ukraine.png?';

describe('pictures that open a paragraph become figures before it', () => {
  it('captions the picture with its alt text and keeps the paragraph text clean', async () => {
    const { html } = await renderMarkdown(`![Map of Ukraine](${FILE})\nAfter the Soviet Union dissolved in 1991, Ukraine left.`);
    expect(html).toContain(
      '<figure class="prose-figure" data-remote-image><img src="https://wikipedia.org/wiki/Special:Redirect/file/Map_of_Ukraine.png?width=640" alt=""',
    );
    expect(html).toContain('<figcaption>Map of Ukraine</figcaption></figure>');
    expect(html).toContain('<p>After the Soviet Union dissolved in 1991, Ukraine left.</p>');
  });

  it('makes a paragraph of pictures alone into figures only', async () => {
    const { html } = await renderMarkdown(`![One](${FILE})\n![Two](${FILE})\n\nText.`);
    expect(html.match(/<figure/g)).toHaveLength(2);
    expect(html).not.toMatch(/<p>\s*<\/p>/);
  });

  it('leaves a picture inside a sentence where it is, and a caption is text, never markup', async () => {
    const inline = await renderMarkdown(`Text before ![icon](${FILE}) after.`);
    expect(inline.html).not.toContain('<figure');
    const hostile = await renderMarkdown(`![<b>bold</b> & "quoted"](${FILE})\nText.`);
    expect(hostile.html).toContain('<figcaption>&#x3C;b>bold&#x3C;/b> &#x26; "quoted"</figcaption>');
  });
});

describe('thumbnailUrl', () => {
  it("asks Wikipedia's file redirect for a thumbnail, and leaves every other URL alone", () => {
    expect(thumbnailUrl(FILE)).toBe('https://wikipedia.org/wiki/Special:Redirect/file/Map_of_Ukraine.png?width=640');
    expect(thumbnailUrl('https://en.wikipedia.org/wiki/Special:Redirect/file/A.jpg')).toBe(
      'https://en.wikipedia.org/wiki/Special:Redirect/file/A.jpg?width=640',
    );
    expect(thumbnailUrl('https://wikipedia.org/wiki/Special:Redirect/file/A.jpg?width=200')).toBe(
      'https://wikipedia.org/wiki/Special:Redirect/file/A.jpg?width=200',
    );
    expect(thumbnailUrl('https://upload.wikimedia.org/wikipedia/commons/a/ab/A.jpg')).toBe('https://upload.wikimedia.org/wikipedia/commons/a/ab/A.jpg');
    expect(thumbnailUrl('https://wikipedia.org.evil.example/wiki/Special:Redirect/file/A.jpg')).toBe(
      'https://wikipedia.org.evil.example/wiki/Special:Redirect/file/A.jpg',
    );
    expect(thumbnailUrl('not a url')).toBe('not a url');
  });
});
