import { z } from 'astro/zod';

/**
 * The record of the event ids an article has issued: `content/event-ids/<file name>.json`,
 * committed with the content. A rebuild matches the events it extracts against it, so an
 * id once published keeps leading to its event (see `src/timeline/stableEventIds.ts`).
 */

/** One event as it was when its id was issued. */
export const issuedEventSchema = z.object({
  /** The id, as it appears in `/<slug>/events/<id>/` and `#<id>`. */
  id: z.string().min(1),
  /** The event's ISO date when last seen. */
  date: z.string(),
  /** The event's sentence when last seen: what a lightly edited sentence is compared with. */
  text: z.string(),
});

/** An id whose event is gone from the article: its page redirects, its anchor is mapped. */
export const retiredEventSchema = issuedEventSchema.extend({
  /** The live event it now leads to (the nearest surviving neighbour), or "" for the article. */
  to: z.string(),
});

export const eventIdRecordSchema = z.object({
  /** Live ids, in the article's order. */
  issued: z.array(issuedEventSchema),
  /** Ids no event holds any more, sorted by id. */
  retired: z.array(retiredEventSchema),
});

export type IssuedEvent = z.infer<typeof issuedEventSchema>;
export type RetiredEvent = z.infer<typeof retiredEventSchema>;
export type EventIdRecord = z.infer<typeof eventIdRecordSchema>;
