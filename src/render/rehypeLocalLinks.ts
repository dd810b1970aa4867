import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { localHref, type LocalTargets } from './localLinks.ts';

/**
 * Sends links to Wikipedia articles that the site itself has to the site's page (and anchor),
 * so a reader stays on the site. Every other link is left as it is; CSS marks links that leave.
 */
export default function rehypeLocalLinks(targets: LocalTargets) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const local = localHref(href, targets);
      if (local) node.properties['href'] = local;
    });
  };
}
