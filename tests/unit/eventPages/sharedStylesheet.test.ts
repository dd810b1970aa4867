import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shareStylesheet } from '../../../src/eventPages/sharedStylesheet.ts';

const sha = (text: string) => `&#39;sha256-${createHash('sha256').update(text).digest('base64')}&#39;`;
const A = 'body{margin:0}';
const B = '.event-page{color:red}';
const SCRIPT = 'console.log(1)';

// Astro lists the hashes of every style of the site, whether the page has it or not.
function page(styles: string[]): string {
  const policy = `default-src &#39;self&#39;; script-src &#39;self&#39; ${sha(SCRIPT)}; style-src &#39;self&#39; ${[A, B].map(sha).join(' ')} ${sha('kept{}')};`;
  return (
    `<html><head><meta http-equiv="content-security-policy" content="${policy}">` +
    styles.map((css) => `<style>${css}</style>`).join('') +
    // Not Astro's: a style with attributes stays where it is.
    '<style media="print">kept{}</style>' +
    `<script>${SCRIPT}</script></head><body><p>x</p></body></html>`
  );
}

describe('shareStylesheet', () => {
  it('moves every inline style into one file named by its content, linked where the first stood', () => {
    const shared = shareStylesheet(page([A, B]), '/sub/');
    expect(shared?.css).toBe(`${A}\n${B}`);
    expect(shared?.path).toMatch(/^_astro\/event-page\.[\w-]{10}\.css$/);
    expect(shared?.html).toContain(`<link rel="stylesheet" href="/sub/${shared?.path}"><style media="print">`);
    expect(shared?.html).not.toContain('<style>');
    expect(shared?.html).toContain('<style media="print">kept{}</style>');
    expect(shareStylesheet(page([A, B]), '/')?.path).toBe(shared?.path);
    expect(shareStylesheet(page([A]), '/')?.path).not.toBe(shared?.path);
  });

  it('keeps in the page’s policy only the hashes of styles still on the page', () => {
    const html = shareStylesheet(page([A]), '/')?.html ?? '';
    expect(html).not.toContain(sha(A));
    expect(html).not.toContain(sha(B));
    expect(html).toContain(`style-src &#39;self&#39; ${sha('kept{}')};`);
    expect(html).toContain(`script-src &#39;self&#39; ${sha(SCRIPT)};`);
  });

  it('leaves a page without inline style alone', () => {
    expect(shareStylesheet('<html><head></head><body></body></html>', '/')).toBeUndefined();
  });
});
