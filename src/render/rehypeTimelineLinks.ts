import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { TimelineEvent } from '../timeline/types.ts';
import { textSpans, wrapTextRange } from './wrapTextRange.ts';

/** The id of the prose sentence that gave an event, keyed by event id. */
export type ContextIds = Map<string, string>;

/**
 * Links the prose and the timeline both ways, in the static HTML: the sentence that gave an event
 * is wrapped in a span with its own anchor (`context-<event id>`), and its date words link to the
 * event. Events of one sentence share its anchor. Fills `contextIds` for the events it placed.
 */
export default function rehypeTimelineLinks(events: readonly TimelineEvent[], contextIds: ContextIds) {
  return (tree: Root) => {
    const blocks: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'p' || node.tagName === 'li') {
        blocks.push(node);
        return 'skip';
      }
      return undefined;
    });
    let blockIndex = 0;
    let searchFrom = 0;
    let previous: { text: string; contextId: string; start: number } | undefined;
    for (const event of events) {
      if (previous && previous.text === event.text) {
        contextIds.set(event.id, previous.contextId);
        linkDate(blocks[blockIndex], event, previous.start);
        continue;
      }
      const found = findSentence(blocks, event.text, blockIndex, searchFrom);
      if (!found) continue;
      [blockIndex, searchFrom] = [found.block, found.at + event.text.length];
      const block = blocks[found.block];
      if (!block) continue;
      const contextId = `context-${event.id}`;
      const wrappers = wrapTextRange(textSpans(block), found.at, found.at + event.text.length, () => ({
        type: 'element',
        tagName: 'span',
        properties: { className: ['event-source'], dataEvent: event.id },
        children: [],
      }));
      const first = wrappers[0];
      if (!first) continue;
      first.properties['id'] = contextId;
      contextIds.set(event.id, contextId);
      previous = { text: event.text, contextId, start: found.at };
      linkDate(block, event, found.at);
    }
  };
}

function findSentence(blocks: Element[], text: string, fromBlock: number, fromOffset: number): { block: number; at: number } | undefined {
  for (let index = fromBlock; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block) continue;
    const at = toString(block).indexOf(text, index === fromBlock ? fromOffset : 0);
    if (at >= 0) return { block: index, at };
  }
  // Extraction and rendering disagree about this sentence (rare markup): search from the top.
  for (let index = 0; index < fromBlock; index++) {
    const block = blocks[index];
    const at = block ? toString(block).indexOf(text) : -1;
    if (at >= 0) return { block: index, at };
  }
  return undefined;
}

/** Turns the event's date words inside its sentence into a link to the event. */
function linkDate(block: Element | undefined, event: TimelineEvent, sentenceStart: number): void {
  if (!block || !event.dateText) return;
  const offset = event.text.indexOf(event.dateText);
  if (offset < 0) return;
  const start = sentenceStart + offset;
  wrapTextRange(textSpans(block), start, start + event.dateText.length, (inLink) =>
    inLink ? undefined : { type: 'element', tagName: 'a', properties: { className: ['event-date'], href: `#${event.id}` }, children: [] },
  );
}
