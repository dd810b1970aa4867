/**
 * Which share card an event page shows: `event`, a card of its own (the day and its sentence), or
 * `article`, its article's card (site.yaml `eventCards`, for very big sites).
 */
export type EventCards = 'event' | 'article';

/** Site path of an article's share card. */
export const articleCardPath = (slug: string) => `${slug}/card.png`;

/** What an article's share card shows, for its `og:image:alt`. */
export const articleCardAlt = (title: string) => `${title}: dates, place and a map of its location.`;
