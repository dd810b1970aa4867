import type { TimelineEvent } from '../timeline/types.ts';

/**
 * The places each section of the article names, by the id of its heading ("" for the lead), as
 * its timeline events found them: what the companion map lights up while that section is read.
 */
export function sectionPlaces(events: readonly Pick<TimelineEvent, 'sectionId' | 'places'>[]): Record<string, string[]> {
  const sections: Record<string, string[]> = {};
  for (const event of events) {
    const names = (sections[event.sectionId] ??= []);
    for (const place of event.places ?? []) if (!names.includes(place)) names.push(place);
  }
  return sections;
}
