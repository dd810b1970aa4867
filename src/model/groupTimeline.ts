import type { TimelineEvent } from '../timeline/types.ts';

/** Events of one phase of the story: one section of the article, in the article's order. */
export interface TimelineGroup<T extends TimelineEvent = TimelineEvent> {
  heading: string;
  sectionId: string;
  events: T[];
}

/**
 * Groups events under the article's sections (its phases), keeping document order; consecutive
 * events of the same section form one group. The lead's events go under "Overview".
 */
export function groupTimeline<T extends TimelineEvent>(events: readonly T[]): TimelineGroup<T>[] {
  const groups: TimelineGroup<T>[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && last.sectionId === event.sectionId) last.events.push(event);
    else groups.push({ heading: event.section || 'Overview', sectionId: event.sectionId, events: [event] });
  }
  return groups;
}
