import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * The dataset puts pictures at the start of a paragraph (`![Alt](url)` then the text), where an
 * inline image sits inside the first line and, when it cannot load (offline, blocked), its alt
 * text runs into the sentence. Those leading pictures become figures before their paragraph: a
 * box of fixed shape (no layout shift when the picture arrives), captioned with the alt text,
 * which the image then need not repeat to a screen reader. Pictures inside a sentence stay.
 */
export default function rehypeProseFigures() {
  return (tree: Root) => {
    const visit = (parent: Root | Element): void => {
      const children: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'element' && child.tagName === 'p') {
          const { figures, rest } = splitLeadingImages(child);
          children.push(...figures);
          if (rest.some((node) => !isBlank(node))) children.push({ ...child, children: rest });
          continue;
        }
        if (child.type === 'element') visit(child);
        children.push(child);
      }
      parent.children = children as typeof parent.children;
    };
    visit(tree);
  };
}

function splitLeadingImages(paragraph: Element): { figures: Element[]; rest: ElementContent[] } {
  const figures: Element[] = [];
  let index = 0;
  for (; index < paragraph.children.length; index++) {
    const node = paragraph.children[index];
    if (node === undefined || isBlank(node)) continue;
    if (node.type !== 'element' || node.tagName !== 'img') break;
    figures.push(figure(node));
  }
  if (figures.length === 0) return { figures, rest: paragraph.children };
  const rest = paragraph.children.slice(index);
  // The paragraph's text now starts where the picture was: without the blank line between them.
  const first = rest[0];
  if (first?.type === 'text') rest[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  return { figures, rest };
}

function figure(img: Element): Element {
  const alt = typeof img.properties['alt'] === 'string' ? img.properties['alt'].trim() : '';
  const picture: Element = { ...img, properties: { ...img.properties, alt: alt ? '' : img.properties['alt'] } };
  const caption: Element[] = alt ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: alt }] }] : [];
  // A remote picture may fail (offline, blocked): the page's image fallback then empties its box.
  const remote = typeof img.properties['src'] === 'string' && /^(?:https?:)?\/\//i.test(img.properties['src']);
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['prose-figure'], ...(remote ? { dataRemoteImage: true } : {}) },
    children: [picture, ...caption],
  };
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}
