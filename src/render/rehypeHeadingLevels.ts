import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/**
 * Shifts the body's headings so its shallowest is an `<h2>`: the page's only `<h1>` is the title,
 * and the sections the page adds after the prose (Map, Timeline) are `<h2>`s. A post whose
 * sections are all `###` would otherwise sit a level below them, leaving a gap in the outline and
 * an indented run in the contents; a `#` section keeps its `##` subsections below it.
 */
export default function rehypeHeadingLevels() {
  return (tree: Root) => {
    const headings: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName)) headings.push(node);
    });
    const shift = 2 - Math.min(...headings.map(depth));
    if (headings.length === 0 || shift === 0) return;
    for (const heading of headings) heading.tagName = `h${Math.min(6, depth(heading) + shift)}`;
  };
}

function depth(heading: Element): number {
  return Number(HEADING.exec(heading.tagName)?.[1]);
}
