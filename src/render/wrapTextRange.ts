import type { Element, ElementContent, Parents, Text } from 'hast';

/** A text node with its place in the plain text of a block. */
interface TextSpan {
  node: Text;
  parent: Parents;
  start: number;
  /** Whether a link already contains it (a second `<a>` inside would be invalid HTML). */
  inLink: boolean;
}

/** The text nodes of a block in reading order, with offsets into `toString(block)`. */
export function textSpans(block: Element): TextSpan[] {
  const spans: TextSpan[] = [];
  let offset = 0;
  const walk = (parent: Parents, inLink: boolean) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        spans.push({ node: child, parent, start: offset, inLink });
        offset += child.value.length;
      } else if (child.type === 'element') {
        walk(child, inLink || child.tagName === 'a');
      }
    }
  };
  walk(block, false);
  return spans;
}

/**
 * Wraps the characters `[start, end)` of a block's plain text in elements made by `wrap`, one
 * per text node the range touches (a sentence may run through a link or bold words, and
 * elements cannot overlap). Returns the wrappers in order; the caller marks the first one.
 * Pass fresh `textSpans` for each call: wrapping changes the tree.
 */
export function wrapTextRange(spans: TextSpan[], start: number, end: number, wrap: (inLink: boolean) => Element | undefined): Element[] {
  const wrappers: Element[] = [];
  for (const span of spans) {
    const from = Math.max(start, span.start);
    const to = Math.min(end, span.start + span.node.value.length);
    if (from >= to) continue;
    const wrapper = wrap(span.inLink);
    if (!wrapper) continue;
    const text = span.node.value;
    const pieces: ElementContent[] = [];
    const before = text.slice(0, from - span.start);
    const inside = text.slice(from - span.start, to - span.start);
    const after = text.slice(to - span.start);
    if (before) pieces.push({ type: 'text', value: before });
    wrapper.children = [{ type: 'text', value: inside }];
    pieces.push(wrapper);
    if (after) pieces.push({ type: 'text', value: after });
    const index = span.parent.children.indexOf(span.node);
    span.parent.children.splice(index, 1, ...(pieces as typeof span.parent.children));
    wrappers.push(wrapper);
  }
  return wrappers;
}
