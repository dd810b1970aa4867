import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * The phrases an article sets in italics, lowercased: Wikipedia italicises the names of ships
 * (*Moskva*), newspapers, books and operations, which are no places even when a town shares
 * the name. Capped, as every per-article list is, so a file of emphasis costs no more than its size.
 */
export function emphasisedPhrases(tree: Root, limit = 10_000): Set<string> {
  const phrases = new Set<string>();
  visit(tree, 'emphasis', (node) => {
    if (phrases.size >= limit) return false;
    const text = plainText(node).replace(/\s+/g, ' ').trim().toLowerCase();
    if (text.length > 0 && text.length <= 80) phrases.add(text);
    return 'skip';
  });
  return phrases;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}
