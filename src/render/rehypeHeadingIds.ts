import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingSlugger } from '../parse/headingSlugger.ts';

/**
 * Gives every heading without an id one made from its text, as rehype-slug does, but with
 * {@link headingSlugger}: ids the page reserves, and underscored globals, cannot be taken.
 */
export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = headingSlugger();
    visit(tree, 'element', (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName) && !node.properties['id']) node.properties['id'] = slugger.slug(toString(node));
    });
  };
}
