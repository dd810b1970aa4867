import type { Element, Root, RootContent } from 'hast';

/**
 * A link inside a link is not HTML (browsers split them unpredictably, and validators refuse
 * them). Whatever put it there (an author's raw HTML, a linked picture, our own date links), the
 * inner link gives way to its text: the outer link is the one the author wrote first.
 */
export default function rehypeUnnestLinks() {
  const walk = (parent: Root | Element, inLink: boolean): void => {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type !== 'element') {
        children.push(child);
        continue;
      }
      walk(child, inLink || child.tagName === 'a');
      if (inLink && child.tagName === 'a') children.push(...child.children);
      else children.push(child);
    }
    parent.children = children as typeof parent.children;
  };
  return (tree: Root) => walk(tree, false);
}
