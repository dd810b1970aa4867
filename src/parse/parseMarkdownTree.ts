import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { embedVideoShortcodes } from './videoShortcodes.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The markdown syntax tree of an article body (CommonMark + GFM). Parsed once per article:
 * timeline extraction reads it and rendering turns it into HTML.
 */
export function parseMarkdownTree(markdown: string): Root {
  const tree = parser.parse(markdown);
  embedVideoShortcodes(tree);
  return tree;
}
