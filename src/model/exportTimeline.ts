import type { TimelineEvent } from '../timeline/types.ts';
import type { ArticleEvent } from './types.ts';

/**
 * The timeline as published (`timeline.json`, `npm run timeline`): the extraction's event model
 * with its places, without the page-only anchor of the sentence.
 */
export function exportTimeline(events: readonly ArticleEvent[]): TimelineEvent[] {
  return events.map(({ contextId: _pageOnly, ...event }) => event);
}
