/**
 * Markdown → the prose blocks a timeline reads: paragraphs and list items with
 * the headings above them. Headings, images, embedded clips, tables, block quotes and back
 * matter ("References", "See also"…) carry no events of the story, except a
 * news post's block quote of a reference's account (see `ProseOptions`).
 */
import type { Blockquote, Heading, Nodes, Root } from 'mdast';
import { headingSlugger } from '../parse/headingSlugger.ts';
import { parseMarkdownTree } from '../parse/parseMarkdownTree.ts';

/** One paragraph of prose and where it sits in the article. */
export interface ProseBlock {
  /** Plain text of the paragraph: emphasis and links reduced to their text, images dropped. */
  text: string;
  /** Text of every heading above the paragraph, outermost first ([] for the lead). */
  sectionPath: string[];
  /** Text of the deepest heading above the paragraph ("" for the lead). */
  section: string;
  /** The id rendering gives that heading ("" for the lead). */
  sectionId: string;
  /** The paragraph is an item of a list ("* 9 October: …"), which a day list dates by its opening date. */
  listItem?: true;
}

/** What a reader takes for prose besides paragraphs and list items. */
export interface ProseOptions {
  /**
   * Read block quotes in the third person: a news post quoting a reference's account of its story
   * ("Wikipedia sums up the deal's first year like this:") tells it as its own text (GUIDE.md). One in
   * the first person is a person's words, quoted speech, and stays out.
   */
  thirdPersonQuotes?: boolean;
}

/** "I", "we", "our", "us", "my", "me": a block quote speaking so is someone's words ("World War I" is no speaker). */
const FIRST_PERSON = /(?<!\bWar\s)\bI\b|\b(?:[Ww]e|[Oo]urs?|us|[Mm][ye])\b/;

/**
 * A paragraph that is only an embedded clip's address, bare or in an `{{audio}}` shortcode: it holds no prose, so a clip line's
 * day passes over it to what the clip shows. (A `{{video}}` shortcode is an image by now, `src/parse/videoShortcodes.ts`, and
 * dropped with the pictures.) Bounded: one address, no spaces in it.
 */
const MEDIA_EMBED = /^\s*(?:\{\{audio\}\}\s*\S{1,2000}\s*\{\{\/audio\}\}|https?:\/\/\S{1,2000})\s*$/;

/** Sections that list sources or links, not the story. Compared lowercased. */
const BACK_MATTER = new Set(['references', 'see also', 'notes', 'bibliography', 'external links', 'further reading', 'sources', 'citations', 'footnotes']);

interface OpenHeading {
  depth: number;
  text: string;
  id: string;
}

/**
 * Splits a markdown body into prose blocks in document order. Heading ids come
 * from one `headingSlugger` for the whole document, fed every heading in order,
 * which is exactly what rendering does, so `sectionId` matches the rendered page.
 */
export function extractProseBlocks(markdown: string | Root, options: ProseOptions = {}): ProseBlock[] {
  const tree = typeof markdown === 'string' ? parseMarkdownTree(markdown) : markdown;
  const slugger = headingSlugger();
  const open: OpenHeading[] = [];
  const blocks: ProseBlock[] = [];

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = headingText(node);
      while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= node.depth) open.pop();
      open.push({ depth: node.depth, text, id: slugger.slug(text) });
      continue;
    }
    // Headings nested in lists or quotes still take a slug when rendered.
    for (const heading of nestedHeadings(node)) slugger.slug(headingText(heading));
    if (open.some((heading) => BACK_MATTER.has(heading.text.trim().toLowerCase()))) continue;
    const deepest = open.at(-1);
    const paragraphs = node.type === 'blockquote' && options.thirdPersonQuotes === true ? thirdPersonParagraphs(node) : paragraphTexts(node);
    for (const { text, listItem } of paragraphs) {
      if (text.trim() === '' || MEDIA_EMBED.test(text)) continue;
      blocks.push({
        text,
        sectionPath: open.map((heading) => heading.text),
        section: deepest?.text ?? '',
        sectionId: deepest?.id ?? '',
        ...(listItem ? { listItem: true } : {}),
      });
    }
  }
  return blocks;
}

/** The text content rendering slugs: what hast-util-to-string would return for the `<hN>`. */
function headingText(heading: Heading): string {
  return plainText(heading);
}

function nestedHeadings(node: Nodes): Heading[] {
  if (!('children' in node)) return [];
  const found: Heading[] = [];
  for (const child of node.children) {
    if (child.type === 'heading') found.push(child);
    else found.push(...nestedHeadings(child));
  }
  return found;
}

/** Paragraphs of prose under a top-level node: itself, or the paragraphs of a (nested) list. */
function paragraphTexts(node: Nodes, listItem = false): { text: string; listItem: boolean }[] {
  if (node.type === 'paragraph') return [{ text: proseText(node.children), listItem }];
  if (node.type === 'list' || node.type === 'listItem') return node.children.flatMap((child) => paragraphTexts(child, true));
  return [];
}

/** A block quote's paragraphs, none if any of them speaks in the first person. */
function thirdPersonParagraphs(quote: Blockquote): { text: string; listItem: boolean }[] {
  const paragraphs = quote.children.flatMap((child) => paragraphTexts(child));
  return paragraphs.some(({ text }) => FIRST_PERSON.test(text)) ? [] : paragraphs;
}

/** How many nodes a citation mark may span between its `<sup>` and `</sup>`: "[", a link, "]". */
const CITATION_NODES = 4;
/** What a citation mark reads as: "[2]", "[a]", "[note 3]", "[citation needed]". */
const CITATION_TEXT = /^\s*\[[^\[\]]{1,24}\]\s*$/;

/** The end of a sentence, so far: a citation mark after it would begin the next one. */
const SENTENCE_END = /[.!?]["'”’)]{0,3}$/;
const SENTENCE_END_LENGTH = 4;

/**
 * A paragraph's plain text without the citation marks copied with Wikipedia text after a
 * sentence (`.<sup>[\[2\]][1]</sup> The`): they are not prose, and their "[2]" would start the
 * next sentence. A mark inside a sentence stays: the sentence must read as the page shows it.
 */
function proseText(children: readonly Nodes[]): string {
  let text = '';
  for (let index = 0; index < children.length; index += 1) {
    const close = citationEnd(children, index);
    // Only the last characters: testing the whole text at every mark would be quadratic.
    if (close !== undefined && SENTENCE_END.test(text.slice(-SENTENCE_END_LENGTH))) index = close;
    else text += plainText(children[index] as Nodes);
  }
  return text;
}

/** The index of the `</sup>` closing a citation mark opened at `index`, if one is. */
function citationEnd(children: readonly Nodes[], index: number): number | undefined {
  const open = children[index];
  if (open?.type !== 'html' || !/^<sup\b[^>]*>$/i.test(open.value)) return undefined;
  const last = Math.min(children.length - 1, index + CITATION_NODES);
  for (let close = index + 1; close <= last; close += 1) {
    const node = children[close];
    if (node?.type !== 'html') continue;
    if (!/^<\/sup>$/i.test(node.value)) return undefined;
    const mark = children.slice(index + 1, close).map(plainText);
    return CITATION_TEXT.test(mark.join('')) ? close : undefined;
  }
  return undefined;
}

/**
 * Plain text of inline content as the rendered HTML shows it: link and emphasis
 * text kept, images, raw HTML and footnote markers dropped (they render as no
 * text or as citation numbers, which are not prose).
 */
function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => plainText(child)).join('') : '';
  }
}
