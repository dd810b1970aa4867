import type { Element, ElementContent, Root, RootContent } from 'hast';

const HEADING = /^h([2-6])$/;

/**
 * Wraps each top-level section of the prose (its shallowest heading and everything up to the next
 * one) in `<details class="fold" data-fold open>`, the heading as its `<summary>`. Open in the
 * HTML, so the page reads whole without CSS, without JavaScript and in print; on phones the
 * page's script folds them (src/client/foldSections.ts). Content before the first such heading
 * (the lead) is left as it is.
 */
export default function rehypeFoldSections() {
  return (tree: Root) => {
    const depths = tree.children.flatMap((node) => (node.type === 'element' ? [headingDepth(node)] : [])).filter((depth) => depth > 0);
    if (depths.length === 0) return;
    const top = Math.min(...depths);
    const children: RootContent[] = [];
    let body: ElementContent[] | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && headingDepth(node) === top) {
        body = [];
        children.push(fold(node, body));
      } else if (body && node.type !== 'doctype') body.push(node);
      else children.push(node);
    }
    tree.children = children;
  };
}

function headingDepth(node: Element): number {
  return Number(HEADING.exec(node.tagName)?.[1] ?? 0);
}

function fold(heading: Element, body: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'details',
    properties: { className: ['fold'], dataFold: '', open: true },
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: [heading] },
      { type: 'element', tagName: 'div', properties: { className: ['fold-body'] }, children: body },
    ],
  };
}
