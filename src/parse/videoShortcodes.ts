import type { Image, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

// `{{video}}`, the file's URL, `{{/video}}`, each on its own line inside a paragraph of prose.
const SHORTCODE = /\{\{video\}\}\s*(\S+?)\s*\{\{\/video\}\}/g;
const OPEN = '{{video}}';

/**
 * Video reports embed their clips with a `{{video}}` shortcode that markdown does not know, so the reader saw the
 * braces and a bare URL. Each becomes an image node of the clip, alt "video", which the page shows as a link to it
 * (no CSP lets a remote clip play here) and the timeline's prose text drops, as it drops pictures; the line breaks
 * around it stay, so the sentences before and after are the same sentences.
 */
export function embedVideoShortcodes(tree: Root): void {
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    if (!paragraph.children.some((child) => child.type === 'text' && child.value.includes(OPEN))) return;
    paragraph.children = replaceShortcodes(paragraph.children);
  });
}

/**
 * GFM turns the URL into a link node between two text nodes, so the shortcode is read on the paragraph's phrasing
 * flattened to text, with each link's URL standing for it; anything else in the run (emphasis, code) leaves it as is.
 */
function replaceShortcodes(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let index = 0;
  while (index < children.length) {
    const child = children[index] as PhrasingContent;
    const open = child.type === 'text' ? child.value.indexOf(OPEN) : -1;
    if (child.type !== 'text' || open < 0) {
      out.push(child);
      index += 1;
      continue;
    }
    const run = shortcodeRun(children, index, open);
    if (run === undefined) {
      out.push(child);
      index += 1;
      continue;
    }
    if (run.before !== '') out.push({ type: 'text', value: run.before });
    out.push(run.image);
    index = run.nextIndex;
    // What follows the closing tag is read again, for a second shortcode in the same paragraph.
    if (run.after !== '') children.splice(index, 0, { type: 'text', value: run.after });
  }
  return out;
}

interface ShortcodeRun {
  readonly before: string;
  readonly image: Image;
  readonly after: string;
  readonly nextIndex: number;
}

function shortcodeRun(children: readonly PhrasingContent[], start: number, open: number): ShortcodeRun | undefined {
  let flat = '';
  for (let index = start; index < children.length && index < start + 3; index += 1) {
    const child = children[index] as PhrasingContent;
    if (child.type === 'text') flat += index === start ? child.value.slice(open) : child.value;
    else if (child.type === 'link') flat += child.url;
    else return undefined;
    SHORTCODE.lastIndex = 0;
    const match = SHORTCODE.exec(flat);
    if (match === null || match.index !== 0) continue;
    const first = children[start];
    const before = first?.type === 'text' ? first.value.slice(0, open) : '';
    const image: Image = { type: 'image', url: match[1] ?? '', alt: 'video', title: null };
    return { before, image, after: flat.slice(match[0].length), nextIndex: index + 1 };
  }
  return undefined;
}
