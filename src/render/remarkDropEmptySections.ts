import type { Root } from 'mdast';

/**
 * Removes headings whose section holds nothing (the dataset keeps Wikipedia's "References"
 * heading but not the references), so the table of contents never points at an empty section.
 * A heading counts as empty when the next block is a heading of the same or a higher level, or
 * the end of the document.
 */
export default function remarkDropEmptySections() {
  return (tree: Root) => {
    const kept = tree.children.filter((node, index) => {
      if (node.type !== 'heading') return true;
      const next = tree.children.slice(index + 1).find((sibling) => sibling.type !== 'html');
      return next !== undefined && !(next.type === 'heading' && next.depth <= node.depth);
    });
    // One pass can leave a parent heading empty (`## Aftermath` whose only child was empty).
    if (kept.length !== tree.children.length) {
      tree.children = kept;
      remarkDropEmptySections()(tree);
    }
  };
}
