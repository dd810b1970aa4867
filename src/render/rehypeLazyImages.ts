import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Images in the prose load lazily and never block reading; remote ones fail quietly offline. */
export default function rehypeLazyImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      node.properties['loading'] = 'lazy';
      node.properties['decoding'] = 'async';
    });
  };
}
