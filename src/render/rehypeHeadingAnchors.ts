import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';

/**
 * Adds a visible `#` link to every heading that has an id (from rehype-slug), so a reader can copy
 * a link to any section. The link is labelled for screen readers, and the heading text stays plain.
 */
export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName)) return;
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        // Pagefind leaves the '#' out of the search index and its excerpts.
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to section “${toString(node)}”`, dataPagefindIgnore: '' },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
