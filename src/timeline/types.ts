/**
 * The timeline model: what `extractTimeline` hands to the pages.
 * Plain data only, so the Astro layer and the tests can share it.
 */
import type { z } from 'astro/zod';
import type { precisionSchema, qualifierSchema, timelineEventSchema } from '../schemas/article.ts';

// The event's fields are documented in the page contract, from which these types are inferred.
export type Precision = z.infer<typeof precisionSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** What the article's frontmatter tells extraction about when the story happens. */
export interface TimelineContext {
  /** Article title; a year in it ("Battle of al-Qaryatayn (2015)") is the last resort for the year. */
  title?: string;
  /** Infobox `date` text ("10 February - 20 April 2012"): the years the story spans. */
  infoboxDate?: string;
  /** A news post's publication day (ISO, "2023-03-12"): what "on Saturday" and "yesterday" count from. */
  published?: string;
  /** The last day of a news post's story when that is all it states (ISO): no date falls after it, nothing counts from it. */
  storyEnd?: string;
  /** Infobox `partof` text: the war whose first day "the first day of the invasion" counts from (see `warStarts.ts`). */
  partOf?: string;
}
