import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Pictures in the prose from hosts the site's Content-Security-Policy does not allow (a video
 * embedded as an image, a picture on some other site) would only show as a blocked, broken box
 * and a console error; they become a link to the file instead, labelled with their alt text.
 */
export default function rehypeExternalImages(isAllowed: (url: string) => boolean) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = node.properties['src'];
      if (typeof src !== 'string' || isAllowed(src)) return;
      const alt = typeof node.properties['alt'] === 'string' && node.properties['alt'].trim() ? node.properties['alt'].trim() : fileName(src);
      parent.children[index] = {
        type: 'element',
        tagName: 'a',
        properties: { href: src, className: ['external-media'] },
        children: [{ type: 'text', value: `External media: ${alt}` }],
      };
    });
  };
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}
