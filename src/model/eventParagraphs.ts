import type { Root } from 'mdast';
import { extractProseBlocks } from '../timeline/proseBlocks.ts';

/**
 * The paragraph each event's sentence stands in, for the context an event page shows; undefined
 * where the sentence is not found whole in one paragraph. Events are in document order, so the
 * search moves forward and each paragraph is read once.
 */
export function eventParagraphs(tree: Root, events: readonly { text: string; sectionId: string }[]): (string | undefined)[] {
  // A news post's event may stand in a block quote it tells as its own text; other events are
  // never in a quote, and each is looked for in its own section first, so reading quotes costs none.
  const blocks = extractProseBlocks(tree, { thirdPersonQuotes: true });
  let from = 0;
  return events.map((event) => {
    const at = blocks.findIndex((block, index) => index >= from && block.sectionId === event.sectionId && block.text.includes(event.text));
    const found = at >= 0 ? at : blocks.findIndex((block) => block.text.includes(event.text));
    if (found < 0) return undefined;
    if (at >= 0) from = at;
    return blocks[found]?.text.trim();
  });
}
