import type { Element, ElementContent, Root, RootContent } from 'hast';

const HEADING = /^h([2-6])$/;

/**
 * Wraps each top-level section of the prose (its shallowest heading and everything up to the next
 * one) in `<details class="fold" data-fold open>`, the heading as its `<summary>`. Open in the
 * HTML, so the page reads whole without CSS, without JavaScript and in print; on phones the
 * page's script folds them (src/client/foldSections.ts). The heading's `#` link moves out of the
 * summary, before it, in a `<div class="fold-section">`: a link inside a toggle is a control
 * inside a control. Content before the first such heading (the lead) is left as it is.
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

function isAnchor(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'a' && String(node.properties['className'] ?? '').includes('heading-anchor');
}

function fold(heading: Element, body: ElementContent[]): Element {
  const anchors = heading.children.filter(isAnchor);
  const title: Element = { ...heading, children: heading.children.filter((child) => !isAnchor(child)) };
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['fold-section'] },
    children: [
      ...anchors,
      {
        type: 'element',
        tagName: 'details',
        properties: { className: ['fold'], dataFold: '', open: true },
        children: [
          { type: 'element', tagName: 'summary', properties: {}, children: [title] },
          { type: 'element', tagName: 'div', properties: { className: ['fold-body'] }, children: body },
        ],
      },
    ],
  };
}
