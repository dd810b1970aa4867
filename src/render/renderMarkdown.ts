import { unified, type PluggableList } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Element, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { parseMarkdownTree } from '../parse/parseMarkdownTree.ts';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import remarkDropEmptySections from './remarkDropEmptySections.ts';
import rehypeHeadingLevels from './rehypeHeadingLevels.ts';
import rehypeHeadingAnchors from './rehypeHeadingAnchors.ts';
import rehypeHeadingIds from './rehypeHeadingIds.ts';
import rehypeUnnestLinks from './rehypeUnnestLinks.ts';
import rehypeLazyImages from './rehypeLazyImages.ts';
import rehypeExternalImages from './rehypeExternalImages.ts';
import rehypeImageThumbnails from './rehypeImageThumbnails.ts';
import rehypeProseFigures from './rehypeProseFigures.ts';
import rehypeFoldSections from './rehypeFoldSections.ts';
import { isAllowedImageUrl } from '../deploy/contentSecurityPolicy.ts';
import type { Heading } from '../model/types.ts';

/** The prose as safe HTML, with its headings for the table of contents. */
export interface RenderedProse {
  html: string;
  headings: Heading[];
}

/**
 * Renders an article body (its text, or the tree `parseMarkdownTree` made of it). Raw HTML is parsed and then sanitised (GitHub's schema: no scripts,
 * no `on*` attributes, no `javascript:` URLs, no iframes) *before* our own plugins add ids and
 * links, so what we add is trusted and what the author wrote is not. `annotate` runs on the
 * sanitised tree (the timeline uses it to link sentences and dates); sections are folded last.
 */
export async function renderMarkdown(body: string | MdastRoot, annotate: PluggableList = []): Promise<RenderedProse> {
  const headings: Heading[] = [];
  const processor = unified()
    .use(remarkDropEmptySections)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize)
    .use(rehypeHeadingLevels)
    .use(rehypeHeadingIds)
    .use(() => (tree: Root) => collectHeadings(tree, headings))
    .use(rehypeExternalImages, isAllowedImageUrl)
    .use(rehypeLazyImages)
    .use(rehypeImageThumbnails)
    .use(rehypeProseFigures)
    .use(annotate)
    .use(rehypeHeadingAnchors)
    .use(rehypeUnnestLinks)
    .use(rehypeFoldSections)
    .use(rehypeStringify);
  const tree = typeof body === 'string' ? parseMarkdownTree(body) : body;
  const html = processor.stringify(await processor.run(tree));
  return { html, headings };
}

function collectHeadings(tree: Root, headings: Heading[]): void {
  visit(tree, 'element', (node: Element) => {
    const depth = /^h([2-6])$/.exec(node.tagName)?.[1];
    const id = node.properties['id'];
    if (depth && typeof id === 'string') headings.push({ depth: Number(depth), slug: id, text: toString(node).trim() });
  });
}
