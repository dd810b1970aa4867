import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from '../../../src/parse/parseMarkdownTree.ts';
import { extractProseBlocks } from '../../../src/timeline/proseBlocks.ts';
import { renderMarkdown } from '../../../src/render/renderMarkdown.ts';

const CLIP = 'https://user-images.example.com/34960418/1597-clip.mp4';
const report = `The column entered the village on 27 February.\n{{video}}\n${CLIP}\n{{/video}}\nTwo days later it was gone.\n`;

describe('video shortcodes', () => {
  it('become a clip of the paragraph, so the prose text keeps its sentences and loses the braces and the URL', () => {
    const [block] = extractProseBlocks(parseMarkdownTree(report));
    expect(block?.text).not.toContain('{{');
    expect(block?.text).not.toContain(CLIP);
    expect(block?.text.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'The column entered the village on 27 February.',
      'Two days later it was gone.',
    ]);
  });

  it('show on the page as a link to the clip, never as braces', async () => {
    const { html } = await renderMarkdown(report);
    expect(html).not.toContain('{{');
    expect(html).toContain(`<a href="${CLIP}" class="external-media">External media: video</a>`);
  });

  it('read each of several in one paragraph, and a clip alone in its paragraph', async () => {
    const two = `{{video}}\n${CLIP}\n{{/video}}\nBetween them.\n{{video}}\nhttps://user-images.example.com/2.mp4\n{{/video}}\n\n{{video}}\n${CLIP}?x=1\n{{/video}}\n`;
    const { html } = await renderMarkdown(two);
    expect(html).not.toContain('{{');
    expect(html.match(/External media: video/g)).toHaveLength(3);
    expect(html).toContain('Between them.');
  });

  it('leave an unclosed shortcode as the text it is', () => {
    const [block] = extractProseBlocks(parseMarkdownTree(`{{video}}\n${CLIP}\nNo closing tag.\n`));
    expect(block?.text).toContain('{{video}}');
  });
});
