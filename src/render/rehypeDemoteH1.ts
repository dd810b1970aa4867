import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The page's only `<h1>` is the article title, so a `#` heading in the body becomes an `<h2>`. */
export default function rehypeDemoteH1() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}
