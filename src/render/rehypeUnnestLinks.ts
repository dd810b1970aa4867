import type { Element, ElementContent, Root } from 'hast';

/**
 * A link inside a link is not HTML (browsers split them unpredictably, and validators refuse
 * them). Whatever put it there (an author's raw HTML, a linked picture, our own date links), the
 * inner link gives way to its text: the outer link is the one the author wrote first.
 */
export default function rehypeUnnestLinks() {
  const walk = (parent: Root | Element, inLink: boolean): void => {
    parent.children = parent.children.flatMap((child) => {
      if (child.type !== 'element') return [child];
      if (inLink && child.tagName === 'a') {
        walk(child, true);
        return child.children;
      }
      walk(child, inLink || child.tagName === 'a');
      return [child];
    }) as typeof parent.children;
  };
  return (tree: Root) => walk(tree, false);
}
